#include "server/TokenStore.h"

#include "core/Clock.h"
#include "core/JsonReader.h"
#include "server/Database.h"
#include "server/MemberStore.h"
#include "server/SecureRandom.h"

#include <QSqlQuery>
#include <QVariant>

namespace pd {

QString TokenStore::hashOf(const QString &token)
{
    return sha256Hex(token.toUtf8());
}

Result<QString> TokenStore::issue(const QString &memberId, const QString &label, const QDateTime &expiresAt)
{
    const QString token = SecureRandom::bearerToken();
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("INSERT INTO tokens (hash, member_id, label, created_at, expires_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(hashOf(token));
    query.addBindValue(memberId);
    query.addBindValue(label);
    query.addBindValue(formatIsoDateTime(m_clock->now()));
    query.addBindValue(expiresAt.isValid() ? QVariant(formatIsoDateTime(expiresAt)) : QVariant());
    if (!query.exec())
        return sqlError(QStringLiteral("storing a token"), query);
    return token;
}

Result<std::optional<TokenStore::Bearer>> TokenStore::bearer(const QString &token)
{
    const std::shared_ptr<QSqlQuery> query = m_database->prepared(
        QStringLiteral("SELECT t.member_id, t.expires_at, s.version FROM tokens t "
                       "LEFT JOIN settings s ON s.member_id = t.member_id AND s.setting = ? WHERE t.hash = ?"));
    query->bindValue(0, MemberStore::AiTrainingSetting);
    query->bindValue(1, hashOf(token));
    if (!query->exec())
        return sqlError(QStringLiteral("checking a token"), *query);
    if (!query->next())
        return std::optional<Bearer>();
    if (!query->value(1).isNull()) {
        const QDateTime expiresAt = parseIsoDateTime(query->value(1).toString());
        if (!expiresAt.isValid() || expiresAt <= m_clock->now())
            return std::optional<Bearer>();
    }
    return std::optional<Bearer>(Bearer{query->value(0).toString(), query->value(2).toLongLong()});
}

Result<std::optional<QString>> TokenStore::memberFor(const QString &token)
{
    const auto found = bearer(token);
    if (!found)
        return found.error();
    return *found ? std::optional<QString>((*found)->memberId) : std::optional<QString>();
}

Result<int> TokenStore::revokeLabel(const QString &memberId, const QString &label)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM tokens WHERE member_id = ? AND label = ?"));
    query.addBindValue(memberId);
    query.addBindValue(label);
    if (!query.exec())
        return sqlError(QStringLiteral("revoking tokens"), query);
    return query.numRowsAffected();
}

} // namespace pd
