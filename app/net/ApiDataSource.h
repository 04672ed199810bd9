#pragma once

#include "core/MemberDataSource.h"
#include "core/Policy.h"
#include "net/ApiClient.h"
#include "net/OptOutOutbox.h"
#include "net/ServerConnection.h"

#include <functional>
#include <memory>
#include <optional>

namespace pd {

class Clock;
class HttpTransport;

// The Member Privacy API as a MemberDataSource (GUI and CLI). refresh() fetches the usage
// summary, takes the policy the server names (the bundled one when id and version match, else
// GET /v1/policies/{id}) and builds the UsageSummary with pd::buildUsageSummary: exposure is
// always computed here by the core, never taken from the server. requestOptOut() runs
// ApiClient::setOptedOut (the write protocol of RELIABILITY.md) against the version of the
// setting the last refresh showed, so a change made elsewhere since is a conflict, not overwritten.
//
// Pending changes (the outbox) belong to (server, member, setting): the member is the one the
// server names for the token, so a change is never sent under another member's token. A
// refresh first reconciles a pending change with the server's state (already applied: done).
// Otherwise it sends a waiting change to turn training OFF again — the member was told it waits
// and left it — but never one to turn training ON: that needs the member's word at that moment
// (requestOptOut with the same target, after the front end asked).
//
// Owns its ApiClient; owns a CurlTransport unless a transport is injected (tests). The clock,
// and an injected transport must outlive the source.
class ApiDataSource final : public MemberDataSource
{
    Q_OBJECT

public:
    // transport == nullptr: a CurlTransport trusting connection.caFile.
    ApiDataSource(ServerConnection connection, const Clock &clock, HttpTransport *transport = nullptr,
                  QObject *parent = nullptr);
    ~ApiDataSource() override;

    void refresh() override;
    void cancel() override;
    bool canChangeOptOut() const override { return true; }
    void requestOptOut(bool optedOut) override;
    std::optional<PendingOptOut> pendingOptOut() const override;
    void cancelPendingOptOut() override;
    QString description() const override;

    // Issue 15: GET /v1/me/items paged through (ApiClient::fetchItems), after a summary; kept in
    // memory until forgetItems() or the next refresh.
    bool canListItems() const override { return true; }
    void requestItems() override;
    void forgetItems() override { m_items.reset(); }

    // Keeps unfinished opt-out writes in `directory` (RELIABILITY's outbox, shared by the desktop
    // app and the CLI). Without it, writes are not persisted.
    void useOutbox(const QString &directory);
    // Whether a refresh sends a waiting change to turn training off (default on). Off for the
    // commands that only look at or cancel the pending change.
    void setSendsWaitingChanges(bool on) { m_sendsWaitingChanges = on; }
    // For a front end that shows the state before the member acts (the GUI): a write must match
    // the setting's version the last summary carried. The CLI acts without showing first and
    // leaves this off (its writes read the current version).
    void setWritesMatchLastRefresh(bool on) { m_writesMatchLastRefresh = on; }
    ApiClient &client() { return *m_client; }

private:
    void fetchSummary(quint64 generation);
    // Reconciles or sends the pending change after a summary named the member, then goes on.
    void settlePending(quint64 generation, const ApiUsageSummary &api);
    void continueWithSummary(quint64 generation, const ApiUsageSummary &api);
    void withIdentity(std::function<void()> next);
    void reloadPending();
    void learnMember(const QString &memberId);
    OutboxKey outboxKey() const;
    void withPolicy(quint64 generation, const ApiUsageSummary &api);
    void buildSummary(const ApiUsageSummary &api, const Policy &policy);

    ServerConnection m_connection;
    const Clock &m_clock;
    std::unique_ptr<HttpTransport> m_ownTransport;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OptOutOutbox> m_outbox;
    std::optional<Policy> m_policy;              // the last summary's policy, parsed once (bundled or fetched)
    std::optional<QByteArray> m_seenSettingEtag; // the setting's version the member last saw
    QString m_memberId; // who the server says the token belongs to (empty before the first answer)
    std::optional<OutboxRecord> m_pending;
    bool m_sending = false;
    bool m_sendsWaitingChanges = true;
    bool m_writesMatchLastRefresh = false;
    quint64 m_refreshGeneration = 0;
    std::optional<UsageSummary> m_lastSummary;
    std::shared_ptr<const ItemStore> m_items;
};

} // namespace pd
