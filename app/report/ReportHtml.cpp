#include "report/ReportHtml.h"

#include "core/MemberText.h"
#include "report/ReportChart.h"

namespace pd {

using namespace MemberText;

namespace {

using Flavour = ReportHtml::Flavour;

QString e(const QString &text)
{
    return ReportHtml::escape(text);
}

const char16_t *const BrowserStyle = uR"(
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1a1a1a; max-width: 60rem;
       margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .92rem; }
th, td { border: 1px solid #bbb; padding: .3rem .45rem; vertical-align: top; text-align: left; }
th { background: #eef1f5; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.small { font-size: .85rem; color: #444; }
.key { border: 2px solid #d55e00; background: #fff6ef; padding: .6rem 1rem; margin: 1rem 0; }
.figures { font-size: 1.15rem; }
dl.meta { display: grid; grid-template-columns: max-content auto; gap: .15rem 1rem; margin: .5rem 0; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
figure { margin: 1rem 0; }
figcaption { font-size: .85rem; color: #444; }
footer { margin-top: 2rem; font-size: .8rem; color: #555; }
@media print {
  body { margin: 0; max-width: none; }
  h2 { break-after: avoid; }
  tr, .key, figure { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; }
}
)";

const char16_t *const RichTextStyle = uR"(
h1 { font-size: 20pt; }
h2 { font-size: 13pt; margin-top: 14pt; }
h3 { font-size: 10.5pt; margin-top: 10pt; }
th { background-color: #eef1f5; font-weight: bold; }
td.n { text-align: right; }
.small { font-size: 8pt; color: #444444; }
.figures { font-size: 12pt; }
)";

QString tableOpen(Flavour flavour, const QString &cls = {})
{
    if (flavour == Flavour::RichText)
        return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                              "style=\"border-collapse: collapse; border-color: #bbbbbb;\">");
    return cls.isEmpty() ? QStringLiteral("<table>") : QStringLiteral("<table class=\"%1\">").arg(cls);
}

QString metaList(Flavour flavour, const QList<std::pair<QString, QString>> &rows)
{
    // rows: (label, already-escaped HTML)
    QString out;
    if (flavour == Flavour::Browser) {
        out += QStringLiteral("<dl class=\"meta\">");
        for (const auto &[label, html] : rows)
            out += QStringLiteral("<dt>") + e(label) + QStringLiteral("</dt><dd>") + html + QStringLiteral("</dd>");
        return out + QStringLiteral("</dl>");
    }
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &[label, html] : rows)
        out += QStringLiteral("<tr><td><b>") + e(label) + QStringLiteral("</b></td><td>") + html +
               QStringLiteral("</td></tr>");
    return out + QStringLiteral("</table>");
}

QString optOutCell(bool optedOut)
{
    return optedOut ? QStringLiteral("opted out (training off)") : QStringLiteral("opted in (training on)");
}

QString overview(const UsageReport &report, Flavour flavour)
{
    QList<std::pair<QString, QString>> rows = {
        {QStringLiteral("Member"), e(report.summary.member.name)},
        {QStringLiteral("Member id"), e(report.summary.member.id)},
        {QStringLiteral("Region"), e(report.regionLabel)},
        {QStringLiteral("As of"), e(dateTime(report.summary.asOf))},
        {QStringLiteral("Source"), e(report.sourceDescription)},
        {QStringLiteral("Policy"), e(QStringLiteral("%1 policy \"%2\", version %3 (statements gathered %4)")
                                         .arg(report.policy.platform, report.summary.policyId,
                                              report.summary.policyVersion, date(report.policy.retrieved)))},
        {QStringLiteral("Setting"), ReportHtml::link(report.policy.setting.url, report.policy.setting.name) +
                                        QStringLiteral(" — ") + e(report.policy.setting.menuPath)},
    };
    return metaList(flavour, rows);
}

QString keyStatement(const UsageReport &report, Flavour flavour)
{
    QString body = QStringLiteral("<p class=\"figures\"><b>") + e(report.memberFigures) + QStringLiteral("</b></p>") +
                   QStringLiteral("<p>") + e(report.optOutEffect) + QStringLiteral("</p>") + QStringLiteral("<p>") +
                   e(report.optOutStateText) + u' ' + e(report.futureUseText) + QStringLiteral("</p>");
    if (flavour == Flavour::Browser)
        return QStringLiteral("<section class=\"key\" aria-label=\"Summary\">") + body + QStringLiteral("</section>");
    return QStringLiteral("<table width=\"100%\" border=\"2\" cellspacing=\"0\" cellpadding=\"8\" "
                          "style=\"border-collapse: collapse; border-color: #d55e00;\" bgcolor=\"#fff6ef\">"
                          "<tr><td>") +
           body + QStringLiteral("</td></tr></table>");
}

QString totalsLine(const UsageReport &report)
{
    return totals(report.summary.totalItems, report.summary.totalMayHaveBeenUsed, report.summary.totalExposedIfUsed,
                  report.summary.totalNotUsed);
}

// One line per row, so no row can be split across PDF pages; the long texts follow the table.
QString categoriesTable(const UsageReport &report, Flavour flavour)
{
    QString out = tableOpen(flavour, QStringLiteral("categories"));
    const bool rich = flavour == Flavour::RichText;
    const auto th = [&](const QString &text, int width) -> QString {
        return rich ? QStringLiteral("<th width=\"%1%\">").arg(width) + text + QStringLiteral("</th>")
                    : QStringLiteral("<th>") + text + QStringLiteral("</th>");
    };
    // Widths that keep every row on one line in the PDF (numbers need less than their headers).
    out += QStringLiteral("<thead><tr>") + th(QStringLiteral("Category"), 24) + th(QStringLiteral("AI training"), 10) +
           th(QStringLiteral("Items"), 8) + th(QStringLiteral("First activity"), 14) +
           th(QStringLiteral("Last activity"), 14) +
           th(MemberText::figureName(MemberText::Figure::MayHaveBeenUsed), 10) +
           th(MemberText::figureName(MemberText::Figure::ExposedIfUsed) + u'*', 10) +
           th(MemberText::figureName(MemberText::Figure::NotUsed), 10) + QStringLiteral("</tr></thead><tbody>");
    for (const CategorySummary &category : report.summary.categories) {
        out += QStringLiteral("<tr><td>") + e(category.label) + QStringLiteral("</td><td>") +
               e(displayLabel(category.genAiTraining)) + QStringLiteral("</td><td class=\"n\" align=\"right\">") +
               count(category.itemCount) + QStringLiteral("</td><td>") +
               e(date(category.firstActivity, MemberText::Length::Short)) + QStringLiteral("</td><td>") +
               e(date(category.lastActivity, MemberText::Length::Short)) +
               QStringLiteral("</td><td class=\"n\" align=\"right\">") + count(category.mayHaveBeenUsed) +
               QStringLiteral("</td><td class=\"n\" align=\"right\">") + count(category.exposedIfUsed) +
               QStringLiteral("</td><td class=\"n\" align=\"right\">") + count(category.notUsed) +
               QStringLiteral("</td></tr>");
    }
    out += QStringLiteral("<tr><td><b>All categories</b></td><td></td><td class=\"n\" align=\"right\"><b>") +
           count(report.summary.totalItems) +
           QStringLiteral("</b></td><td></td><td></td><td class=\"n\" align=\"right\"><b>") +
           count(report.summary.totalMayHaveBeenUsed) + QStringLiteral("</b></td><td class=\"n\" align=\"right\"><b>") +
           count(report.summary.totalExposedIfUsed) + QStringLiteral("</b></td><td class=\"n\" align=\"right\"><b>") +
           count(report.summary.totalNotUsed) + QStringLiteral("</b></td></tr>");
    out += QStringLiteral("</tbody></table><p class=\"small\">* Not said either way: items ") +
           e(exposedIfUsedWords()) +
           QStringLiteral(" (the policy's sources neither list them as used nor name them as excluded) that existed "
                          "during a training period. They are not counted in \"may have been used\".</p>");
    return out;
}

QString categoryDetails(const UsageReport &report)
{
    QString out = QStringLiteral("<h3>What each category holds, and why it is classed so</h3>");
    for (const CategorySummary &category : report.summary.categories) {
        const Category wording = report.wordingOf(category.id);
        out += QStringLiteral("<p><b>") + e(category.label) + QStringLiteral("</b> — ") + e(wording.description) +
               QStringLiteral(" <i>") + e(trainingUse(category.genAiTraining)) + QStringLiteral(":</i> ") +
               e(wording.reason);
        if (!wording.source.isEmpty())
            out += u' ' + ReportHtml::link(wording.source, QStringLiteral("(source)"));
        out += QStringLiteral("</p>");
    }
    return out;
}

QString yearlyTable(const UsageReport &report, Flavour flavour)
{
    struct Year {
        int year;
        qint64 used = 0, exposedIfUsed = 0, notUsed = 0, other = 0;
    };
    QList<Year> years;
    for (const MonthlyActivity &month : report.summary.monthly) {
        if (years.isEmpty() || years.last().year != month.month.year())
            years.append(Year{month.month.year()});
        years.last().used += month.mayHaveBeenUsed;
        years.last().exposedIfUsed += month.exposedIfUsed;
        years.last().notUsed += month.notUsed;
        years.last().other += month.notTrainingCategory;
    }
    QString out = tableOpen(flavour);
    out += QStringLiteral("<thead><tr><th>Year</th><th>May have been used</th><th>Not said either way</th>"
                          "<th>Not used</th><th>Not a training category</th></tr></thead><tbody>");
    for (const Year &year : years) {
        out += QStringLiteral("<tr><td>%1</td><td class=\"n\" align=\"right\">%2</td><td class=\"n\" "
                              "align=\"right\">%3</td><td class=\"n\" align=\"right\">%4</td><td class=\"n\" "
                              "align=\"right\">%5</td></tr>")
                   .arg(QString::number(year.year), count(year.used), count(year.exposedIfUsed), count(year.notUsed),
                        count(year.other));
    }
    return out + QStringLiteral("</tbody></table>");
}

QString historySection(const UsageReport &report, Flavour flavour)
{
    QString out = QStringLiteral("<p>") + e(report.optOutStateText) + QStringLiteral("</p>");
    if (report.summary.history.isEmpty())
        return out + QStringLiteral("<p>No change of the setting is recorded.</p>");
    out += tableOpen(flavour);
    out += QStringLiteral("<thead><tr><th>When</th><th>Setting</th><th>Channel</th><th>Confirmation id</th></tr>"
                          "</thead><tbody>");
    for (const OptOutChange &change : report.summary.history) {
        out += QStringLiteral("<tr><td>") + e(dateTime(change.at)) + QStringLiteral("</td><td>") +
               optOutCell(change.optedOut) + QStringLiteral("</td><td>") + e(change.channel) +
               QStringLiteral("</td><td>") +
               (change.confirmationId.isEmpty() ? QStringLiteral("<i>none recorded</i>") : e(change.confirmationId)) +
               QStringLiteral("</td></tr>");
    }
    out += QStringLiteral("</tbody></table>");
    if (!report.summary.trainingWindows.isEmpty()) {
        out += QStringLiteral("<p>Training periods for you (a policy covered your region and you were opted in):</p>");
        out += tableOpen(flavour);
        out += QStringLiteral("<thead><tr><th>Policy period</th><th>From</th><th>Until</th></tr></thead><tbody>");
        for (const TrainingWindow &window : report.summary.trainingWindows) {
            QString label = window.regimeId;
            for (const Regime &regime : report.regimes) {
                if (regime.id == window.regimeId)
                    label = regime.label;
            }
            out += QStringLiteral("<tr><td>") + e(label) + QStringLiteral("</td><td>") +
                   e(dateTime(window.interval.start)) + QStringLiteral("</td><td>") +
                   (window.interval.isOpenEnded() ? QStringLiteral("still open") : e(dateTime(window.interval.end))) +
                   QStringLiteral("</td></tr>");
        }
        out += QStringLiteral("</tbody></table>");
    } else {
        out += QStringLiteral("<p>No training period has covered you: no policy period for your region began while "
                              "you were opted in.</p>");
    }
    return out;
}

QString controlsSection(const UsageReport &report)
{
    QString out = QStringLiteral("<p>The training setting does not cover everything. These controls are separate:</p>"
                                 "<ul>");
    for (const RelatedControl &control : report.policy.relatedControls) {
        out += QStringLiteral("<li><b>") + e(control.label) + QStringLiteral("</b>: ") + e(control.covers) + u' ' +
               ReportHtml::link(control.url) + QStringLiteral("</li>");
    }
    return out + QStringLiteral("</ul>");
}

QString rightsSection(const UsageReport &report)
{
    QString out = QStringLiteral("<ul>");
    for (const ReportRight &right : report.rights) {
        out += QStringLiteral("<li><b>") + e(right.title) + QStringLiteral("</b> (") + e(right.article) +
               QStringLiteral("): ") + e(right.how);
        if (!right.url.isEmpty())
            out += u' ' + ReportHtml::link(right.url);
        out += QStringLiteral("</li>");
    }
    return out + QStringLiteral("</ul>");
}

QString article15Section(const UsageReport &report)
{
    QString out;
    for (const ReportArticle15Item &item : report.article15) {
        out += QStringLiteral("<p><b>(") + e(item.point) + QStringLiteral(") ") + e(item.title) +
               QStringLiteral(".</b> ") + e(item.text) + QStringLiteral("</p>");
    }
    return out;
}

QString policySection(const UsageReport &report)
{
    QString out;
    for (const Regime &regime : report.regimes) {
        out += QStringLiteral("<p><b>") + e(regime.label) + QStringLiteral("</b> (from ") + e(date(regime.from)) +
               (regime.to ? QStringLiteral(" until ") + e(date(*regime.to)) : QString()) + QStringLiteral("). ") +
               e(regime.legalBasis) + QStringLiteral("</p>");
    }
    out += QStringLiteral("<p>Sources the policy cites:</p><ol class=\"small\">");
    for (const QUrl &url : report.policySources)
        out += QStringLiteral("<li>") + ReportHtml::link(url) + QStringLiteral("</li>");
    return out + QStringLiteral("</ol>");
}

QString limitationsSection(const UsageReport &report)
{
    QString out = QStringLiteral("<ul>");
    for (const QString &line : report.limitations)
        out += QStringLiteral("<li>") + e(line) + QStringLiteral("</li>");
    return out + QStringLiteral("</ul>");
}

QString footer(const UsageReport &report)
{
    return QStringLiteral("Generated by %1 %2 on %3. Figures as of %4.")
        .arg(e(report.generatorName), e(report.generatorVersion), e(dateTime(report.generatedAt)),
             e(dateTime(report.summary.asOf)));
}

} // namespace

// Issue 15: the items that may have been used, the first PrintedItems and the count. Every
// value is the export's text: escaped, never markup; a link is a link only when it is https.
static QString itemsAppendixSection(const UsageReport &report, Flavour flavour)
{
    const ReportItemsAppendix &appendix = *report.itemsAppendix;
    const qsizetype shown = std::min<qsizetype>(appendix.items.size(), ReportItemsAppendix::PrintedItems);
    QString out = QStringLiteral("<p>") +
                  e(QStringLiteral("%1 items may have been used. This appendix shows the first %2 (oldest first); "
                                   "the CSV and JSON reports list every one.")
                        .arg(MemberText::count(appendix.items.size()), MemberText::count(shown))) +
                  QStringLiteral("</p>");
    if (appendix.truncated)
        out += QStringLiteral("<p>") + e(MemberText::itemListCapped(qint64(appendix.items.size()), appendix.refused)) +
               QStringLiteral("</p>");
    if (!appendix.categories.isEmpty()) {
        out += tableOpen(flavour) + QStringLiteral("<tr><th>Category</th><th>Items</th><th>From</th><th>To</th></tr>");
        for (const ReportItemsAppendix::CategoryItems &category : appendix.categories)
            out += QStringLiteral("<tr><td>") + e(report.wordingOf(category.id).label) + QStringLiteral("</td><td>") +
                   e(MemberText::count(category.count)) + QStringLiteral("</td><td>") +
                   e(MemberText::date(category.first)) + QStringLiteral("</td><td>") +
                   e(MemberText::date(category.last)) + QStringLiteral("</td></tr>");
        out += QStringLiteral("</table>");
    }
    if (shown == 0)
        return out;
    out += tableOpen(flavour, QStringLiteral("items")) +
           QStringLiteral("<tr><th>Date</th><th>Category</th><th>Text</th><th>Link</th></tr>");
    for (qsizetype i = 0; i < shown; ++i) {
        const MemberItem &item = appendix.items.at(i);
        const QUrl url(item.link, QUrl::StrictMode);
        // The whole address is the link's target; its text is cut so a page holds more items.
        const QString linkText = item.link.size() > 60 ? item.link.left(59) + QChar(0x2026) : item.link;
        const QString link = url.isValid() && url.scheme() == u"https" ? ReportHtml::link(url, linkText) : e(linkText);
        out += QStringLiteral("<tr><td>") + e(MemberText::date(item.date, MemberText::Length::Short)) +
               QStringLiteral("</td><td>") + e(report.wordingOf(item.categoryId).label) + QStringLiteral("</td><td>") +
               e(item.text) + QStringLiteral("</td><td>") + link + QStringLiteral("</td></tr>");
    }
    return out + QStringLiteral("</table>");
}

QString ReportHtml::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'"':
            out += QStringLiteral("&quot;");
            break;
        case u'\'':
            out += QStringLiteral("&#39;");
            break;
        default:
            // Control characters have no place in HTML text; show that something was there.
            if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7F)
                out += QChar(0xFFFD);
            else
                out += c;
        }
    }
    return out;
}

QString ReportHtml::link(const QUrl &url, const QString &text)
{
    const QString shown = text.isEmpty() ? url.toDisplayString() : text;
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty())
        return escape(shown);
    return QStringLiteral("<a href=\"") + escape(url.toString(QUrl::FullyEncoded)) +
           QStringLiteral("\" rel=\"noopener noreferrer\">") + escape(shown) + QStringLiteral("</a>");
}

QString ReportHtml::document(const UsageReport &report, Flavour flavour, const QString &chartMarker)
{
    const ReportChart chart(report);
    QString out;
    if (flavour == Flavour::Browser) {
        out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                              "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                              "style-src 'unsafe-inline'\">\n"
                              "<meta name=\"referrer\" content=\"no-referrer\">\n"
                              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                              "<meta name=\"generator\" content=\"") +
               e(report.generatorName + u' ' + report.generatorVersion) + QStringLiteral("\">\n<title>") +
               e(report.title) + QStringLiteral("</title>\n<style>") + QString::fromUtf16(BrowserStyle) +
               QStringLiteral("</style>\n</head>\n<body>\n<header>\n<h1>") + e(report.title) +
               QStringLiteral("</h1>\n<p class=\"small\">") + e(totalsLine(report)) + QStringLiteral("</p>\n") +
               overview(report, flavour) + QStringLiteral("\n</header>\n<main>\n") + keyStatement(report, flavour);
    } else {
        out += QStringLiteral("<html><head><style>") + QString::fromUtf16(RichTextStyle) +
               QStringLiteral("</style></head><body>");
        // Title page.
        out += QStringLiteral("<p>&nbsp;</p><p>&nbsp;</p><h1>") + e(report.title) +
               QStringLiteral("</h1><p class=\"figures\">") + e(totalsLine(report)) +
               QStringLiteral("</p><p>&nbsp;</p>") + overview(report, flavour) + QStringLiteral("<p>&nbsp;</p>") +
               keyStatement(report, flavour) + QStringLiteral("<p>&nbsp;</p><p class=\"small\">") + footer(report) +
               QStringLiteral("</p>");
    }

    out += flavour == Flavour::RichText ? QStringLiteral("<h2 style=\"page-break-before: always;\">")
                                        : QStringLiteral("<h2>");
    out += QStringLiteral("Your activity over time</h2>");
    if (chart.isEmpty()) {
        out += QStringLiteral("<p>No dated items.</p>");
    } else if (flavour == Flavour::Browser) {
        out += QStringLiteral("<figure>") + chart.svg(960, 300) + QStringLiteral("<figcaption>") +
               e(chart.description()) + QStringLiteral("</figcaption></figure>");
    } else {
        out += QStringLiteral("<p align=\"center\">") + e(chartMarker) + QStringLiteral("</p><p class=\"small\">") +
               e(chart.description()) + QStringLiteral("</p>");
    }
    if (!report.summary.monthly.isEmpty())
        out += yearlyTable(report, flavour);

    out += QStringLiteral("<h2>Your data by category</h2>");
    out += QStringLiteral("<p>") + e(report.memberFigures) + QStringLiteral("</p>");
    out += categoriesTable(report, flavour) + categoryDetails(report);
    out += QStringLiteral("<h2>Your opt-out and its history</h2>") + historySection(report, flavour);
    out += QStringLiteral("<h2>What opting out does</h2><p><b>") + e(report.optOutEffect) +
           QStringLiteral("</b></p><p>") + e(report.futureUseText) + QStringLiteral("</p>");
    out += QStringLiteral("<h2>Controls the setting does not cover</h2>") + controlsSection(report);
    out += QStringLiteral("<h2>Your rights and how to use them</h2>") + rightsSection(report);
    out += QStringLiteral("<h2>GDPR Art. 15(1)(a)–(h) in plain language</h2>") + article15Section(report);
    out += QStringLiteral("<h2>Policy and sources</h2>") + policySection(report);
    out += QStringLiteral("<h2>What this report cannot know</h2>") + limitationsSection(report);
    if (report.itemsAppendix)
        out += (flavour == Flavour::RichText ? QStringLiteral("<h2 style=\"page-break-before: always;\">")
                                             : QStringLiteral("<h2>")) +
               QStringLiteral("Appendix: the items that may have been used</h2>") +
               itemsAppendixSection(report, flavour);

    if (flavour == Flavour::Browser) {
        out += QStringLiteral("</main>\n<footer>") + footer(report) + QStringLiteral("</footer>\n</body>\n</html>\n");
    } else {
        out += QStringLiteral("</body></html>");
    }
    return out;
}

} // namespace pd
