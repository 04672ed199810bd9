#include "ApiDataSource.h"

#include "Clock.h"
#include "CurlTransport.h"
#include "OptOutOutbox.h"
#include "PolicyLoader.h"

#include <QTimer>

namespace pd {

ApiDataSource::ApiDataSource(ServerConnection connection, const Clock &clock, HttpTransport *transport, QObject *parent)
    : MemberDataSource(parent)
    , m_connection(std::move(connection))
    , m_clock(clock)
{
    if (!transport) {
        CurlTransport::Options options;
        options.caFile = m_connection.caFile;
        m_ownTransport = std::make_unique<CurlTransport>(options);
        transport = m_ownTransport.get();
    }
    m_client = std::make_unique<ApiClient>(m_connection.url, m_connection.token, *transport, m_clock);
}

ApiDataSource::~ApiDataSource() = default;

QString ApiDataSource::description() const
{
    return m_connection.url.toString(QUrl::RemoveUserInfo);
}

void ApiDataSource::useOutbox(const QString &directory)
{
    m_outbox = std::make_unique<OptOutOutbox>(directory);
    m_client->setOutbox(m_outbox.get());
}

void ApiDataSource::refresh()
{
    const quint64 generation = ++m_refreshGeneration;
    if (m_outbox && !m_outboxChecked) {
        m_outboxChecked = true;
        // An opt-out left unfinished by an earlier run goes first, with its own key, so the
        // summary that follows shows its outcome (RELIABILITY "on start").
        m_client->resumePendingOptOut([this, generation](Result<std::optional<OptOutState>> replayed) {
            if (!replayed)
                Q_EMIT optOutFailed(replayed.error());
            else if (replayed->has_value())
                Q_EMIT optOutConfirmed(**replayed);
            fetchSummary(generation);
        });
        return;
    }
    fetchSummary(generation);
}

void ApiDataSource::cancel()
{
    // Only the refresh is abandoned: an opt-out write in flight must still reach its outcome.
    ++m_refreshGeneration;
    QTimer::singleShot(0, this, [this] { Q_EMIT refreshFailed(Error{ErrorKind::Cancelled, tr("cancelled")}); });
}

void ApiDataSource::fetchSummary(quint64 generation)
{
    m_client->fetchSummary([this, generation](Result<ApiUsageSummary> api) {
        if (generation != m_refreshGeneration)
            return;
        if (!api)
            return Q_EMIT refreshFailed(api.error());
        if (!m_writesMatchLastRefresh)
            return withPolicy(generation, *api);
        // Remember the version of the setting the member is about to see: a change they ask for
        // must match it (If-Match), so a change made elsewhere in the meantime becomes a visible
        // conflict instead of being overwritten (RELIABILITY #6).
        m_client->fetchSetting([this, generation, summary = std::move(api).value()](Result<ApiSetting> setting) {
            if (generation != m_refreshGeneration)
                return;
            if (!setting)
                return Q_EMIT refreshFailed(setting.error());
            m_seenSettingEtag.reset();
            // Changed between the two reads: keep no version, so a write re-reads the current one.
            if (setting->state.optedOut == summary.optOut.optedOut &&
                setting->state.confirmationId == summary.optOut.confirmationId)
                m_seenSettingEtag = setting->etag;
            withPolicy(generation, summary);
        });
    });
}

void ApiDataSource::withPolicy(quint64 generation, const ApiUsageSummary &api)
{
    if (m_serverPolicy && m_serverPolicy->id == api.policyId && m_serverPolicy->version == api.policyVersion)
        return buildSummary(api, *m_serverPolicy);
    if (const Result<Policy> bundled = PolicyLoader::bundled(api.policyId);
        bundled && bundled->version == api.policyVersion)
        return buildSummary(api, *bundled);
    // The server follows another version of the policy than the one we ship: use its document
    // (validated as strictly as the bundled one).
    m_client->fetchPolicy(api.policyId, [this, generation, api](Result<QByteArray> document) {
        if (generation != m_refreshGeneration)
            return;
        if (!document)
            return Q_EMIT refreshFailed(document.error());
        Result<Policy> policy = PolicyLoader::fromJson(*document);
        if (!policy)
            return Q_EMIT refreshFailed(
                Error::invalidInput(tr("invalid policy from the server: %1").arg(policy.error().message)));
        if (policy->id != api.policyId || policy->version != api.policyVersion)
            return Q_EMIT refreshFailed(
                Error::invalidInput(tr("the server sent policy %1 %2 for %3 %4")
                                        .arg(policy->id, policy->version, api.policyId, api.policyVersion)));
        m_serverPolicy = std::move(policy).value();
        buildSummary(api, *m_serverPolicy);
    });
}

void ApiDataSource::buildSummary(const ApiUsageSummary &api, const Policy &policy)
{
    OptOutHistory history(policy.setting.defaultOptedOut);
    for (const OptOutChange &change : api.history.changes())
        history.append(change);
    const QDateTime latest = history.changes().isEmpty() ? QDateTime() : history.changes().constLast().at;
    if (history.isOptedOutAt(latest.isValid() ? latest : m_clock.now()) != api.optOut.optedOut)
        return Q_EMIT refreshFailed(
            Error::invalidInput(tr("invalid response from the server: its opt-out state disagrees with its history")));

    // The server's clock may run ahead of ours: never hide its latest confirmed change.
    const QDateTime now = m_clock.now().toUTC();
    const FixedClock at(latest.isValid() && latest > now ? latest : now);
    const SourceInfo source{SourceInfo::Kind::Server, description(), {}, false};
    UsageSummary summary = buildUsageSummary(policy, api.member, api.ledger, history, source, at);
    summary.optOut = api.optOut; // the state exactly as the server confirmed it
    Q_EMIT summaryReady(summary);
}

void ApiDataSource::requestOptOut(bool optedOut)
{
    m_client->setOptedOut(
        optedOut,
        [this](Result<OptOutState> outcome) {
            if (outcome) {
                m_seenSettingEtag.reset(); // the version moved on; the next refresh reads it
                Q_EMIT optOutConfirmed(*outcome);
            } else {
                Q_EMIT optOutFailed(outcome.error());
            }
        },
        m_seenSettingEtag);
}

} // namespace pd
