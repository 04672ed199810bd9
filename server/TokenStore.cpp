#include "server/TokenStore.h"

#include "core/Clock.h"
#include "core/JsonReader.h"
#include "server/Database.h"
#include "server/MemberStore.h"
#include "server/SecureRandom.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

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

namespace {

// The member and its AI-training setting's version (NULL when it has none) of a token hash.
constexpr char BearerSql[] = "SELECT t.member_id, t.expires_at, s.version FROM tokens t "
                             "LEFT JOIN settings s ON s.member_id = t.member_id AND s.setting = ? WHERE t.hash = ?";

QString columnText(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                             sqlite3_column_bytes(statement, column));
}

} // namespace

Result<std::optional<TokenStore::Bearer>> TokenStore::bearerOfHash(const QString &tokenHash)
{
    QString memberId;
    QString expiresAt;
    qint64 version = 0;
    // SQLite: the statement itself (Database::sqliteStatement says why); PostgreSQL: Qt Sql.
    if (sqlite3_stmt *statement = m_database->sqliteStatement(BearerSql)) {
        static const QByteArray setting = MemberStore::AiTrainingSetting.toUtf8();
        const QByteArray hash = tokenHash.toLatin1();
        const auto reset = qScopeGuard([statement] {
            sqlite3_reset(statement); // ends the read transaction
            sqlite3_clear_bindings(statement);
        });
        sqlite3_bind_text(statement, 1, setting.constData(), int(setting.size()), SQLITE_STATIC);
        sqlite3_bind_text(statement, 2, hash.constData(), int(hash.size()), SQLITE_STATIC);
        const int step = sqlite3_step(statement);
        if (step == SQLITE_DONE)
            return std::optional<Bearer>();
        if (step != SQLITE_ROW)
            return Error::internal(
                QStringLiteral("database error while checking a token: %1").arg(m_database->sqliteError()));
        memberId = columnText(statement, 0);
        if (sqlite3_column_type(statement, 1) != SQLITE_NULL)
            expiresAt = columnText(statement, 1);
        version = sqlite3_column_int64(statement, 2);
    } else {
        const std::shared_ptr<QSqlQuery> query = m_database->prepared(QString::fromLatin1(BearerSql));
        query->bindValue(0, MemberStore::AiTrainingSetting);
        query->bindValue(1, tokenHash);
        if (!query->exec())
            return sqlError(QStringLiteral("checking a token"), *query);
        if (!query->next())
            return std::optional<Bearer>();
        memberId = query->value(0).toString();
        if (!query->value(1).isNull())
            expiresAt = query->value(1).toString();
        version = query->value(2).toLongLong();
    }
    if (!expiresAt.isNull()) {
        const QDateTime expiry = parseIsoDateTime(expiresAt);
        if (!expiry.isValid() || expiry <= m_clock->now())
            return std::optional<Bearer>();
    }
    return std::optional<Bearer>(Bearer{memberId, version});
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
