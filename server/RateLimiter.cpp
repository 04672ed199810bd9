#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace pd {

RateLimiter::RateLimiter(double ratePerSecond, MonotonicMs now)
    : RateLimiter(ratePerSecond, ratePerSecond * 2, std::move(now))
{}

RateLimiter::RateLimiter(double ratePerSecond, double burst, MonotonicMs now)
    : m_rate(ratePerSecond)
    , m_burst(burst)
    , m_now(std::move(now))
{
    if (!m_now) {
        m_elapsed.start();
        m_now = [this] { return m_elapsed.elapsed(); };
    }
}

RateLimiter::Bucket &RateLimiter::refilled(const QString &key)
{
    const qint64 now = m_now();
    // Full buckets hold nothing worth keeping: drop them now and then so that many keys (peers,
    // guessed tokens) cannot grow the table for ever.
    if (m_buckets.size() >= 4096) {
        m_buckets.removeIf([&](QHash<QString, Bucket>::iterator entry) {
            const Bucket &bucket = entry.value();
            return bucket.tokens + static_cast<double>(now - bucket.updatedMs) / 1000.0 * m_rate >= m_burst;
        });
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{m_burst, now});
    Bucket &bucket = *it;
    bucket.tokens = std::min(m_burst, bucket.tokens + static_cast<double>(now - bucket.updatedMs) / 1000.0 * m_rate);
    bucket.updatedMs = now;
    return bucket;
}

RateLimiter::Decision RateLimiter::decide(const Bucket &bucket) const
{
    if (bucket.tokens >= 1.0)
        return {};
    const double waitSeconds = (1.0 - bucket.tokens) / m_rate;
    return {false, std::max(1, static_cast<int>(std::ceil(waitSeconds)))};
}

RateLimiter::Decision RateLimiter::admit(const QString &key)
{
    if (!enabled())
        return {};
    Bucket &bucket = refilled(key);
    const Decision decision = decide(bucket);
    if (decision.allowed)
        bucket.tokens -= 1.0;
    return decision;
}

RateLimiter::Decision RateLimiter::check(const QString &key)
{
    if (!enabled())
        return {};
    return decide(refilled(key));
}

void RateLimiter::charge(const QString &key)
{
    if (!enabled())
        return;
    Bucket &bucket = refilled(key);
    bucket.tokens = std::max(0.0, bucket.tokens - 1.0);
}

} // namespace pd
