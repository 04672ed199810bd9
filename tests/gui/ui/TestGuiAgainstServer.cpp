// The desktop app against the real reference server (privacy-api-server on 127.0.0.1:0, real
// HTTPS): it starts populated, a toggle in the GUI is what privacy-dashboard-cli then reads,
// and a change made with the CLI shows in the GUI after a refresh (F5).

#include "core/Clock.h"
#include "support/GuiTestStart.h"
#include "support/ReferenceServer.h"
#include "ui/ConfirmOptInDialog.h"
#include "ui/MainWindow.h"
#include "ui/OptOutController.h"
#include "ui/OptOutPage.h"
#include "ui/RememberedSource.h"
#include "ui/ToggleSwitch.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestGuiAgainstServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startGuiTest(&m_policy)); }

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
        // The items page fills from its own paged endpoint, a moment after the summary.
        for (int index = 0; index < MainWindow::PageCount; ++index)
            QTRY_COMPARE_WITH_TIMEOUT(window.page(index)->state(), Page::State::Content, 20000);
        auto *toggle = window.findChild<ToggleSwitch *>(QStringLiteral("trainingSwitch"));
        auto *page = window.findChild<OptOutPage *>(QStringLiteral("optOutPage"));
        QVERIFY(!toggle->isChecked()); // the demo member opted out
        QVERIFY(toggle->isEnabled());

        // GUI: training back on → asked first, with the member's figure; nothing is sent before
        // the member confirms → then the CLI sees it.
        window.showPage(MainWindow::OptOutIndex);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_VERIFY(page->confirmOptInDialog());
        QVERIFY2(page->confirmOptInDialog()->text().contains(QStringLiteral("would become available for training")),
                 qPrintable(page->confirmOptInDialog()->text()));
        QCOMPARE(page->controller()->phase(), OptOutController::Phase::Idle);
        QVERIFY(server.cli({QStringLiteral("opt-out"), QStringLiteral("status")}).out.contains(QStringLiteral("OFF")));
        QTest::mouseClick(page->confirmOptInDialog()->confirmButton(), Qt::LeftButton);
        QCOMPARE(page->controller()->phase(), OptOutController::Phase::Pending);
        QTRY_COMPARE_WITH_TIMEOUT(page->controller()->phase(), OptOutController::Phase::Confirmed, 20000);
        QVERIFY(toggle->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 20000); // refreshed after the confirmation
        ReferenceServer::CliRun status = server.cli({QStringLiteral("opt-out"), QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(QStringLiteral(": ON")), qPrintable(status.out));

        // CLI: opt out again → the GUI shows it after F5.
        const ReferenceServer::CliRun optOut = server.cli({QStringLiteral("opt-out"), QStringLiteral("on")});
        QVERIFY2(optOut.exitCode == 0, qPrintable(optOut.err));
        QVERIFY(toggle->isChecked()); // nothing changes by itself
        window.activateWindow();      // the confirmation dialog had the focus
        QVERIFY(QTest::qWaitForWindowActive(&window));
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
