#include "server/IdempotencyStore.h"

#include "core/Clock.h"
#include "core/JsonReader.h"
#include "server/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace pd {

Result<void> IdempotencyStore::purgeExpired()
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM idempotency_keys WHERE state = 'done' AND created_at < ?"));
    query.addBindValue(formatIsoDateTime(m_clock->now().addSecs(-RetentionSeconds)));
    if (!query.exec())
        return sqlError(QStringLiteral("expiring idempotency keys"), query);
    return {};
}

Result<IdempotencyStore::Begin> IdempotencyStore::begin(const QString &memberId, const QString &key,
                                                        const QString &fingerprint)
{
    return m_database->transaction<Begin>([&]() -> Result<Begin> {
        if (auto purged = purgeExpired(); !purged)
            return purged.error();
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("SELECT fingerprint, state, status, body, etag, created_at FROM idempotency_keys "
                                     "WHERE member_id = ? AND key = ?"));
        query.addBindValue(memberId);
        query.addBindValue(key);
        if (!query.exec())
            return sqlError(QStringLiteral("looking up an idempotency key"), query);
        if (query.next()) {
            Begin found;
            if (query.value(0).toString() != fingerprint) {
                found.outcome = Outcome::Mismatch;
            } else if (query.value(1).toString() != QStringLiteral("done")) {
                found.outcome = Outcome::InFlight;
                const QDateTime reserved = parseIsoDateTime(query.value(5).toString());
                if (reserved.isValid() && reserved.addSecs(StaleInFlightSeconds) < m_clock->now()) {
                    // Abandoned by a server that stopped mid-request: nothing was applied.
                    QSqlQuery renew(m_database->connection());
                    renew.prepare(QStringLiteral("UPDATE idempotency_keys SET created_at = ? "
                                                 "WHERE member_id = ? AND key = ? AND state = 'in-flight'"));
                    renew.addBindValue(formatIsoDateTime(m_clock->now()));
                    renew.addBindValue(memberId);
                    renew.addBindValue(key);
                    if (!renew.exec())
                        return sqlError(QStringLiteral("taking over an idempotency key"), renew);
                    return Begin{};
                }
            } else {
                found.outcome = Outcome::Replay;
                found.reply.status = query.value(2).toInt();
                found.reply.body = query.value(3).toByteArray();
                found.reply.etag = query.value(4).toString();
            }
            return found;
        }
        QSqlQuery insert(m_database->connection());
        insert.prepare(QStringLiteral("INSERT INTO idempotency_keys (member_id, key, fingerprint, state, created_at) "
                                      "VALUES (?, ?, ?, 'in-flight', ?)"));
        insert.addBindValue(memberId);
        insert.addBindValue(key);
        insert.addBindValue(fingerprint);
        insert.addBindValue(formatIsoDateTime(m_clock->now()));
        if (!insert.exec())
            return sqlError(QStringLiteral("reserving an idempotency key"), insert);
        return Begin{};
    });
}

Result<void> IdempotencyStore::complete(const QString &memberId, const QString &key, const StoredReply &reply)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE idempotency_keys SET state = 'done', status = ?, body = ?, etag = ? "
                                 "WHERE member_id = ? AND key = ? AND state = 'in-flight'"));
    query.addBindValue(reply.status);
    query.addBindValue(reply.body);
    query.addBindValue(reply.etag);
    query.addBindValue(memberId);
    query.addBindValue(key);
    if (!query.exec())
        return sqlError(QStringLiteral("storing an idempotent reply"), query);
    if (query.numRowsAffected() != 1)
        return Error::internal(QStringLiteral("the idempotency key was not reserved"));
    return {};
}

Result<void> IdempotencyStore::release(const QString &memberId, const QString &key)
{
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("DELETE FROM idempotency_keys WHERE member_id = ? AND key = ? AND state = 'in-flight'"));
    query.addBindValue(memberId);
    query.addBindValue(key);
    if (!query.exec())
        return sqlError(QStringLiteral("releasing an idempotency key"), query);
    return {};
}

Result<int> IdempotencyStore::releaseAllInFlight()
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("DELETE FROM idempotency_keys WHERE state = 'in-flight'")))
        return sqlError(QStringLiteral("clearing unfinished idempotency keys"), query);
    return query.numRowsAffected();
}

Result<int> IdempotencyStore::releaseStaleInFlight()
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM idempotency_keys WHERE state = 'in-flight' AND created_at < ?"));
    query.addBindValue(formatIsoDateTime(m_clock->now().addSecs(-StaleInFlightSeconds)));
    if (!query.exec())
        return sqlError(QStringLiteral("clearing abandoned idempotency keys"), query);
    return query.numRowsAffected();
}

} // namespace pd
