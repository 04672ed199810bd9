#include "ReferenceServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pd::test {

ReferenceServer::ReferenceServer(const QString &binDir)
    : m_binDir(binDir)
{
    m_process.setProgram(m_binDir + QStringLiteral("/privacy-api-server"));
    m_process.setArguments({QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0"), QStringLiteral("--demo")});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
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
            break;
        }
    }
}

ReferenceServer::~ReferenceServer()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

std::pair<int, QString> ReferenceServer::cli(const QStringList &command) const
{
    QProcess process;
    process.start(m_binDir + QStringLiteral("/privacy-dashboard-cli"),
                  QStringList{QStringLiteral("--server"), m_url.toString(), QStringLiteral("--ca-file"), caFile(),
                              QStringLiteral("--token-file"), tokenFile()} +
                      command);
    if (!process.waitForFinished(20000))
        process.kill();
    process.waitForFinished(1000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput())};
}

std::optional<bool> ReferenceServer::optedOut() const
{
    const auto [code, out] = cli({QStringLiteral("--json"), QStringLiteral("opt-out"), QStringLiteral("status")});
    const QJsonObject status = QJsonDocument::fromJson(out.toUtf8()).object();
    if (code != 0 || !status.value(QStringLiteral("optedOut")).isBool())
        return std::nullopt;
    return status.value(QStringLiteral("optedOut")).toBool();
}

} // namespace pd::test
