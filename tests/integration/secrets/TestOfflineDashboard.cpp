// The encrypted offline cache end to end, against the real keychain (GNOME Keyring on a private
// D-Bus, scripts/with-test-keyring.sh) and the real reference server over HTTPS: the desktop app
// and the CLI keep the member's summary and remembered source encrypted, show it "as of …
// (offline)" when the server is gone (the opt-out switch disabled, unconfirmed), and no file the
// app wrote holds the member's name, the token or the refresh token in clear. Sign-out's
// forgetEverything then leaves no trace of the member's id either.

#include "core/Clock.h"
#include "sources/OfflineCache.h"
#include "support/AccessibleActions.h"
#include "support/GuiTestStart.h"
#include "support/ReferenceServer.h"
#include "ui/MainWindow.h"
#include "ui/OptOutController.h"
#include "ui/OptOutPage.h"
#include "ui/RememberedSource.h"
#include "ui/Settings.h"
#include "ui/ToggleSwitch.h"

#include <QAccessibleActionInterface>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

QString label(const MainWindow &window, const QString &name)
{
    const auto *found = window.findChild<QLabel *>(name);
    return found ? found->text() : QString();
}

// Every file under `folders` that holds any of `needles`: as UTF-8, UTF-16 or base64.
QStringList filesHolding(const QStringList &folders, const QList<QByteArray> &needles, int *filesSeen)
{
    QStringList found;
    for (const QString &folder : folders) {
        for (QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
             it.hasNext();) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++*filesSeen;
            const QByteArray bytes = file.readAll();
            for (const QByteArray &needle : needles) {
                const QString text = QString::fromUtf8(needle);
                const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
                if (bytes.contains(needle) || bytes.contains(utf16) || bytes.contains(needle.toBase64()))
                    found << file.fileName() + QStringLiteral(": ") + text;
            }
        }
    }
    return found;
}

} // namespace

class TestOfflineDashboard final : public QObject
{
    Q_OBJECT

    Policy m_policy;
    SystemClock m_clock;
    QString m_cacheDir;

    std::unique_ptr<MainWindow> openWindow(OfflineCache &cache)
    {
        auto window = std::make_unique<MainWindow>(m_policy, m_clock);
        window->setOfflineCache(&cache);
        window->resize(1200, 800);
        window->show();
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run me through scripts/with-test-keyring.sh (ctest does)");
        QVERIFY(test::startGuiTest(&m_policy));
        // The CLI (another process, not in QStandardPaths' test mode) and this process share it.
        m_cacheDir = QDir::homePath() + QStringLiteral("/.cache/org.privacydashboard.PrivacyDashboard");
        qputenv("PRIVACY_DASHBOARD_CACHE_DIR", QFile::encodeName(m_cacheDir));
    }

    void offlineAsOfAndNothingInClear()
    {
        ReferenceServer server;
        QVERIFY2(server.ok(), "privacy-api-server did not start");
        server.useAppDataDirHere();
        const SourceSpec spec = server.connection();
        QFile tokenFile(server.tokenFile());
        QVERIFY(tokenFile.open(QIODevice::ReadOnly));
        const QByteArray token = tokenFile.readAll().trimmed();
        QVERIFY(token.size() >= 16);
        // The token file is the member's own (--token-file); what the app writes is what we check.
        const QByteArray refresh = "refresh-" + QByteArray::number(QRandomGenerator::system()->generate64(), 16) +
                                   QByteArray::number(QRandomGenerator::system()->generate64(), 16);

        // First run: the keychain answers, the cache is on; the sign-in keeps its tokens there.
        auto cache = OfflineCache::openSystem();
        QVERIFY2(cache->isOn(), qPrintable(cache->limitation()));
        const QString tokenName = QStringLiteral("oauth/") + spec.serverUrl.host();
        QVERIFY(cache->secrets()
                    .write(tokenName,
                           QJsonDocument(QJsonObject{{QStringLiteral("access_token"), QString::fromUtf8(token)},
                                                     {QStringLiteral("refresh_token"), QString::fromUtf8(refresh)}})
                               .toJson(QJsonDocument::Compact))
                    .ok());
        QString memberName;
        {
            auto window = openWindow(*cache);
            QSignalSpy shown(window.get(), &MainWindow::summaryShown);
            QVERIFY(window->openConnection(spec, true));
            QVERIFY(shown.wait(20000));
            QVERIFY(!window->isShowingCachedSummary());
            memberName = label(*window, QStringLiteral("memberName"));
            QCOMPARE(memberName, QStringLiteral("Alex Morgan"));
            QVERIFY(window->findChild<ToggleSwitch *>(QStringLiteral("trainingSwitch"))->isEnabled());
            window->close(); // writes the settings (geometry, page)
        }
        // The CLI's summary, kept too; an opt-out through the outbox.
        const ReferenceServer::CliRun online =
            server.cli({QStringLiteral("--json"), QStringLiteral("summary"), QStringLiteral("--offline-ok")});
        QCOMPARE(online.exitCode, 0);
        const QJsonObject onlineJson = QJsonDocument::fromJson(online.out.toUtf8()).object();
        QVERIFY(!onlineJson.value(QStringLiteral("source")).toObject().value(QStringLiteral("stale")).toBool());
        const QString memberId =
            onlineJson.value(QStringLiteral("member")).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!memberId.isEmpty());
        QCOMPARE(server.cli({QStringLiteral("opt-out"), QStringLiteral("off")}).exitCode, 0);

        // Second run, the server gone: the remembered source and its summary come from the cache.
        server.stop();
        cache = OfflineCache::openSystem(); // the key from the keychain, as at a new start
        QVERIFY(cache->isOn());
        const SourceSpec remembered = RememberedSource::load(cache.get());
        QVERIFY(remembered == spec);
        QVERIFY(Settings::value(Settings::Key::ServerUrl).toString().isEmpty()); // not in the settings
        {
            auto window = openWindow(*cache);
            QSignalSpy offline(window.get(), &MainWindow::offlineSummaryShown);
            QVERIFY(window->openConnection(remembered, false));
            // At once, before the server could answer: the cached summary.
            QVERIFY(window->isShowingCachedSummary());
            QCOMPARE(label(*window, QStringLiteral("memberName")), memberName);
            QVERIFY2(label(*window, QStringLiteral("sourceStatus")).contains(QStringLiteral("kept on this computer")),
                     qPrintable(label(*window, QStringLiteral("sourceStatus"))));
            QVERIFY(offline.wait(60000));
            const QString status = label(*window, QStringLiteral("sourceStatus"));
            QVERIFY2(status.startsWith(QStringLiteral("As of ")) && status.contains(QStringLiteral("(offline)")),
                     qPrintable(status));
            QCOMPARE(window->page(MainWindow::OverviewIndex)->state(), Page::State::Content);
            QVERIFY(label(*window, QStringLiteral("statusDetail")).contains(QStringLiteral("(offline)")));
            QVERIFY(label(*window, QStringLiteral("statusDetail")).contains(QStringLiteral("not confirmed")));

            // The switch: disabled, said to be unconfirmed, and neither a click nor the
            // accessible toggle asks to change it.
            window->showPage(MainWindow::OptOutIndex);
            auto *toggle = window->findChild<ToggleSwitch *>(QStringLiteral("trainingSwitch"));
            auto *page = window->findChild<OptOutPage *>(QStringLiteral("optOutPage"));
            QVERIFY(!toggle->isEnabled());
            QVERIFY(label(*window, QStringLiteral("confirmedLabel")).startsWith(QStringLiteral("Not confirmed now")));
            QVERIFY(!label(*window, QStringLiteral("confirmedLabel")).contains(QStringLiteral("Confirmed by")));
            const bool before = toggle->isChecked();
            QTest::mouseClick(toggle, Qt::LeftButton);
            (void)test::doAccessibleAction(toggle, QAccessibleActionInterface::toggleAction());
            (void)test::doAccessibleAction(toggle, QAccessibleActionInterface::pressAction());
            QTest::qWait(300);
            QVERIFY(!page->confirmDialog());
            QCOMPARE(page->controller()->phase(), OptOutController::Phase::Idle);
            QCOMPARE(toggle->isChecked(), before);
            window->close();
        }
        // The CLI offline: with --offline-ok the kept summary, marked; without, exit 3 as ever.
        const ReferenceServer::CliRun kept = server.cli({QStringLiteral("summary"), QStringLiteral("--offline-ok")});
        QCOMPARE(kept.exitCode, 0);
        QVERIFY2(kept.out.contains(QStringLiteral(" (offline)\n")), qPrintable(kept.out));
        QVERIFY(kept.out.contains(memberName));
        QVERIFY2(kept.err.contains(QStringLiteral(": offline (cannot connect")), qPrintable(kept.err));
        const ReferenceServer::CliRun keptJson =
            server.cli({QStringLiteral("--json"), QStringLiteral("summary"), QStringLiteral("--offline-ok")});
        QCOMPARE(keptJson.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(keptJson.out.toUtf8())
                    .object()
                    .value(QStringLiteral("source"))
                    .toObject()
                    .value(QStringLiteral("stale"))
                    .toBool());
        QCOMPARE(server.cli({QStringLiteral("summary")}).exitCode, 3);

        // The grep: every file under the app's folders and the whole home (settings, cache,
        // outbox, the keyring's own file): no name, no token, no refresh token in clear.
        QSettings().sync();
        const QStringList folders{QDir::homePath(), server.appDataDir()};
        int files = 0;
        const QStringList leaks = filesHolding(folders, {memberName.toUtf8(), token, refresh}, &files);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        QVERIFY2(files >= 4, qPrintable(QString::number(files))); // settings, cache entries, keyring
        QVERIFY(!QDir(m_cacheDir).entryList(QDir::Files).isEmpty());
        qInfo("grep: %d files, none holds the name, the token or the refresh token", files);

        // Sign-out: tokens, key, cache and outbox gone; not even the member's id remains.
        RememberedSource::forget(cache.get());
        const Result<void> forgotten = cache->forgetEverything({tokenName});
        QVERIFY2(forgotten.ok(), forgotten.ok() ? "" : qPrintable(forgotten.error().message));
        QVERIFY(!QFileInfo::exists(m_cacheDir));
        QCOMPARE(cache->secrets().read(QStringLiteral("cache-key")).value(), std::nullopt);
        QCOMPARE(cache->secrets().read(tokenName).value(), std::nullopt);
        QVERIFY(!cache->isOn());
        files = 0;
        const QStringList traces =
            filesHolding(folders, {memberName.toUtf8(), memberId.toUtf8(), token, refresh}, &files);
        QVERIFY2(traces.isEmpty(), qPrintable(traces.join(u'\n')));
        QVERIFY(RememberedSource::load(cache.get()).kind == SourceSpec::Kind::None);
    }
};

QTEST_MAIN(TestOfflineDashboard)
#include "TestOfflineDashboard.moc"
