#include "core/UsageReport.h"

#include "core/BuildInfo.h"
#include "core/Clock.h"
#include "core/MemberText.h"
#include "core/OptOutWording.h"
#include "core/Policy.h"

#include <QSet>

#include <algorithm>

namespace pd {

namespace {

using namespace MemberText;

QString regionLabel(const Policy &policy, const QString &region, bool known)
{
    if (region.isEmpty())
        return QStringLiteral("not stated");
    QStringList groups;
    for (const RegionGroup &group : policy.regionGroups) {
        if (group.countries.contains(region))
            groups.append(group.label);
    }
    QString label = region;
    if (!groups.isEmpty())
        label += QStringLiteral(" (") + groups.join(QStringLiteral(", ")) + u')';
    if (!known)
        label += QStringLiteral(" (not in the policy's list of countries)");
    return label;
}

QString sourceDescription(const SourceInfo &source)
{
    QString text;
    switch (source.kind) {
    case SourceInfo::Kind::Demo:
        text = QStringLiteral("The bundled demo data set \"%1\": an invented member, not a real account.")
                   .arg(source.location);
        break;
    case SourceInfo::Kind::Server:
        text = QStringLiteral("Fetched from the Member Privacy API at %1.").arg(source.location);
        break;
    case SourceInfo::Kind::Archive:
        text = QStringLiteral("Read offline from your data-export archive \"%1\"").arg(source.location);
        text += source.sha256.isEmpty() ? QStringLiteral(".") : QStringLiteral(" (SHA-256 %1).").arg(source.sha256);
        break;
    }
    if (source.stale)
        text += QStringLiteral(" Shown from the local cache: not fetched at the time of this report.");
    return text;
}

QString optOutStateText(const OptOutState &state, const TrainingSetting &setting)
{
    const QString id = state.confirmationId.isEmpty() ? QStringLiteral("no confirmation id was recorded")
                                                      : QStringLiteral("confirmation id %1").arg(state.confirmationId);
    if (!state.changedAt.isValid()) {
        return setting.defaultOptedOut
                   ? QStringLiteral("You have never changed the setting; its default is opted out.")
                   : QStringLiteral("You have never changed the setting, so its default applies: you are opted in, "
                                    "and training on your data is allowed.");
    }
    if (state.optedOut)
        return QStringLiteral("You opted out of training on %1 (%2).").arg(dateTime(state.changedAt), id);
    return QStringLiteral("You are opted in: the setting was turned back on on %1 (%2).")
        .arg(dateTime(state.changedAt), id);
}

// "May have been used" is the figure of `used` categories alone; the items of categories the
// platform has not said either way get their own sentence and are never added to it.
QString memberFigures(const UsageSummary &summary)
{
    if (summary.totalItems == 0)
        return QStringLiteral("The source holds no items of yours, so none can have been used.");
    if (summary.totalMayHaveBeenUsed == 0 && summary.totalExposedIfUsed == 0) {
        return QStringLiteral("None of your %1 can have been used so far: no training period for your region "
                              "began while you were opted in.")
            .arg(items(summary.totalItems));
    }
    QString text;
    if (summary.totalMayHaveBeenUsed == 0) {
        text = QStringLiteral("None of your %1 may have been used to train generative-AI models: none is in a "
                              "category the platform says it uses and existed while you were opted in.")
                   .arg(items(summary.totalItems));
    } else {
        text = QStringLiteral("Of your %1, %2 may already have been used to train generative-AI models")
                   .arg(items(summary.totalItems), count(summary.totalMayHaveBeenUsed));
        if (summary.optOut.optedOut)
            text += QStringLiteral(" before you opted out; opting out does not undo that.");
        else
            text += QStringLiteral("; opting out now would stop future training but would not undo that.");
    }
    if (summary.totalExposedIfUsed > 0) {
        text += u' ' + OptOutWording::separatelyExposed(summary.totalExposedIfUsed);
    }
    text += QStringLiteral(" %1 %2 not used.")
                .arg(count(summary.totalNotUsed),
                     summary.totalNotUsed == 1 ? QStringLiteral("was") : QStringLiteral("were"));
    return text;
}

QString futureUseText(const UsageSummary &summary)
{
    if (summary.futureUse) {
        return QStringLiteral("You are opted in and a training period covers your region: new and existing items in "
                              "categories used for training may be used in future training until you opt out.");
    }
    if (summary.optOut.optedOut) {
        return QStringLiteral("You are opted out: your data is not to be used for training content-generating "
                              "models from now on.");
    }
    return QStringLiteral("No training period covers your region at the as-of time, so nothing is being used now; "
                          "this changes if one starts while you are opted in.");
}

void appendUnique(QList<QUrl> *list, QSet<QString> *seen, const QUrl &url)
{
    if (url.isEmpty())
        return;
    const QString key = url.toString(QUrl::FullyEncoded);
    if (seen->contains(key))
        return;
    seen->insert(key);
    list->append(url);
}

QList<ReportRight> rights(const Policy &policy, const QString &region)
{
    const QString &platform = policy.platform;
    const QUrl &download = policy.dataDownload.url;
    QUrl objectionForm;
    for (const RelatedControl &control : policy.relatedControls) {
        if (control.id == u"objection-form")
            objectionForm = control.url;
    }
    QList<ReportRight> list;
    list.append({QStringLiteral("access"), QStringLiteral("Right of access"), QStringLiteral("GDPR Art. 15"),
                 QStringLiteral("Ask for a copy of your personal data and how it is used. On %1: %2. This report is "
                                "not %1's answer to an access request; you can attach it to one.")
                     .arg(platform, policy.dataDownload.menuPath),
                 download});
    list.append({QStringLiteral("portability"), QStringLiteral("Right to data portability"),
                 QStringLiteral("GDPR Art. 20"),
                 QStringLiteral("Take the data you provided with you in a machine-readable form: the same data "
                                "export, as CSV files. This dashboard reads that archive offline."),
                 download});
    list.append({QStringLiteral("objection"), QStringLiteral("Right to object"), QStringLiteral("GDPR Art. 21"),
                 QStringLiteral("Object to processing based on legitimate interests, including training of models "
                                "the setting does not cover, with the objection form. The dashboard prefills a "
                                "letter for it from this report."),
                 objectionForm});
    list.append({QStringLiteral("erasure"), QStringLiteral("Rights to rectification, erasure and restriction"),
                 QStringLiteral("GDPR Art. 16–18"),
                 QStringLiteral("Correct or delete items in your account, or ask %1 to erase or restrict them. %1 "
                                "does not say whether erasing an item removes what a model already learned from it.")
                     .arg(platform),
                 QUrl()});
    if (const ComplaintAuthority *authority = policy.complaintAuthority(region)) {
        list.append({QStringLiteral("complaint"), QStringLiteral("Right to complain"), authority->law, authority->how,
                     authority->url});
    } else {
        list.append({QStringLiteral("complaint"), QStringLiteral("Right to complain"), QStringLiteral("GDPR Art. 77"),
                     QStringLiteral("The GDPR's complaint right is for members in the EU, EEA, UK and Switzerland. "
                                    "Where you live (%1), you may be able to complain to a privacy or consumer-"
                                    "protection authority; the rights above are offered by %2 to all members.")
                         .arg(region.isEmpty() ? QStringLiteral("region not stated") : region, platform),
                     QUrl()});
    }
    return list;
}

QStringList limitations(const UsageSummary &summary, const Policy &policy)
{
    QStringList list;
    list.append(
        QStringLiteral(
            "This report cannot know which of your items a model actually used. \"May have been used\" means the item "
            "existed while a training period covered your region and you were opted in; %1 does not publish "
            "which items went into which model.")
            .arg(policy.platform));
    list.append(QStringLiteral(
        "Items carry only a day, not a time: an item dated on the day you opted out counts as possibly used."));
    list.append(QStringLiteral("Items %1 (its sources neither list them as used nor name them as excluded) are not "
                               "counted as \"may have been used\": they are reported apart, as items that existed "
                               "during a training period and would have been exposed if the platform uses that data.")
                    .arg(exposedIfUsedWords()));
    qint64 dated = 0;
    for (const MonthlyActivity &month : summary.monthly)
        dated += month.total();
    if (const qint64 undated = summary.totalItems - dated; undated > 0) {
        list.append(QStringLiteral("%1 carry no date (profile fields); they count as existing at all times and are "
                                   "not in the monthly chart.")
                        .arg(items(undated)));
    }
    if (!policy.regimes.isEmpty()) {
        QDate first = policy.regimes.first().from;
        for (const Regime &regime : policy.regimes)
            first = std::min(first, regime.from);
        list.append(QStringLiteral("Training before %1, when the policy's first training period starts, is not "
                                   "modelled.")
                        .arg(date(first)));
    }
    list.append(QStringLiteral("Categories with no items here may still hold data this source does not provide "
                               "(for example feedback or group activity, which are not in the data export)."));
    if (!summary.regionKnown) {
        list.append(QStringLiteral("Your region (%1) is not in the policy; every training period was assumed to "
                                   "cover it.")
                        .arg(summary.member.region));
    }
    if (summary.source.kind == SourceInfo::Kind::Archive) {
        list.append(QStringLiteral("A data-export archive does not record the opt-out: the opt-out state and history "
                                   "here are what you entered, not what %1 confirmed.")
                        .arg(policy.platform));
    }
    if (summary.source.kind == SourceInfo::Kind::Demo)
        list.append(QStringLiteral("These are demo figures for an invented member, not anyone's real data."));
    if (summary.source.stale) {
        list.append(QStringLiteral("These figures come from the local cache, not from the source at the time of the "
                                   "report; they may be out of date."));
    }
    qint64 unconfirmed = 0;
    for (const OptOutChange &change : summary.history) {
        if (change.confirmationId.isEmpty())
            ++unconfirmed;
    }
    if (unconfirmed > 0) {
        list.append(
            QStringLiteral("%1 of the opt-out history %2 no confirmation id.")
                .arg(unconfirmed == 1 ? QStringLiteral("1 change") : count(unconfirmed) + QStringLiteral(" changes"),
                     unconfirmed == 1 ? QStringLiteral("has") : QStringLiteral("have")));
    }
    if (summary.policyId != policy.id || summary.policyVersion != policy.version) {
        list.append(QStringLiteral("The figures were computed with policy %1 version %2; the wording quoted here is "
                                   "from version %3.")
                        .arg(summary.policyId, summary.policyVersion, policy.version));
    }
    if (policy.retrieved.isValid()) {
        list.append(QStringLiteral("The policy's statements were gathered on %1; %2 may have changed its pages since.")
                        .arg(date(policy.retrieved), policy.platform));
    }
    return list;
}

QList<ReportArticle15Item> article15(const UsageReport &report, const Policy &policy)
{
    QList<ReportArticle15Item> list;
    QString purposes = QStringLiteral("Training generative-AI models that create content, controlled by the setting "
                                      "\"%1\".")
                           .arg(policy.setting.name);
    for (const Regime &regime : report.regimes)
        purposes += QStringLiteral(" From %1: %2").arg(date(regime.from), regime.legalBasis);
    list.append({QStringLiteral("a"), QStringLiteral("Purposes of the processing"), purposes});

    int used = 0;
    int notUsed = 0;
    int unknown = 0;
    for (const CategorySummary &category : report.summary.categories) {
        if (category.itemCount == 0)
            continue;
        (category.genAiTraining == TrainingUse::Used      ? used
         : category.genAiTraining == TrainingUse::NotUsed ? notUsed
                                                          : unknown)++;
    }
    list.append({QStringLiteral("b"), QStringLiteral("Categories of personal data"),
                 QStringLiteral("This source holds items in %1 categories: %2 used for training, %3 not used, %4 "
                                "the platform has not said either way about. The table lists each with its figures.")
                     .arg(used + notUsed + unknown)
                     .arg(used)
                     .arg(notUsed)
                     .arg(unknown)});
    list.append({QStringLiteral("c"), QStringLiteral("Recipients"),
                 QStringLiteral("%1 and its affiliates, as the setting's own wording says: %2 The report cannot "
                                "list every recipient; ask %1 with your right of access.")
                     .arg(policy.platform, policy.setting.effectOfOptingOut)});
    list.append({QStringLiteral("d"), QStringLiteral("Storage period"),
                 QStringLiteral("The policy's sources do not say how long training data or trained models are "
                                "kept. Models already trained are not retrained when you opt out.")});
    list.append({QStringLiteral("e"), QStringLiteral("Rights to rectification, erasure, restriction and objection"),
                 QStringLiteral("See \"Your rights and how to use them\" in this report; the objection letter that "
                                "comes with it uses Art. 21.")});
    QString complaint;
    for (const ReportRight &right : report.rights) {
        if (right.id == u"complaint")
            complaint = right.how;
    }
    list.append({QStringLiteral("f"), QStringLiteral("Right to lodge a complaint"), complaint});
    list.append({QStringLiteral("g"), QStringLiteral("Source of the data"),
                 QStringLiteral("Your data is what you provided or created on the platform. This report's figures: "
                                "%1")
                     .arg(report.sourceDescription)});
    list.append({QStringLiteral("h"), QStringLiteral("Automated decision-making"),
                 QStringLiteral("The policy's sources describe no automated decisions with legal or similarly "
                                "significant effects based on this training; this report cannot tell whether any "
                                "exist. %1")
                     .arg(policy.setting.notCovered)});
    return list;
}

} // namespace

Category UsageReport::wordingOf(const QString &categoryId) const
{
    if (const Category *category = policy.category(categoryId))
        return *category;
    return {categoryId,
            categoryId,
            {},
            TrainingUse::Unknown,
            QStringLiteral("The policy does not name this category, so its treatment is unknown."),
            {}};
}

UsageReport buildUsageReport(const UsageSummary &summary, const Policy &policy, const Clock &clock)
{
    UsageReport report;
    report.summary = summary;
    report.policy = policy;
    report.title = QStringLiteral("Generative-AI training report for ") +
                   (summary.member.name.isEmpty() ? QStringLiteral("a member") : summary.member.name);
    report.generatedAt = clock.now().toUTC();
    report.generatorName = QStringLiteral(PD_APP_NAME);
    report.generatorVersion = QStringLiteral(PD_VERSION);

    report.regionLabel = regionLabel(policy, summary.member.region, summary.regionKnown);
    report.gdprRegion = policy.complaintAuthority(summary.member.region) != nullptr;
    report.sourceDescription = sourceDescription(summary.source);

    QSet<QString> seen;
    appendUnique(&report.policySources, &seen, policy.setting.source);
    for (const Category &category : policy.categories)
        appendUnique(&report.policySources, &seen, category.source);
    for (const Regime &regime : policy.regimes) {
        for (const QUrl &url : regime.sources)
            appendUnique(&report.policySources, &seen, url);
    }
    for (const RelatedControl &control : policy.relatedControls)
        appendUnique(&report.policySources, &seen, control.source);
    for (const Regime *regime : policy.regimesCovering(summary.member.region))
        report.regimes.append(*regime);

    report.optOutStateText = optOutStateText(summary.optOut, policy.setting);
    report.optOutEffect = OptOutWording::priorTraining() + QStringLiteral(" As the setting's help page puts it: ") +
                          policy.setting.effectOfOptingOut;
    report.memberFigures = memberFigures(summary);
    report.futureUseText = futureUseText(summary);
    report.rights = rights(policy, summary.member.region);
    report.article15 = article15(report, policy);
    report.limitations = limitations(summary, policy);
    return report;
}

ReportItemsAppendix buildItemsAppendix(const ItemList &list)
{
    ReportItemsAppendix appendix;
    ItemQuery query;
    query.status = ItemStatus::MayHaveBeenUsed;
    QList<qsizetype> rows = list.filter(query);
    const ItemStore &store = list.store();
    std::stable_sort(rows.begin(), rows.end(), [&store](qsizetype a, qsizetype b) {
        const std::optional<QDate> da = store.date(a);
        const std::optional<QDate> db = store.date(b);
        if (da && db)
            return *da < *db;
        return da.has_value() && !db.has_value(); // undated last
    });
    for (const QString &id : store.listedCategories()) {
        ReportItemsAppendix::CategoryItems category{id, 0, std::nullopt, std::nullopt};
        QList<qsizetype> own;
        for (const qsizetype row : std::as_const(rows)) {
            if (store.categoryId(row) == id)
                own.append(row);
        }
        if (own.isEmpty())
            continue;
        category.count = own.size();
        category.first = list.firstDay(own);
        category.last = list.lastDay(own);
        appendix.categories.append(category);
    }
    appendix.items.reserve(rows.size());
    for (const qsizetype row : std::as_const(rows))
        appendix.items.append(list.item(row));
    appendix.truncated = store.isTruncated();
    appendix.refused = store.refusedCount();
    return appendix;
}

} // namespace pd
