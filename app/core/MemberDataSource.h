#pragma once

#include "Result.h"
#include "UsageSummary.h"

#include <QObject>

namespace pd {

// Where a member's usage summary comes from (the demo data set, the Member Privacy API, a
// data-export archive) and, where the source allows it, how the opt-out is changed. The same
// asynchronous interface serves the GUI and the CLI (which waits on it with an event loop), so
// every screen, report and command works the same whichever source is used (DESIGN §2).
//
// Every request answers with exactly one signal, always later than the call returns (never
// from inside refresh() or requestOptOut()), so callers can connect after calling.
class MemberDataSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~MemberDataSource() override = default;

    // Fetches (or recomputes) the summary: answers with summaryReady or refreshFailed.
    virtual void refresh() = 0;
    // Stops a refresh in progress; it then answers refreshFailed with ErrorKind::Cancelled.
    // A no-op for sources that answer at once.
    virtual void cancel() {}

    // Whether requestOptOut can work at all; when not, why (shown to the member).
    virtual bool canChangeOptOut() const = 0;
    virtual QString optOutUnavailableReason() const { return {}; }
    // Asks the source to change the setting: answers with optOutConfirmed (the state the server
    // confirmed, never a guess) or optOutFailed.
    virtual void requestOptOut(bool optedOut) = 0;

    // One line for people: "demo data", "https://host:port", "Basic_LinkedInDataExport_....zip".
    virtual QString description() const = 0;

Q_SIGNALS:
    void summaryReady(const pd::UsageSummary &summary);
    void refreshFailed(const pd::Error &error);
    // Long refreshes (an archive import) report progress; total 0 means unknown.
    void progress(qint64 done, qint64 total, const QString &what);

    void optOutConfirmed(const pd::OptOutState &state);
    // ErrorKind::Conflict: the setting was changed elsewhere and the request was not applied.
    void optOutFailed(const pd::Error &error);
};

} // namespace pd
