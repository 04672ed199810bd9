#include "net/ApiDataSource.h"

#include "core/Clock.h"
#include "core/PolicyLoader.h"
#include "net/CurlTransport.h"
#include "net/OptOutOutbox.h"

#include <QTimer>

#include <functional>

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
    // Known from an earlier run: a waiting change shows before the server answers, and one
    // asked for while the server cannot be reached is still bound to this member.
    m_memberId = m_outbox->knownMember(outboxKey().server, m_connection.token);
    reloadPending();
}

OutboxKey ApiDataSource::outboxKey() const
{
    return OutboxKey{m_connection.url.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString(), m_memberId,
                     QStringLiteral("ai-training")};
}

std::optional<PendingOptOut> ApiDataSource::pendingOptOut() const
{
    if (m_sending && m_outbox && !m_memberId.isEmpty()) {
        // The client stores the record while the write is on its way (after reading the ETag):
        // what is on disk now is what the next command finds (found by the fault suite: a CLI
        // stopped by its deadline said "nothing was kept" while the outbox held the change).
        const Result<std::optional<OutboxRecord>> stored = m_outbox->pending(outboxKey());
        if (stored && *stored)
            return PendingOptOut{(*stored)->optedOut, (*stored)->createdAt, true};
    }
    if (!m_pending)
        return std::nullopt;
    return PendingOptOut{m_pending->optedOut, m_pending->createdAt, m_sending || m_pending->beingSentElsewhere()};
}

void ApiDataSource::reloadPending()
{
    const std::optional<OutboxRecord> before = m_pending;
    m_pending.reset();
    if (m_outbox && !m_memberId.isEmpty()) {
        Result<std::optional<OutboxRecord>> stored = m_outbox->pending(outboxKey());
        if (!stored) {
            // A damaged record cannot be sent; drop it, and say so rather than keep failing.
            (void)m_outbox->clear(outboxKey());
            const Error error{
                ErrorKind::InvalidInput,
                tr("A change waiting to be sent could not be read and was dropped (%1).").arg(stored.error().message)};
            QTimer::singleShot(0, this, [this, error] { Q_EMIT pendingOptOutFailed(error); });
        } else {
            m_pending = *stored;
        }
    }
    if (before != m_pending)
        Q_EMIT pendingOptOutChanged();
}

void ApiDataSource::learnMember(const QString &memberId)
{
    if (m_outbox && memberId != m_memberId)
        (void)m_outbox->rememberMember(outboxKey().server, m_connection.token, memberId);
    m_memberId = memberId;
    reloadPending();
}

void ApiDataSource::cancelPendingOptOut()
{
    // A change on its way (here or in another window) cannot be called back.
    if (!m_outbox || m_memberId.isEmpty() || (pendingOptOut() && pendingOptOut()->sending))
        return;
    (void)m_outbox->clear(outboxKey());
    reloadPending();
}

void ApiDataSource::refresh()
{
    fetchSummary(++m_refreshGeneration);
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
        learnMember(api->member.id);
        if (api->historyIsComplete())
            return settlePending(generation, *api);
        // The summary carries the latest changes only; the exposure rule needs every opted-in
        // interval, so the rest is paged in first (docs/api.md "history in the summary").
        m_client->fetchHistory([this, generation, api = std::move(api).value()](Result<QList<OptOutChange>> all) {
            if (generation != m_refreshGeneration)
                return;
            if (!all)
                return Q_EMIT refreshFailed(all.error());
            // Append-only: the first historyTotal changes are the ones the summary counted (a change
            // made since then is in the next summary).
            if (all->size() < api.historyTotal)
                return Q_EMIT refreshFailed(Error::invalidInput(
                    tr("invalid response from the server: its history holds %1 changes, its summary counted %2")
                        .arg(all->size())
                        .arg(api.historyTotal)));
            ApiUsageSummary complete = api;
            complete.history = all->first(api.historyTotal);
            settlePending(generation, complete);
        });
    });
}

void ApiDataSource::settlePending(quint64 generation, const ApiUsageSummary &api)
{
    if (!m_pending || m_sending || m_pending->beingSentElsewhere())
        return continueWithSummary(generation, api);
    const OutboxRecord record = *m_pending;
    if (api.optOut.optedOut == record.optedOut) {
        // The server holds the state asked for: the change arrived (its answer was lost) or was
        // made elsewhere. Either way nothing is left to send.
        (void)m_outbox->clear(record.key);
        reloadPending();
        Q_EMIT pendingOptOutSent(api.optOut);
        return continueWithSummary(generation, api);
    }
    if (!record.optedOut || !m_sendsWaitingChanges) {
        // Turning training on is sent only on the member's word at that moment; it waits.
        if (record.state == OutboxRecord::State::Sending) {
            OutboxRecord waiting = record;
            waiting.state = OutboxRecord::State::Waiting;
            (void)m_outbox->store(waiting);
            reloadPending();
        }
        return continueWithSummary(generation, api);
    }
    m_sending = true;
    Q_EMIT pendingOptOutChanged();
    m_client->resendOptOut(record, [this, generation, api](Result<OptOutState> outcome) {
        m_sending = false;
        reloadPending();
        Q_EMIT pendingOptOutChanged();
        if (!outcome) {
            Q_EMIT pendingOptOutFailed(outcome.error());
            if (generation == m_refreshGeneration)
                continueWithSummary(generation, api);
            return;
        }
        m_seenSettingEtag.reset();
        Q_EMIT pendingOptOutSent(*outcome);
        // The figures after the change. A newer refresh may be under way with the old state:
        // this fetch replaces it and answers for it.
        fetchSummary(++m_refreshGeneration);
    });
}

void ApiDataSource::continueWithSummary(quint64 generation, const ApiUsageSummary &api)
{
    // Remember the version of the setting the member is about to see: a change they ask for
    // must match it (If-Match), so a change made elsewhere in the meantime becomes a visible
    // conflict instead of being overwritten (RELIABILITY #6). The summary carries it.
    if (m_writesMatchLastRefresh)
        m_seenSettingEtag = api.settingEtag;
    withPolicy(generation, api);
}

void ApiDataSource::withPolicy(quint64 generation, const ApiUsageSummary &api)
{
    // The policy the summary was computed with, parsed once: the cached one, else the bundled one.
    if (!m_policy || m_policy->id != api.policyId || m_policy->version != api.policyVersion) {
        if (Result<Policy> bundled = PolicyLoader::bundled(api.policyId); bundled)
            m_policy = std::move(bundled).value();
    }
    if (m_policy && m_policy->id == api.policyId && m_policy->version == api.policyVersion)
        return buildSummary(api, *m_policy);
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
        m_policy = std::move(policy).value();
        buildSummary(api, *m_policy);
    });
}

void ApiDataSource::buildSummary(const ApiUsageSummary &api, const Policy &policy)
{
    OptOutHistory history(policy.setting.defaultOptedOut);
    for (const OptOutChange &change : api.history)
        history.append(change);
    // A month given as a total where a window of this policy can end would move items across the
    // line between "may have been used" and "not used": the server chose its months with another
    // policy or history than the one named.
    if (api.monthTotals.intersects(ApiCodec::exactMonths(policy, api.history)))
        return Q_EMIT refreshFailed(Error::invalidInput(
            tr("invalid response from the server: its ledger gives a month as a total where days are needed")));
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
    m_lastSummary = summary;
    Q_EMIT summaryReady(summary);
}

void ApiDataSource::requestItems()
{
    if (!m_lastSummary) {
        // The list's statuses need a summary: one refresh first, then the items.
        auto connections = std::make_shared<QList<QMetaObject::Connection>>();
        const auto done = [connections] {
            for (const QMetaObject::Connection &connection : std::as_const(*connections))
                QObject::disconnect(connection);
        };
        connections->append(connect(this, &MemberDataSource::summaryReady, this, [this, done] {
            done();
            requestItems();
        }));
        connections->append(connect(this, &MemberDataSource::refreshFailed, this, [this, done](const Error &error) {
            done();
            Q_EMIT itemsFailed(error);
        }));
        refresh();
        return;
    }
    if (m_items) {
        QTimer::singleShot(0, this, [this] {
            if (m_items && m_lastSummary)
                Q_EMIT itemsReady(ItemList(m_items, *m_lastSummary));
            else
                requestItems();
        });
        return;
    }
    const quint64 generation = m_refreshGeneration;
    m_client->fetchItems([this, generation](Result<std::shared_ptr<ItemStore>> store) {
        if (generation != m_refreshGeneration)
            return Q_EMIT itemsFailed(Error{ErrorKind::Cancelled, tr("cancelled")});
        if (!store)
            return Q_EMIT itemsFailed(store.error());
        m_items = std::move(store).value();
        Q_EMIT itemsReady(ItemList(m_items, *m_lastSummary));
    });
}

void ApiDataSource::withIdentity(std::function<void()> next)
{
    if (!m_memberId.isEmpty())
        return next();
    // A change is bound to the member the server names for this token: learn it first.
    m_client->fetchSummary([this, next = std::move(next)](Result<ApiUsageSummary> api) {
        if (!api)
            return Q_EMIT optOutFailed(api.error());
        learnMember(api->member.id);
        next();
    });
}

void ApiDataSource::requestOptOut(bool optedOut)
{
    if (pendingOptOut() && pendingOptOut()->sending) {
        // One change on its way at a time; its answer comes first.
        QTimer::singleShot(0, this, [this] {
            Q_EMIT optOutFailed(
                Error{ErrorKind::Network, tr("a change is already on its way to the server; wait for its answer")});
        });
        return;
    }
    withIdentity([this, optedOut] {
        auto answer = [this](Result<OptOutState> outcome) {
            m_sending = false;
            reloadPending();
            Q_EMIT pendingOptOutChanged();
            if (!outcome)
                return Q_EMIT optOutFailed(outcome.error());
            m_seenSettingEtag.reset(); // the version moved on; the next refresh reads it
            Q_EMIT optOutConfirmed(*outcome);
        };
        if (m_pending && m_pending->optedOut == optedOut) {
            // "Send now": the same change again, with its own key, so it applies at most once.
            m_sending = true;
            Q_EMIT pendingOptOutChanged();
            return m_client->resendOptOut(*m_pending, answer);
        }
        if (m_pending && m_outbox) // the member now asks for the opposite: the old wish is gone
            (void)m_outbox->clear(m_pending->key);
        m_sending = true;
        m_client->setOptedOut(outboxKey(), optedOut, answer, m_seenSettingEtag);
        reloadPending();
        Q_EMIT pendingOptOutChanged();
    });
}

} // namespace pd
