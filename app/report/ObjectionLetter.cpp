#include "report/ObjectionLetter.h"
#include "core/MemberText.h"

namespace pd {

using namespace MemberText;

QString ObjectionLetter::subject(const UsageReport &report)
{
    Q_UNUSED(report)
    return QStringLiteral("Objection to the processing of my personal data for training AI models (Art. 21 GDPR)");
}

QUrl ObjectionLetter::formUrl(const UsageReport &report)
{
    for (const RelatedControl &control : report.policy.relatedControls) {
        if (control.id == u"objection-form")
            return control.url;
    }
    return {};
}

QString ObjectionLetter::text(const UsageReport &report)
{
    const QString platform = report.policy.platform.isEmpty() ? QStringLiteral("the platform") : report.policy.platform;
    const QString region = report.summary.member.region.isEmpty() ? QStringLiteral("not stated") : report.regionLabel;
    QString out;
    out += QStringLiteral("To: %1, Data Protection Officer\n").arg(platform);
    if (const QUrl form = formUrl(report); !form.isEmpty())
        out += QStringLiteral("Sent through: %1\n").arg(form.toString());
    out += QStringLiteral("From: %1\n").arg(report.summary.member.name);
    if (!report.summary.member.id.isEmpty())
        out += QStringLiteral("Member id: %1\n").arg(report.summary.member.id);
    out += QStringLiteral("Country of residence: %1\n").arg(region);
    out += QStringLiteral("Date: %1\n\n").arg(date(report.generatedAt.date()));
    out += QStringLiteral("Subject: %1\n\n").arg(subject(report));
    out += QStringLiteral("Dear Data Protection Officer,\n\n");

    out += QStringLiteral(
               "I object to the processing of my personal data for developing and training artificial-intelligence "
               "models, including models that generate content and models used to personalize %1, for security, "
               "safety or anti-abuse, in so far as that processing relies on legitimate interests.")
               .arg(platform);
    if (report.gdprRegion) {
        out += QStringLiteral(" I make this objection under Article 21(1) of the General Data Protection "
                              "Regulation.");
    } else {
        out += QStringLiteral(" I make this objection under Article 21(1) of the General Data Protection Regulation "
                              "where it applies to my data, and otherwise under the data-protection law of my "
                              "country of residence.");
    }
    out += QStringLiteral(" My particular situation: I did not choose to have my posts, profile and other activity "
                          "used to train such models, and the setting allowing it was turned on by default.\n\n");

    // A legal document: only `used` categories are said to hold items that "may have been used";
    // categories the platform has not said either way are listed apart with their own figure.
    const auto categoryLine = [](const CategorySummary &category, qint64 figure, const QString &what) -> QString {
        QString line = QStringLiteral("- %1: %2 %3")
                           .arg(category.label, count(category.itemCount),
                                category.itemCount == 1 ? QStringLiteral("item") : QStringLiteral("items"));
        if (category.firstActivity && category.lastActivity)
            line += QStringLiteral(" (%1 to %2)").arg(date(*category.firstActivity), date(*category.lastActivity));
        return line + QStringLiteral(", of which %1 %2\n").arg(count(figure), what);
    };
    QString used;
    QString unknown;
    for (const CategorySummary &category : report.summary.categories) {
        if (category.itemCount == 0)
            continue;
        if (category.genAiTraining == TrainingUse::Used)
            used += categoryLine(category, category.mayHaveBeenUsed,
                                 QStringLiteral("may already have been used for training"));
        else if (category.genAiTraining == TrainingUse::Unknown)
            unknown +=
                categoryLine(category, category.exposedIfUsed, QStringLiteral("existed during a training period"));
    }
    out += QStringLiteral("The processing concerns at least these categories of my data (figures as of %1):\n\n")
               .arg(dateTime(report.summary.asOf));
    out += used.isEmpty() ? QStringLiteral("- none of my items is in a category you say you use for training\n") : used;
    if (!unknown.isEmpty()) {
        out += QStringLiteral("\nand these, %1:\n\n").arg(exposedIfUsedWords());
        out += unknown;
    }
    out += QStringLiteral("\nIn total %1 of my items may already have been used for training.")
               .arg(count(report.summary.totalMayHaveBeenUsed));
    if (report.summary.totalExposedIfUsed > 0) {
        out += QStringLiteral(" Separately, %1 of my items %2 existed during a training period; they are not "
                              "included in that figure, and this objection covers them too.")
                   .arg(count(report.summary.totalExposedIfUsed), exposedIfUsedWords());
    }
    out += QStringLiteral("\n\n");
    if (report.itemsAppendix && !report.itemsAppendix->categories.isEmpty()) {
        // Issue 15: the items themselves, per category, with their dates (the list is attached).
        out += QStringLiteral("I have identified these items of mine that may already have been used (the list is "
                              "attached):\n\n");
        for (const ReportItemsAppendix::CategoryItems &category : report.itemsAppendix->categories) {
            out += QStringLiteral("- %1: %2 %3")
                       .arg(report.wordingOf(category.id).label, count(category.count),
                            category.count == 1 ? QStringLiteral("item") : QStringLiteral("items"));
            if (category.first && category.last)
                out += QStringLiteral(", dated %1 to %2").arg(date(*category.first), date(*category.last));
            out += u'\n';
        }
        out += u'\n';
    }

    if (report.summary.optOut.optedOut && report.summary.optOut.changedAt.isValid()) {
        out += QStringLiteral("I turned off the setting \"%1\" on %2")
                   .arg(report.policy.setting.name, dateTime(report.summary.optOut.changedAt));
        if (!report.summary.optOut.confirmationId.isEmpty())
            out += QStringLiteral(" (confirmation id %1)").arg(report.summary.optOut.confirmationId);
        out += QStringLiteral(". As you state, that setting stops future training of content-generating models "
                              "only and does not affect training that has already taken place; this objection "
                              "covers the processing that setting does not.\n\n");
    } else {
        out += QStringLiteral("The setting \"%1\" was on for my account at the date above; this objection covers "
                              "all training on my data, whatever that setting says.\n\n")
                   .arg(report.policy.setting.name);
    }

    out += QStringLiteral("I ask you to:\n"
                          "1. stop processing my personal data for training AI models, unless you demonstrate "
                          "compelling legitimate grounds that override my interests, rights and freedoms;\n"
                          "2. erase the personal data you hold for that purpose (Article 17(1)(c) GDPR), and tell "
                          "me whether models already trained on my data will be retrained or withdrawn;\n"
                          "3. tell me which of my data has been used for training, for which models, and which "
                          "recipients received it (Article 15 GDPR);\n"
                          "4. confirm in writing what you have done, within one month (Article 12(3) GDPR).\n\n");
    out += QStringLiteral("Yours sincerely,\n\n%1\n").arg(report.summary.member.name);
    return out;
}

} // namespace pd
