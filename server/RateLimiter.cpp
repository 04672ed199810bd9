#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace pd {

RateLimiter::RateLimiter(double ratePerSecond, MonotonicMs now)
    : m_rate(ratePerSecond)
    , m_now(std::move(now))
{
    if (!m_now) {
        m_elapsed.start();
        m_now = [this] { return m_elapsed.elapsed(); };
    }
}

RateLimiter::Decision RateLimiter::admit(const QString &key)
{
    if (!enabled())
        return {};
    const qint64 now = m_now();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{burst(), now});
    Bucket &bucket = *it;
    bucket.tokens = std::min(burst(), bucket.tokens + static_cast<double>(now - bucket.updatedMs) / 1000.0 * m_rate);
    bucket.updatedMs = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return {};
    }
    const double waitSeconds = (1.0 - bucket.tokens) / m_rate;
    return {false, std::max(1, static_cast<int>(std::ceil(waitSeconds)))};
}

} // namespace pd
