#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

// One change of the training setting, as the server (or the member) recorded it.
struct OptOutChange {
    QDateTime at; // UTC
    bool optedOut = false;
    QString channel;        // "web", "app", "api", "dashboard", ...
    QString confirmationId; // the server's proof of the change; empty when unconfirmed
    bool operator==(const OptOutChange &) const = default;
};

// A half-open interval [start, end) in UTC; an invalid end means "still open".
struct TimeInterval {
    QDateTime start;
    QDateTime end;
    bool isOpenEnded() const { return !end.isValid(); }
    bool operator==(const TimeInterval &) const = default;
};

// The member's opt-out changes in time order. Before the first change the member had the
// platform's default (opted in, for LinkedIn).
class OptOutHistory final
{
public:
    explicit OptOutHistory(bool defaultOptedOut = false)
        : m_defaultOptedOut(defaultOptedOut)
    {}

    void append(OptOutChange change); // keeps time order; equal times keep insertion order
    const QList<OptOutChange> &changes() const { return m_changes; }
    bool defaultOptedOut() const { return m_defaultOptedOut; }

    bool isOptedOutAt(const QDateTime &when) const;
    std::optional<OptOutChange> lastChangeAtOrBefore(const QDateTime &when) const;
    // The intervals in which the member was opted in, clipped to [from, ∞).
    QList<TimeInterval> optedInIntervals(const QDateTime &from) const;

private:
    bool m_defaultOptedOut;
    QList<OptOutChange> m_changes;
};

} // namespace pd
