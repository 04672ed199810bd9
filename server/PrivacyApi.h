#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "IdempotencyStore.h"
#include "MemberStore.h"
#include "Policy.h"
#include "RateLimiter.h"
#include "TokenStore.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace pd {

class Clock;
class Database;

// The Member Privacy API v1 (resources/api/member-privacy-v1.yaml) as request -> response, with
// no sockets: routing, bearer auth, the per-token rate limit, ETag/If-None-Match, If-Match and
// Idempotency-Key on the setting write, and the --test-hooks. ApiServer feeds it requests and
// writes what comes back. It borrows the database and the clock; it owns the stores.
//
// Answers may come later than handle() returns (the X-Test-Delay-Ms hook), so the result goes
// to a callback. Everything runs on one thread, so each request's read-check-write runs to the
// end before another starts; the database transactions also guard against other processes.
class PrivacyApi final : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;
    static constexpr int MaxTestDelayMs = 10000;

    struct Config {
        double rateLimit = 20.0; // requests per second per token; 0 = off
        bool testHooks = false;
    };

    struct Outcome {
        ApiResponse response;
        bool closeWithoutAnswer = false; // drop the connection instead (test hooks)
    };
    using Done = std::function<void(const Outcome &)>;

    PrivacyApi(Database *database, const Clock *clock, Config config, QObject *parent = nullptr);

    void handle(const ApiRequest &request, Done done);

    RateLimiter &rateLimiter() { return m_rateLimiter; }

private:
    enum class FailHook {
        None,
        BeforeApply,
        AfterApply,
        Status503,
    };
    struct Hooks {
        int delayMs = 0;
        FailHook fail = FailHook::None;
    };
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
    QHash<QString, Policy> m_policies;

    // The summary without asOf, per member, for the setting version it was built at. Activity
    // never changes after seeding and every setting change bumps the version, so the version
    // is the whole cache key (this server is the database's only writer).
    struct CachedSummary {
        qint64 settingVersion = 0;
        QJsonObject body;
        QByteArray etag;
    };
    QHash<QString, CachedSummary> m_summaries;
};

} // namespace pd
