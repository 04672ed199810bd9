#include "server/PrivacyApi.h"

#include "core/ApiCodec.h"
#include "core/Clock.h"
#include "core/JsonReader.h"
#include "core/PolicyLoader.h"
#include "server/Database.h"
#include "server/EntityTag.h"
#include "server/LinkedInEmulation.h"
#include "server/ProblemResponse.h"
#include "server/SecureRandom.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

namespace pd {

namespace {

const QString SummaryPath = QStringLiteral("/v1/me/usage-summary");
const QString SettingPath = QStringLiteral("/v1/me/settings/ai-training");
const QString HistoryPath = QStringLiteral("/v1/me/settings/ai-training/history");
const QString ItemsPath = QStringLiteral("/v1/me/items"); // issue 15: never inside the summary
constexpr int ItemsPageDefault = 500;
constexpr int SummaryHistoryChanges = 50; // the latest changes the summary carries
constexpr int HistoryPageDefault = 1000;
constexpr int HistoryPageMax = 5000; // ~600 KB a page, far below a client's 8 MiB cap
const QString PolicyPrefix = QStringLiteral("/v1/policies/");

enum class Route {
    None,
    UsageSummary,
    Setting,
    SettingHistory,
    Items,
    Policy,
};

Route routeOf(const QString &path, QString *platform)
{
    if (path == SummaryPath)
        return Route::UsageSummary;
    if (path == SettingPath)
        return Route::Setting;
    if (path == HistoryPath)
        return Route::SettingHistory;
    if (path == ItemsPath)
        return Route::Items;
    if (path.startsWith(PolicyPrefix) && path.size() > PolicyPrefix.size() &&
        !path.mid(PolicyPrefix.size()).contains(u'/')) {
        *platform = path.mid(PolicyPrefix.size());
        return Route::Policy;
    }
    return Route::None;
}

QByteArray allowedMethods(Route route)
{
    return route == Route::Setting ? QByteArrayLiteral("GET, PUT") : QByteArrayLiteral("GET");
}

bool allows(Route route, const QByteArray &method)
{
    return method == "GET" || (route == Route::Setting && method == "PUT");
}

// RFC 6750 §2.1: "Bearer" b64token. Returns nullopt when there is no Authorization header at
// all, an empty string when there is one we cannot use.
std::optional<QString> bearerToken(const ApiRequest &request)
{
    const auto field = request.headers.constFind(QByteArrayLiteral("authorization"));
    if (field == request.headers.constEnd())
        return std::nullopt;
    // By hand rather than a regular expression (every request): "Bearer", one or more spaces, then
    // 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=" and nothing after.
    const QByteArrayView value = QByteArrayView(*field).trimmed();
    constexpr QByteArrayView Scheme("bearer");
    if (value.size() <= Scheme.size() || value.first(Scheme.size()).compare(Scheme, Qt::CaseInsensitive) != 0 ||
        value.at(Scheme.size()) != ' ')
        return QString();
    QByteArrayView token = value.sliced(Scheme.size());
    while (!token.isEmpty() && token.front() == ' ')
        token = token.sliced(1);
    qsizetype end = 0;
    auto isTokenChar = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
               c == '_' || c == '~' || c == '+' || c == '/';
    };
    while (end < token.size() && isTokenChar(token.at(end)))
        ++end;
    if (end == 0)
        return QString();
    for (qsizetype i = end; i < token.size(); ++i) {
        if (token.at(i) != '=')
            return QString();
    }
    return QString::fromLatin1(token);
}

bool isValidIdempotencyKey(const QByteArray &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:-]{1,128}\\z"));
    return pattern.match(QString::fromLatin1(key)).hasMatch();
}

bool isJsonMediaType(const QByteArray &contentType)
{
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    return mediaType == "application/json";
}

QByteArray summaryEtag(const QJsonObject &bodyWithoutAsOf)
{
    const QString digest = sha256Hex(QJsonDocument(bodyWithoutAsOf).toJson(QJsonDocument::Compact));
    return "\"s-" + digest.left(32).toLatin1() + '"';
}

ApiResponse withEtag(ApiResponse response, const QByteArray &etag)
{
    response.withHeader(QByteArrayLiteral("ETag"), etag);
    return response;
}

ApiResponse notModified(const QByteArray &etag)
{
    return ApiResponse::empty(304).withHeader(QByteArrayLiteral("ETag"), etag);
}

void logError(const Error &error)
{
    qWarning("privacy-api-server: %s", qPrintable(error.message));
}

} // namespace

PrivacyApi::PrivacyApi(Database *database, const Clock *clock, Config config, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_config(config)
    , m_members(database)
    , m_tokens(database, clock)
    , m_idempotency(database, clock)
    , m_rateLimiter(config.rateLimit)
    , m_faults(config.faultSeed ? std::optional<QRandomGenerator64>(QRandomGenerator64(*config.faultSeed))
                                : std::nullopt)
    , m_authFailures(config.authFailuresPerMinute / 60.0, config.authFailuresPerMinute)
    , m_tokenBudget(config.sharedRateLimit ? config.sharedRateLimit : &m_rateLimiter)
    , m_authBudget(config.sharedAuthFailures ? config.sharedAuthFailures : &m_authFailures)
    , m_oauth(database, clock, &m_tokens, m_authBudget, config.oauth)
{
    // Several instances on one PostgreSQL database share the budgets (RateLimiter::shareThrough).
    if (database->dialect() == Database::Dialect::Postgres) {
        m_rateLimiter.shareThrough(database, QStringLiteral("token"));
        m_authFailures.shareThrough(database, QStringLiteral("peer"));
    }
}

PrivacyApi::Admission PrivacyApi::admit(const ApiRequest &head)
{
    auto refuse = [](ApiResponse response) { return Admission{std::move(response), {}}; };
    if (OAuthApi::handles(head.path))
        return Admission{}; // sign-in: no bearer token (OAuthApi counts failed passwords itself)
    if (m_linkedIn && LinkedInEmulation::handles(head.path))
        return Admission{}; // the emulation checks its own tokens
    QString platform;
    const Route route = routeOf(head.path, &platform);
    if (route == Route::None)
        return refuse(ProblemResponse::notFound(QStringLiteral("There is no resource at this path.")));
    if (!allows(route, head.method))
        return refuse(ProblemResponse::methodNotAllowed(allowedMethods(route)));

    // Past its budget of failed authentications a peer gets 429 before its token is looked at,
    // so guessing costs the guesser time and the database nothing.
    const QString peer = head.peer.toString();
    if (const RateLimiter::Decision decision = m_authBudget->check(peer); !decision.allowed)
        return refuse(ProblemResponse::tooManyFailedAuthentications(decision.retryAfterSeconds));
    const std::optional<QString> token = bearerToken(head);
    if (!token || token->isEmpty()) {
        m_authBudget->charge(peer);
        return refuse(ProblemResponse::unauthorized(token.has_value()));
    }
    const QString tokenHash = TokenStore::hashOf(*token); // the database's key and the rate limit's
    const auto bearer = m_tokens.bearerOfHash(tokenHash);
    if (!bearer) {
        logError(bearer.error());
        return refuse(ProblemResponse::internal());
    }
    if (!bearer->has_value()) {
        m_authBudget->charge(peer);
        return refuse(ProblemResponse::unauthorized(true));
    }

    if (const RateLimiter::Decision decision = m_tokenBudget->admit(tokenHash); !decision.allowed)
        return refuse(ProblemResponse::rateLimited(decision.retryAfterSeconds));
    return Admission{std::nullopt, (*bearer)->memberId, (*bearer)->settingVersion};
}

void PrivacyApi::handle(const ApiRequest &request, Done done)
{
    const Admission admission = admit(request);
    handle(request, admission, std::move(done));
}

void PrivacyApi::handle(const ApiRequest &request, const Admission &admission, Done done)
{
    if (admission.refusal) {
        Outcome refused{*admission.refusal};
        addCommonHeaders(&refused.response);
        return done(refused);
    }
    if (OAuthApi::handles(request.path)) {
        Outcome outcome{m_oauth.handle(request)};
        addCommonHeaders(&outcome.response);
        return done(outcome);
    }
    if (m_linkedIn && LinkedInEmulation::handles(request.path)) {
        Outcome outcome{m_linkedIn->handle(request)};
        addCommonHeaders(&outcome.response);
        return done(outcome);
    }
    Context context{request, admission.memberId, {}, std::move(done), admission.settingVersion};
    auto answer = [&](ApiResponse response) { finish(context, Outcome{std::move(response)}); };
    QString platform;
    const Route route = routeOf(request.path, &platform);

    if (m_config.testHooks) {
        if (auto invalid = parseHooks(request, &context.hooks))
            return answer(*invalid);
    }
    if (m_faults)
        context.hooks = randomFault();

    if (request.method == "PUT")
        return putSetting(context);

    // Reads: a fail hook drops or refuses the request as it would a write.
    if (context.hooks.fail == FailHook::BeforeApply)
        return later(context.hooks.delayMs, [this, context] { finish(context, Outcome{{}, true}); });
    if (context.hooks.fail == FailHook::Status503)
        return finish(context,
                      Outcome{ProblemResponse::unavailable(QStringLiteral("Refused by the X-Test-Fail test hook."))
                                  .withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"))});
    if (context.hooks.fail == FailHook::Status429)
        return finish(context, Outcome{ProblemResponse::rateLimited(1)});
    ApiResponse response;
    switch (route) {
    case Route::UsageSummary:
        response = usageSummary(context);
        break;
    case Route::Setting:
        response = setting(context);
        break;
    case Route::SettingHistory:
        response = settingHistory(context);
        break;
    case Route::Items:
        response = items(context);
        break;
    case Route::Policy:
        response = policy(context, platform);
        break;
    case Route::None:
        break;
    }
    const bool close = context.hooks.fail == FailHook::AfterApply;
    const bool truncate = context.hooks.fail == FailHook::TruncateAfter;
    later(context.hooks.delayMs, [this, context, response, close, truncate] {
        finish(context, Outcome{response, close, truncate});
    });
}

PrivacyApi::Hooks PrivacyApi::randomFault()
{
    // Seeded, so a failing run replays: the same seed and the same request order give the same faults.
    Hooks hooks;
    const quint64 roll = m_faults->bounded(quint64(100));
    if (roll < 70)
        return hooks;
    static constexpr FailHook Kinds[] = {FailHook::BeforeApply, FailHook::AfterApply,    FailHook::Status503,
                                         FailHook::Status429,   FailHook::TruncateAfter, FailHook::None};
    hooks.fail = Kinds[m_faults->bounded(quint64(std::size(Kinds)))];
    if (hooks.fail == FailHook::None) // a stall
        hooks.delayMs = 100 + int(m_faults->bounded(quint64(1100)));
    return hooks;
}

std::optional<ApiResponse> PrivacyApi::parseHooks(const ApiRequest &request, Hooks *hooks) const
{
    auto invalid = [](const QString &detail) {
        return ProblemResponse::make(400, QStringLiteral("invalid-test-hook"), QStringLiteral("Invalid test hook"),
                                     detail);
    };
    if (request.hasHeader(QByteArrayLiteral("x-test-delay-ms"))) {
        bool ok = false;
        const int delay = request.header(QByteArrayLiteral("x-test-delay-ms")).toInt(&ok);
        if (!ok || delay < 0 || delay > MaxTestDelayMs)
            return invalid(QStringLiteral("X-Test-Delay-Ms must be a whole number from 0 to %1.").arg(MaxTestDelayMs));
        hooks->delayMs = delay;
    }
    if (request.hasHeader(QByteArrayLiteral("x-test-fail"))) {
        const QByteArray fail = request.header(QByteArrayLiteral("x-test-fail"));
        if (fail == "before-apply")
            hooks->fail = FailHook::BeforeApply;
        else if (fail == "after-apply")
            hooks->fail = FailHook::AfterApply;
        else if (fail == "status-503")
            hooks->fail = FailHook::Status503;
        else
            return invalid(QStringLiteral("X-Test-Fail must be before-apply, after-apply or status-503."));
    }
    return std::nullopt;
}

void PrivacyApi::addCommonHeaders(ApiResponse *response)
{
    if (response->header(QByteArrayLiteral("Cache-Control")).isEmpty())
        response->withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response->withHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
}

void PrivacyApi::finish(const Context &context, Outcome outcome)
{
    addCommonHeaders(&outcome.response);
    context.done(outcome);
}

void PrivacyApi::later(int delayMs, std::function<void()> step)
{
    if (delayMs <= 0)
        step();
    else
        QTimer::singleShot(delayMs, this, std::move(step));
}

const Policy *PrivacyApi::policyFor(const QString &policyId)
{
    auto it = m_policies.constFind(policyId);
    if (it == m_policies.constEnd()) {
        // The API speaks the platform's English whatever the server's locale; the app localises.
        Result<Policy> loaded = PolicyLoader::bundled(policyId, QStringLiteral("en"));
        if (!loaded) {
            logError(loaded.error());
            return nullptr;
        }
        it = m_policies.insert(policyId, std::move(loaded).value());
    }
    return &*it;
}

ApiResponse PrivacyApi::usageSummary(const Context &context)
{
    // The version read with the token says whether the kept summary is current; only when it is
    // not (or is not known) is the setting itself read, and the summary rebuilt for its version.
    auto cached = m_summaries.find(context.memberId);
    if (cached == m_summaries.end() || context.settingVersion <= 0 ||
        cached->settingVersion != context.settingVersion) {
        const auto setting = m_members.aiTraining(context.memberId);
        if (!setting) {
            logError(setting.error());
            return ProblemResponse::internal();
        }
        if (cached != m_summaries.end() && cached->settingVersion == setting->version)
            return cachedSummary(context, &*cached);
        const auto member = m_members.member(context.memberId);
        const auto ledger = m_members.ledger(context.memberId);
        const auto history = m_members.historyDigest(context.memberId, SummaryHistoryChanges);
        for (const Error *error : {member ? nullptr : &member.error(), ledger ? nullptr : &ledger.error(),
                                   history ? nullptr : &history.error()}) {
            if (error) {
                logError(*error);
                return ProblemResponse::internal();
            }
        }
        const Policy *policy = policyFor(member->policyId);
        if (!policy)
            return ProblemResponse::internal();
        ApiUsageSummary summary;
        summary.member = member->info;
        summary.policyId = policy->id;
        summary.policyVersion = policy->version;
        summary.optOut = *setting;
        summary.settingEtag = ApiCodec::settingEtag(setting->version);
        // The latest changes only: the summary stays small however long the history grows; the
        // rest is paged at HistoryPath (docs/api.md "history in the summary").
        summary.history = history->latest;
        summary.historyTotal = history->total;
        summary.ledger = *ledger;
        // The months the ledger keeps by day: the policy's (regime starts and ends) and those of
        // every change, read as months from the database rather than the whole history.
        QSet<QDate> exactMonths = ApiCodec::exactMonths(*policy, {});
        exactMonths.unite(history->months);
        QJsonObject body = ApiCodec::encodeSummary(summary, exactMonths);
        body.remove(QStringLiteral("asOf"));
        cached = m_summaries.insert(context.memberId, CachedSummary{setting->version, body, summaryEtag(body), -1, {}});
    }
    return cachedSummary(context, &*cached);
}

ApiResponse PrivacyApi::cachedSummary(const Context &context, CachedSummary *cached)
{
    if (EntityTag::ifNoneMatch(context.request.header(QByteArrayLiteral("if-none-match")), cached->etag))
        return notModified(cached->etag);
    // The encoded body (and its gzip) is kept while asOf, to the second, stays the same.
    const QDateTime now = m_clock->now();
    if (const qint64 second = now.toSecsSinceEpoch(); cached->asOfSecond != second) {
        QJsonObject body = cached->body;
        body.insert(QStringLiteral("asOf"), formatIsoDateTime(now));
        cached->response = withEtag(ApiResponse::json(200, body), cached->etag).keepEncodings();
        cached->asOfSecond = second;
    }
    return cached->response;
}

ApiResponse PrivacyApi::setting(const Context &context)
{
    const auto state = m_members.aiTraining(context.memberId);
    if (!state) {
        logError(state.error());
        return ProblemResponse::internal();
    }
    const QByteArray etag = ApiCodec::settingEtag(state->version);
    if (EntityTag::ifNoneMatch(context.request.header(QByteArrayLiteral("if-none-match")), etag))
        return notModified(etag);
    return withEtag(ApiResponse::json(200, ApiCodec::encodeSetting(*state)), etag);
}

ApiResponse PrivacyApi::settingHistory(const Context &context)
{
    // ?cursor=C&limit=N: the cursor is the `next` of the previous page (opaque to clients; here the
    // last row id), limit 1..HistoryPageMax (default HistoryPageDefault).
    const QUrlQuery query(QString::fromLatin1(context.request.query));
    const QSet<QString> known{QStringLiteral("cursor"), QStringLiteral("limit")};
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(key))
            return ProblemResponse::badRequest(QStringLiteral("Unknown query parameter \"%1\".").arg(key.left(40)));
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}\\z"));
    qint64 afterId = 0;
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        const QString cursor = query.queryItemValue(QStringLiteral("cursor"));
        if (!digits.match(cursor).hasMatch())
            return ProblemResponse::badRequest(QStringLiteral("The cursor is not one this server gave."));
        afterId = cursor.toLongLong();
    }
    int limit = HistoryPageDefault;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        const QString text = query.queryItemValue(QStringLiteral("limit"));
        limit = digits.match(text).hasMatch() && text.size() <= 5 ? text.toInt() : 0;
        if (limit < 1 || limit > HistoryPageMax)
            return ProblemResponse::badRequest(
                QStringLiteral("The limit must be a whole number from 1 to %1.").arg(HistoryPageMax));
    }
    const auto page = m_members.historyPage(context.memberId, afterId, limit);
    if (!page) {
        logError(page.error());
        return ProblemResponse::internal();
    }
    return ApiResponse::json(
        200, ApiCodec::encodeHistoryPage({page->changes, page->more ? QString::number(page->lastId) : QString()}));
}

ApiResponse PrivacyApi::items(const Context &context)
{
    // ?category=C&cursor=X&limit=N (issue 15): the member's items, oldest row first; the cursor
    // is the `next` of the previous page (here the last row id), limit 1..ApiCodec::MaxItemsPerPage.
    const QUrlQuery query(QString::fromLatin1(context.request.query));
    const QSet<QString> known{QStringLiteral("category"), QStringLiteral("cursor"), QStringLiteral("limit")};
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(key))
            return ProblemResponse::badRequest(QStringLiteral("Unknown query parameter \"%1\".").arg(key.left(40)));
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}\\z"));
    static const QRegularExpression categoryShape(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}\\z"));
    const QString category = query.queryItemValue(QStringLiteral("category"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("category")) && !categoryShape.match(category).hasMatch())
        return ProblemResponse::badRequest(QStringLiteral("The category is not a category id."));
    qint64 afterId = 0;
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        const QString cursor = query.queryItemValue(QStringLiteral("cursor"));
        if (!digits.match(cursor).hasMatch())
            return ProblemResponse::badRequest(QStringLiteral("The cursor is not one this server gave."));
        afterId = cursor.toLongLong();
    }
    int limit = ItemsPageDefault;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        const QString text = query.queryItemValue(QStringLiteral("limit"));
        limit = digits.match(text).hasMatch() && text.size() <= 5 ? text.toInt() : 0;
        if (limit < 1 || limit > ApiCodec::MaxItemsPerPage)
            return ProblemResponse::badRequest(
                QStringLiteral("The limit must be a whole number from 1 to %1.").arg(ApiCodec::MaxItemsPerPage));
    }
    const auto member = m_members.member(context.memberId);
    if (!member) {
        logError(member.error());
        return ProblemResponse::internal();
    }
    const Policy *policy = policyFor(member->policyId);
    const auto page = m_members.itemsPage(context.memberId, category, afterId, limit);
    if (!page || !policy) {
        if (!page)
            logError(page.error());
        return ProblemResponse::internal();
    }
    return ApiResponse::json(200, ApiCodec::encodeItemsPage({page->items, policy->listedCategories(),
                                                             page->more ? QString::number(page->lastId) : QString()}));
}

ApiResponse PrivacyApi::policy(const Context &context, const QString &platform)
{
    static const QRegularExpression name(QStringLiteral("^[a-z0-9-]{1,64}\\z"));
    QFile file(QStringLiteral(":/policy/") + platform + QStringLiteral(".json"));
    if (!name.match(platform).hasMatch() || !file.open(QIODevice::ReadOnly))
        return ProblemResponse::notFound(QStringLiteral("There is no policy for platform \"%1\".").arg(platform));
    ApiResponse response;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    response.body = file.readAll();
    const QByteArray etag = "\"p-" + sha256Hex(response.body).left(32).toLatin1() + '"';
    if (EntityTag::ifNoneMatch(context.request.header(QByteArrayLiteral("if-none-match")), etag))
        return notModified(etag);
    return withEtag(response, etag);
}

void PrivacyApi::putSetting(const Context &context)
{
    const ApiRequest &request = context.request;
    auto answer = [&](ApiResponse response) { finish(context, Outcome{std::move(response)}); };

    // A sign-in granted only privacy.read may look but not change (OAuthApi scopes).
    if (const auto allowed = m_oauth.allowsWrite(bearerToken(request).value_or(QString())); !allowed || !*allowed)
        return answer(allowed ? ProblemResponse::make(403, QStringLiteral("insufficient-scope"),
                                                      QStringLiteral("Insufficient scope"),
                                                      QStringLiteral("This sign-in may read but not change the "
                                                                     "setting (scope privacy.write)."))
                              : ProblemResponse::internal());
    if (request.body.size() > MaxBodyBytes)
        return answer(ProblemResponse::payloadTooLarge(MaxBodyBytes));
    if (!isJsonMediaType(request.header(QByteArrayLiteral("content-type"))))
        return answer(ProblemResponse::unsupportedMediaType());
    const QByteArray key = request.header(QByteArrayLiteral("idempotency-key"));
    if (!request.hasHeader(QByteArrayLiteral("idempotency-key")))
        return answer(ProblemResponse::invalidIdempotencyKey(
            QStringLiteral("Send an Idempotency-Key header (1 to 128 characters of A-Z a-z 0-9 . _ : -).")));
    if (!isValidIdempotencyKey(key))
        return answer(ProblemResponse::invalidIdempotencyKey(
            QStringLiteral("The Idempotency-Key must be 1 to 128 characters of A-Z a-z 0-9 . _ : -.")));
    if (!request.hasHeader(QByteArrayLiteral("if-match")))
        return answer(ProblemResponse::preconditionRequired());

    const Result<bool> update = ApiCodec::decodeSettingUpdate(request.body);
    if (!update)
        return answer(ProblemResponse::invalidBody(update.error().message));
    const bool optedOut = *update;
    const QString fingerprint =
        sha256Hex("PUT " + request.path.toUtf8() + '\n' + ApiCodec::encodeSettingUpdate(optedOut));
    const QString keyText = QString::fromLatin1(key);
    const auto begun = m_idempotency.begin(context.memberId, keyText, fingerprint);
    if (!begun) {
        logError(begun.error());
        return answer(ProblemResponse::internal());
    }
    switch (begun->outcome) {
    case IdempotencyStore::Outcome::Replay: {
        ApiResponse replay;
        replay.status = begun->reply.status;
        replay.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        replay.body = begun->reply.body;
        replay.withHeader(QByteArrayLiteral("ETag"), begun->reply.etag.toLatin1());
        replay.withHeader(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
        return later(context.hooks.delayMs, [this, context, replay] { finish(context, Outcome{replay}); });
    }
    case IdempotencyStore::Outcome::InFlight:
        return answer(ProblemResponse::idempotencyKeyInFlight());
    case IdempotencyStore::Outcome::Mismatch:
        return answer(ProblemResponse::idempotencyKeyReused());
    case IdempotencyStore::Outcome::Reserved:
        break;
    }
    // The key stays reserved through the delay, so a retry meanwhile gets 409.
    later(context.hooks.delayMs, [this, context, keyText, optedOut] { applySetting(context, keyText, optedOut); });
}

void PrivacyApi::applySetting(const Context &context, const QString &key, bool optedOut)
{
    auto release = [&] {
        if (auto released = m_idempotency.release(context.memberId, key); !released)
            logError(released.error());
    };
    if (context.hooks.fail == FailHook::BeforeApply) {
        release();
        return finish(context, Outcome{{}, true});
    }
    if (context.hooks.fail == FailHook::Status503) {
        release();
        return finish(context,
                      Outcome{ProblemResponse::unavailable(QStringLiteral("Refused by the X-Test-Fail test hook; "
                                                                          "nothing was applied."))
                                  .withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"))});
    }
    if (context.hooks.fail == FailHook::Status429) {
        release();
        return finish(context, Outcome{ProblemResponse::rateLimited(1)});
    }

    struct Applied {
        bool preconditionFailed = false;
        QByteArray currentEtag;
        ApiResponse response;
    };
    const QByteArray ifMatch = context.request.header(QByteArrayLiteral("if-match"));
    const auto applied = m_database->transaction<Applied>([&]() -> Result<Applied> {
        const auto current = m_members.aiTraining(context.memberId);
        if (!current)
            return current.error();
        const QByteArray currentEtag = ApiCodec::settingEtag(current->version);
        if (!EntityTag::ifMatch(ifMatch, currentEtag)) {
            if (auto released = m_idempotency.release(context.memberId, key); !released)
                return released.error();
            return Applied{true, currentEtag, {}};
        }
        const OptOutChange change{m_clock->now(), optedOut, QStringLiteral("api"), SecureRandom::confirmationId()};
        const auto updated = m_members.applyAiTraining(context.memberId, change);
        if (!updated)
            return updated.error();
        const QByteArray etag = ApiCodec::settingEtag(updated->version);
        ApiResponse response = withEtag(ApiResponse::json(200, ApiCodec::encodeSetting(*updated)), etag);
        if (auto stored = m_idempotency.complete(context.memberId, key,
                                                 StoredReply{200, response.body, QString::fromLatin1(etag)});
            !stored)
            return stored.error();
        return Applied{false, etag, response};
    });
    if (!applied) {
        logError(applied.error());
        release();
        return finish(context, Outcome{ProblemResponse::internal()});
    }
    if (applied->preconditionFailed)
        return finish(context, Outcome{withEtag(ProblemResponse::preconditionFailed(applied->currentEtag),
                                                applied->currentEtag)});
    finish(context, Outcome{applied->response, context.hooks.fail == FailHook::AfterApply,
                            context.hooks.fail == FailHook::TruncateAfter});
}

} // namespace pd
