#include "net/RetryingSender.h"

#include "core/Clock.h"
#include "net/ApiErrors.h"
#include "net/TokenProvider.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimer>

namespace pd {

void TimerRetryScheduler::schedule(qint64 delayMs, QObject *context, std::function<void()> task)
{
    QTimer::singleShot(std::chrono::milliseconds(delayMs), context, std::move(task));
}

struct RetryingSender::Call {
    HttpRequest request;
    Handler handler;
    bool retryConflict = false;
    bool refreshed = false; // a 401 gets one refresh, not more
    int attempts = 0;
    quint64 generation = 0;
};

RetryingSender::RetryingSender(QUrl baseUrl, QByteArray token, HttpTransport &transport, const Clock &clock,
                               QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_token(std::move(token))
    , m_transport(transport)
    , m_clock(clock)
    , m_scheduler(&m_timerScheduler)
    , m_random([](qint64 bound) { return bound <= 0 ? 0 : QRandomGenerator::global()->bounded(bound + 1); })
{}

RetryingSender::~RetryingSender() = default; // child replies are destroyed, which cancels them

void RetryingSender::setScheduler(RetryScheduler *scheduler)
{
    m_scheduler = scheduler ? scheduler : &m_timerScheduler;
}

std::optional<qint64> RetryingSender::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0 || text.startsWith('+') || text.startsWith('-'))
            return std::nullopt;
        return seconds;
    }
    // HTTP-date (IMF-fixdate, RFC 9110 §5.6.7): "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime date =
        QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeSpec(Qt::UTC);
    return qMax<qint64>(0, now.secsTo(date));
}

QUrl RetryingSender::urlFor(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    const qsizetype query = path.indexOf(u'?'); // a query the caller built from checked parts
    url.setPath(basePath + path.left(query < 0 ? path.size() : query));
    url.setQuery(query < 0 ? QString() : path.mid(query + 1));
    url.setFragment(QString());
    return url;
}

QString RetryingSender::serverName() const
{
    return m_baseUrl.port() > 0 ? m_baseUrl.host() + u':' + QString::number(m_baseUrl.port()) : m_baseUrl.host();
}

qint64 RetryingSender::backoffDelayMs(int retryNumber) const
{
    // Full jitter (AWS architecture blog): uniform in [0, min(cap, base * 2^(n-1))].
    const qint64 ceiling = qMin(m_retry.maxDelayMs, m_retry.baseDelayMs << qMin(retryNumber - 1, 20));
    return m_random(ceiling);
}

void RetryingSender::answerLater(std::function<void()> answer)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, answer = std::move(answer)] {
        if (generation == m_generation)
            answer();
    });
}

void RetryingSender::cancelAll()
{
    ++m_generation;
    const QList<HttpReply *> replies = findChildren<HttpReply *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(replies);
}

void RetryingSender::send(const QByteArray &method, const QString &path, const QByteArray &body,
                          const HttpHeaders &extra, Handler handler, bool retryConflict)
{
    auto call = std::make_shared<Call>();
    call->request.method = method;
    call->request.url = urlFor(path);
    call->request.headers.add("Authorization", "Bearer " + m_token);
    call->request.headers.add("Accept", "application/json, application/problem+json");
    for (const auto &[name, value] : extra.fields())
        call->request.headers.set(name, value);
    call->request.body = body;
    call->request.timeoutMs = m_retry.requestTimeoutMs;
    call->request.maxResponseBytes = m_retry.maxResponseBytes;
    call->handler = std::move(handler);
    call->retryConflict = retryConflict;
    call->generation = m_generation;
    attempt(call);
}

void RetryingSender::attempt(const std::shared_ptr<Call> &call)
{
    if (call->generation != m_generation)
        return;
    ++call->attempts;
    if (m_tokens)
        call->request.headers.set("Authorization", "Bearer " + m_tokens->accessToken());
    HttpReply *reply = m_transport.send(call->request);
    reply->setParent(this);
    connect(reply, &HttpReply::finished, this, [this, reply, call] {
        reply->deleteLater();
        if (call->generation != m_generation)
            return;
        const HttpResult &result = reply->result();
        if (result.status == 401 && m_tokens && !call->refreshed) {
            call->refreshed = true;
            const QByteArray sent = call->request.headers.value("Authorization").mid(int(sizeof "Bearer ") - 1);
            m_tokens->refresh(
                [this, call](Result<void> refreshed) {
                    if (call->generation != m_generation)
                        return;
                    if (!refreshed)
                        return call->handler(refreshed.error());
                    --call->attempts; // the refresh's retry is not one of the backoff's attempts
                    attempt(call);
                },
                sent);
            return;
        }
        // 409 on a PUT means our own earlier attempt with this key is still being processed.
        const bool retryable = ApiErrors::isRetryable(result) || (call->retryConflict && result.status == 409);
        if (!retryable || call->attempts >= m_retry.maxAttempts) {
            call->handler(result);
            return;
        }
        qint64 delayMs = backoffDelayMs(call->attempts);
        if (const std::optional<qint64> retryAfter =
                parseRetryAfter(result.headers.value("Retry-After"), m_clock.now().toUTC())) {
            if (*retryAfter > m_retry.retryAfterCapSeconds) {
                const QDateTime when = m_clock.now().toUTC().addSecs(*retryAfter);
                const Error busy = ApiErrors::fromResult(result, serverName());
                call->handler(Error{
                    busy.kind,
                    busy.message + QObject::tr("; retry after %1 UTC").arg(when.toString(QStringLiteral("HH:mm")))});
                return;
            }
            delayMs = *retryAfter * 1000;
        }
        m_scheduler->schedule(delayMs, this, [this, call] { attempt(call); });
    });
}

} // namespace pd
