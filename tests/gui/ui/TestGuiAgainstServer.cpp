// The desktop app against the real reference server (privacy-api-server on 127.0.0.1:0, real
// HTTPS): it starts populated, a toggle in the GUI is what privacy-dashboard-cli then reads,
// and a change made with the CLI shows in the GUI after a refresh (F5).

#include "Clock.h"
#include "ConnectionSettings.h"
#include "MainWindow.h"
#include "OptOutController.h"
#include "OptOutPage.h"
#include "PolicyLoader.h"
#include "ToggleSwitch.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

const QString BinDir = QStringLiteral(PD_BINARY_DIR "/bin");

// privacy-api-server --demo on 127.0.0.1:0 in a fresh directory, for the length of one test.
class ReferenceServer final
{
public:
    ReferenceServer()
    {
        m_process.setProgram(BinDir + QStringLiteral("/privacy-api-server"));
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
    ~ReferenceServer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    bool ok() const { return m_url.isValid(); }
    ConnectionSettings connection() const
    {
        return ConnectionSettings{ConnectionSettings::Kind::Server, m_url, dataDir() + QStringLiteral("/tls/ca.pem"),
                                  dataDir() + QStringLiteral("/demo-token")};
    }
    // Runs privacy-dashboard-cli against this server; returns exit code and stdout.
    std::pair<int, QString> cli(const QStringList &command) const
    {
        const ConnectionSettings settings = connection();
        QProcess process;
        process.start(BinDir + QStringLiteral("/privacy-dashboard-cli"),
                      QStringList{QStringLiteral("--server"), m_url.toString(), QStringLiteral("--ca-file"),
                                  settings.caFile, QStringLiteral("--token-file"), settings.tokenFile} +
                          command);
        process.waitForFinished(20000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
    }

private:
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
};

} // namespace

class TestGuiAgainstServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Result<Policy> policy = PolicyLoader::bundled();
        QVERIFY(policy.ok());
        m_policy = policy.value();
    }

    void guiAndCliAgreeThroughTheServer()
    {
        ReferenceServer server;
        QVERIFY2(server.ok(), "privacy-api-server did not start");
        MainWindow window(m_policy, m_clock);
        window.resize(1200, 800);
        window.show();
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        QVERIFY(window.openConnection(server.connection(), false));
        QVERIFY(shown.wait(20000));

        // Every page populated from the server.
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("memberName"))->text(), QStringLiteral("Alex Morgan"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("sourceValue"))
                    ->text()
                    .contains(server.connection().serverUrl.host()));
        QVERIFY(window.findChild<QTableView *>(QStringLiteral("categoriesTable"))->model()->rowCount() >= 10);
        for (int index = 0; index < MainWindow::PageCount; ++index)
            QCOMPARE(window.page(index)->state(), Page::State::Content);
        auto *toggle = window.findChild<ToggleSwitch *>(QStringLiteral("trainingSwitch"));
        auto *page = window.findChild<OptOutPage *>(QStringLiteral("optOutPage"));
        QVERIFY(!toggle->isChecked()); // the demo member opted out
        QVERIFY(toggle->isEnabled());

        // GUI: training back on (no confirmation needed for that direction) → the CLI sees it.
        window.showPage(MainWindow::OptOutIndex);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(page->controller()->phase(), OptOutController::Phase::Pending);
        QTRY_COMPARE_WITH_TIMEOUT(page->controller()->phase(), OptOutController::Phase::Confirmed, 20000);
        QVERIFY(toggle->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 20000); // refreshed after the confirmation
        auto [code, out] = server.cli({QStringLiteral("opt-out"), QStringLiteral("status")});
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral(": ON")), qPrintable(out));

        // CLI: opt out again → the GUI shows it after F5.
        std::tie(code, out) = server.cli({QStringLiteral("opt-out"), QStringLiteral("on")});
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY(toggle->isChecked()); // nothing changes by itself
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 3, 20000);
        QVERIFY(!toggle->isChecked());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("statusTitle"))->text().contains(QStringLiteral("OFF")));
    }

private:
    Policy m_policy;
    SystemClock m_clock;
};

QTEST_MAIN(TestGuiAgainstServer)
#include "TestGuiAgainstServer.moc"
