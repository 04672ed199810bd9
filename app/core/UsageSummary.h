#pragma once

#include "core/Category.h"
#include "core/Exposure.h"
#include "core/OptOutHistory.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

class ActivityLedger;
class Clock;
class Policy;

struct MemberInfo {
    QString id;
    QString name;
    QString region; // ISO 3166-1 alpha-2, as the source states or the member chose
    bool operator==(const MemberInfo &) const = default;
};

// Where the numbers came from; reports and screens say so.
struct SourceInfo {
    enum class Kind {
        Demo,
        Server,
        Archive,
        PlatformApi, // the platform's own Member Data Portability API (read-only)
    };
    Kind kind = Kind::Demo;
    QString location;   // server URL, archive file name, or the demo data set's name
    QString sha256;     // of the archive file, when the source is an archive
    bool stale = false; // shown from a cache rather than fetched now
    bool operator==(const SourceInfo &) const = default;
};

QString toString(SourceInfo::Kind kind); // "demo", "server", "archive", "linkedin-api"
// Whether the source does not record the AI-training setting, so the opt-out state shown is the
// member's own answer (an archive, the platform's API), not a state a server confirmed.
bool optOutIsMembersAnswer(SourceInfo::Kind kind);

// --- Monthly series (for charts and reports) ---------------------------------------------
// Dated items per calendar month (UTC), split the way the exposure rule splits them. Undated
// items (profile fields) have no month and are not in the series.
struct MonthlyActivity {
    QDate month;                    // the first day of the month
    qint64 mayHaveBeenUsed = 0;     // items of used categories inside the exposure cutoff
    qint64 exposedIfUsed = 0;       // items of unknown categories inside it: their own series
    qint64 notUsed = 0;             // items of used/unknown categories outside it
    qint64 notTrainingCategory = 0; // items of categories the policy marks not-used
    qint64 total() const { return mayHaveBeenUsed + exposedIfUsed + notUsed + notTrainingCategory; }
    bool operator==(const MonthlyActivity &) const = default;
};
// --- end monthly series ---------------------------------------------------------------------

struct OptOutState {
    bool optedOut = false;
    QDateTime changedAt;    // invalid: never changed (the platform default applies)
    QString confirmationId; // empty when never changed
    bool operator==(const OptOutState &) const = default;
};

// The one object screens, reports and the CLI render (DESIGN §3).
struct UsageSummary {
    MemberInfo member;
    bool regionKnown = true;
    QDateTime asOf;
    SourceInfo source;
    QString policyId;
    QString policyVersion;
    OptOutState optOut;
    QList<OptOutChange> history;
    QList<TrainingWindow> trainingWindows;
    bool futureUse = false;
    qint64 totalItems = 0;
    qint64 totalMayHaveBeenUsed = 0; // the headline "may have been used": `used` categories alone
    qint64 totalExposedIfUsed = 0;   // shown beside it, never added to it
    qint64 totalNotUsed = 0;
    QList<CategorySummary> categories;
    QList<MonthlyActivity> monthly; // months with activity, oldest first
    bool operator==(const UsageSummary &) const = default;
};

// Builds the summary from its parts at the clock's "now"; the exposure figures come from
// computeExposure, never from the source.
UsageSummary buildUsageSummary(const Policy &policy, const MemberInfo &member, const ActivityLedger &ledger,
                               const OptOutHistory &history, const SourceInfo &source, const Clock &clock);

} // namespace pd
