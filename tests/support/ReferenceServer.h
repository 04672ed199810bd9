#pragma once

#include "sources/SourceSpec.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <optional>
#include <utility>

namespace pd::test {

// privacy-api-server --demo on 127.0.0.1 in a fresh directory, for the length of one test, and
// privacy-dashboard-cli against it. The server can be stopped and started again on the same
// port with the same data (a server that went away and came back). The client side's data folder
// (outbox) is appDataDir(): the CLI gets it through PRIVACY_DASHBOARD_DATA_DIR, and the
// constructor points this process (a GUI test) at the same folder (useAppDataDirHere()).
class ReferenceServer final
{
public:
    // Started; check ok(). On a fresh PostgreSQL database when PD_TEST_POSTGRES_URL is set
    // (TestDatabase.h) and sqliteOnly is false; else SQLite in dataDir().
    // extraArguments go to privacy-api-server (e.g. --oauth-lifetimes).
    explicit ReferenceServer(bool sqliteOnly = false, QStringList extraArguments = {});
    // With more server arguments (--linkedin-emulation ...); SQLite.
    explicit ReferenceServer(const QStringList &extraArguments);
    ~ReferenceServer();
    ReferenceServer(const ReferenceServer &) = delete;
    ReferenceServer &operator=(const ReferenceServer &) = delete;

    bool ok() const { return m_url.isValid() && m_process.state() == QProcess::Running; }
    const QUrl &url() const { return m_url; }
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }
    QString appDataDir() const { return m_dir.path() + QStringLiteral("/app-data"); }
    QString caFile() const { return dataDir() + QStringLiteral("/tls/ca.pem"); }
    QString tokenFile() const { return dataDir() + QStringLiteral("/demo-token"); }
    QString passwordFile() const { return dataDir() + QStringLiteral("/demo-password"); } // sign-in
    SourceSpec connection() const;
    // The opt-out state the server holds (`--json opt-out status`); nullopt if it cannot be read.
    std::optional<bool> optedOut() const;

    // Kills the server (no answer at all: connections are refused) and starts it again on the
    // same port with the same database.
    void stop();
    bool start();

    void useAppDataDirHere() const;

    struct CliRun {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Runs privacy-dashboard-cli --server URL --ca-file … --token-file … COMMAND (20 s at most).
    CliRun cli(const QStringList &command) const;
    // Runs privacy-dashboard-cli with exactly these arguments, in this server's client environment.
    CliRun runCli(const QStringList &arguments, int timeoutMs = 20000) const;
    // --linkedin-emulation: the token file of a scenario ("member", "expired", ...).
    QString linkedInTokenFile(const QString &scenario) const
    {
        return dataDir() + QStringLiteral("/linkedin/") + scenario + QStringLiteral("-token");
    }

private:
    bool startOn(const QString &listen);

    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    QString m_databaseUrl; // empty: SQLite
    QStringList m_extraArguments;
};

} // namespace pd::test
