#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace pd {

// The server's SQLite database through Qt Sql: opens (or creates) DIR/privacy-api.sqlite3,
// applies the versioned schema migrations in order (PRAGMA user_version) and refuses a file
// written by a newer server. One connection, used only on the thread that opened it; the
// stores (MemberStore, TokenStore, IdempotencyStore) borrow it.
class Database final
{
public:
    static constexpr int SchemaVersion = 2;

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // targetVersion < SchemaVersion is for tests of the migrations only.
    Result<bool> open(const QString &filePath, int targetVersion = SchemaVersion);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &connection() { return m_db; }
    int schemaVersion();

    // Runs fn inside BEGIN IMMEDIATE ... COMMIT; rolls back when fn returns an error. IMMEDIATE
    // takes the write lock up front, so a read-check-write (If-Match, then update) inside fn
    // cannot interleave with another writer even from another process.
    template <typename T, typename Fn> Result<T> transaction(Fn &&fn)
    {
        if (auto begun = begin(); !begun)
            return begun.error();
        Result<T> result = fn();
        if (!result) {
            rollback();
            return result;
        }
        if (auto committed = commit(); !committed) {
            rollback();
            return committed.error();
        }
        return result;
    }

private:
    Result<bool> exec(const QString &statement);
    Result<bool> migrate(int targetVersion);
    Result<bool> begin();
    Result<bool> commit();
    void rollback();

    QSqlDatabase m_db;
    QString m_connectionName;
};

// Turns a failed QSqlQuery into an Error that says what the store was doing.
Error sqlError(const QString &doing, const QSqlQuery &query);

} // namespace pd
