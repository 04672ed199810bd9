#pragma once

#include "core/Policy.h"
#include "server/ApiRequest.h"
#include "server/ApiResponse.h"
#include "server/IdempotencyStore.h"
#include "server/MemberStore.h"
#include "server/RateLimiter.h"
#include "server/TokenStore.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator64>

#include <functional>
#include <optional>

namespace pd {

class Clock;
class Database;

// The Member Privacy API v1 (resources/api/member-privacy-v1.yaml) as request -> response, with
// no sockets: routing, bearer auth, the per-peer limit on failed authentications, the per-token
// rate limit, ETag/If-None-Match, If-Match and Idempotency-Key on the setting write, and the
// --test-hooks. HttpConnection asks admit() about a request's head before it reads the body,
// then hands the whole request to handle() and writes what comes back. It borrows the database
// and the clock; it owns the stores.
//
// Answers may come later than handle() returns (the X-Test-Delay-Ms hook), so the result goes
// to a callback. Everything runs on one thread, so each request's read-check-write runs to the
// end before another starts; the database transactions also guard against other processes.
class PrivacyApi final : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxBodyBytes = 8 * 1024; // the only body is {"optedOut": ...}
    static constexpr int MaxTestDelayMs = 10000;

    struct Config {
        double rateLimit = 20.0; // requests per second per token; 0 = off
        bool testHooks = false;
        int authFailuresPerMinute = 20;                  // per peer address, then 429 without a token check; 0 = off
        std::optional<quint64> faultSeed = std::nullopt; // --faults: random faults on ~30% of requests (tests only)
    };

    struct Outcome {
        ApiResponse response;
        bool closeWithoutAnswer = false; // drop the connection instead (test hooks)
        bool truncate = false;           // send half of the answer, then close (--faults)
    };
    using Done = std::function<void(const Outcome &)>;

    PrivacyApi(Database *database, const Clock *clock, Config config, QObject *parent = nullptr);

    // What the head alone decides (route, method, the failed-authentication limit, the token, the
    // rate limit), before any body is read: a refusal, or the member let in.
    struct Admission {
        std::optional<ApiResponse> refusal;
        QString memberId;
    };
    Admission admit(const ApiRequest &head);
    // The whole request after admit() let its head in.
    void handle(const ApiRequest &request, const Admission &admission, Done done);
    // Both steps, for callers that hold the whole request at once.
    void handle(const ApiRequest &request, Done done);

    // Cache-Control and nosniff, on every answer including refusals sent before handle().
    static void addCommonHeaders(ApiResponse *response);

    RateLimiter &rateLimiter() { return m_rateLimiter; }

private:
    enum class FailHook {
        None,
        BeforeApply,
        AfterApply,
        Status503,
        Status429,     // --faults only
        TruncateAfter, // --faults only: applied, then half an answer
    };
    struct Hooks {
        int delayMs = 0;
        FailHook fail = FailHook::None;
    };
    Hooks randomFault(); // --faults
    struct Context {
        ApiRequest request;
        QString memberId;
        Hooks hooks;
        Done done;
    };

    std::optional<ApiResponse> parseHooks(const ApiRequest &request, Hooks *hooks) const;
    void finish(const Context &context, Outcome outcome);
    void later(int delayMs, std::function<void()> step);

    ApiResponse usageSummary(const Context &context);
    ApiResponse setting(const Context &context);
    ApiResponse settingHistory(const Context &context);
    ApiResponse items(const Context &context);
    ApiResponse policy(const Context &context, const QString &platform);
    void putSetting(const Context &context);
    void applySetting(const Context &context, const QString &key, bool optedOut);

    const Policy *policyFor(const QString &policyId);

    Database *m_database;
    const Clock *m_clock;
    Config m_config;
    MemberStore m_members;
    TokenStore m_tokens;
    IdempotencyStore m_idempotency;
    RateLimiter m_rateLimiter;
    std::optional<QRandomGenerator64> m_faults;
    RateLimiter m_authFailures; // per peer address
    QHash<QString, Policy> m_policies;

    // The summary without asOf, per member, for the setting version it was built at. Activity
    // never changes after seeding and every setting change bumps the version, so the version
    // is the whole cache key (read from the database on every request, so a change made through
    // another instance on the same database is seen too). The response with asOf is kept for the
    // second asOf names, encoded and (once asked for) gzipped only once.
    struct CachedSummary {
        qint64 settingVersion = 0;
        QJsonObject body;
        QByteArray etag;
        QString asOf;
        ApiResponse response;
    };
    QHash<QString, CachedSummary> m_summaries;
};

} // namespace pd
