#include "server/Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

namespace pd {

namespace {

// Each entry moves the schema from version (index) to version (index + 1). Never edit a
// shipped step: add a new one, to both lists (the same number means the same schema).
const char *const SqliteMigrations[] = {
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
    // 3: token buckets of the rate limits, shared by every server instance on the database.
    R"sql(
    CREATE TABLE rate_buckets (
        key TEXT PRIMARY KEY,
        tokens REAL NOT NULL,
        updated_ms INTEGER NOT NULL
    );
    CREATE INDEX rate_buckets_by_age ON rate_buckets (updated_ms);
    )sql",
    // 4: OAuth 2.0 sign-in (server/OAuthStore.h): demo passwords, authorization codes, refresh tokens.
    // Codes and refresh tokens are kept as SHA-256 hashes only, like the bearer tokens.
    R"sql(
    CREATE TABLE oauth_passwords (
        member_id TEXT PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
        login TEXT NOT NULL UNIQUE,
        salt TEXT NOT NULL,
        hash TEXT NOT NULL,
        iterations INTEGER NOT NULL
    );
    CREATE TABLE oauth_codes (
        hash TEXT PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        client_id TEXT NOT NULL,
        redirect_uri TEXT NOT NULL,
        challenge TEXT NOT NULL,
        scope TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used INTEGER NOT NULL DEFAULT 0,
        family TEXT
    );
    CREATE TABLE oauth_refresh_tokens (
        hash TEXT PRIMARY KEY,
        family TEXT NOT NULL,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        client_id TEXT NOT NULL,
        scope TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        rotated_at TEXT,
        grace_used INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX oauth_refresh_by_family ON oauth_refresh_tokens (family);
    )sql",
    // 5: the items behind the figures (issue 15): snippets, paged at /v1/me/items.
    R"sql(
    CREATE TABLE items (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        category_id TEXT NOT NULL,
        day TEXT,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        link TEXT
    );
    CREATE INDEX items_by_member ON items (member_id, category_id, id);
    )sql",
};
static_assert(std::size(SqliteMigrations) == Database::SchemaVersion);

// The same steps in PostgreSQL's words.
const char *const PostgresMigrations[] = {
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
        undated BIGINT NOT NULL DEFAULT 0 CHECK (undated >= 0),
        PRIMARY KEY (member_id, category_id)
    );
    CREATE TABLE activity_daily (
        member_id TEXT NOT NULL,
        category_id TEXT NOT NULL,
        day TEXT NOT NULL,
        count BIGINT NOT NULL CHECK (count > 0),
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
        version BIGINT NOT NULL CHECK (version >= 1),
        PRIMARY KEY (member_id, setting)
    );
    CREATE TABLE history (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
    R"sql(
    CREATE TABLE idempotency_keys (
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('in-flight', 'done')),
        status INTEGER,
        body BYTEA,
        etag TEXT,
        created_at TEXT NOT NULL,
        PRIMARY KEY (member_id, key)
    );
    CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
    )sql",
    R"sql(
    CREATE TABLE rate_buckets (
        key TEXT PRIMARY KEY,
        tokens DOUBLE PRECISION NOT NULL,
        updated_ms BIGINT NOT NULL
    );
    CREATE INDEX rate_buckets_by_age ON rate_buckets (updated_ms);
    )sql",
    R"sql(
    CREATE TABLE oauth_passwords (
        member_id TEXT PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
        login TEXT NOT NULL UNIQUE,
        salt TEXT NOT NULL,
        hash TEXT NOT NULL,
        iterations INTEGER NOT NULL
    );
    CREATE TABLE oauth_codes (
        hash TEXT PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        client_id TEXT NOT NULL,
        redirect_uri TEXT NOT NULL,
        challenge TEXT NOT NULL,
        scope TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used INTEGER NOT NULL DEFAULT 0,
        family TEXT
    );
    CREATE TABLE oauth_refresh_tokens (
        hash TEXT PRIMARY KEY,
        family TEXT NOT NULL,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        client_id TEXT NOT NULL,
        scope TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        rotated_at TEXT,
        grace_used INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX oauth_refresh_by_family ON oauth_refresh_tokens (family);
    )sql",
    R"sql(
    CREATE TABLE items (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        category_id TEXT NOT NULL,
        day TEXT,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        link TEXT
    );
    CREATE INDEX items_by_member ON items (member_id, category_id, id);
    )sql",
};
static_assert(std::size(PostgresMigrations) == Database::SchemaVersion);

// The one advisory lock every exclusive transaction takes on PostgreSQL (any fixed number).
constexpr qint64 WriterLock = 0x70645f7772697465; // "pd_write"

} // namespace

Error sqlError(const QString &doing, const QSqlQuery &query)
{
    return Error::internal(QStringLiteral("database error while %1: %2").arg(doing, query.lastError().text()));
}

Database::~Database()
{
    close();
}

Result<void> Database::open(const QString &filePath, int targetVersion)
{
    m_dialect = Dialect::Sqlite;
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

bool Database::isPostgresUrl(const QString &text)
{
    return text.startsWith(QStringLiteral("postgresql://")) || text.startsWith(QStringLiteral("postgres://"));
}

Result<void> Database::openPostgres(const QString &url, int targetVersion)
{
    const QUrl parsed(url, QUrl::StrictMode);
    // What may be shown: never the password.
    const QString shown = parsed.isValid() ? parsed.toString(QUrl::RemovePassword) : QStringLiteral("(invalid URL)");
    const QString databaseName = parsed.path().mid(1);
    if (!isPostgresUrl(url) || !parsed.isValid() || parsed.host().isEmpty() || databaseName.isEmpty() ||
        databaseName.contains(u'/'))
        return Error{ErrorKind::Usage,
                     QStringLiteral("--database: expected postgresql://USER@HOST:PORT/DATABASE, got %1").arg(shown)};
    m_dialect = Dialect::Postgres;
    m_connectionName = QStringLiteral("pd-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db.isValid())
        return Error::internal(QStringLiteral("the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is "
                                              "not available"));
    m_db.setHostName(parsed.host());
    m_db.setPort(parsed.port(5432));
    m_db.setDatabaseName(databaseName);
    if (!parsed.userName().isEmpty())
        m_db.setUserName(parsed.userName());
    if (!parsed.password().isEmpty())
        m_db.setPassword(parsed.password());
    m_db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=privacy-api-server"));
    if (!m_db.open())
        return Error::internal(
            QStringLiteral("cannot open the database %1: %2").arg(shown, m_db.lastError().text().simplified()));
    // Times are stored as ISO text made by the server; the session's own settings play no part.
    if (auto done = exec(QStringLiteral("SET client_min_messages TO warning")); !done)
        return done.error();
    return migrate(targetVersion);
}

std::shared_ptr<QSqlQuery> Database::prepared(const QString &sql)
{
    auto it = m_prepared.constFind(sql);
    if (it == m_prepared.constEnd() || it->use_count() > 1) {
        // New, or the kept one is still in a caller's hands (the same statement asked for again
        // before the first was done with): a fresh one for this use.
        auto query = std::make_shared<QSqlQuery>(m_db);
        // Read once from first row to last: Qt Sql need not keep the rows it has passed.
        query->setForwardOnly(true);
        if (!query->prepare(sql) || it != m_prepared.constEnd())
            return query;
        it = m_prepared.insert(sql, query);
    }
    // The caller's handle resets the statement when dropped (QSqlQuery::finish): on SQLite a
    // statement left stepping would keep its read snapshot, and so later reads on this
    // connection would not see other connections' commits.
    std::shared_ptr<QSqlQuery> kept = *it;
    return std::shared_ptr<QSqlQuery>(kept.get(), [kept](QSqlQuery *query) { query->finish(); });
}

namespace {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

sqlite3_stmt *Database::sqliteStatement(const char *sql)
{
    for (const auto &[text, statement] : m_sqliteStatements) {
        if (text == sql)
            return statement;
    }
    sqlite3 *connection = m_dialect == Dialect::Sqlite && m_db.isOpen() ? sqliteHandle(m_db) : nullptr;
    sqlite3_stmt *statement = nullptr;
    if (!connection ||
        sqlite3_prepare_v3(connection, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    m_sqliteStatements.emplace_back(sql, statement);
    return statement;
}

QString Database::sqliteError()
{
    sqlite3 *connection = sqliteHandle(m_db);
    return connection ? QString::fromUtf8(sqlite3_errmsg(connection)) : QStringLiteral("no SQLite connection");
}

void Database::close()
{
    m_prepared.clear();
    // Before the connection closes: SQLite refuses to close one with statements left.
    for (const auto &[text, statement] : m_sqliteStatements)
        sqlite3_finalize(statement);
    m_sqliteStatements.clear();
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
    if (m_dialect == Dialect::Sqlite) {
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return -1;
        return query.value(0).toInt();
    }
    if (!query.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<void> Database::exec(const QString &statement)
{
    QSqlQuery query(m_db);
    if (!query.exec(statement))
        return sqlError(QStringLiteral("running \"%1\"").arg(statement.simplified().left(60)), query);
    return {};
}

Result<void> Database::migrate(int targetVersion)
{
    // Each step reads the version inside its own exclusive transaction: two servers starting
    // together on one PostgreSQL database apply each step once, one after the other.
    for (;;) {
        bool done = false;
        auto step = transaction<void>([&]() -> Result<void> {
            const int current = schemaVersion();
            if (current < 0)
                return Error::internal(QStringLiteral("cannot read the database's schema version"));
            if (current > SchemaVersion)
                return Error::internal(
                    QStringLiteral("the database has schema version %1, newer than this server's %2; "
                                   "use a newer server or another --data-dir or --database")
                        .arg(current)
                        .arg(SchemaVersion));
            if (current >= targetVersion) {
                done = true;
                return {};
            }
            const char *const migration =
                m_dialect == Dialect::Sqlite ? SqliteMigrations[current] : PostgresMigrations[current];
            // QSqlQuery runs one statement at a time.
            const QStringList statements = QString::fromUtf8(migration).split(u';', Qt::SkipEmptyParts);
            for (const QString &statement : statements) {
                if (statement.trimmed().isEmpty())
                    continue;
                if (auto ran = exec(statement); !ran)
                    return Error::internal(QStringLiteral("migrating the database to version %1 failed: %2")
                                               .arg(current + 1)
                                               .arg(ran.error().message));
            }
            if (m_dialect == Dialect::Sqlite)
                return exec(QStringLiteral("PRAGMA user_version = %1").arg(current + 1));
            if (current == 0) {
                if (auto made = exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")); !made)
                    return made.error();
            }
            return exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(current + 1));
        });
        if (!step)
            return step.error();
        if (done)
            return {};
    }
}

Result<void> Database::begin(Locking locking)
{
    if (m_dialect == Dialect::Sqlite)
        return exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (auto begun = exec(QStringLiteral("BEGIN")); !begun)
        return begun;
    if (locking == Locking::Exclusive)
        return exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriterLock));
    return exec(QStringLiteral("SET LOCAL synchronous_commit TO OFF"));
}

Result<void> Database::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void Database::rollback()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace pd
