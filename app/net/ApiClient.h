#pragma once

#include "ActivityLedger.h"
#include "Clock.h"
#include "HttpTransport.h"
#include "OptOutHistory.h"
#include "Result.h"
#include "UsageSummary.h"

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

// GET /v1/me/usage-summary, decoded. Exposure is NOT in it: the core computes that.
struct ApiUsageSummary {
    MemberInfo member;
    QDateTime asOf;
    QString policyId;
    QString policyVersion;
    OptOutState optOut;
    OptOutHistory history;   // the latest changes only (the server sends up to 50)
    qint64 historyTotal = 0; // how many changes there are in all; more than history holds: page the rest
    ActivityLedger ledger;
    QByteArray etag;

    bool historyIsComplete() const { return historyTotal == history.changes().size(); }
};

// One page of GET /v1/me/settings/ai-training/history, oldest first; `next` is the cursor of the
// following page, empty on the last one.
struct ApiHistoryPage {
    QList<OptOutChange> changes;
    QString next;
};

// GET /v1/me/settings/ai-training, decoded, with the version ETag that a PUT must match.
struct ApiSetting {
    OptOutState state;
    QByteArray etag; // as sent, quotes included: "v3"
};

// Waits between retries. The product uses QTimer; tests inject one that records the delays and
// fires at once, so retry tests never sleep for real seconds.
class RetryScheduler
{
public:
    virtual ~RetryScheduler() = default;
    // Calls `task` after about delayMs, on context's thread, unless context is destroyed first.
    virtual void schedule(qint64 delayMs, QObject *context, std::function<void()> task) = 0;
};

class TimerRetryScheduler final : public RetryScheduler
{
public:
    void schedule(qint64 delayMs, QObject *context, std::function<void()> task) override;
};

struct RetryPolicy {
    int maxAttempts = 5;      // first try included
    qint64 baseDelayMs = 250; // backoff before retry n: random in [0, min(max, base * 2^(n-1))]
    qint64 maxDelayMs = 4'000;
    qint64 retryAfterCapSeconds = 60; // a longer Retry-After stops with "retry after HH:MM"
    int requestTimeoutMs = 30'000;
    qint64 maxResponseBytes = 8 * 1024 * 1024;
};

// The Member Privacy API v1 (resources/api/, DESIGN §2) as typed asynchronous calls. Each call
// answers its callback exactly once, always after the call returned; nothing is answered after
// the client is destroyed or cancelAll() ran. Responses are decoded strictly (unknown keys, wrong
// types and oversized bodies are InvalidInput). Errors map to ErrorKind: network, TLS, timeouts and
// 5xx -> Network; 401/403 -> Authentication; 409 and an unresolvable 412 -> Conflict; bad
// responses -> InvalidInput; anything else -> Internal.
//
// setOptedOut implements the write protocol of RELIABILITY.md: outbox record first, PUT with
// If-Match and an Idempotency-Key, retries with the SAME key (exponential backoff with full
// jitter, Retry-After honoured up to a cap), 412 -> re-read.
//
// The transport, clock and scheduler are borrowed and must outlive the client.
class ApiClient final : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Callback = std::function<void(Result<T>)>;

    ApiClient(QUrl baseUrl, QByteArray token, HttpTransport &transport, const Clock &clock, QObject *parent = nullptr);
    ~ApiClient() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    void setRetryScheduler(RetryScheduler *scheduler); // nullptr: the QTimer one
    // Jitter source: returns a uniformly random integer in [0, bound]. Default: QRandomGenerator.
    void setRandom(std::function<qint64(qint64 bound)> random) { m_random = std::move(random); }
    // Where unfinished opt-out writes are kept (RELIABILITY "outbox"); nullptr: none.
    void setOutbox(OptOutOutbox *outbox) { m_outbox = outbox; }

    const QUrl &baseUrl() const { return m_baseUrl; }

    void fetchSummary(Callback<ApiUsageSummary> done);
    void fetchSetting(Callback<ApiSetting> done);
    // The whole history, oldest first, paged through (HistoryPageSize a page, MaxHistoryChanges at most).
    void fetchHistory(Callback<QList<OptOutChange>> done);
    static constexpr int HistoryPageSize = 5000;
    static constexpr qsizetype MaxHistoryChanges = 2'000'000;
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

    // Exposed for tests: Idempotency-Key format and Retry-After parsing.
    static QByteArray newIdempotencyKey();
    // Seconds to wait from `now`, or nullopt when the header is absent or unparsable.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

private:
    struct Call;
    using Handler = std::function<void(Result<HttpResult>)>;

    // Sends one request, retrying what ApiErrors::isRetryable allows with the same headers (so a
    // PUT keeps its Idempotency-Key). The handler gets the final response, or an Error when the
    // retries stopped early (Retry-After beyond the cap).
    void execute(const QByteArray &method, const QString &path, const QByteArray &body, const HttpHeaders &extra,
                 Handler handler, bool retryConflict = false);
    void attempt(const std::shared_ptr<Call> &call);
    template <typename T>
    void get(const QString &path, std::function<Result<T>(const HttpResult &)> decode, Callback<T> done);
    void sendPut(const OutboxRecord &record, Callback<OptOutState> done);
    void fetchHistoryFrom(const QString &cursor, std::shared_ptr<QList<OptOutChange>> changes,
                          Callback<QList<OptOutChange>> done);
    void answerLater(std::function<void()> answer);
    qint64 backoffDelayMs(int retryNumber) const;
    QUrl urlFor(const QString &path) const;
    QString serverName() const;

    QUrl m_baseUrl;
    QByteArray m_token;
    HttpTransport &m_transport;
    const Clock &m_clock;
    RetryPolicy m_retry;
    RetryScheduler *m_scheduler;
    TimerRetryScheduler m_timerScheduler;
    std::function<qint64(qint64)> m_random;
    OptOutOutbox *m_outbox = nullptr;
    quint64 m_generation = 0; // bumped by cancelAll(); continuations of older calls stop
};

namespace ApiErrors {
// The mapping of a finished request that is not the expected 2xx to one clear Error.
// `server` names the host in messages ("cannot verify server HOST: ...").
Error fromResult(const HttpResult &result, const QString &server);
// Whether a request with this outcome may be sent again with the same Idempotency-Key.
bool isRetryable(const HttpResult &result);
// The problem+json "detail" (or "title") of an error body, on one line, at most 200 characters and
// an ellipsis; empty when the body is not such a document (also used by the fuzz targets).
QString problemDetail(const HttpResult &result);
} // namespace ApiErrors

namespace ApiJson {
// Strict decoders of the API's bodies (also used by the fuzz targets).
Result<ApiUsageSummary> decodeSummary(const QByteArray &body);
Result<OptOutState> decodeSetting(const QByteArray &body);
Result<ApiHistoryPage> decodeHistory(const QByteArray &body);
// A strong entity tag as the PUT's If-Match needs it: "..." with visible ASCII, 1–128 characters.
bool isStrongEtag(const QByteArray &etag);
} // namespace ApiJson

} // namespace pd
