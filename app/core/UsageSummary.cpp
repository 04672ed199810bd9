#include "core/UsageSummary.h"

#include "core/ActivityLedger.h"
#include "core/Clock.h"
#include "core/Policy.h"

#include <QMap>

namespace pd {

QString toString(SourceInfo::Kind kind)
{
    switch (kind) {
    case SourceInfo::Kind::Demo:
        return QStringLiteral("demo");
    case SourceInfo::Kind::Server:
        return QStringLiteral("server");
    case SourceInfo::Kind::PlatformApi:
        return QStringLiteral("linkedin-api");
    case SourceInfo::Kind::Archive:
        break;
    }
    return QStringLiteral("archive");
}

bool optOutIsMembersAnswer(SourceInfo::Kind kind)
{
    return kind == SourceInfo::Kind::Archive || kind == SourceInfo::Kind::PlatformApi;
}

UsageSummary buildUsageSummary(const Policy &policy, const MemberInfo &member, const ActivityLedger &ledger,
                               const OptOutHistory &history, const SourceInfo &source, const Clock &clock)
{
    const QDateTime now = clock.now().toUTC();
    const ExposureResult exposure = computeExposure(policy, member.region, history, ledger, now);

    UsageSummary summary;
    summary.member = member;
    summary.regionKnown = exposure.regionKnown;
    summary.asOf = now;
    summary.source = source;
    summary.policyId = policy.id;
    summary.policyVersion = policy.version;
    summary.optOut.optedOut = exposure.optedOutNow;
    if (const auto last = history.lastChangeAtOrBefore(now)) {
        summary.optOut.changedAt = last->at;
        summary.optOut.confirmationId = last->confirmationId;
    }
    for (const OptOutChange &change : history.changes()) {
        if (change.at <= now)
            summary.history.append(change);
    }
    summary.trainingWindows = exposure.windows;
    summary.futureUse = exposure.futureUse;
    summary.totalItems = exposure.totalItems;
    summary.totalMayHaveBeenUsed = exposure.totalMayHaveBeenUsed;
    summary.totalExposedIfUsed = exposure.totalExposedIfUsed;
    summary.totalNotUsed = exposure.totalNotUsed;

    summary.categories = exposure.categories;

    // Monthly series: the same split as the per-category figures, by the month of each item.
    QMap<QDate, MonthlyActivity> months;
    for (const CategorySummary &item : exposure.categories) {
        const CategoryActivity &activity = ledger.activity(item.id);
        for (auto it = activity.daily.constBegin(); it != activity.daily.constEnd(); ++it) {
            const QDate month(it.key().year(), it.key().month(), 1);
            MonthlyActivity &bucket = months[month];
            bucket.month = month;
            if (item.genAiTraining == TrainingUse::NotUsed)
                bucket.notTrainingCategory += it.value();
            else if (!exposure.cutoff.coversDay(it.key()))
                bucket.notUsed += it.value();
            else if (item.genAiTraining == TrainingUse::Used)
                bucket.mayHaveBeenUsed += it.value();
            else
                bucket.exposedIfUsed += it.value();
        }
    }
    summary.monthly = months.values();
    return summary;
}

} // namespace pd
