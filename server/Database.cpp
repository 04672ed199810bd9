#include "Database.h"

#include <QSqlError>
#include <QUuid>

namespace pd {

namespace {

// Each entry moves the schema from version (index) to version (index + 1). Never edit a
// shipped step: add a new one.
const char *const Migrations[] = {
    // 1: members, their activity, the AI-training setting with its history, bearer tokens.
    R"sql(
    CREATE TABLE members (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        region TEXT NOT NULL,
        headline TEXT NOT NULL,
        joined TEXT NOT NULL,
        policy_id TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE activity_categories (
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        category_id TEXT NOT NULL,
        undated INTEGER NOT NULL DEFAULT 0 CHECK (undated >= 0),
        PRIMARY KEY (member_id, category_id)
    );
    CREATE TABLE activity_daily (
        member_id TEXT NOT NULL,
        category_id TEXT NOT NULL,
        day TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count > 0),
        PRIMARY KEY (member_id, category_id, day),
        FOREIGN KEY (member_id, category_id)
            REFERENCES activity_categories(member_id, category_id) ON DELETE CASCADE
    );
    CREATE TABLE settings (
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        setting TEXT NOT NULL,
        opted_out INTEGER NOT NULL CHECK (opted_out IN (0, 1)),
        changed_at TEXT,
        confirmation_id TEXT,
        version INTEGER NOT NULL CHECK (version >= 1),
        PRIMARY KEY (member_id, setting)
    );
    CREATE TABLE history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        setting TEXT NOT NULL,
        at TEXT NOT NULL,
        opted_out INTEGER NOT NULL CHECK (opted_out IN (0, 1)),
        channel TEXT NOT NULL,
        confirmation_id TEXT
    );
    CREATE INDEX history_by_member ON history (member_id, setting, id);
    CREATE TABLE tokens (
        hash TEXT PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT
    );
    )sql",
    // 2: Idempotency-Key records (draft-ietf-httpapi-idempotency-key-header): one per member and key.
    R"sql(
    CREATE TABLE idempotency_keys (
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('in-flight', 'done')),
        status INTEGER,
        body BLOB,
        etag TEXT,
        created_at TEXT NOT NULL,
        PRIMARY KEY (member_id, key)
    );
    CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
    )sql",
};
static_assert(std::size(Migrations) == Database::SchemaVersion);

} // namespace

Error sqlError(const QString &doing, const QSqlQuery &query)
{
    return Error::internal(QStringLiteral("database error while %1: %2").arg(doing, query.lastError().text()));
}

Database::~Database()
{
    close();
}

Result<bool> Database::open(const QString &filePath, int targetVersion)
{
    m_connectionName = QStringLiteral("pd-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid())
        return Error::internal(QStringLiteral("the Qt SQLite driver (QSQLITE) is not available"));
    m_db.setDatabaseName(filePath);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return Error::internal(
            QStringLiteral("cannot open the database %1: %2").arg(filePath, m_db.lastError().text()));
    for (const char *pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON"}) {
        if (auto done = exec(QString::fromLatin1(pragma)); !done)
            return done.error();
    }
    return migrate(targetVersion);
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

int Database::schemaVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<bool> Database::exec(const QString &statement)
{
    QSqlQuery query(m_db);
    if (!query.exec(statement))
        return sqlError(QStringLiteral("running \"%1\"").arg(statement.simplified().left(60)), query);
    return true;
}

Result<bool> Database::migrate(int targetVersion)
{
    const int current = schemaVersion();
    if (current < 0)
        return Error::internal(QStringLiteral("cannot read the database's schema version"));
    if (current > SchemaVersion)
        return Error::internal(QStringLiteral("the database has schema version %1, newer than this server's %2; "
                                              "use a newer server or another --data-dir")
                                   .arg(current)
                                   .arg(SchemaVersion));
    for (int version = current; version < targetVersion; ++version) {
        auto step = transaction<bool>([&]() -> Result<bool> {
            // QSqlQuery runs one statement at a time.
            const QStringList statements = QString::fromUtf8(Migrations[version]).split(u';', Qt::SkipEmptyParts);
            for (const QString &statement : statements) {
                if (statement.trimmed().isEmpty())
                    continue;
                if (auto done = exec(statement); !done)
                    return done.error();
            }
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        });
        if (!step)
            return Error::internal(QStringLiteral("migrating the database to version %1 failed: %2")
                                       .arg(version + 1)
                                       .arg(step.error().message));
    }
    return true;
}

Result<bool> Database::begin()
{
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Result<bool> Database::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void Database::rollback()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace pd
