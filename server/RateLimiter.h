#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <functional>

namespace pd {

// Per-token request rate: a token bucket of `rate` requests per second holding at most twice
// that (the burst). A request that finds the bucket empty is refused with the whole seconds
// until the next one would pass (the Retry-After value); refused requests do not drain it.
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

    Decision admit(const QString &key);
    bool enabled() const { return m_rate > 0; }
    double rate() const { return m_rate; }
    double burst() const { return m_rate * 2; }

private:
    struct Bucket {
        double tokens = 0;
        qint64 updatedMs = 0;
    };

    double m_rate;
    MonotonicMs m_now;
    QElapsedTimer m_elapsed;
    QHash<QString, Bucket> m_buckets;
};

} // namespace pd
