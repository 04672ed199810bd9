#pragma once

#include "core/Result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>

namespace pd {

class Database;

// A token bucket per key (a token's hash, a peer address): refilled at `rate` per second and
// holding at most `burst` (twice the rate unless given). A request that finds the bucket empty
// is refused with the whole seconds until the next one would pass (the Retry-After value).
// admit() spends one on each request let through; check() and charge() split that, for budgets
// spent only by some outcomes (failed authentications). Refused requests never drain it.
//
// The buckets live in this process, or, after shareThrough(), in the database (table
// rate_buckets, one row per scope and key, read and written under a row lock), so that several
// server instances on one PostgreSQL database share one budget per token: a client cannot get
// N times the rate by spreading requests over N instances. Shared buckets count wall-clock
// milliseconds (the instances' clocks agree to NTP's precision). A database error lets the
// request through, logged: rate limiting never takes the API down. The in-process buckets are
// guarded by a mutex: one limiter serves every worker thread of the server (ApiServer).
class RateLimiter final
{
    Q_DISABLE_COPY_MOVE(RateLimiter) // the default clock captures this

public:
    using MonotonicMs = std::function<qint64()>; // milliseconds from any fixed origin

    struct Decision {
        bool allowed = true;
        int retryAfterSeconds = 0;
    };

    // rate 0 turns limiting off. Tests pass their own clock.
    explicit RateLimiter(double ratePerSecond, MonotonicMs now = {});
    RateLimiter(double ratePerSecond, double burst, MonotonicMs now = {});

    // Keeps the buckets in the database under "scope:key" from now on.
    void shareThrough(Database *database, const QString &scope);
    bool shared() const { return m_database != nullptr; }

    Decision admit(const QString &key);
    Decision check(const QString &key); // would admit() pass? spends nothing
    void charge(const QString &key);    // spends one (never below empty)
    bool enabled() const { return m_rate > 0; }
    double rate() const { return m_rate; }
    double burst() const { return m_burst; }

private:
    struct Bucket {
        double tokens = 0;
        qint64 updatedMs = 0;
    };

    enum class Step {
        Admit,
        Check,
        Charge,
    };
    Decision run(const QString &key, Step step);
    Decision apply(Bucket &bucket, Step step) const;
    void refill(Bucket &bucket, qint64 now) const;
    Bucket &refilled(const QString &key);
    Result<Decision> runShared(const QString &key, Step step);
    Decision decide(const Bucket &bucket) const;

    double m_rate;
    double m_burst;
    MonotonicMs m_now;
    QElapsedTimer m_elapsed;
    QMutex m_mutex; // guards m_buckets
    QHash<QString, Bucket> m_buckets;
    Database *m_database = nullptr;
    QString m_scope;
    qint64 m_sharedCalls = 0;
};

} // namespace pd
