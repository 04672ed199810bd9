#include "server/RateLimiter.h"

#include "server/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

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

void RateLimiter::shareThrough(Database *database, const QString &scope)
{
    m_database = database;
    m_scope = scope;
    m_now = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

void RateLimiter::refill(Bucket &bucket, qint64 now) const
{
    // max(): a clock that stepped back (another instance's) never takes tokens away.
    const qint64 elapsed = std::max<qint64>(0, now - bucket.updatedMs);
    bucket.tokens = std::min(m_burst, bucket.tokens + static_cast<double>(elapsed) / 1000.0 * m_rate);
    bucket.updatedMs = std::max(now, bucket.updatedMs);
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
    refill(*it, now);
    return *it;
}

RateLimiter::Decision RateLimiter::decide(const Bucket &bucket) const
{
    if (bucket.tokens >= 1.0)
        return {};
    const double waitSeconds = (1.0 - bucket.tokens) / m_rate;
    return {false, std::max(1, static_cast<int>(std::ceil(waitSeconds)))};
}

RateLimiter::Decision RateLimiter::apply(Bucket &bucket, Step step) const
{
    const Decision decision = decide(bucket);
    if (step == Step::Admit && decision.allowed)
        bucket.tokens -= 1.0;
    else if (step == Step::Charge)
        bucket.tokens = std::max(0.0, bucket.tokens - 1.0);
    return decision;
}

RateLimiter::Decision RateLimiter::run(const QString &key, Step step)
{
    if (!enabled())
        return {};
    if (!m_database) {
        const QMutexLocker locker(&m_mutex);
        return apply(refilled(key), step);
    }
    const Result<Decision> decision = runShared(key, step);
    if (!decision) {
        qWarning("privacy-api-server: rate limit not applied: %s", qPrintable(decision.error().message));
        return {};
    }
    return *decision;
}

Result<RateLimiter::Decision> RateLimiter::runShared(const QString &key, Step step)
{
    const QString row = m_scope + u':' + key;
    const bool postgres = m_database->dialect() == Database::Dialect::Postgres;
    if (step == Step::Check) {
        // A look only: no row is a full bucket, and nothing is written.
        const std::shared_ptr<QSqlQuery> read =
            m_database->prepared(QStringLiteral("SELECT tokens, updated_ms FROM rate_buckets WHERE key = ?"));
        read->bindValue(0, row);
        if (!read->exec())
            return sqlError(QStringLiteral("reading a rate-limit bucket"), *read);
        if (!read->next())
            return Decision{};
        Bucket bucket{read->value(0).toDouble(), read->value(1).toLongLong()};
        refill(bucket, m_now());
        return decide(bucket);
    }
    return m_database->transaction<Decision>(
        [&]() -> Result<Decision> {
            const qint64 now = m_now();
            QSqlDatabase &db = m_database->connection();
            // Full buckets hold nothing worth keeping (as in memory): drop them now and then.
            if (++m_sharedCalls % 1000 == 0) {
                QSqlQuery purge(db);
                purge.prepare(QStringLiteral("DELETE FROM rate_buckets WHERE updated_ms < ?"));
                purge.addBindValue(now - static_cast<qint64>(std::ceil(m_burst / m_rate * 1000.0)) - 1000);
                if (!purge.exec())
                    return sqlError(QStringLiteral("expiring rate-limit buckets"), purge);
            }
            QSqlQuery create(db);
            create.prepare(QStringLiteral(
                "INSERT INTO rate_buckets (key, tokens, updated_ms) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING"));
            create.addBindValue(row);
            create.addBindValue(m_burst);
            create.addBindValue(now);
            if (!create.exec())
                return sqlError(QStringLiteral("creating a rate-limit bucket"), create);
            QSqlQuery read(db);
            read.prepare(postgres
                             ? QStringLiteral("SELECT tokens, updated_ms FROM rate_buckets WHERE key = ? FOR UPDATE")
                             : QStringLiteral("SELECT tokens, updated_ms FROM rate_buckets WHERE key = ?"));
            read.addBindValue(row);
            if (!read.exec() || !read.next())
                return sqlError(QStringLiteral("reading a rate-limit bucket"), read);
            Bucket bucket{read.value(0).toDouble(), read.value(1).toLongLong()};
            refill(bucket, now);
            const Decision decision = apply(bucket, step);
            QSqlQuery write(db);
            write.prepare(QStringLiteral("UPDATE rate_buckets SET tokens = ?, updated_ms = ? WHERE key = ?"));
            write.addBindValue(bucket.tokens);
            write.addBindValue(bucket.updatedMs);
            write.addBindValue(row);
            if (!write.exec())
                return sqlError(QStringLiteral("updating a rate-limit bucket"), write);
            return decision;
        },
        Database::Locking::Rows);
}

RateLimiter::Decision RateLimiter::admit(const QString &key)
{
    return run(key, Step::Admit);
}

RateLimiter::Decision RateLimiter::check(const QString &key)
{
    return run(key, Step::Check);
}

void RateLimiter::charge(const QString &key)
{
    run(key, Step::Charge);
}

} // namespace pd
