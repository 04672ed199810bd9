// Signing in from the desktop app against the real reference server (issue 16): the Connect
// dialog's "Sign in with browser" button (clicked with the mouse, then pressed through its
// accessible action), the browser hook (DesktopServices) replaced by the test's browser
// (support/OAuthBrowser: it signs in with the demo credentials over HTTPS and follows the redirect
// to the app's loopback receiver), the dashboard loading the member's data with the new token,
// and File › Sign out.

#include "core/Clock.h"
#include "core/MemberRecord.h"
#include "net/OAuthTokens.h"
#include "net/TokenProvider.h"
#include "secrets/SecretStore.h"
#include "sources/SourceOpener.h"
#include "support/AccessibleActions.h"
#include "support/GuiTestStart.h"
#include "support/OAuthBrowser.h"
#include "support/ReferenceServer.h"
#include "ui/ConnectDialog.h"
#include "ui/DesktopServices.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace pd;
using namespace pd::test;

class TestGuiSignIn final : public QObject
{
    Q_OBJECT

private:
    ConnectDialog *openConnectDialog(MainWindow &window, const ReferenceServer &server)
    {
        window.findChild<QAction *>(QStringLiteral("actionConnect"))->trigger();
        if (!QTest::qWaitFor([&window] { return window.findChild<ConnectDialog *>() != nullptr; }, 5000))
            return nullptr;
        auto *dialog = window.findChild<ConnectDialog *>();
        if (!dialog)
            return nullptr;
        dialog->findChild<QRadioButton *>(QStringLiteral("serverRadio"))->setChecked(true);
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"));
        url->clear();
        QTest::keyClicks(url, server.url().toString());
        auto *ca = dialog->findChild<QLineEdit *>(QStringLiteral("caFileEdit"));
        ca->clear();
        QTest::keyClicks(ca, server.caFile());
        dialog->findChild<QLineEdit *>(QStringLiteral("tokenFileEdit"))->clear();
        return dialog;
    }

    // The browser's part, once the app handed it the link.
    bool browse(const ReferenceServer &server, const QUrl &link)
    {
        QFile passwordFile(server.passwordFile());
        if (!passwordFile.open(QIODevice::ReadOnly))
            return false;
        OAuthBrowser browser(server.caFile());
        const OAuthBrowser::Page redirect =
            browser.signIn(link, loadDemoMember().value().email, QString::fromLatin1(passwordFile.readAll()));
        if (redirect.status != 302)
            return false;
        return OAuthBrowser::visitLoopback(QUrl(QString::fromLatin1(redirect.location))).status == 200;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startGuiTest(&m_policy)); }
    void cleanup() { DesktopServices::setUrlHandler({}); }

    void signInFromTheConnectDialogLoadsTheMember()
    {
        ReferenceServer server;
        QVERIFY2(server.ok(), "privacy-api-server did not start");
        QList<QUrl> opened;
        DesktopServices::setUrlHandler([&opened](const QUrl &url) { opened.append(url); });
        MainWindow window(m_policy, m_clock);
        window.resize(1280, 800);
        window.show();
        QSignalSpy shown(&window, &MainWindow::summaryShown);

        // 1. The real button, clicked.
        ConnectDialog *dialog = openConnectDialog(window, server);
        QVERIFY(dialog);
        auto *signIn = dialog->findChild<QPushButton *>(QStringLiteral("signInButton"));
        QVERIFY(signIn && signIn->isEnabled());
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 5000);
        auto *signInDialog = window.findChild<SignInDialog *>();
        QVERIFY(signInDialog && signInDialog->isVisible());
        // The fallback: the link is there to select and copy.
        QCOMPARE(signInDialog->link(), opened.constFirst().toString(QUrl::FullyEncoded));
        QTest::mouseClick(signInDialog->findChild<QPushButton *>(QStringLiteral("copyLinkButton")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), signInDialog->link());
        // The window is not frozen while it waits: the event loop runs the browser's requests here.
        QVERIFY(browse(server, opened.constFirst()));
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 1, 20000);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("memberName"))->text(), QStringLiteral("Alex Morgan"));
        QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("accountStatus"))->text(),
                     QStringLiteral("Signed in as Alex Morgan"));
        // The tokens are in the secret store only: no file the app wrote holds them or the member's name.
        const auto secret = sessionSecretStore()->read(TokenProvider::secretName(server.url()));
        QVERIFY(secret.ok() && secret->has_value());
        const std::optional<OAuthTokens> tokens = OAuthTokens::fromSecret(**secret);
        QVERIFY(tokens.has_value());
        QSettings().sync();
        QByteArray written;
        for (const QString &root :
             {server.appDataDir(), QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
              QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
              QString(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/") +
                      QCoreApplication::organizationName())}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly))
                    written += file.readAll();
            }
        }
        QVERIFY2(!written.isEmpty(), "the app wrote no file to look into");
        QVERIFY(!written.contains(tokens->accessToken));
        QVERIFY(!written.contains(tokens->refreshToken));
        QVERIFY(!written.contains("Alex Morgan"));

        auto *signOut = window.findChild<QAction *>(QStringLiteral("actionSignOut"));
        QVERIFY(signOut->isEnabled());

        // Signed out from the File menu: the pages say so, the sign-in is gone.
        signOut->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window.findChild<QLabel *>(QStringLiteral("accountStatus"))->text(), QString(),
                                  10000);
        QVERIFY(!signOut->isEnabled());

        // 2. The same button through its accessible Press action.
        dialog = openConnectDialog(window, server);
        QVERIFY(dialog);
        signIn = dialog->findChild<QPushButton *>(QStringLiteral("signInButton"));
        QCOMPARE(pressAccessiblyAndWait(signIn), QString());
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 5000);
        QVERIFY(opened.at(1) != opened.at(0)); // a fresh state and challenge
        const int before = int(shown.size());
        QVERIFY(browse(server, opened.at(1)));
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() > before, 20000);
        QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("accountStatus"))->text(),
                     QStringLiteral("Signed in as Alex Morgan"));
        auto *account = window.findChild<QLabel *>(QStringLiteral("accountStatus"));
        QTRY_VERIFY(account->width() >= account->sizeHint().width()); // shown whole, not cut off
        if (!qEnvironmentVariableIsEmpty("PD_SIGNIN_SCREENSHOT"))
            window.grab().save(qEnvironmentVariable("PD_SIGNIN_SCREENSHOT"));
    }

    void cancelStopsTheWait()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        QList<QUrl> opened;
        DesktopServices::setUrlHandler([&opened](const QUrl &url) { opened.append(url); });
        SourceSpec spec = SourceSpec::server(server.url(), server.caFile(), {});
        SignInDialog dialog(spec);
        dialog.show();
        dialog.start();
        QTRY_COMPARE(opened.size(), 1);
        const QUrl callback(QStringLiteral("http://127.0.0.1:%1/callback")
                                .arg(QUrlQuery(opened.constFirst())
                                         .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
                                         .section(u':', 2)
                                         .section(u'/', 0, 0)));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("cancelSignInButton")), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        // The receiver is closed: nothing answers the callback address any more.
        QTRY_COMPARE_WITH_TIMEOUT(OAuthBrowser::visitLoopback(callback, 1000).status, 0, 5000);
    }

private:
    Policy m_policy;
    SystemClock m_clock;
};

QTEST_MAIN(TestGuiSignIn)
#include "TestGuiSignIn.moc"
