#pragma once

#include "ApiClient.h"
#include "MemberDataSource.h"
#include "Policy.h"
#include "ServerConnection.h"

#include <memory>
#include <optional>

namespace pd {

class Clock;
class HttpTransport;
class OptOutOutbox;

// The Member Privacy API as a MemberDataSource (GUI and CLI). refresh() fetches the usage
// summary, takes the policy the server names (the bundled one when id and version match, else
// GET /v1/policies/{id}) and builds the UsageSummary with pd::buildUsageSummary: exposure is
// always computed here by the core, never taken from the server. requestOptOut() runs
// ApiClient::setOptedOut (the write protocol of RELIABILITY.md) against the version of the
// setting the last refresh showed, so a change made elsewhere since is a conflict, not overwritten.
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
    QString description() const override;

    // Keeps unfinished opt-out writes in `directory` (RELIABILITY's outbox) and replays one left
    // by an earlier run on the first refresh. Without it, writes are not persisted.
    void useOutbox(const QString &directory);
    // For a front end that shows the state before the member acts (the GUI): each refresh also
    // reads the setting's version, and a write must match it. The CLI acts without showing first
    // and leaves this off (its writes read the current version, one request fewer per summary).
    void setWritesMatchLastRefresh(bool on) { m_writesMatchLastRefresh = on; }
    ApiClient &client() { return *m_client; }

private:
    void fetchSummary(quint64 generation);
    void withPolicy(quint64 generation, const ApiUsageSummary &api);
    void buildSummary(const ApiUsageSummary &api, const Policy &policy);

    ServerConnection m_connection;
    const Clock &m_clock;
    std::unique_ptr<HttpTransport> m_ownTransport;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OptOutOutbox> m_outbox;
    std::optional<Policy> m_serverPolicy;        // fetched once when the bundled one does not match
    std::optional<QByteArray> m_seenSettingEtag; // the setting's version the member last saw
    bool m_outboxChecked = false;
    bool m_writesMatchLastRefresh = false;
    quint64 m_refreshGeneration = 0;
};

} // namespace pd
