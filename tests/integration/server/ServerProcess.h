#pragma once

// The real privacy-api-server executable on a free loopback port, for the server's integration
// tests: started with its own data directory, its log collected, stopped with SIGTERM or killed.
#include "support/TestDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>

namespace pd::test {

inline const QString ServerPath = QStringLiteral(PD_BINARY_DIR "/bin/privacy-api-server");

// One running privacy-api-server with its own data directory and log.
class ServerProcess final
{
public:
    explicit ServerProcess(QString dataDir, QString databaseUrl = testDatabaseUrl())
        : m_dataDir(std::move(dataDir))
        , m_databaseUrl(std::move(databaseUrl))
    {}
    ~ServerProcess() { kill(); }

    bool start(const QStringList &extraArguments)
    {
        m_stdout.clear();
        m_process = std::make_unique<QProcess>();
        QObject::connect(m_process.get(), &QProcess::readyReadStandardError,
                         [this] { m_log += m_process->readAllStandardError(); });
        m_process->start(ServerPath, QStringList{QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--listen"),
                                                 QStringLiteral("127.0.0.1:0")} +
                                         databaseArguments() + extraArguments);
        if (!m_process->waitForStarted(5000))
            return false;
        static const QRegularExpression listening(QStringLiteral(R"(listening on (https://127\.0\.0\.1:(\d+))\n)"));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 15000) {
            m_process->waitForReadyRead(100);
            m_stdout += m_process->readAllStandardOutput();
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_stdout));
            if (match.hasMatch()) {
                m_baseUrl = match.captured(1);
                return true;
            }
            if (m_process->state() == QProcess::NotRunning)
                return false;
        }
        return false;
    }

    // SIGTERM, then the exit code (or -1 when it did not exit in time or crashed).
    int terminate()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return -1;
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            return -1;
        m_log += m_process->readAllStandardError();
        return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    }

    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }

    QString log()
    {
        if (m_process)
            m_log += m_process->readAllStandardError();
        return QString::fromUtf8(m_log);
    }
    const QString &baseUrl() const { return m_baseUrl; }
    const QString &databaseUrl() const { return m_databaseUrl; } // empty: SQLite
    QStringList databaseArguments() const
    {
        return m_databaseUrl.isEmpty() ? QStringList() : QStringList{QStringLiteral("--database"), m_databaseUrl};
    }
    qint64 processId() const { return m_process ? m_process->processId() : 0; }
    quint16 port() const { return static_cast<quint16>(m_baseUrl.section(u':', -1).toUInt()); }
    QString file(const QString &name) const { return QDir(m_dataDir).filePath(name); }

private:
    QString m_dataDir;
    QString m_databaseUrl;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdout;
    QByteArray m_log;
    QString m_baseUrl;
};

} // namespace pd::test
