#pragma once

#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <string>
#include <utility>
#include <vector>

struct sqlite3_stmt;

namespace pd {

// The server's database through Qt Sql: SQLite (the embedded default, DIR/privacy-api.sqlite3)
// or PostgreSQL (QPSQL, for several server instances on one database). Opens it, applies the
// versioned schema migrations in order (SQLite: PRAGMA user_version; PostgreSQL: the
// schema_version table; the same version numbers mean the same schema in both) and refuses a
// database written by a newer server. One connection, used only on the thread that opened it;
// the stores (MemberStore, TokenStore, IdempotencyStore, a shared RateLimiter) borrow it.
class Database final
{
public:
    static constexpr int SchemaVersion = 5;

    enum class Dialect {
        Sqlite,
        Postgres,
    };

    // How a transaction locks. Exclusive: one writer at a time across every process on the
    // database (SQLite BEGIN IMMEDIATE; PostgreSQL a transaction-scoped advisory lock), so a
    // read-check-write (If-Match, then update; an Idempotency-Key lookup, then its reservation)
    // cannot interleave with another writer, in this instance or another. Rows: the statements
    // lock the rows they touch themselves (SELECT ... FOR UPDATE), and the commit need not wait
    // for the disk (PostgreSQL synchronous_commit off: a crash may lose the last moment of
    // rate-limit counts, never a setting change).
    enum class Locking {
        Exclusive,
        Rows,
    };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // targetVersion < SchemaVersion is for tests of the migrations only.
    Result<void> open(const QString &filePath, int targetVersion = SchemaVersion);
    // postgresql://USER[:PASSWORD]@HOST[:PORT]/DB (the password better in PGPASSWORD or ~/.pgpass).
    Result<void> openPostgres(const QString &url, int targetVersion = SchemaVersion);
    static bool isPostgresUrl(const QString &text);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    Dialect dialect() const { return m_dialect; }
    QSqlDatabase &connection() { return m_db; }
    int schemaVersion();
    // A query prepared from sql, to bind by position (bindValue(i, …)) and exec. It is prepared
    // once per connection and kept: QPSQL sends PREPARE, EXECUTE and DEALLOCATE for each fresh
    // query, three round trips where one will do, and SQLite spends more compiling the hot reads
    // of every request than running them. Dropping the handle resets the statement (finish()),
    // so a kept SQLite statement never holds its read snapshot open.
    std::shared_ptr<QSqlQuery> prepared(const QString &sql);
    // SQLite only: this connection's own SQLite statement for sql, prepared on first use and kept
    // until close(); null on PostgreSQL or if it does not compile. For the one read every request
    // makes (TokenStore::bearer): around each exec Qt Sql builds a QSqlRecord of every column's
    // name, type and table and converts the binds through QVariant, which costs more than SQLite's
    // own work. The caller binds, steps and always resets it (sqlite3_reset: no snapshot kept).
    sqlite3_stmt *sqliteStatement(const char *sql);
    QString sqliteError(); // the connection's last SQLite error message

    // Runs fn inside a transaction (see Locking); rolls back when fn returns an error.
    template <typename T, typename Fn> Result<T> transaction(Fn &&fn, Locking locking = Locking::Exclusive)
    {
        if (auto begun = begin(locking); !begun)
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
    Result<void> exec(const QString &statement);
    Result<void> migrate(int targetVersion);
    Result<void> begin(Locking locking);
    Result<void> commit();
    void rollback();

    QSqlDatabase m_db;
    QString m_connectionName;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
    std::vector<std::pair<std::string, sqlite3_stmt *>> m_sqliteStatements;
    Dialect m_dialect = Dialect::Sqlite;
};

// Turns a failed QSqlQuery into an Error that says what the store was doing.
Error sqlError(const QString &doing, const QSqlQuery &query);

} // namespace pd
