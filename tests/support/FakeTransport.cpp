#include "support/FakeTransport.h"

#include "core/ApiCodec.h"
#include "core/JsonReader.h"
#include "core/PolicyLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace pd::test {

FakeResponse FakeResponse::json(int status, const QByteArray &body)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    response.headers.add("Content-Type", "application/json");
    return response;
}

FakeResponse FakeResponse::problem(int status, const QString &detail)
{
    FakeResponse response;
    response.status = status;
    response.body =
        QJsonDocument(ApiCodec::encodeProblem({QStringLiteral("test"), QStringLiteral("test problem"), status, detail}))
            .toJson(QJsonDocument::Compact);
    response.headers.add("Content-Type", "application/problem+json");
    return response;
}

FakeResponse FakeResponse::failure(TransportError error, const QString &message)
{
    FakeResponse response;
    response.status = 0;
    response.error = error;
    response.errorMessage = message.isEmpty() ? QStringLiteral("fake %1").arg(transportErrorName(error)) : message;
    return response;
}

FakeResponse FakeResponse::hanging()
{
    FakeResponse response;
    response.hang = true;
    return response;
}

FakeResponse &FakeResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.set(name, value);
    return *this;
}

FakeResponse &FakeResponse::delayedBy(int ms)
{
    delayMs = ms;
    return *this;
}

namespace {
QString routeKey(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method) + u' ' + path;
}
} // namespace

void FakeTransport::on(const QByteArray &method, const QString &path, FakeResponse response)
{
    m_routes.insert(routeKey(method, path), {std::move(response)});
}

void FakeTransport::onSequence(const QByteArray &method, const QString &path, QList<FakeResponse> responses)
{
    Q_ASSERT(!responses.isEmpty());
    m_routes.insert(routeKey(method, path), std::move(responses));
}

int FakeTransport::count(const QByteArray &method, const QString &path) const
{
    return static_cast<int>(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const HttpRequest &request) {
        return request.method == method && request.url.path() == path;
    }));
}

int FakeTransport::pendingReplies() const
{
    return static_cast<int>(std::count_if(m_replies.cbegin(), m_replies.cend(), [](const QPointer<HttpReply> &reply) {
        return reply && !reply->isFinished();
    }));
}

FakeResponse FakeTransport::answerFor(const HttpRequest &request)
{
    if (m_override) {
        if (std::optional<FakeResponse> response = m_override(request))
            return std::move(*response);
    }
    const auto it = m_routes.find(routeKey(request.method, request.url.path()));
    if (it == m_routes.end())
        return FakeResponse::problem(404, QStringLiteral("no fake route for %1").arg(request.url.path()));
    if (it->size() > 1)
        return it->takeFirst();
    return it->constFirst();
}

HttpReply *FakeTransport::send(const HttpRequest &request)
{
    m_requests.append(request);
    FakeResponse response = answerFor(request);
    auto *reply = new HttpReply;
    m_replies.append(reply);
    m_replies.removeIf([](const QPointer<HttpReply> &held) { return held.isNull(); });

    // Everything is driven by timers owned by a per-request object, so abort() and destroying
    // the reply both stop it.
    auto *driver = new QObject;
    reply->setAbortHandler([driver] { delete driver; });
    QObject::connect(reply, &QObject::destroyed, driver, [driver] { delete driver; });

    const int timeoutMs = request.timeoutMs;
    if (response.hang || response.delayMs >= timeoutMs) {
        QTimer::singleShot(timeoutMs, driver, [reply, driver, timeoutMs] {
            reply->complete(HttpResult::transportError(TransportError::Timeout,
                                                       QStringLiteral("fake: no answer within %1 ms").arg(timeoutMs)));
            driver->deleteLater();
        });
        return reply;
    }
    HttpResult result;
    if (response.error != TransportError::None) {
        result = HttpResult::transportError(response.error, response.errorMessage);
    } else if (response.body.size() > request.maxResponseBytes) {
        result = HttpResult::transportError(
            TransportError::TooLarge,
            QStringLiteral("fake: the response is larger than %1 bytes").arg(request.maxResponseBytes));
    } else {
        result.status = response.status;
        result.headers = response.headers;
        result.body = response.body;
    }
    QTimer::singleShot(response.delayMs, driver, [reply, driver, result] {
        reply->complete(result);
        driver->deleteLater();
    });
    return reply;
}

// ---- FakeMemberApi ----

namespace {

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool validKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > 128)
        return false;
    return std::all_of(key.cbegin(), key.cend(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
               c == ':' || c == '-';
    });
}

} // namespace

FakeMemberApi::FakeMemberApi(FakeTransport &transport, QByteArray token)
    : m_token(std::move(token))
{
    Result<MemberRecord> record = loadDemoMember();
    Q_ASSERT(record.ok());
    m_record = std::move(record).value();
    transport.setOverride([this](const HttpRequest &request) { return respond(request); });
}

void FakeMemberApi::changeElsewhere(bool optedOut, const QDateTime &at)
{
    m_record.history.append(
        OptOutChange{at, optedOut, QStringLiteral("web"), QStringLiteral("c-elsewhere%1").arg(m_nextConfirmation++)});
    ++m_version;
}

std::optional<FakeResponse> FakeMemberApi::respond(const HttpRequest &request)
{
    if (request.headers.value("Authorization") != "Bearer " + m_token)
        return FakeResponse::problem(401, QStringLiteral("unknown token"))
            .withHeader("WWW-Authenticate", "Bearer realm=\"privacy-api\", error=\"invalid_token\"");
    const QString path = request.url.path();
    if (request.method == "GET" && path == u"/v1/me/usage-summary")
        return summary();
    if (request.method == "GET" && path == u"/v1/me/settings/ai-training")
        return setting();
    if (request.method == "PUT" && path == u"/v1/me/settings/ai-training")
        return put(request);
    if (request.method == "GET" && path == u"/v1/me/settings/ai-training/history") {
        return FakeResponse::json(200, toJson(ApiCodec::encodeHistoryPage({m_record.history.changes(), {}})));
    }
    if (request.method == "GET" && path == u"/v1/policies/linkedin") {
        QFile file(QStringLiteral(":/policy/linkedin.json"));
        if (!file.open(QIODevice::ReadOnly))
            return FakeResponse::problem(500, QStringLiteral("bundled policy missing"));
        return FakeResponse::json(200, file.readAll());
    }
    return FakeResponse::problem(404, QStringLiteral("unknown path"));
}

FakeResponse FakeMemberApi::setting() const
{
    OptOutState state;
    state.optedOut = m_record.history.isOptedOutAt(QDateTime::currentDateTimeUtc().addYears(100));
    if (!m_record.history.changes().isEmpty()) {
        state.changedAt = m_record.history.changes().constLast().at;
        state.confirmationId = m_record.history.changes().constLast().confirmationId;
    }
    return FakeResponse::json(200, toJson(ApiCodec::encodeSetting(state)))
        .withHeader("ETag", ApiCodec::settingEtag(m_version));
}

FakeResponse FakeMemberApi::summary() const
{
    const Result<Policy> policy = PolicyLoader::bundled();
    if (!policy)
        return FakeResponse::problem(500, QStringLiteral("bundled policy missing"));
    ApiUsageSummary summary;
    summary.member = m_record.member;
    summary.asOf = QDateTime::currentDateTimeUtc();
    // The version of the document it serves at /v1/policies/linkedin, like the real server.
    summary.policyId = QStringLiteral("linkedin");
    summary.policyVersion = policy->version;
    summary.optOut = ApiCodec::decodeSetting(setting().body).value();
    summary.settingEtag = ApiCodec::settingEtag(m_version);
    summary.history = m_record.history.changes(); // all of it: one page is enough for a fake
    summary.historyTotal = summary.history.size();
    summary.ledger = m_record.ledger;
    const QJsonObject body = ApiCodec::encodeSummary(summary, ApiCodec::exactMonths(*policy, summary.history));
    return FakeResponse::json(200, toJson(body)).withHeader("ETag", "\"s-fake\"");
}

FakeResponse FakeMemberApi::put(const HttpRequest &request)
{
    const QByteArray key = request.headers.value("Idempotency-Key");
    if (!validKey(key))
        return FakeResponse::problem(400, QStringLiteral("missing or invalid Idempotency-Key"));
    if (const auto stored = m_idempotency.constFind(key); stored != m_idempotency.constEnd()) {
        if (stored->body != request.body)
            return FakeResponse::problem(422, QStringLiteral("Idempotency-Key reused with another body"));
        return FakeResponse(stored->response).withHeader("Idempotent-Replayed", "true");
    }
    const QByteArray ifMatch = request.headers.value("If-Match");
    if (ifMatch.isNull())
        return FakeResponse::problem(428, QStringLiteral("If-Match is required"));
    if (ifMatch != ApiCodec::settingEtag(m_version))
        return FakeResponse::problem(412, QStringLiteral("the setting changed since it was read"));
    const Result<bool> optedOut = ApiCodec::decodeSettingUpdate(request.body);
    if (!optedOut)
        return FakeResponse::problem(400, optedOut.error().message);
    m_record.history.append(OptOutChange{QDateTime::currentDateTimeUtc().addMSecs(-1), *optedOut, QStringLiteral("api"),
                                         QStringLiteral("c-%1").arg(m_nextConfirmation++, 16, 16, QLatin1Char('0'))});
    ++m_version;
    ++m_appliedWrites;
    FakeResponse response = setting();
    m_idempotency.insert(key, Stored{request.body, response});
    return response;
}

void RecordingRetryScheduler::schedule(qint64 delayMs, QObject *context, std::function<void()> task)
{
    m_delays.append(delayMs);
    QTimer::singleShot(0, context, std::move(task));
}

} // namespace pd::test
