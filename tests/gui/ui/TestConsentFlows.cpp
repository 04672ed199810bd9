// Issue 9's promises, driven through the real main window against the real reference server
// over HTTPS on loopback, with privacy-dashboard-cli on the same server and the same outbox:
// turning training on asks first (with the member's own figure); a change that got no answer is
// never sent without the member's word (a waiting opt-in survives a restart unsent); a waiting
// change shows on the Opt-out page and the Overview card and can be cancelled there or with
// `opt-out cancel`; and the GUI and the CLI see each other's waiting changes.

#include "core/Clock.h"
#include "core/OptOutWording.h"
#include "support/AccessibleActions.h"
#include "support/GuiTestStart.h"
#include "support/ReferenceServer.h"
#include "ui/ConfirmOptInDialog.h"
#include "ui/ConfirmOptOutDialog.h"
#include "ui/MainWindow.h"
#include "ui/OptOutController.h"
#include "ui/OptOutPage.h"
#include "ui/PendingChangeBar.h"
#include "ui/ToggleSwitch.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

bool serverSaysTrainingIs(const ReferenceServer &server, bool on)
{
    const ReferenceServer::CliRun status = server.cli({QStringLiteral("opt-out"), QStringLiteral("status")});
    return status.exitCode == 0 && status.out.contains(on ? QStringLiteral("data: ON") : QStringLiteral("data: OFF"));
}

int historyLength(const ReferenceServer &server)
{
    const ReferenceServer::CliRun history = server.cli({QStringLiteral("history")});
    return int(history.out.count(QStringLiteral("confirmation")));
}

} // namespace

class TestConsentFlows final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startGuiTest(&m_policy)); }

    // Turning training on is the direction that cannot be undone: it asks, with the figure that
    // would become available, and declining (by mouse, Escape or a screen reader) sends nothing.
    void optInAsksWithTheMembersFigureAndCanBeDeclined()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        server.useAppDataDirHere();
        std::unique_ptr<MainWindow> window = openWindow(server);
        QVERIFY(window);
        const qint64 newlyAvailable = OptOutWording::itemsNewlyExposedByOptingIn(*window->summary());
        QVERIFY(newlyAvailable > 0);

        QTest::mouseClick(toggle(*window), Qt::LeftButton);
        ConfirmOptInDialog *dialog = page(*window)->confirmOptInDialog();
        QVERIFY(dialog);
        QVERIFY2(dialog->text().contains(QLocale().toString(newlyAvailable) +
                                         QStringLiteral(" of your items would become available for training")),
                 qPrintable(dialog->text()));
        QVERIFY(dialog->text().contains(QStringLiteral("cannot be undone by opting out again")));
        QVERIFY(dialog->keepButton()->isDefault()); // Enter alone exposes nothing
        QCOMPARE(pressAccessiblyAndWait(dialog->keepButton()), QString());
        QTRY_VERIFY(!page(*window)->confirmOptInDialog());

        QTest::mouseClick(toggle(*window), Qt::LeftButton);
        QVERIFY(page(*window)->confirmOptInDialog());
        QTest::keyClick(page(*window)->confirmOptInDialog(), Qt::Key_Escape);
        QTRY_VERIFY(!page(*window)->confirmOptInDialog());
        QCOMPARE(page(*window)->controller()->phase(), OptOutController::Phase::Idle);
        QVERIFY(serverSaysTrainingIs(server, false));

        QTest::mouseClick(toggle(*window), Qt::LeftButton);
        QVERIFY(page(*window)->confirmOptInDialog());
        QCOMPARE(pressAccessiblyAndWait(page(*window)->confirmOptInDialog()->confirmButton()), QString());
        QTRY_COMPARE_WITH_TIMEOUT(page(*window)->controller()->phase(), OptOutController::Phase::Confirmed, 20000);
        QVERIFY(serverSaysTrainingIs(server, true));
    }

    // Done-when of issue 9: the server dies during an opt-in; the member quits; the server comes
    // back; the next start sends nothing without the member, the setting is still off, and the
    // screen says what waits. The CLI sees the same waiting change and can cancel it.
    void optInInterruptedByTheServerIsNeverSentWithoutTheMember()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        server.useAppDataDirHere();
        const int changesBefore = historyLength(server);
        {
            std::unique_ptr<MainWindow> window = openWindow(server);
            QVERIFY(window);
            server.stop();
            QTest::mouseClick(toggle(*window), Qt::LeftButton);
            QVERIFY(page(*window)->confirmOptInDialog());
            QTest::mouseClick(page(*window)->confirmOptInDialog()->confirmButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(page(*window)->controller()->phase(), OptOutController::Phase::Failed, 30000);
            QVERIFY2(label(*window, QStringLiteral("statusText")).startsWith(QStringLiteral("Not changed yet")),
                     qPrintable(label(*window, QStringLiteral("statusText"))));
            const PendingChangeBar *bar = optOutBar(*window);
            QVERIFY(bar->isVisible());
            QVERIFY2(bar->text().contains(QStringLiteral("Waiting to send: turn training on")),
                     qPrintable(bar->text()));
            QVERIFY(bar->text().contains(QStringLiteral("never sent without you")));
            QVERIFY(!toggle(*window)->isChecked()); // still what the server confirmed: off
        }                                           // the member quits
        QVERIFY(server.start());

        std::unique_ptr<MainWindow> window = openWindow(server);
        QVERIFY(window);
        // openWindow waited for the first summary, which comes only after a pending change was
        // settled or sent (ApiDataSource::settlePending), so a send would be in the history now.
        QVERIFY(serverSaysTrainingIs(server, false));
        QCOMPARE(historyLength(server), changesBefore);
        QVERIFY(!toggle(*window)->isChecked());
        QVERIFY(!optOutBar(*window)->isHidden());
        QVERIFY(optOutBar(*window)->text().contains(QStringLiteral("Waiting to send: turn training on")));
        const PendingChangeBar *overviewBar =
            window->findChild<PendingChangeBar *>(QStringLiteral("overviewPendingChange"));
        QVERIFY(overviewBar && !overviewBar->isHidden());
        QVERIFY(overviewBar->text().contains(QStringLiteral("turn training on")));

        // The CLI sees the GUI's waiting change and does not send it; the member cancels it on
        // the Opt-out page through a screen reader's Press (the CLI's cancel: the offline test).
        const ReferenceServer::CliRun status = server.cli({QStringLiteral("opt-out"), QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(QStringLiteral("Waiting to send: turn training on")), qPrintable(status.out));
        const ReferenceServer::CliRun summary = server.cli({QStringLiteral("summary")});
        QCOMPARE(summary.exitCode, 0);
        QVERIFY2(summary.err.contains(QStringLiteral("not sent without you")), qPrintable(summary.err));
        QVERIFY(serverSaysTrainingIs(server, false));
        QCOMPARE(pressAccessiblyAndWait(optOutBar(*window)->cancelButton()), QString());
        QVERIFY(optOutBar(*window)->isHidden());
        QVERIFY(overviewBar->isHidden());
        const ReferenceServer::CliRun after = server.cli({QStringLiteral("opt-out"), QStringLiteral("status")});
        QVERIFY2(!after.out.contains(QStringLiteral("Waiting")), qPrintable(after.out));
        QCOMPARE(historyLength(server), changesBefore);
    }

    // The CLI's opt-out that got no answer waits; the GUI's next start sends it (turning training
    // off was the member's word, and they were told it waits) and says so.
    void cliQueuedOptOutIsSentByTheGuiAndSaysSo()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        server.useAppDataDirHere();
        QCOMPARE(server.cli({QStringLiteral("opt-out"), QStringLiteral("off")}).exitCode, 0); // training on
        server.stop();
        const ReferenceServer::CliRun failed = server.cli({QStringLiteral("opt-out"), QStringLiteral("on")});
        QCOMPARE(failed.exitCode, 3);
        QVERIFY2(failed.err.contains(QStringLiteral("Waiting to send: turn training off")), qPrintable(failed.err));
        QVERIFY(failed.err.contains(QStringLiteral("`opt-out cancel` drops it")));
        QCOMPARE(failed.err.count(u'\n'), 1);
        QVERIFY(server.start());

        std::unique_ptr<MainWindow> window = openWindow(server);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(label(*window, QStringLiteral("statusText"))
                                     .contains(QStringLiteral("The change that was waiting reached the server")),
                                 20000);
        QVERIFY(label(*window, QStringLiteral("statusText")).contains(QStringLiteral("now off")));
        QTRY_VERIFY_WITH_TIMEOUT(!toggle(*window)->isChecked(), 20000);
        QVERIFY(optOutBar(*window)->isHidden());
        QVERIFY(serverSaysTrainingIs(server, false));
    }

    // The GUI's opt-out that got no answer waits, shows on the Overview card, is listed by the
    // CLI (which does not send it), and is cancelled from the card: nothing is sent.
    void guiQueuedOptOutIsSeenByTheCliAndCancelledFromTheOverview()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        server.useAppDataDirHere();
        QCOMPARE(server.cli({QStringLiteral("opt-out"), QStringLiteral("off")}).exitCode, 0); // training on
        std::unique_ptr<MainWindow> window = openWindow(server);
        QVERIFY(window);
        QVERIFY(toggle(*window)->isChecked());
        const int changesBefore = historyLength(server);
        server.stop();
        QTest::mouseClick(toggle(*window), Qt::LeftButton);
        QVERIFY(page(*window)->confirmDialog());
        QTest::mouseClick(page(*window)->confirmDialog()->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page(*window)->controller()->phase(), OptOutController::Phase::Failed, 30000);
        QVERIFY(optOutBar(*window)->text().contains(QStringLiteral("Waiting to send: turn training off")));
        QVERIFY(optOutBar(*window)->text().contains(QStringLiteral("sent the next time the app reaches the server")));
        window->showPage(MainWindow::OverviewIndex);
        auto *overviewBar = window->findChild<PendingChangeBar *>(QStringLiteral("overviewPendingChange"));
        QVERIFY(overviewBar->isVisible());
        QVERIFY(overviewBar->text().contains(QStringLiteral("Waiting to send: turn training off")));
        QVERIFY(!overviewBar->sendButton()->isVisible()); // the card offers Cancel only
        QVERIFY(server.start());

        const ReferenceServer::CliRun status = server.cli({QStringLiteral("opt-out"), QStringLiteral("status")});
        QVERIFY2(status.out.contains(QStringLiteral("Waiting to send: turn training off")), qPrintable(status.out));
        QVERIFY(serverSaysTrainingIs(server, true)); // `status` looked, it did not send

        QTest::mouseClick(overviewBar->cancelButton(), Qt::LeftButton);
        QVERIFY(!overviewBar->isVisible());
        QVERIFY(optOutBar(*window)->isHidden());
        const ReferenceServer::CliRun after = server.cli({QStringLiteral("opt-out"), QStringLiteral("status")});
        QVERIFY2(!after.out.contains(QStringLiteral("Waiting")), qPrintable(after.out));
        QVERIFY(serverSaysTrainingIs(server, true));
        QCOMPARE(historyLength(server), changesBefore);
    }

    // Offline, the CLI still lists and cancels a change this member left waiting (the member is
    // known from an earlier run), and what it says is exact.
    void cliListsAndCancelsAWaitingChangeOffline()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        QCOMPARE(server.cli({QStringLiteral("summary")}).exitCode, 0); // the member is known from now on
        server.stop();
        const ReferenceServer::CliRun optIn = server.cli({QStringLiteral("opt-out"), QStringLiteral("off")});
        QCOMPARE(optIn.exitCode, 3);
        QVERIFY2(optIn.err.contains(QStringLiteral("Not changed yet: Waiting to send: turn training on")),
                 qPrintable(optIn.err));
        const ReferenceServer::CliRun status = server.cli({QStringLiteral("opt-out"), QStringLiteral("status")});
        QCOMPARE(status.exitCode, 3);
        QVERIFY2(status.out.contains(QStringLiteral("Waiting to send: turn training on")), qPrintable(status.out));
        const ReferenceServer::CliRun cancel = server.cli({QStringLiteral("opt-out"), QStringLiteral("cancel")});
        QCOMPARE(cancel.exitCode, 0);
        QVERIFY2(cancel.out.contains(QStringLiteral("Dropped: turn training on")), qPrintable(cancel.out));
        QVERIFY(server.start());
        const ReferenceServer::CliRun after = server.cli({QStringLiteral("opt-out"), QStringLiteral("status")});
        QCOMPARE(after.exitCode, 0);
        QVERIFY2(!after.out.contains(QStringLiteral("Waiting")), qPrintable(after.out));
        QVERIFY(serverSaysTrainingIs(server, false));
    }

    // "Send now" for a waiting opt-in asks the opt-in question again, at that moment: declined,
    // nothing is sent and the change still waits; accepted, it is sent with its own key and the
    // screen says it landed. Driven by a screen reader's Press and by the mouse.
    void sendingAWaitingOptInAsksAgain()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        std::unique_ptr<MainWindow> window = openWindow(server);
        QVERIFY(window);
        server.stop();
        QTest::mouseClick(toggle(*window), Qt::LeftButton);
        QVERIFY(page(*window)->confirmOptInDialog());
        QTest::mouseClick(page(*window)->confirmOptInDialog()->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page(*window)->controller()->phase(), OptOutController::Phase::Failed, 30000);
        QVERIFY(server.start());
        PendingChangeBar *bar = optOutBar(*window);
        QVERIFY(bar->isVisible() && bar->sendButton()->isVisible());

        QCOMPARE(pressAccessiblyAndWait(bar->sendButton()), QString());
        QTRY_VERIFY(page(*window)->confirmOptInDialog());
        QTest::keyClick(page(*window)->confirmOptInDialog(), Qt::Key_Escape);
        QTRY_VERIFY(!page(*window)->confirmOptInDialog());
        QVERIFY(serverSaysTrainingIs(server, false));
        QVERIFY(bar->isVisible());

        QTest::mouseClick(bar->sendButton(), Qt::LeftButton);
        QVERIFY(page(*window)->confirmOptInDialog());
        QCOMPARE(pressAccessiblyAndWait(page(*window)->confirmOptInDialog()->confirmButton()), QString());
        QTRY_COMPARE_WITH_TIMEOUT(page(*window)->controller()->phase(), OptOutController::Phase::Confirmed, 20000);
        QVERIFY2(label(*window, QStringLiteral("statusText")).startsWith(QStringLiteral("Confirmed")),
                 qPrintable(label(*window, QStringLiteral("statusText"))));
        QVERIFY(serverSaysTrainingIs(server, true));
        QTRY_VERIFY(bar->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(toggle(*window)->isChecked(), 20000);
    }

private:
    std::unique_ptr<MainWindow> openWindow(const ReferenceServer &server)
    {
        auto window = std::make_unique<MainWindow>(m_policy, m_clock);
        window->resize(1200, 800);
        window->show();
        QSignalSpy shown(window.get(), &MainWindow::summaryShown);
        if (!window->openConnection(server.connection(), false))
            return nullptr;
        if (!shown.wait(20000) && shown.isEmpty())
            return nullptr;
        window->showPage(MainWindow::OptOutIndex);
        return window;
    }
    static ToggleSwitch *toggle(const MainWindow &window)
    {
        return window.findChild<ToggleSwitch *>(QStringLiteral("trainingSwitch"));
    }
    static OptOutPage *page(const MainWindow &window)
    {
        return window.findChild<OptOutPage *>(QStringLiteral("optOutPage"));
    }
    static PendingChangeBar *optOutBar(const MainWindow &window)
    {
        return page(window)->findChild<PendingChangeBar *>(QStringLiteral("pendingChangeBar"));
    }
    static QString label(const MainWindow &window, const QString &name)
    {
        auto *found = window.findChild<QLabel *>(name);
        return found ? found->text() : QString();
    }

    Policy m_policy;
    SystemClock m_clock;
};

QTEST_MAIN(TestConsentFlows)
#include "TestConsentFlows.moc"
