#pragma once

#include "core/ApiCodec.h"
#include "core/Clock.h"
#include "core/ItemStore.h"
#include "core/Result.h"
#include "net/ApiErrors.h"
#include "net/HttpTransport.h"
#include "net/OptOutWriter.h"
#include "net/RetryingSender.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace pd {

class OptOutOutbox;
struct OutboxKey;
struct OutboxRecord;

// The Member Privacy API v1 (resources/api/, DESIGN §2) as typed asynchronous calls. Each call
// answers its callback exactly once, always after the call returned; nothing is answered after
// the client is destroyed or cancelAll() ran. The parts: RetryingSender sends and retries,
// ApiCodec decodes (strictly: unknown keys, wrong types and oversized bodies are InvalidInput),
// ApiErrors maps what is not a 2xx to one Error, OptOutWriter runs the write protocol of
// RELIABILITY.md (outbox record first, PUT with If-Match and an Idempotency-Key, retries with
// the SAME key, 412 -> re-read).
//
// The transport, clock and scheduler are borrowed and must outlive the client.
class ApiClient final : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Callback = std::function<void(Result<T>)>;

    ApiClient(QUrl baseUrl, QByteArray token, HttpTransport &transport, const Clock &clock, QObject *parent = nullptr);
    ~ApiClient() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_sender.setPolicy(policy); }
    const RetryPolicy &retryPolicy() const { return m_sender.policy(); }
    void setRetryScheduler(RetryScheduler *scheduler) { m_sender.setScheduler(scheduler); } // nullptr: QTimer
    // Jitter source: returns a uniformly random integer in [0, bound]. Default: QRandomGenerator.
    void setRandom(std::function<qint64(qint64 bound)> random) { m_sender.setRandom(std::move(random)); }
    // Where unfinished opt-out writes are kept (RELIABILITY "outbox"); nullptr: none.
    void setOutbox(OptOutOutbox *outbox) { m_writer.setOutbox(outbox); }

    const QUrl &baseUrl() const { return m_sender.baseUrl(); }

    void fetchSummary(Callback<ApiUsageSummary> done);
    void fetchSetting(Callback<ApiSetting> done);
    // The whole history, oldest first, paged through (HistoryPageSize a page, MaxHistoryChanges at most).
    void fetchHistory(Callback<QList<OptOutChange>> done);
    static constexpr int HistoryPageSize = 5000;
    static constexpr qsizetype MaxHistoryChanges = 2'000'000;
    // The member's items (issue 15), GET /v1/me/items paged through into one store (its cap
    // applies: past it, items are counted as refused, not kept).
    void fetchItems(Callback<std::shared_ptr<ItemStore>> done);
    static constexpr int ItemsPageSize = 1000;
    static constexpr qsizetype MaxItemsRead = 5'000'000;
    // The policy document as the server serves it (raw JSON, for PolicyLoader::fromJson).
    void fetchPolicy(const QString &platform, Callback<QByteArray> done);

    // Changes the setting of `owner`'s member. With ifMatch the change is made only if the server
    // still holds that version (the state the member saw); without it the current version is read
    // first. Answers the state the server confirmed (its optedOut always equals `optedOut`). With
    // an outbox, the intent is stored before the request leaves; when the outcome stays unknown
    // (the network gave up) it is kept as Waiting, else removed.
    void setOptedOut(const OutboxKey &owner, bool optedOut, Callback<OptOutState> done,
                     std::optional<QByteArray> ifMatch = std::nullopt);
    // Sends a change found in the outbox again, with its own Idempotency-Key and ETag, so the
    // server applies it at most once (RELIABILITY "on start").
    void resendOptOut(const OutboxRecord &record, Callback<OptOutState> done);

    // Stops every call in flight; their callbacks are not called.
    void cancelAll();

    static QByteArray newIdempotencyKey();

private:
    template <typename T>
    void get(const QString &path, std::function<Result<T>(const HttpResult &)> decode, Callback<T> done);
    void fetchItemsFrom(const QString &cursor, std::shared_ptr<ItemStore> store, qsizetype read,
                        Callback<std::shared_ptr<ItemStore>> done);
    void fetchHistoryFrom(const QString &cursor, std::shared_ptr<QList<OptOutChange>> changes,
                          Callback<QList<OptOutChange>> done);

    RetryingSender m_sender;
    OptOutWriter m_writer;
};

} // namespace pd
