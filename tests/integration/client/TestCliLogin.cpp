// `privacy-dashboard-cli login` then `summary` without --token-file, then `logout` (issue 16), against
// the real reference server, with a real Secret Service (scripts/with-test-keyring.sh: GNOME Keyring
// on a private D-Bus). The test is the browser (support/OAuthBrowser). Afterwards no token, code or
// the member's name is in any file the CLI wrote, nor a token in its stdout or stderr.
#include "core/MemberRecord.h"
#include "net/CurlTransport.h"
#include "net/OAuthTokens.h"
#include "net/TokenProvider.h"
#include "secrets/SecretStore.h"
#include "support/OAuthBrowser.h"
#include "support/ReferenceServer.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace pd;
using pd::test::OAuthBrowser;
using pd::test::ReferenceServer;

class TestCliLogin final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home; // XDG folders of the CLI: settings, data, cache

    QProcessEnvironment environment(const ReferenceServer &server) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PRIVACY_DASHBOARD_TOKEN"));
        env.insert(QStringLiteral("PRIVACY_DASHBOARD_DATA_DIR"), server.appDataDir());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.path() + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("no_proxy"), QStringLiteral("*"));
        return env;
    }

    void startCli(QProcess &process, const ReferenceServer &server, const QStringList &command) const
    {
        process.setProcessEnvironment(environment(server));
        process.start(QStringLiteral(PD_BINARY_DIR "/bin/privacy-dashboard-cli"),
                      QStringList{QStringLiteral("--server"), server.url().toString(), QStringLiteral("--ca-file"),
                                  server.caFile()} +
                          command);
    }

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run runCli(const ReferenceServer &server, const QStringList &command) const
    {
        QProcess process;
        startCli(process, server, command);
        process.waitForFinished(30000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    // Every file under the folders the CLI may write to.
    QByteArray everythingWritten(const ReferenceServer &server) const
    {
        QByteArray all;
        for (const QString &root : {server.appDataDir(), m_home.path()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly))
                    all += file.readAll();
            }
        }
        return all;
    }

private Q_SLOTS:
    void loginSummaryLogout()
    {
        std::unique_ptr<SecretStore> keychain = makeSystemSecretStore();
        if (!keychain->isPersistent())
            QSKIP("no Secret Service (run under scripts/with-test-keyring.sh)");
        const Result<MemberRecord> demo = loadDemoMember();
        QVERIFY(demo.ok());
        ReferenceServer server;
        QVERIFY(server.ok());
        QFile passwordFile(server.passwordFile());
        QVERIFY(passwordFile.open(QIODevice::ReadOnly));
        const QString password = QString::fromLatin1(passwordFile.readAll());

        // Without a sign-in and without a token: a clear authentication error.
        Run before = runCli(server, {QStringLiteral("summary")});
        QCOMPARE(before.exitCode, 4);
        QVERIFY2(before.err.contains("login"), before.err.constData());

        QProcess login;
        startCli(login, server, {QStringLiteral("login"), QStringLiteral("--no-browser")});
        QByteArray out;
        static const QRegularExpression address(QStringLiteral("(https://\\S+/oauth/authorize\\?\\S+)"));
        QRegularExpressionMatch match;
        QElapsedTimer waited;
        waited.start();
        while (!match.hasMatch() && waited.elapsed() < 20000 && login.state() != QProcess::NotRunning) {
            login.waitForReadyRead(200);
            out += login.readAllStandardOutput();
            match = address.match(QString::fromUtf8(out));
        }
        QVERIFY2(match.hasMatch(), out.constData());
        OAuthBrowser browser(server.caFile());
        const OAuthBrowser::Page redirect = browser.signIn(QUrl(match.captured(1)), demo->email, password);
        QCOMPARE(redirect.status, 302);
        const OAuthBrowser::Page page = OAuthBrowser::visitLoopback(QUrl(QString::fromLatin1(redirect.location)));
        QCOMPARE(page.status, 200);
        QVERIFY(login.waitForFinished(20000));
        out += login.readAllStandardOutput();
        const QByteArray loginErr = login.readAllStandardError();
        QCOMPARE(login.exitCode(), 0);
        QVERIFY2(out.contains("Signed in"), out.constData());

        // The tokens are in the keychain, and only there.
        const auto secret = keychain->read(TokenProvider::secretName(server.url()));
        QVERIFY(secret.ok() && secret->has_value());
        const std::optional<OAuthTokens> tokens = OAuthTokens::fromSecret(**secret);
        QVERIFY(tokens.has_value());

        Run summary = runCli(server, {QStringLiteral("--json"), QStringLiteral("summary")});
        QVERIFY2(summary.exitCode == 0, summary.err.constData());
        QCOMPARE(QJsonDocument::fromJson(summary.out)
                     .object()
                     .value(QStringLiteral("member"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 demo->member.name);

        const QByteArray code = QUrlQuery(QUrl(QString::fromLatin1(redirect.location)))
                                    .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded)
                                    .toLatin1();
        const QByteArray written = everythingWritten(server);
        for (const QByteArray &secretBytes : {tokens->accessToken, tokens->refreshToken, code, password.toLatin1()}) {
            QVERIFY(!secretBytes.isEmpty());
            QVERIFY(!out.contains(secretBytes));
            QVERIFY(!loginErr.contains(secretBytes));
            QVERIFY(!summary.out.contains(secretBytes));
            QVERIFY(!summary.err.contains(secretBytes));
            QVERIFY(!written.contains(secretBytes));
        }
        QVERIFY(!written.contains(demo->member.name.toUtf8()));

        Run logout = runCli(server, {QStringLiteral("logout")});
        QVERIFY2(logout.exitCode == 0, logout.err.constData());
        QVERIFY(logout.out.contains("Signed out"));
        const auto gone = keychain->read(TokenProvider::secretName(server.url()));
        QVERIFY(gone.ok() && !gone->has_value());
        // The outbox went with the sign-in (RELIABILITY P2 22).
        QVERIFY(!QDir(server.appDataDir() + QStringLiteral("/outbox")).exists());
        Run after = runCli(server, {QStringLiteral("summary")});
        QCOMPARE(after.exitCode, 4);
        // Revoked at the server too: the refresh token no longer works.
        CurlTransport transport(CurlTransport::Options{server.caFile()});
        std::unique_ptr<HttpReply> reply(transport.send(OAuthClient::refresh(server.url(), tokens->refreshToken)));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        QCOMPARE(reply->result().status, 400);
    }

    void loginWithoutKeychainRefusesAtOnce()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        QProcess process;
        QProcessEnvironment env = environment(server);
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path() + QStringLiteral("/no-runtime"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PD_BINARY_DIR "/bin/privacy-dashboard-cli"),
                      {QStringLiteral("--server"), server.url().toString(), QStringLiteral("--ca-file"),
                       server.caFile(), QStringLiteral("login"), QStringLiteral("--no-browser")});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 4);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("token-file"), err.constData());
        QVERIFY(!process.readAllStandardOutput().contains("/oauth/authorize"));
    }
};

QTEST_GUILESS_MAIN(TestCliLogin)
#include "TestCliLogin.moc"
