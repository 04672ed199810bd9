#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <optional>
#include <utility>

namespace pd::test {

// privacy-api-server --demo on 127.0.0.1:0 in a fresh directory, for the length of one test,
// and privacy-dashboard-cli pointed at it to read what the server holds. Both executables are
// taken from `binDir` (the build's bin folder). Killed when destroyed.
class ReferenceServer final
{
public:
    explicit ReferenceServer(const QString &binDir);
    ~ReferenceServer();
    ReferenceServer(const ReferenceServer &) = delete;
    ReferenceServer &operator=(const ReferenceServer &) = delete;

    bool ok() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }
    QString caFile() const { return dataDir() + QStringLiteral("/tls/ca.pem"); }
    QString tokenFile() const { return dataDir() + QStringLiteral("/demo-token"); }

    // Runs privacy-dashboard-cli against this server (blocking; no event loop runs meanwhile);
    // returns its exit code and stdout.
    std::pair<int, QString> cli(const QStringList &command) const;
    // The opt-out state the server holds (`--json opt-out status`); nullopt if it cannot be read.
    std::optional<bool> optedOut() const;

private:
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }

    QString m_binDir;
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
};

} // namespace pd::test
