#pragma once

#include "core/ItemStore.h"
#include "core/Result.h"
#include "core/UsageSummary.h"

#include <QDateTime>
#include <QObject>

#include <optional>

namespace pd {

// An opt-out change the member asked for that the server has not confirmed yet (kept in the
// outbox): being sent now, or waiting to be sent after a send that got no answer.
struct PendingOptOut {
    bool optedOut = false; // the state asked for
    QDateTime since;       // when the member asked
    bool sending = false;
    bool operator==(const PendingOptOut &) const = default;
};

// Where a member's usage summary comes from (the demo data set, the Member Privacy API, a
// data-export archive) and, where the source allows it, how the opt-out is changed. The same
// asynchronous interface serves the GUI and the CLI (which waits on it with an event loop), so
// every screen, report and command works the same whichever source is used (DESIGN §2).
//
// refresh() and requestOptOut() answer with exactly one signal, always later than the call
// returns (never from inside the call), so callers can connect after calling. The notices about
// a pending change (pendingOptOutChanged) may come at any time, including during a call.
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

    // The change waiting to be sent, if any (sources that cannot change the setting have none).
    // requestOptOut with the same target sends it again with its own key ("Send now").
    virtual std::optional<PendingOptOut> pendingOptOut() const { return std::nullopt; }
    // Drops a waiting change (never one being sent); answers with pendingOptOutChanged.
    virtual void cancelPendingOptOut() {}

    // One line for people: "demo data", "https://host:port", "Basic_LinkedInDataExport_....zip".
    virtual QString description() const = 0;

    // --- The items behind the figures (issue 15, docs/items.md) ---
    // Whether this source can list the member's items (the demo member, an archive, the server).
    virtual bool canListItems() const { return false; }
    // Loads the items of the listed categories and answers with itemsReady — an ItemList over the
    // summary of the last summaryReady, so its counts are that summary's figures — or itemsFailed,
    // always later than the call returns. Before the first summaryReady it refreshes first (one
    // summaryReady, then the items). Asynchronous sources page or import without blocking;
    // cancel() stops it (itemsFailed with ErrorKind::Cancelled). The default answers
    // itemsFailed(ErrorKind::Usage): this source cannot list items.
    virtual void requestItems();
    // "Forget this export": the source drops every item it holds, in memory only (items are never
    // written to a plain file). ItemLists already handed out keep their store until released.
    virtual void forgetItems() {}

Q_SIGNALS:
    void summaryReady(const pd::UsageSummary &summary);
    void refreshFailed(const pd::Error &error);
    // Long refreshes (an archive import) report progress; total 0 means unknown.
    void progress(qint64 done, qint64 total, const QString &what);

    void optOutConfirmed(const pd::OptOutState &state);
    // ErrorKind::Conflict: the setting was changed elsewhere and the request was not applied.
    void optOutFailed(const pd::Error &error);

    // pendingOptOut() changed (stored, being sent, sent, cancelled).
    void pendingOptOutChanged();
    // A refresh sent a change that was waiting (or found it already applied): the server's state.
    void pendingOptOutSent(const pd::OptOutState &state);
    // A refresh tried to send a waiting change and could not: a Network error leaves it waiting;
    // any other kind (a conflict, a refused token, a damaged record) means it was dropped.
    void pendingOptOutFailed(const pd::Error &error);

    // The answer to requestItems. list.store().isTruncated(): the cap was reached and the list
    // holds only the first items (MemberText::itemListCapped says so).
    void itemsReady(const pd::ItemList &list);
    void itemsFailed(const pd::Error &error);
};

} // namespace pd
