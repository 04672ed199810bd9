#include "ApiClient.h"

#include "JsonReader.h"
#include "OptOutOutbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

#include <openssl/rand.h>

namespace pd {

namespace {

constexpr qint64 MaxCount = 1'000'000;
constexpr qsizetype MaxHistoryEntries = 100'000;
const QByteArray JsonType = "application/json";

Error invalidResponse(const QString &message)
{
    return Error::invalidInput(QObject::tr("invalid response from the server: %1").arg(message));
}

// The JSON object of a response body, or an InvalidInput error.
Result<QJsonObject> parseObject(const QByteArray &body, qint64 maxBytes)
{
    if (body.size() > maxBytes)
        return invalidResponse(QObject::tr("the body is larger than %1 bytes").arg(maxBytes));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalidResponse(
            QObject::tr("not JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return invalidResponse(QObject::tr("expected a JSON object"));
    return document.object();
}

OptOutState readOptOut(JsonObjectReader &reader)
{
    OptOutState state;
    state.optedOut = reader.boolean(QStringLiteral("optedOut"));
    state.changedAt = reader.optionalDateTime(QStringLiteral("changedAt")).value_or(QDateTime());
    state.confirmationId = reader.optionalString(QStringLiteral("confirmationId")).value_or(QString());
    return state;
}

QList<OptOutChange> readHistory(const QJsonArray &items, const QString &path, JsonErrors *errors)
{
    QList<OptOutChange> changes;
    if (items.size() > MaxHistoryEntries) {
        errors->add(path, QObject::tr("more than %1 entries").arg(MaxHistoryEntries));
        return changes;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = path + QStringLiteral("[%1]").arg(i);
        if (!items.at(i).isObject()) {
            errors->add(itemPath, QObject::tr("expected an object"));
            continue;
        }
        JsonObjectReader entry(items.at(i).toObject(), itemPath, errors);
        OptOutChange change;
        change.at = entry.dateTime(QStringLiteral("at"));
        change.optedOut = entry.boolean(QStringLiteral("optedOut"));
        change.channel = entry.string(QStringLiteral("channel"));
        change.confirmationId = entry.optionalString(QStringLiteral("confirmationId")).value_or(QString());
        entry.rejectUnknownKeys();
        changes.append(change);
    }
    return changes;
}

// {"<category>": {"undated", "daily", "monthly", "firstActivity", "lastActivity"}}. The monthly
// counts must be the daily ones summed by month: a server that disagrees with itself is refused.
ActivityLedger readLedger(const QJsonObject &object, const QString &path, JsonErrors *errors)
{
    static const QRegularExpression categoryId(QStringLiteral("^[a-z][a-z0-9-]{0,63}\\z"));
    static const QRegularExpression month(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])\\z"));
    ActivityLedger ledger;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString categoryPath = path + u'.' + it.key();
        if (!categoryId.match(it.key()).hasMatch()) {
            errors->add(categoryPath, QObject::tr("not a category id"));
            continue;
        }
        if (!it.value().isObject()) {
            errors->add(categoryPath, QObject::tr("expected an object"));
            continue;
        }
        JsonObjectReader category(it.value().toObject(), categoryPath, errors);
        ledger.touch(it.key());
        ledger.addUndated(it.key(), category.integer(QStringLiteral("undated"), 0, MaxCount));
        auto readCounts = [&](const QString &key, auto &&parseKey, QMap<QString, qint64> &into) {
            const QJsonObject counts = category.object(key);
            for (auto entry = counts.constBegin(); entry != counts.constEnd(); ++entry) {
                const QString entryPath = category.pathOf(key) + u'.' + entry.key();
                const double count = entry.value().toDouble(-1);
                if (!parseKey(entry.key()))
                    errors->add(entryPath, QObject::tr("\"%1\" is not a valid key here").arg(entry.key()));
                else if (!entry.value().isDouble() || count < 1 || count > MaxCount ||
                         count != static_cast<double>(static_cast<qint64>(count)))
                    errors->add(entryPath, QObject::tr("expected a count from 1 to %1").arg(MaxCount));
                else
                    into.insert(entry.key(), static_cast<qint64>(count));
            }
        };
        QMap<QString, qint64> daily;
        QMap<QString, qint64> monthly;
        readCounts(
            QStringLiteral("daily"), [](const QString &key) { return parseIsoDate(key).isValid(); }, daily);
        readCounts(
            QStringLiteral("monthly"), [](const QString &key) { return month.match(key).hasMatch(); }, monthly);
        QMap<QString, qint64> summed;
        for (auto day = daily.constBegin(); day != daily.constEnd(); ++day) {
            ledger.add(it.key(), parseIsoDate(day.key()), day.value());
            summed[day.key().left(7)] += day.value();
        }
        if (errors->ok() && summed != monthly)
            errors->add(category.pathOf(QStringLiteral("monthly")), QObject::tr("does not match the daily counts"));
        category.optionalDate(QStringLiteral("firstActivity"));
        category.optionalDate(QStringLiteral("lastActivity"));
        category.rejectUnknownKeys();
    }
    return ledger;
}

QString withDetail(const QString &message, const HttpResult &result)
{
    const QString detail = ApiErrors::problemDetail(result);
    return detail.isEmpty() ? message : message + QStringLiteral(": ") + detail;
}

} // namespace

void TimerRetryScheduler::schedule(qint64 delayMs, QObject *context, std::function<void()> task)
{
    QTimer::singleShot(std::chrono::milliseconds(delayMs), context, std::move(task));
}

namespace ApiJson {

bool isStrongEtag(const QByteArray &etag)
{
    // Anchored at the very end: "$" alone also matches before a final newline (found by fuzzing).
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(QStringLiteral("\"[\\x21\\x23-\\x7e]{1,128}\"")));
    return shape.match(QString::fromLatin1(etag)).hasMatch();
}

Result<ApiUsageSummary> decodeSummary(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body, RetryPolicy{}.maxResponseBytes);
    if (!object)
        return object.error();
    JsonErrors errors;
    JsonObjectReader root(*object, QStringLiteral("$"), &errors);
    ApiUsageSummary summary;
    {
        JsonObjectReader member(root.object(QStringLiteral("member")), root.pathOf(QStringLiteral("member")), &errors);
        summary.member.id = member.string(QStringLiteral("id"));
        summary.member.name = member.string(QStringLiteral("name"));
        summary.member.region = member.string(QStringLiteral("region"));
        static const QRegularExpression region(QStringLiteral("^[A-Z]{2}\\z"));
        if (errors.ok() && !region.match(summary.member.region).hasMatch())
            errors.add(member.pathOf(QStringLiteral("region")), QObject::tr("expected a two-letter country code"));
        member.rejectUnknownKeys();
    }
    summary.asOf = root.dateTime(QStringLiteral("asOf"));
    {
        JsonObjectReader policy(root.object(QStringLiteral("policy")), root.pathOf(QStringLiteral("policy")), &errors);
        summary.policyId = policy.string(QStringLiteral("id"));
        summary.policyVersion = policy.string(QStringLiteral("version"));
        policy.rejectUnknownKeys();
    }
    {
        JsonObjectReader optOut(root.object(QStringLiteral("optOut")), root.pathOf(QStringLiteral("optOut")), &errors);
        summary.optOut = readOptOut(optOut);
        optOut.rejectUnknownKeys();
    }
    for (const OptOutChange &change :
         readHistory(root.array(QStringLiteral("history")), root.pathOf(QStringLiteral("history")), &errors))
        summary.history.append(change);
    summary.historyTotal = root.integer(QStringLiteral("historyTotal"), 0, std::numeric_limits<qint64>::max());
    if (errors.ok() && summary.historyTotal < summary.history.changes().size())
        errors.add(root.pathOf(QStringLiteral("historyTotal")), QObject::tr("fewer than the changes sent"));
    summary.ledger = readLedger(root.object(QStringLiteral("ledger")), root.pathOf(QStringLiteral("ledger")), &errors);
    root.rejectUnknownKeys();
    if (!errors.ok())
        return invalidResponse(errors.first());
    return summary;
}

Result<OptOutState> decodeSetting(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body, 64 * 1024);
    if (!object)
        return object.error();
    JsonErrors errors;
    JsonObjectReader root(*object, QStringLiteral("$"), &errors);
    const OptOutState state = readOptOut(root);
    root.rejectUnknownKeys();
    if (!errors.ok())
        return invalidResponse(errors.first());
    return state;
}

Result<ApiHistoryPage> decodeHistory(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body, RetryPolicy{}.maxResponseBytes);
    if (!object)
        return object.error();
    JsonErrors errors;
    JsonObjectReader root(*object, QStringLiteral("$"), &errors);
    ApiHistoryPage page;
    page.changes = readHistory(root.array(QStringLiteral("history")), root.pathOf(QStringLiteral("history")), &errors);
    // The cursor goes back into a URL: only characters that need no encoding.
    static const QRegularExpression cursor(QStringLiteral("^[A-Za-z0-9._~-]{1,128}\\z"));
    page.next = root.optionalString(QStringLiteral("next")).value_or(QString());
    if (errors.ok() && root.has(QStringLiteral("next")) && !cursor.match(page.next).hasMatch())
        errors.add(root.pathOf(QStringLiteral("next")), QObject::tr("not a cursor"));
    root.rejectUnknownKeys();
    if (!errors.ok())
        return invalidResponse(errors.first());
    return page;
}

} // namespace ApiJson

namespace ApiErrors {

QString problemDetail(const HttpResult &result)
{
    if (result.body.size() > 16 * 1024)
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(result.body);
    if (!document.isObject())
        return {};
    const QJsonObject object = document.object();
    QString text = object.value(QStringLiteral("detail")).toString();
    if (text.isEmpty())
        text = object.value(QStringLiteral("title")).toString();
    text = text.simplified();
    if (text.size() > 200)
        text = text.left(200) + u'…';
    return text;
}

bool isRetryable(const HttpResult &result)
{
    switch (result.error) {
    case TransportError::Connect:
    case TransportError::Timeout:
    case TransportError::ConnectionLost:
        return true;
    case TransportError::None:
        break;
    case TransportError::Tls: // a certificate does not become valid by asking again
    case TransportError::TooLarge:
    case TransportError::Protocol:
    case TransportError::Cancelled:
        return false;
    }
    return result.status == 429 || result.status == 502 || result.status == 503 || result.status == 504;
}

Error fromResult(const HttpResult &result, const QString &server)
{
    const QString detail = result.errorMessage.simplified();
    switch (result.error) {
    case TransportError::None:
        break;
    case TransportError::Tls:
        return {ErrorKind::Network, QObject::tr("cannot verify server %1: %2").arg(server, detail)};
    case TransportError::Connect:
        return {ErrorKind::Network, QObject::tr("cannot connect to %1: %2").arg(server, detail)};
    case TransportError::Timeout:
        return {ErrorKind::Network, QObject::tr("%1 did not answer in time: %2").arg(server, detail)};
    case TransportError::ConnectionLost:
        return {ErrorKind::Network,
                QObject::tr("the connection to %1 was lost before it answered: %2").arg(server, detail)};
    case TransportError::TooLarge:
        return invalidResponse(detail);
    case TransportError::Protocol:
        return {ErrorKind::Network, QObject::tr("request to %1 refused: %2").arg(server, detail)};
    case TransportError::Cancelled:
        return {ErrorKind::Cancelled, QObject::tr("cancelled")};
    }
    const int status = result.status;
    if (status >= 300 && status < 400)
        return {ErrorKind::Network,
                QObject::tr("%1 answered with a redirect (%2), which is never followed").arg(server).arg(status)};
    if (status == 401)
        return {ErrorKind::Authentication,
                withDetail(QObject::tr("%1 did not accept the token (401); check --token-file or "
                                       "PRIVACY_DASHBOARD_TOKEN")
                               .arg(server),
                           result)};
    if (status == 403)
        return {ErrorKind::Authentication,
                withDetail(QObject::tr("the token is not allowed to do this (403)"), result)};
    // 409 is the API's "a request with this Idempotency-Key is still being processed": the
    // outcome is not known yet, like a timeout (found by the fault suite: it was reported as a
    // conflict, "nothing was kept", while the change still waited in the outbox).
    if (status == 409)
        return {ErrorKind::Network,
                withDetail(QObject::tr("%1 is still processing an earlier attempt of this change (409)").arg(server),
                           result)};
    if (status == 412)
        return {ErrorKind::Conflict,
                withDetail(QObject::tr("the setting was changed elsewhere (%1)").arg(status), result)};
    if (status == 429)
        return {ErrorKind::Network, withDetail(QObject::tr("%1 is rate limiting requests (429)").arg(server), result)};
    if (status >= 500)
        return {ErrorKind::Network, withDetail(QObject::tr("server error %1 from %2").arg(status).arg(server), result)};
    return {ErrorKind::Internal,
            withDetail(QObject::tr("%1 refused the request (%2)").arg(server).arg(status), result)};
}

} // namespace ApiErrors

struct ApiClient::Call {
    HttpRequest request;
    Handler handler;
    bool retryConflict = false;
    int attempts = 0;
    quint64 generation = 0;
};

ApiClient::ApiClient(QUrl baseUrl, QByteArray token, HttpTransport &transport, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_token(std::move(token))
    , m_transport(transport)
    , m_clock(clock)
    , m_scheduler(&m_timerScheduler)
    , m_random([](qint64 bound) { return bound <= 0 ? 0 : QRandomGenerator::global()->bounded(bound + 1); })
{}

ApiClient::~ApiClient() = default; // child replies are destroyed, which cancels them

void ApiClient::setRetryScheduler(RetryScheduler *scheduler)
{
    m_scheduler = scheduler ? scheduler : &m_timerScheduler;
}

QByteArray ApiClient::newIdempotencyKey()
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1) {
        for (unsigned char &byte : bytes)
            byte = static_cast<unsigned char>(QRandomGenerator::system()->bounded(256));
    }
    return "pd-" + QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toHex();
}

std::optional<qint64> ApiClient::parseRetryAfter(const QByteArray &value, const QDateTime &now)
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

QUrl ApiClient::urlFor(const QString &path) const
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

QString ApiClient::serverName() const
{
    return m_baseUrl.port() > 0 ? m_baseUrl.host() + u':' + QString::number(m_baseUrl.port()) : m_baseUrl.host();
}

qint64 ApiClient::backoffDelayMs(int retryNumber) const
{
    // Full jitter (AWS architecture blog): uniform in [0, min(cap, base * 2^(n-1))].
    const qint64 ceiling = qMin(m_retry.maxDelayMs, m_retry.baseDelayMs << qMin(retryNumber - 1, 20));
    return m_random(ceiling);
}

void ApiClient::answerLater(std::function<void()> answer)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, answer = std::move(answer)] {
        if (generation == m_generation)
            answer();
    });
}

void ApiClient::cancelAll()
{
    ++m_generation;
    const QList<HttpReply *> replies = findChildren<HttpReply *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(replies);
}

void ApiClient::execute(const QByteArray &method, const QString &path, const QByteArray &body, const HttpHeaders &extra,
                        Handler handler, bool retryConflict)
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

void ApiClient::attempt(const std::shared_ptr<Call> &call)
{
    if (call->generation != m_generation)
        return;
    ++call->attempts;
    HttpReply *reply = m_transport.send(call->request);
    reply->setParent(this);
    connect(reply, &HttpReply::finished, this, [this, reply, call] {
        reply->deleteLater();
        if (call->generation != m_generation)
            return;
        const HttpResult &result = reply->result();
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

template <typename T>
void ApiClient::get(const QString &path, std::function<Result<T>(const HttpResult &)> decode, Callback<T> done)
{
    execute("GET", path, {}, {}, [this, decode = std::move(decode), done = std::move(done)](Result<HttpResult> result) {
        if (!result)
            return done(result.error());
        if (result->isTransportError() || result->status != 200)
            return done(ApiErrors::fromResult(*result, serverName()));
        done(decode(*result));
    });
}

void ApiClient::fetchSummary(Callback<ApiUsageSummary> done)
{
    get<ApiUsageSummary>(
        QStringLiteral("/v1/me/usage-summary"),
        [](const HttpResult &result) -> Result<ApiUsageSummary> {
            Result<ApiUsageSummary> summary = ApiJson::decodeSummary(result.body);
            if (summary)
                summary.value().etag = result.headers.value("ETag");
            return summary;
        },
        std::move(done));
}

void ApiClient::fetchSetting(Callback<ApiSetting> done)
{
    get<ApiSetting>(
        QStringLiteral("/v1/me/settings/ai-training"),
        [](const HttpResult &result) -> Result<ApiSetting> {
            Result<OptOutState> state = ApiJson::decodeSetting(result.body);
            if (!state)
                return state.error();
            const QByteArray etag = result.headers.value("ETag");
            if (!ApiJson::isStrongEtag(etag))
                return invalidResponse(QObject::tr("the setting came without a strong ETag"));
            return ApiSetting{*state, etag};
        },
        std::move(done));
}

void ApiClient::fetchHistory(Callback<QList<OptOutChange>> done)
{
    fetchHistoryFrom(QString(), std::make_shared<QList<OptOutChange>>(), std::move(done));
}

void ApiClient::fetchHistoryFrom(const QString &cursor, std::shared_ptr<QList<OptOutChange>> changes,
                                 Callback<QList<OptOutChange>> done)
{
    QString path = QStringLiteral("/v1/me/settings/ai-training/history?limit=%1").arg(HistoryPageSize);
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + cursor;
    get<ApiHistoryPage>(
        path, [](const HttpResult &result) { return ApiJson::decodeHistory(result.body); },
        [this, cursor, changes, done = std::move(done)](Result<ApiHistoryPage> page) {
            if (!page)
                return done(page.error());
            changes->append(page->changes);
            if (page->next.isEmpty())
                return done(std::move(*changes));
            // A server that never ends, or hands back the same cursor, is stopped here.
            if (page->next == cursor || page->changes.isEmpty() || changes->size() > MaxHistoryChanges)
                return done(
                    invalidResponse(QObject::tr("the history does not end (%1 changes read)").arg(changes->size())));
            fetchHistoryFrom(page->next, changes, done);
        });
}

void ApiClient::fetchPolicy(const QString &platform, Callback<QByteArray> done)
{
    static const QRegularExpression name(QStringLiteral("^[a-z0-9-]{1,64}\\z"));
    if (!name.match(platform).hasMatch()) {
        answerLater([done = std::move(done), platform] {
            done(Error::internal(QObject::tr("\"%1\" is not a platform name").arg(platform)));
        });
        return;
    }
    get<QByteArray>(
        QStringLiteral("/v1/policies/") + platform,
        [](const HttpResult &result) -> Result<QByteArray> { return result.body; }, std::move(done));
}

void ApiClient::setOptedOut(const OutboxKey &owner, bool optedOut, Callback<OptOutState> done,
                            std::optional<QByteArray> ifMatch)
{
    auto start = [this, owner, optedOut, done](const QByteArray &etag) {
        const OutboxRecord record{
            owner, optedOut, newIdempotencyKey(), etag, m_clock.now().toUTC(), OutboxRecord::State::Sending};
        if (m_outbox) {
            // The intent is on disk before the request leaves (RELIABILITY step 2).
            if (const Result<bool> stored = m_outbox->store(record); !stored) {
                const Error error = stored.error();
                answerLater([done, error] { done(error); });
                return;
            }
        }
        sendPut(record, done);
    };
    if (ifMatch) {
        start(*ifMatch);
        return;
    }
    fetchSetting([this, owner, optedOut, start, done](Result<ApiSetting> setting) {
        if (setting)
            return start(setting->etag);
        // The server cannot be reached: the member's change waits, without a version (the one
        // current when it is sent is read then), instead of being lost.
        if (m_outbox && setting.error().kind == ErrorKind::Network && !owner.memberId.isEmpty()) {
            const OutboxRecord waiting{
                owner, optedOut, newIdempotencyKey(), {}, m_clock.now().toUTC(), OutboxRecord::State::Waiting};
            if (const Result<bool> stored = m_outbox->store(waiting); !stored)
                return done(stored.error());
        }
        done(setting.error());
    });
}

void ApiClient::resendOptOut(const OutboxRecord &record, Callback<OptOutState> done)
{
    if (record.ifMatch.isEmpty()) {
        // Stored while the server could not be reached: read the current version first. A
        // server that already holds the target needs nothing sent.
        fetchSetting([this, record, done](Result<ApiSetting> setting) {
            if (!setting)
                return done(setting.error());
            if (setting->state.optedOut == record.optedOut) {
                if (m_outbox)
                    (void)m_outbox->clear(record.key);
                return done(setting->state);
            }
            // Changed elsewhere after the member asked: their newer word wins, never overwritten.
            if (setting->state.changedAt.isValid() && setting->state.changedAt > record.createdAt) {
                if (m_outbox)
                    (void)m_outbox->clear(record.key);
                return done(
                    Error{ErrorKind::Conflict,
                          QObject::tr("the setting was changed elsewhere after you asked (it is now %1); "
                                      "your change was not applied")
                              .arg(setting->state.optedOut ? QObject::tr("opted out") : QObject::tr("opted in"))});
            }
            OutboxRecord versioned = record;
            versioned.ifMatch = setting->etag;
            resendOptOut(versioned, done);
        });
        return;
    }
    OutboxRecord sending = record;
    sending.state = OutboxRecord::State::Sending;
    sending.senderPid = QCoreApplication::applicationPid();
    if (m_outbox) {
        if (const Result<bool> stored = m_outbox->store(sending); !stored) {
            const Error error = stored.error();
            answerLater([done, error] { done(error); });
            return;
        }
    }
    sendPut(sending, std::move(done));
}

void ApiClient::sendPut(const OutboxRecord &record, Callback<OptOutState> done)
{
    auto settle = [this, record, done](Result<OptOutState> outcome, bool outcomeKnown) {
        // A known answer ends the intent; an unknown one (the network gave up) stays in the
        // outbox as Waiting, with the same key, until it is sent again or cancelled. Only our
        // own record is touched: a newer change, or one the member cancelled meanwhile (another
        // window), is left as it is.
        if (m_outbox) {
            const Result<std::optional<OutboxRecord>> current = m_outbox->pending(record.key);
            const bool ours = current && current->has_value() && (*current)->idempotencyKey == record.idempotencyKey;
            if (ours && outcomeKnown) {
                // A leftover file is settled by the next refresh (the server holds the state).
                (void)m_outbox->clear(record.key);
            } else if (ours) {
                OutboxRecord waiting = record;
                waiting.state = OutboxRecord::State::Waiting;
                waiting.senderPid = 0;
                if (const Result<bool> kept = m_outbox->store(waiting); !kept && !outcome)
                    outcome = Error{outcome.error().kind,
                                    outcome.error().message + QStringLiteral("; ") + kept.error().message};
            }
        }
        done(std::move(outcome));
    };
    const bool target = record.optedOut;
    HttpHeaders headers;
    headers.add("Content-Type", JsonType);
    headers.add("If-Match", record.ifMatch);
    headers.add("Idempotency-Key", record.idempotencyKey);
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("optedOut"), target}}).toJson(QJsonDocument::Compact);
    execute(
        "PUT", QStringLiteral("/v1/me/settings/ai-training"), body, headers,
        [this, target, settle](Result<HttpResult> result) {
            if (!result)
                return settle(result.error(), false);
            const HttpResult &response = *result;
            if (!response.isTransportError() && response.status == 200) {
                Result<OptOutState> state = ApiJson::decodeSetting(response.body);
                if (state && state->optedOut != target)
                    state = invalidResponse(QObject::tr("the server confirmed the other state"));
                if (state)
                    return settle(std::move(state), true);
                // A 200 that cannot be read (an answer cut short on the way) says the change may
                // have been applied: re-read, and keep the intent while the outcome is unknown.
                const Error unreadable = state.error();
                fetchSetting([target, settle, unreadable](Result<ApiSetting> current) {
                    if (current && current->state.optedOut == target)
                        return settle(current->state, true);
                    settle(unreadable, false);
                });
                return;
            }
            if (!response.isTransportError() && response.status == 412) {
                // Changed elsewhere since we read it: re-read, never overwrite silently.
                fetchSetting([target, settle](Result<ApiSetting> current) {
                    if (!current)
                        return settle(current.error(), false);
                    if (current->state.optedOut == target)
                        return settle(current->state, true);
                    return settle(
                        Error{ErrorKind::Conflict,
                              QObject::tr("the setting was changed elsewhere (it is now %1); your change "
                                          "was not applied")
                                  .arg(current->state.optedOut ? QObject::tr("opted out") : QObject::tr("opted in"))},
                        true);
                });
                return;
            }
            // Known not applied: a 4xx refusal (401 included: no refresh token yet, so the member
            // must supply a new token). Anything else (a transport error after the
            // request may have left, a 5xx, 408, 409 "in flight", 429) leaves it unknown.
            const int status = response.isTransportError() ? 0 : response.status;
            const bool refused = status >= 400 && status < 500 && status != 408 && status != 409 && status != 429;
            settle(ApiErrors::fromResult(response, serverName()), refused);
        },
        true);
}

} // namespace pd
