#pragma once

#include "core/Policy.h"
#include "server/ApiRequest.h"
#include "server/ApiResponse.h"
#include "server/IdempotencyStore.h"
#include "server/MemberStore.h"
#include "server/OAuthApi.h"
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
class LinkedInEmulation;

// The Member Privacy API v1 (resources/api/member-privacy-v1.yaml) as request -> response, with
// no sockets: routing, bearer auth, the per-peer limit on failed authentications, the per-token
// rate limit, ETag/If-None-Match, If-Match and Idempotency-Key on the setting write, and the
// --test-hooks. HttpConnection asks admit() about a request's head before it reads the body,
// then hands the whole request to handle() and writes what comes back. It borrows the database
// and the clock; it owns the stores.
//
// Answers may come later than handle() returns (the X-Test-Delay-Ms hook), so the result goes
// to a callback. One PrivacyApi serves one thread (ApiServer gives each worker thread its own,
// with its own database connection); what must hold across threads and processes (a setting's
// read-check-write, Idempotency-Key reservations) is guarded by database transactions, and the
// rate limits by limiters shared between the instances (Config) or kept in the database.
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
        OAuthApi::Config oauth{};                        // /oauth/* (sign-in); lifetimes shortened by tests
        // Limiters shared by the PrivacyApi of every worker thread (in-process buckets, SQLite);
        // null: this instance's own (on PostgreSQL they keep their buckets in the database).
        RateLimiter *sharedRateLimit = nullptr;
        RateLimiter *sharedAuthFailures = nullptr;
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
        qint64 settingVersion = 0; // read with the token (TokenStore::bearer); 0: not known
    };
    Admission admit(const ApiRequest &head);
    // The whole request after admit() let its head in.
    void handle(const ApiRequest &request, const Admission &admission, Done done);
    // Both steps, for callers that hold the whole request at once.
    void handle(const ApiRequest &request, Done done);

    // Cache-Control and nosniff, on every answer including refusals sent before handle().
    static void addCommonHeaders(ApiResponse *response);

    RateLimiter &rateLimiter() { return *m_tokenBudget; }
    // --linkedin-emulation: /rest/... goes to the emulation (borrowed; must outlive this).
    void setLinkedInEmulation(LinkedInEmulation *emulation) { m_linkedIn = emulation; }

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
        qint64 settingVersion = 0; // Admission's
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
    RateLimiter *m_tokenBudget; // m_rateLimiter or the shared one
    RateLimiter *m_authBudget;  // m_authFailures or the shared one
    QHash<QString, Policy> m_policies;
    OAuthApi m_oauth; // /oauth/*: no bearer token, its own answers
    LinkedInEmulation *m_linkedIn = nullptr;

    // The summary without asOf, per member, for the setting version it was built at. Activity
    // never changes after seeding and every setting change bumps the version, so the version is
    // the whole cache key (read from the database with the token on every request, so a change
    // made through another thread or instance on the same database is seen by the next request).
    // The response with asOf is kept for the second asOf names, encoded and (once asked for)
    // gzipped only once.
    struct CachedSummary {
        qint64 settingVersion = 0;
        QJsonObject body;
        QByteArray etag;
        qint64 asOfSecond = -1; // asOf, in seconds since the epoch
        ApiResponse response;
    };
    QHash<QString, CachedSummary> m_summaries;
    ApiResponse cachedSummary(const Context &context, CachedSummary *cached);
};

} // namespace pd
