#pragma once

#include "core/Result.h"
#include "net/HttpTransport.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace pd {

class Clock;
class TokenProvider;

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

// Sends the API's requests with the bearer token and retries what ApiErrors::isRetryable allows
// with the same headers (so a PUT keeps its Idempotency-Key): exponential backoff with full
// jitter, Retry-After honoured up to a cap. The handler gets the final response, or an Error when
// the retries stopped early (Retry-After beyond the cap). Replies are its children; cancelAll()
// destroys them and no handler of an older call runs after it. The transport and clock are
// borrowed and must outlive it.
class RetryingSender final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(Result<HttpResult>)>;

    RetryingSender(QUrl baseUrl, QByteArray token, HttpTransport &transport, const Clock &clock,
                   QObject *parent = nullptr);
    ~RetryingSender() override;

    void setPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &policy() const { return m_retry; }
    void setScheduler(RetryScheduler *scheduler); // nullptr: the QTimer one
    // Jitter source: returns a uniformly random integer in [0, bound]. Default: QRandomGenerator.
    void setRandom(std::function<qint64(qint64 bound)> random) { m_random = std::move(random); }
    // A signed-in session (OAuth): its access token replaces the fixed one, and a 401 gets one
    // refresh, then the request once more (RELIABILITY "opt-out write" 4). Borrowed; nullptr: none.
    void setTokenProvider(TokenProvider *tokens) { m_tokens = tokens; }

    // retryConflict: a 409 is retried too (a PUT's own earlier attempt still being processed).
    void send(const QByteArray &method, const QString &path, const QByteArray &body, const HttpHeaders &extra,
              Handler handler, bool retryConflict = false);
    // Runs `answer` on the next event-loop turn unless cancelAll() ran meanwhile.
    void answerLater(std::function<void()> answer);
    void cancelAll();

    const QUrl &baseUrl() const { return m_baseUrl; }
    QString serverName() const; // host[:port], for messages

    // Seconds to wait from `now`, or nullopt when the header is absent or unparsable.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

private:
    struct Call;
    void attempt(const std::shared_ptr<Call> &call);
    qint64 backoffDelayMs(int retryNumber) const;
    QUrl urlFor(const QString &path) const;

    QUrl m_baseUrl;
    QByteArray m_token;
    HttpTransport &m_transport;
    const Clock &m_clock;
    RetryPolicy m_retry;
    RetryScheduler *m_scheduler;
    TimerRetryScheduler m_timerScheduler;
    std::function<qint64(qint64)> m_random;
    TokenProvider *m_tokens = nullptr;
    quint64 m_generation = 0; // bumped by cancelAll(); continuations of older calls stop
};

} // namespace pd
