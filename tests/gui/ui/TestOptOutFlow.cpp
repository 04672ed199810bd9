// The desktop app's opt-out flow, driven through the real main window by objectName against
// the real ApiDataSource on a FakeTransport (the Member Privacy API faked in memory): start,
// confirm → pending → confirmed, cancel, a server error with retry, and a 412 conflict.

#include "core/Clock.h"
#include "net/ApiDataSource.h"
#include "support/FakeTransport.h"
#include "support/GuiTestStart.h"
#include "ui/ConfirmOptInDialog.h"
#include "ui/ConfirmOptOutDialog.h"
#include "ui/MainWindow.h"
#include "ui/OptOutController.h"
#include "ui/OptOutPage.h"
#include "ui/Page.h"
#include "ui/ToggleSwitch.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {
const QString SettingPath = QStringLiteral("/v1/me/settings/ai-training");
}

class TestOptOutFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startGuiTest(&m_policy)); }

    void init()
    {
        m_transport = std::make_unique<FakeTransport>();
        m_api = std::make_unique<FakeMemberApi>(*m_transport);
        m_failPut.reset();
        m_transport->setOverride([this](const HttpRequest &request) -> std::optional<FakeResponse> {
            if (m_failPut && request.method == "PUT")
                return *m_failPut;
            return m_api->respond(request);
        });
        m_window = std::make_unique<MainWindow>(m_policy, m_clock);
        m_window->resize(1200, 800);
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_api.reset();
        m_transport.reset();
    }

    void startsPopulatedFromTheServer()
    {
        QVERIFY(load());
        QCOMPARE(label(QStringLiteral("memberName")), QStringLiteral("Alex Morgan"));
        QVERIFY2(label(QStringLiteral("statusTitle")).contains(QStringLiteral("OFF")),
                 qPrintable(label(QStringLiteral("statusTitle"))));
        QVERIFY(m_window->summary()->totalMayHaveBeenUsed > 0);
        QCOMPARE(label(QStringLiteral("mayHaveBeenUsedValue")), count(m_window->summary()->totalMayHaveBeenUsed));
        const QString confirmation = m_window->summary()->optOut.confirmationId;
        QVERIFY(!confirmation.isEmpty());
        QVERIFY(label(QStringLiteral("statusDetail")).contains(confirmation));
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("categoriesTable"));
        QVERIFY(table->model()->rowCount() >= 10);
        auto *history = m_window->findChild<QTableWidget *>(QStringLiteral("historyTable"));
        QCOMPARE(history->rowCount(), 1);
        QVERIFY(toggle()->isEnabled());
        QVERIFY(!toggle()->isChecked()); // opted out: training is off
    }

    void turningTrainingOffAsksThenPendsThenConfirms()
    {
        m_api->changeElsewhere(false, QDateTime::currentDateTimeUtc().addDays(-1)); // opted in again
        QVERIFY(load());
        QVERIFY(toggle()->isChecked());
        m_window->showPage(MainWindow::OptOutIndex);

        QTest::mouseClick(toggle(), Qt::LeftButton);
        ConfirmOptOutDialog *dialog = page()->confirmDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        // The dialog says it in plain words, with the member's own figure.
        const QString text = dialog->text();
        QVERIFY(text.contains(QStringLiteral("stops from now on")));
        QVERIFY(text.contains(QStringLiteral("not retrained")));
        QVERIFY(text.contains(count(m_window->summary()->totalMayHaveBeenUsed)));
        QVERIFY(text.contains(QStringLiteral("Data Processing Objection Form")));
        // Nothing changed while the question is open.
        QVERIFY(toggle()->isChecked());
        QCOMPARE(m_transport->count("PUT", SettingPath), 0);

        QElapsedTimer clickToPending;
        clickToPending.start();
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        // Pending at once (well within 100 ms), control disabled, the old confirmed state kept.
        QCOMPARE(page()->controller()->phase(), OptOutController::Phase::Pending);
        QVERIFY(clickToPending.elapsed() < 100);
        QVERIFY(!toggle()->isEnabled());
        QVERIFY(toggle()->isChecked());
        QVERIFY(label(QStringLiteral("statusText")).startsWith(QStringLiteral("Pending")));

        QTRY_COMPARE(page()->controller()->phase(), OptOutController::Phase::Confirmed);
        const OptOutState confirmed = *page()->controller()->confirmed();
        QVERIFY(confirmed.optedOut);
        QVERIFY(!confirmed.confirmationId.isEmpty());
        QVERIFY(label(QStringLiteral("statusText")).contains(confirmed.confirmationId));
        QVERIFY(label(QStringLiteral("statusText")).startsWith(QStringLiteral("Confirmed")));
        QVERIFY(!toggle()->isChecked());
        QCOMPARE(m_api->appliedWrites(), 1);
        QVERIFY(m_api->record().history.isOptedOutAt(QDateTime::currentDateTimeUtc().addSecs(1)));

        // The summary is fetched again: the overview and the history now say so.
        QTRY_VERIFY(label(QStringLiteral("statusTitle")).contains(QStringLiteral("OFF")));
        QTRY_COMPARE(m_window->findChild<QTableWidget *>(QStringLiteral("historyTable"))->rowCount(), 3);
        QVERIFY(toggle()->isEnabled());
    }

    void cancelInTheDialogChangesNothing()
    {
        m_api->changeElsewhere(false, QDateTime::currentDateTimeUtc().addDays(-1));
        QVERIFY(load());
        m_window->showPage(MainWindow::OptOutIndex);
        const QString before = label(QStringLiteral("confirmedLabel"));

        QTest::mouseClick(toggle(), Qt::LeftButton);
        QVERIFY(page()->confirmDialog());
        QTest::mouseClick(page()->confirmDialog()->keepButton(), Qt::LeftButton);
        QTRY_VERIFY(!page()->confirmDialog());
        QTest::qWait(50);

        QCOMPARE(m_transport->count("PUT", SettingPath), 0);
        QCOMPARE(page()->controller()->phase(), OptOutController::Phase::Idle);
        QVERIFY(toggle()->isChecked());
        QVERIFY(toggle()->isEnabled());
        QVERIFY(!m_window->findChild<QFrame *>(QStringLiteral("statusFrame"))->isVisible());
        QCOMPARE(label(QStringLiteral("confirmedLabel")), before);
        QCOMPARE(m_api->appliedWrites(), 0);
    }

    void serverErrorShowsWhyAndRetries()
    {
        QVERIFY(load());
        m_window->showPage(MainWindow::OptOutIndex);
        QVERIFY(!toggle()->isChecked());
        m_failPut = FakeResponse::problem(400, QStringLiteral("the setting cannot be changed right now"));

        // Turning training back on asks first; then pending; the server refuses (a known answer,
        // so nothing is kept to send later).
        QTest::mouseClick(toggle(), Qt::LeftButton);
        QVERIFY(!page()->confirmDialog());
        QVERIFY(page()->confirmOptInDialog());
        QTest::mouseClick(page()->confirmOptInDialog()->confirmButton(), Qt::LeftButton);
        QCOMPARE(page()->controller()->phase(), OptOutController::Phase::Pending);
        QTRY_COMPARE(page()->controller()->phase(), OptOutController::Phase::Failed);
        QVERIFY2(label(QStringLiteral("statusText")).startsWith(QStringLiteral("Not changed:")),
                 qPrintable(label(QStringLiteral("statusText"))));
        QVERIFY(label(QStringLiteral("statusText")).contains(QStringLiteral("nothing was kept")));
        // The opt-out page's own retry (its StatePanel has another one, hidden).
        QPushButton *retry = nullptr;
        for (QPushButton *button : page()->findChildren<QPushButton *>(QStringLiteral("retryButton"))) {
            if (button->isVisible())
                retry = button;
        }
        QVERIFY(retry);
        QVERIFY(retry->isVisible());
        // Still the state the server confirmed: off.
        QVERIFY(!toggle()->isChecked());
        QVERIFY(toggle()->isEnabled());
        QCOMPARE(m_api->appliedWrites(), 0);

        // Trying again asks again (turning training on), then sends.
        m_failPut.reset();
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(page()->confirmOptInDialog());
        QCOMPARE(m_transport->count("PUT", SettingPath), 1);
        QTest::mouseClick(page()->confirmOptInDialog()->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE(page()->controller()->phase(), OptOutController::Phase::Confirmed);
        QVERIFY(toggle()->isChecked());
        QCOMPARE(m_api->appliedWrites(), 1);
    }

    void conflictIsShownNeverOverwritten()
    {
        m_api->changeElsewhere(false, QDateTime::currentDateTimeUtc().addDays(-2));
        QVERIFY(load());
        m_window->showPage(MainWindow::OptOutIndex);
        QVERIFY(toggle()->isChecked());
        // Another device changes the setting (off and on again) just before this write lands,
        // so the server's version moved on and the PUT's If-Match no longer holds: 412.
        bool raced = false;
        m_transport->setOverride([this, &raced](const HttpRequest &request) -> std::optional<FakeResponse> {
            if (request.method == "PUT" && !raced) {
                raced = true;
                m_api->changeElsewhere(true, QDateTime::currentDateTimeUtc().addSecs(-2));
                m_api->changeElsewhere(false, QDateTime::currentDateTimeUtc().addSecs(-1));
            }
            return m_api->respond(request);
        });

        QTest::mouseClick(toggle(), Qt::LeftButton);
        QTest::mouseClick(page()->confirmDialog()->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE(page()->controller()->phase(), OptOutController::Phase::Conflict);
        QVERIFY(raced);
        QVERIFY(label(QStringLiteral("statusText")).contains(QStringLiteral("changed elsewhere")));
        QVERIFY(toggle()->isChecked()); // what the server confirmed, not what was asked
        QVERIFY(!toggle()->isEnabled());
        QCOMPARE(m_api->appliedWrites(), 0);
        auto *reload = page()->findChild<QPushButton *>(QStringLiteral("reloadButton"));
        QVERIFY(reload->isVisible());

        QSignalSpy shown(m_window.get(), &MainWindow::summaryShown);
        QTest::mouseClick(reload, Qt::LeftButton);
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(page()->controller()->phase(), OptOutController::Phase::Idle);
        QVERIFY(toggle()->isEnabled());
        QVERIFY(toggle()->isChecked());
        QCOMPARE(m_window->findChild<QTableWidget *>(QStringLiteral("historyTable"))->rowCount(), 4);
    }

    // RELIABILITY #6: the member saw "on"; another device turned it off and on again since
    // the window's last refresh. Their request must not silently overwrite what they never saw.
    void changeSinceLastRefreshIsAConflict()
    {
        m_api->changeElsewhere(false, QDateTime::currentDateTimeUtc().addDays(-2));
        QVERIFY(load());
        m_window->showPage(MainWindow::OptOutIndex);
        QVERIFY(toggle()->isChecked());
        const int versionSeen = m_api->version();
        m_api->changeElsewhere(true, QDateTime::currentDateTimeUtc().addSecs(-20));
        m_api->changeElsewhere(false, QDateTime::currentDateTimeUtc().addSecs(-10));
        QVERIFY(m_api->version() > versionSeen);

        QTest::mouseClick(toggle(), Qt::LeftButton);
        QTest::mouseClick(page()->confirmDialog()->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE(page()->controller()->phase(), OptOutController::Phase::Conflict);
        QVERIFY(label(QStringLiteral("statusText")).contains(QStringLiteral("changed elsewhere")));
        QVERIFY(toggle()->isChecked());
        QCOMPARE(m_api->appliedWrites(), 0);
    }

    void refreshFailureShowsErrorWithRetry()
    {
        m_transport->setOverride([](const HttpRequest &) -> std::optional<FakeResponse> {
            return FakeResponse::failure(TransportError::Connect, QStringLiteral("connection refused"));
        });
        auto *source =
            new ApiDataSource(ServerConnection{QUrl(QStringLiteral("https://127.0.0.1:9")), QString(), m_api->token()},
                              m_clock, m_transport.get());
        source->client().setRetryScheduler(&m_scheduler);
        QSignalSpy failed(m_window.get(), &MainWindow::refreshFailedShown);
        m_window->setDataSource(source);
        QTRY_COMPARE(failed.count(), 1);
        Page *overview = m_window->page(MainWindow::OverviewIndex);
        QCOMPARE(overview->state(), Page::State::Error);
        auto *retry = overview->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry->isVisible());
        QCOMPARE(overview->findChild<QLabel *>(QStringLiteral("stateTitle"))->text(),
                 QStringLiteral("Cannot reach the server"));

        m_transport->setOverride([this](const HttpRequest &request) { return m_api->respond(request); });
        QSignalSpy shown(m_window.get(), &MainWindow::summaryShown);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(overview->state(), Page::State::Content);
    }

private:
    bool load()
    {
        auto *source =
            new ApiDataSource(ServerConnection{QUrl(QStringLiteral("https://api.test")), QString(), m_api->token()},
                              m_clock, m_transport.get());
        source->client().setRetryScheduler(&m_scheduler);
        source->setWritesMatchLastRefresh(true); // as the application's factory sets it
        QSignalSpy shown(m_window.get(), &MainWindow::summaryShown);
        m_window->setDataSource(source);
        // Loading is visible at once, before any answer.
        if (m_window->page(MainWindow::OverviewIndex)->state() != Page::State::Loading)
            return false;
        return shown.wait(5000) || shown.count() > 0;
    }
    QString label(const QString &name) const
    {
        auto *found = m_window->findChild<QLabel *>(name);
        return found ? found->text() : QStringLiteral("<no label %1>").arg(name);
    }
    static QString count(qint64 value)
    {
        QLocale locale;
        locale.setNumberOptions(QLocale::DefaultNumberOptions);
        return locale.toString(value);
    }
    ToggleSwitch *toggle() const { return m_window->findChild<ToggleSwitch *>(QStringLiteral("trainingSwitch")); }
    OptOutPage *page() const { return m_window->findChild<OptOutPage *>(QStringLiteral("optOutPage")); }

    Policy m_policy;
    SystemClock m_clock;
    RecordingRetryScheduler m_scheduler;
    std::unique_ptr<FakeTransport> m_transport;
    std::unique_ptr<FakeMemberApi> m_api;
    std::optional<FakeResponse> m_failPut;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestOptOutFlow)
#include "TestOptOutFlow.moc"
