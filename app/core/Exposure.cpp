#include "core/Exposure.h"

#include <algorithm>

namespace pd {

namespace {

QDateTime startOfUtcDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

// [a, b) ∩ [c, d) with invalid ends meaning +∞; returns false when empty.
bool intersect(const TimeInterval &a, const TimeInterval &b, TimeInterval *out)
{
    const QDateTime start = std::max(a.start, b.start);
    QDateTime end;
    if (a.isOpenEnded())
        end = b.end;
    else if (b.isOpenEnded())
        end = a.end;
    else
        end = std::min(a.end, b.end);
    if (end.isValid() && end <= start)
        return false;
    *out = {start, end};
    return true;
}

} // namespace

bool ExposureCutoff::coversDay(const QDate &day) const
{
    switch (m_kind) {
    case Kind::Nothing:
        return false;
    case Kind::Everything:
        return true;
    case Kind::Until:
        break;
    }
    return startOfUtcDay(day) < m_end;
}

QList<TrainingWindow> trainingWindows(const Policy &policy, const QString &region, const OptOutHistory &history)
{
    QList<TrainingWindow> windows;
    for (const Regime *regime : policy.regimesCovering(region)) {
        const TimeInterval regimeInterval{startOfUtcDay(regime->from),
                                          regime->to ? startOfUtcDay(*regime->to) : QDateTime()};
        for (const TimeInterval &optedIn : history.optedInIntervals(regimeInterval.start)) {
            TimeInterval window;
            if (intersect(regimeInterval, optedIn, &window))
                windows.append({regime->id, window});
        }
    }
    std::stable_sort(windows.begin(), windows.end(), [](const TrainingWindow &a, const TrainingWindow &b) {
        return a.interval.start < b.interval.start;
    });
    return windows;
}

ItemExposure itemExposure(TrainingUse use, const ExposureCutoff &cutoff, const std::optional<QDate> &day)
{
    if (use == TrainingUse::NotUsed)
        return ItemExposure::NotUsed;
    const bool covered = day ? cutoff.coversDay(*day) : cutoff.coversUndated();
    if (!covered)
        return ItemExposure::NotUsed;
    return use == TrainingUse::Used ? ItemExposure::MayHaveBeenUsed : ItemExposure::ExposedIfUsed;
}

ExposureCutoff exposureCutoff(const QList<TrainingWindow> &windows, const QDateTime &now)
{
    bool anyBegun = false;
    bool openBegun = false;
    QDateTime latestEnd;
    for (const TrainingWindow &window : windows) {
        if (window.interval.start > now)
            continue;
        anyBegun = true;
        if (window.interval.isOpenEnded())
            openBegun = true;
        else if (!latestEnd.isValid() || window.interval.end > latestEnd)
            latestEnd = window.interval.end;
    }
    if (openBegun)
        return ExposureCutoff::everything();
    if (anyBegun)
        return ExposureCutoff::until(latestEnd);
    return ExposureCutoff::nothing();
}

CategorySummary exposureOf(const QString &categoryId, TrainingUse use, const CategoryActivity &activity,
                           const ExposureCutoff &cutoff, bool futureUse)
{
    CategorySummary result;
    result.id = categoryId;
    result.label = categoryId;
    result.firstActivity = activity.first();
    result.lastActivity = activity.last();
    result.genAiTraining = use;
    result.itemCount = activity.total();
    if (use != TrainingUse::NotUsed) {
        qint64 exposed = 0;
        if (itemExposure(use, cutoff, std::nullopt) != ItemExposure::NotUsed)
            exposed += activity.undated;
        for (auto it = activity.daily.constBegin(); it != activity.daily.constEnd(); ++it) {
            if (itemExposure(use, cutoff, it.key()) == ItemExposure::NotUsed)
                break; // days are sorted; once past the cutoff, no later day is covered
            exposed += it.value();
        }
        (use == TrainingUse::Used ? result.mayHaveBeenUsed : result.exposedIfUsed) = exposed;
        result.futureUse = futureUse;
    }
    result.notUsed = result.itemCount - result.mayHaveBeenUsed - result.exposedIfUsed;
    return result;
}

ExposureResult computeExposure(const Policy &policy, const QString &region, const OptOutHistory &history,
                               const ActivityLedger &ledger, const QDateTime &now)
{
    ExposureResult result;
    result.regionKnown = policy.isKnownCountry(region);
    result.windows = trainingWindows(policy, region, history);

    result.cutoff = exposureCutoff(result.windows, now);

    result.optedOutNow = history.isOptedOutAt(now);
    const QDate today = now.toUTC().date();
    for (const Regime *regime : policy.regimesCovering(region)) {
        if (regime->appliesOn(today))
            result.regimeCoversNow = true;
    }
    result.futureUse = !result.optedOutNow && result.regimeCoversNow;

    const auto account = [&](const QString &categoryId, TrainingUse use, const QString &label) {
        CategorySummary exposure =
            exposureOf(categoryId, use, ledger.activity(categoryId), result.cutoff, result.futureUse);
        exposure.label = label;
        result.totalItems += exposure.itemCount;
        result.totalMayHaveBeenUsed += exposure.mayHaveBeenUsed;
        result.totalExposedIfUsed += exposure.exposedIfUsed;
        result.totalNotUsed += exposure.notUsed;
        result.categories.append(exposure);
    };
    for (const Category &category : policy.categories)
        account(category.id, category.genAiTraining, category.label);
    for (const QString &categoryId : ledger.categoryIds()) {
        if (!policy.category(categoryId))
            account(categoryId, TrainingUse::Unknown, categoryId);
    }
    return result;
}

} // namespace pd
