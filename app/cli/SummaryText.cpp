#include "cli/SummaryText.h"

#include "core/MemberText.h"
#include "core/OptOutWording.h"
#include "core/PolicyLoader.h"
#include "core/TerminalText.h"

#include <QCoreApplication>

namespace pd::cli {

namespace {

// lupdate files these strings under the namespace's context, "pd::cli"; the CLI installs the
// translations for the system's language (LANG), so under LANG=C its output is the English source.
QString tr(const char *text)
{
    return QCoreApplication::translate("pd::cli", text);
}

} // namespace

QString formatUtc(const QDateTime &time)
{
    // In the member's locale: "2 Oct 2024, 08:15 UTC", "2 oct 2024, 08:15 UTC".
    return MemberText::dateTime(time, MemberText::Length::Short);
}

QString formatOptOutState(const OptOutState &state, const UsageSummary *summary)
{
    QString text = state.optedOut ? tr("Generative-AI training on your data: OFF (opted out)")
                                  : tr("Generative-AI training on your data: ON");
    if (state.changedAt.isValid())
        text += tr(" since %1").arg(formatUtc(state.changedAt));
    else if (!state.optedOut)
        text += tr(" (the platform's default; you have never opted out)");
    if (!state.confirmationId.isEmpty())
        text += tr(", confirmation %1").arg(terminalSafe(state.confirmationId));
    text += u'\n';
    if (summary && summary->source.kind == SourceInfo::Kind::PlatformApi) {
        // The API does not expose the setting: the line above is the member's answer (--opted-out-since).
        const Result<Policy> policy = PolicyLoader::bundled(summary->policyId);
        text = tr("Your answer: ") + text +
               tr("The platform's API does not show this setting, so its state is unknown here; check it at %1\n")
                   .arg(policy ? policy->setting.url.toString() : QString());
    }
    if (summary) {
        text += tr("%1 of your items may already have been used to train generative-AI models.\n")
                    .arg(MemberText::count(summary->totalMayHaveBeenUsed));
        // Reported beside the figure above, never added to it.
        if (summary->totalExposedIfUsed > 0)
            text += OptOutWording::separatelyExposed(summary->totalExposedIfUsed) + u'\n';
        text += summary->futureUse ? tr("Future use: yes — new activity can still be used for training.\n")
                                   : tr("Future use: no — no training on your data from now on under the "
                                        "current policy.\n");
    }
    text += OptOutWording::priorTraining() + u'\n';
    return text;
}

QString formatHistory(const QList<OptOutChange> &history)
{
    if (history.isEmpty())
        return tr("No changes recorded: the platform's default applies (training on).\n");
    // The day in the member's locale ("2 Oct 2024 08:15", "2 oct 2024 08:15"), as wide as the longest.
    const auto when = [](const QDateTime &at) -> QString {
        return MemberText::date(at.toUTC().date(), MemberText::Length::Short) + u' ' +
               at.toUTC().time().toString(QStringLiteral("HH:mm"));
    };
    qsizetype whenWidth = tr("When (UTC)").size();
    for (const OptOutChange &change : history)
        whenWidth = std::max(whenWidth, when(change.at).size());
    QString text = QStringLiteral("%1  %2  %3  %4\n")
                       .arg(tr("When (UTC)").leftJustified(whenWidth), tr("Setting").leftJustified(12),
                            tr("Channel").leftJustified(10), tr("Confirmation"));
    for (const OptOutChange &change : history) {
        text += QStringLiteral("%1  %2  %3  %4\n")
                    .arg(when(change.at).leftJustified(whenWidth),
                         (change.optedOut ? tr("opted out") : tr("opted in")).leftJustified(12),
                         terminalSafe(change.channel).leftJustified(10),
                         change.confirmationId.isEmpty() ? tr("(none)") : terminalSafe(change.confirmationId));
    }
    return text;
}

QString formatSummary(const UsageSummary &summary)
{
    QString text;
    // Cells are escaped before they are measured, so that an escaped value keeps the columns straight.
    text += tr("Member:  %1 (%2)\n").arg(terminalSafe(summary.member.name), terminalSafe(summary.member.id));
    text += tr("Region:  %1%2\n")
                .arg(summary.member.region.isEmpty() ? tr("unknown") : terminalSafe(summary.member.region),
                     summary.regionKnown ? QString() : tr(" (not in the policy: every regime assumed to apply)"));
    text += tr("Source:  %1\n").arg(terminalSafe(MemberText::source(summary.source, true)));
    text += summary.source.stale ? tr("As of:   %1 (offline)\n").arg(formatUtc(summary.asOf))
                                 : tr("As of:   %1\n").arg(formatUtc(summary.asOf));
    text += tr("Policy:  %1, version %2\n\n").arg(terminalSafe(summary.policyId), terminalSafe(summary.policyVersion));

    const QStringList headers{tr("Category"),
                              tr("Items"),
                              tr("AI training"),
                              MemberText::figureName(MemberText::Figure::MayHaveBeenUsed),
                              MemberText::figureName(MemberText::Figure::ExposedIfUsed),
                              MemberText::figureName(MemberText::Figure::NotUsed)};
    QList<QStringList> rows;
    QStringList absent;
    for (const CategorySummary &category : summary.categories) {
        if (category.itemCount == 0) {
            absent.append(terminalSafe(category.label));
            continue;
        }
        rows.append({terminalSafe(category.label), MemberText::count(category.itemCount),
                     displayLabel(category.genAiTraining), MemberText::count(category.mayHaveBeenUsed),
                     MemberText::count(category.exposedIfUsed), MemberText::count(category.notUsed)});
    }
    rows.append({tr("Total"), MemberText::count(summary.totalItems), QString(),
                 MemberText::count(summary.totalMayHaveBeenUsed), MemberText::count(summary.totalExposedIfUsed),
                 MemberText::count(summary.totalNotUsed)});

    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    const auto line = [&](const QStringList &cells) -> QString {
        QString out;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const bool numeric = c == 1 || c >= 3;
            out += numeric ? cells.at(c).rightJustified(widths[c]) : cells.at(c).leftJustified(widths[c]);
            out += c + 1 < cells.size() ? QStringLiteral("  ") : QString();
        }
        return out.trimmed() + u'\n';
    };
    text += line(headers);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (r == rows.size() - 1) {
            qsizetype total = 0;
            for (const qsizetype width : widths)
                total += width;
            text += QString(total + 2 * (widths.size() - 1), u'-') + u'\n';
        }
        text += line(rows.at(r));
    }
    text += tr("\n\"Not said either way\": items %1 that existed during a training period. They are "
               "shown apart and are not in \"may have been used\".\n")
                .arg(exposedIfUsedWords());
    if (!absent.isEmpty())
        text += tr("\nNo data from this source for: %1.\n").arg(absent.join(QStringLiteral(", ")));
    text += u'\n' + formatOptOutState(summary.optOut, &summary);
    return text;
}

} // namespace pd::cli
