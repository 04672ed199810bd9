#include "support/ReferenceServer.h"

#include "support/TestDatabase.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pd::test {

namespace {
const QString BinDir = QStringLiteral(PD_BINARY_DIR "/bin");
}

ReferenceServer::ReferenceServer(bool sqliteOnly, QStringList extraArguments)
    : m_databaseUrl(sqliteOnly ? QString() : testDatabaseUrl())
    , m_extraArguments(std::move(extraArguments))
{
    // Every test gets its own outbox: nothing one test left waiting reaches another.
    useAppDataDirHere();
    startOn(QStringLiteral("127.0.0.1:0"));
}

ReferenceServer::ReferenceServer(const QStringList &extraArguments)
    : m_extraArguments(extraArguments)
{
    useAppDataDirHere();
    startOn(QStringLiteral("127.0.0.1:0"));
}

ReferenceServer::~ReferenceServer()
{
    stop();
}

bool ReferenceServer::startOn(const QString &listen)
{
    m_process.setProgram(BinDir + QStringLiteral("/privacy-api-server"));
    QStringList arguments{QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--listen"), listen,
                          QStringLiteral("--demo")};
    if (!m_databaseUrl.isEmpty())
        arguments << QStringLiteral("--database") << m_databaseUrl;
    arguments += m_extraArguments;
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    static const QRegularExpression listening(QStringLiteral("listening on (https://\\S+)"));
    QElapsedTimer waited;
    waited.start();
    QByteArray out;
    while (waited.elapsed() < 15000 && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
    }
    return false;
}

void ReferenceServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool ReferenceServer::start()
{
    if (m_process.state() != QProcess::NotRunning)
        return true;
    // The same port, so the URL (and with it the outbox's key) stays the same.
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 10000) {
        if (startOn(QStringLiteral("127.0.0.1:%1").arg(m_url.port())))
            return true;
        m_process.waitForFinished(1000);
    }
    return false;
}

SourceSpec ReferenceServer::connection() const
{
    return SourceSpec::server(m_url, caFile(), tokenFile());
}

std::optional<bool> ReferenceServer::optedOut() const
{
    const CliRun run = cli({QStringLiteral("--json"), QStringLiteral("opt-out"), QStringLiteral("status")});
    const QJsonValue optedOut = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("optedOut"));
    if (run.exitCode != 0 || !optedOut.isBool())
        return std::nullopt;
    return optedOut.toBool();
}

void ReferenceServer::useAppDataDirHere() const
{
    qputenv("PRIVACY_DASHBOARD_DATA_DIR", appDataDir().toUtf8());
}

ReferenceServer::CliRun ReferenceServer::runCli(const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PRIVACY_DASHBOARD_DATA_DIR"), appDataDir());
    environment.insert(QStringLiteral("no_proxy"), QStringLiteral("*"));
    process.setProcessEnvironment(environment);
    process.start(BinDir + QStringLiteral("/privacy-dashboard-cli"), arguments);
    process.waitForFinished(timeoutMs);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

ReferenceServer::CliRun ReferenceServer::cli(const QStringList &command) const
{
    const SourceSpec spec = connection();
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PRIVACY_DASHBOARD_DATA_DIR"), appDataDir());
    environment.insert(QStringLiteral("no_proxy"), QStringLiteral("*"));
    process.setProcessEnvironment(environment);
    process.start(BinDir + QStringLiteral("/privacy-dashboard-cli"),
                  QStringList{QStringLiteral("--server"), m_url.toString(), QStringLiteral("--ca-file"), spec.caFile,
                              QStringLiteral("--token-file"), spec.tokenFile} +
                      command);
    process.waitForFinished(20000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace pd::test
