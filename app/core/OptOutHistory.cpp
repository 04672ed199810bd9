#include "core/OptOutHistory.h"

#include <algorithm>

namespace pd {

void OptOutHistory::append(OptOutChange change)
{
    change.at = change.at.toUTC();
    const auto position = std::upper_bound(m_changes.begin(), m_changes.end(), change.at,
                                           [](const QDateTime &at, const OptOutChange &c) { return at < c.at; });
    m_changes.insert(position, std::move(change));
}

std::optional<OptOutChange> OptOutHistory::lastChangeAtOrBefore(const QDateTime &when) const
{
    std::optional<OptOutChange> last;
    for (const OptOutChange &change : m_changes) {
        if (change.at > when)
            break;
        last = change;
    }
    return last;
}

bool OptOutHistory::isOptedOutAt(const QDateTime &when) const
{
    const auto last = lastChangeAtOrBefore(when);
    return last ? last->optedOut : m_defaultOptedOut;
}

QList<TimeInterval> OptOutHistory::optedInIntervals(const QDateTime &from) const
{
    QList<TimeInterval> intervals;
    bool optedIn = !isOptedOutAt(from);
    QDateTime openedAt = from;
    for (const OptOutChange &change : m_changes) {
        if (change.at <= from)
            continue;
        if (optedIn && change.optedOut) {
            if (change.at > openedAt)
                intervals.append({openedAt, change.at});
            optedIn = false;
        } else if (!optedIn && !change.optedOut) {
            openedAt = change.at;
            optedIn = true;
        }
    }
    if (optedIn)
        intervals.append({openedAt, QDateTime()});
    return intervals;
}

} // namespace pd
