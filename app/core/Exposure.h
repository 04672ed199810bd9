#pragma once

#include "core/ActivityLedger.h"
#include "core/Category.h"
#include "core/OptOutHistory.h"
#include "core/Policy.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

// A training window: a regime covers the member's region AND the member is opted in.
struct TrainingWindow {
    QString regimeId;
    TimeInterval interval;
    bool operator==(const TrainingWindow &) const = default;
};

// The line between items that may have been used and items that were not: an item may have
// been used iff it existed during a window that has begun, i.e. it was created before the end
// of the latest such window. Items carry only a UTC day, so an item dated on the day a window
// ends is counted as possibly used (the cautious reading; see docs/privacy-model.md).
class ExposureCutoff final
{
public:
    enum class Kind {
        Nothing,    // no training window has begun: nothing may have been used
        Until,      // items created before end() may have been used
        Everything, // a begun window is still open: every existing item may have been used
    };

    static ExposureCutoff nothing() { return ExposureCutoff(Kind::Nothing, {}); }
    static ExposureCutoff everything() { return ExposureCutoff(Kind::Everything, {}); }
    static ExposureCutoff until(QDateTime end) { return ExposureCutoff(Kind::Until, std::move(end)); }

    Kind kind() const { return m_kind; }
    const QDateTime &end() const { return m_end; }
    bool coversDay(const QDate &day) const;
    bool coversUndated() const { return m_kind != Kind::Nothing; }
    bool operator==(const ExposureCutoff &) const = default;

private:
    ExposureCutoff(Kind kind, QDateTime end)
        : m_kind(kind)
        , m_end(std::move(end))
    {}
    Kind m_kind;
    QDateTime m_end;
};

// One category's figures: what exposure computes, what the summary carries and the report
// states (the report looks the policy's wording up by id). The two figures are never merged:
// `mayHaveBeenUsed` counts only items of categories the platform says it uses; `exposedIfUsed`
// counts items of categories it has not said either way that existed during a training window.
// At most one of them is non-zero.
struct CategorySummary {
    QString id;
    QString label; // the policy's label, or the id of a category the policy does not name
    TrainingUse genAiTraining = TrainingUse::Unknown;
    qint64 itemCount = 0;
    qint64 mayHaveBeenUsed = 0; // `used` categories only
    qint64 exposedIfUsed = 0;   // `unknown` categories only: existed during a training window
    qint64 notUsed = 0;         // always itemCount - mayHaveBeenUsed - exposedIfUsed
    bool futureUse = false;
    std::optional<QDate> firstActivity;
    std::optional<QDate> lastActivity;
    bool operator==(const CategorySummary &) const = default;
};

struct ExposureResult {
    QList<TrainingWindow> windows; // every window, including ones that have not begun yet
    ExposureCutoff cutoff = ExposureCutoff::nothing();
    bool regionKnown = true; // false: the region is not in the policy; all regimes assumed
    bool optedOutNow = false;
    bool regimeCoversNow = false;
    bool futureUse = false;            // opted in and a regime covers the region now
    QList<CategorySummary> categories; // in policy order, then unknown ledger categories by id
    qint64 totalItems = 0;
    qint64 totalMayHaveBeenUsed = 0; // the headline figure: `used` categories alone
    qint64 totalExposedIfUsed = 0;   // `unknown` categories, reported beside it, never added to it
    qint64 totalNotUsed = 0;
};

// The exposure rule of DESIGN §3 as one pure function. Categories the policy marks `not-used`
// are never exposed; `used` ones follow the window rule into `mayHaveBeenUsed`. For `unknown`
// ones the same window rule fills `exposedIfUsed` instead: the platform has not said it uses
// them, so counting them as "may have been used" would state more than the member can defend.
ExposureResult computeExposure(const Policy &policy, const QString &region, const OptOutHistory &history,
                               const ActivityLedger &ledger, const QDateTime &now);

// The training windows alone, in start order (exposed for the timeline and for tests).
QList<TrainingWindow> trainingWindows(const Policy &policy, const QString &region, const OptOutHistory &history);

// Which of the summary's figures one item falls in: the rule exposureOf applies to every day of
// a category, for one item (the item list, issue 15, counts by it, so the list's counts equal
// the summary's figures by construction). `day` empty: an undated item (profile fields).
enum class ItemExposure {
    NotUsed,         // counted in notUsed
    MayHaveBeenUsed, // counted in mayHaveBeenUsed (`used` categories)
    ExposedIfUsed,   // counted in exposedIfUsed (`unknown` categories)
};
ItemExposure itemExposure(TrainingUse use, const ExposureCutoff &cutoff, const std::optional<QDate> &day);

// The cutoff the windows give at `now` (computeExposure's, exposed so that a summary's
// trainingWindows and asOf give back the same cutoff).
ExposureCutoff exposureCutoff(const QList<TrainingWindow> &windows, const QDateTime &now);

// Items of one category, split by the cutoff.
CategorySummary exposureOf(const QString &categoryId, TrainingUse use, const CategoryActivity &activity,
                           const ExposureCutoff &cutoff, bool futureUse);

} // namespace pd
