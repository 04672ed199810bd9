#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <functional>

namespace pd {

// A token bucket per key (a token's hash, a peer address): refilled at `rate` per second and
// holding at most `burst` (twice the rate unless given). A request that finds the bucket empty
// is refused with the whole seconds until the next one would pass (the Retry-After value).
// admit() spends one on each request let through; check() and charge() split that, for budgets
// spent only by some outcomes (failed authentications). Refused requests never drain it.
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

    Bucket &refilled(const QString &key);
    Decision decide(const Bucket &bucket) const;

    double m_rate;
    double m_burst;
    MonotonicMs m_now;
    QElapsedTimer m_elapsed;
    QHash<QString, Bucket> m_buckets;
};

} // namespace pd
