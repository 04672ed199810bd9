// When a summary arrives, the page on screen shows it at once and the other pages follow, one
// per turn of the event loop (issue 13: the GUI thread is never away for all five pages at once,
// e.g. while a big data export is imported). A page the member goes to before its turn (a click
// in the page list, the keyboard, View › Ctrl+1…5) or that anything asks for is filled first:
// no page is ever shown without the summary's figures.

#include "core/Clock.h"
#include "support/GuiTestStart.h"
#include "ui/CategoriesPage.h"
#include "ui/ItemsModel.h"
#include "ui/ItemsPage.h"
#include "ui/MainWindow.h"
#include "ui/OptOutPage.h"
#include "ui/Page.h"
#include "ui/PolicyPage.h"
#include "ui/ToggleSwitch.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace pd;

namespace {

// Counts the events the event loop takes from its queues to start a piece of work (timers and
// queued calls; the widget events a fill sends itself are not counted): two fills under the
// same count ran in the same slice of the GUI thread, under different counts in different ones.
class EventCounter final : public QObject
{
public:
    qint64 count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Timer || event->type() == QEvent::MetaCall)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestPageFilling final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startGuiTest(&m_policy));
        QCoreApplication::setOrganizationName(QStringLiteral("PrivacyDashboardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestPageFilling"));
    }

    void init() { QSettings().clear(); }

    // The summary's arrival fills the page on screen only; each other page is filled by an event
    // of its own, and summaryShown comes when every page shows the summary.
    void eachPageIsASliceOfItsOwn()
    {
        MainWindow window(m_policy, m_clock);
        window.resize(1200, 800);
        window.show();
        EventCounter events;
        qApp->installEventFilter(&events);
        QList<int> waitingAtFirstShow;
        qint64 firstShownAt = -1;
        connect(&window, &MainWindow::currentPageShown, this, [&] {
            firstShownAt = events.count;
            for (int index = 0; index < MainWindow::PageCount; ++index)
                if (window.isPageWaiting(index))
                    waitingAtFirstShow.append(index);
        });
        QList<std::pair<int, qint64>> fills; // page, event count when it was filled
        connect(&window, &MainWindow::pageFilled, this, [&](int index) { fills.append({index, events.count}); });
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        QVERIFY(window.openConnection(SourceSpec::demo(), false));
        QTRY_COMPARE(shown.count(), 1);
        qApp->removeEventFilter(&events);

        QCOMPARE(waitingAtFirstShow, (QList<int>{MainWindow::CategoriesIndex, MainWindow::OptOutIndex,
                                                 MainWindow::PolicyIndex, MainWindow::ItemsIndex}));
        QCOMPARE(fills.size(), int(MainWindow::PageCount));
        QCOMPARE(fills.at(0).first, int(MainWindow::OverviewIndex));
        QCOMPARE(fills.at(0).second, firstShownAt); // in the slice that shows the summary
        for (qsizetype i = 1; i < fills.size(); ++i) {
            QCOMPARE(fills.at(i).first, int(i)); // in page order
            QVERIFY2(fills.at(i).second > fills.at(i - 1).second,
                     qPrintable(QStringLiteral("page %1 was filled in the same slice as page %2")
                                    .arg(fills.at(i).first)
                                    .arg(fills.at(i - 1).first)));
        }
        for (int index = 0; index < MainWindow::PageCount; ++index)
            QVERIFY(!window.isPageWaiting(index));
    }

    // The page on screen is the one filled first, whichever it is (the last page is remembered).
    void thePageOnScreenComesFirst()
    {
        MainWindow window(m_policy, m_clock);
        window.show();
        window.showPage(MainWindow::PolicyIndex);
        QList<int> fills;
        connect(&window, &MainWindow::pageFilled, this, [&](int index) { fills.append(index); });
        bool overviewWaited = false;
        connect(&window, &MainWindow::currentPageShown, this,
                [&] { overviewWaited = window.isPageWaiting(MainWindow::OverviewIndex); });
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        QVERIFY(window.openConnection(SourceSpec::demo(), false));
        QTRY_COMPARE(shown.count(), 1);
        QVERIFY(overviewWaited);
        QCOMPARE(fills.value(0), int(MainWindow::PolicyIndex));
        QCOMPARE(fills.size(), int(MainWindow::PageCount));
    }

    // Before the hidden pages' turns (in the slice that shows the overview), the member goes to
    // each page: by a mouse click in the page list, by the arrow keys in it, by View's shortcut,
    // and a page asked for by the window's page(): each shows the summary's figures at once.
    void everyWayToAPageShowsItFilled()
    {
        MainWindow window(m_policy, m_clock);
        window.resize(1200, 800);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        bool checked = false;
        connect(&window, &MainWindow::currentPageShown, this, [&] {
            QVERIFY(window.summary());
            const UsageSummary &summary = *window.summary();
            for (int index = MainWindow::CategoriesIndex; index < MainWindow::PageCount; ++index)
                QVERIFY(window.isPageWaiting(index));

            // A mouse click on "Categories" in the page list.
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                              navigation->visualItemRect(navigation->item(MainWindow::CategoriesIndex)).center());
            QCOMPARE(window.currentPage(), int(MainWindow::CategoriesIndex));
            auto *categories = window.findChild<CategoriesPage *>();
            QCOMPARE(categories->state(), Page::State::Content);
            QVERIFY(!summary.categories.isEmpty());
            QCOMPARE(categories->findChild<QTableView *>(QStringLiteral("categoriesTable"))->model()->rowCount(),
                     int(summary.categories.size()));

            // Down in the page list: "Opt-out".
            navigation->setFocus();
            QTest::keyClick(navigation, Qt::Key_Down);
            QCOMPARE(window.currentPage(), int(MainWindow::OptOutIndex));
            auto *optOut = window.findChild<OptOutPage *>();
            QCOMPARE(optOut->state(), Page::State::Content);
            QCOMPARE(optOut->findChild<QTableWidget *>(QStringLiteral("historyTable"))->rowCount(),
                     int(summary.history.size()));
            QCOMPARE(optOut->findChild<ToggleSwitch *>(QStringLiteral("trainingSwitch"))->isChecked(),
                     !summary.optOut.optedOut);

            // View › Policy, Ctrl+4.
            QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
            QCOMPARE(window.currentPage(), int(MainWindow::PolicyIndex));
            auto *policy = window.findChild<PolicyPage *>();
            QCOMPARE(policy->state(), Page::State::Content);
            const qsizetype regimes = m_policy.regimesCovering(summary.member.region).size();
            QVERIFY(regimes > 0);
            QCOMPARE(policy->findChildren<QGroupBox *>(QRegularExpression(QStringLiteral("^regime-"))).size(), regimes);

            // The Items page as the window hands it out: it has the summary and asks for its list.
            QVERIFY(window.isPageWaiting(MainWindow::ItemsIndex));
            Page *items = window.page(MainWindow::ItemsIndex);
            QVERIFY(!window.isPageWaiting(MainWindow::ItemsIndex));
            QCOMPARE(items->state(), Page::State::Loading);
            checked = true;
        });
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        QVERIFY(window.openConnection(SourceSpec::demo(), false));
        QTRY_COMPARE(shown.count(), 1);
        QVERIFY(checked);
        // The list asked for when the Items page got the summary arrives and is shown.
        auto *items = window.findChild<ItemsPage *>();
        QTRY_VERIFY(!items->isLoadingList());
        window.showPage(MainWindow::ItemsIndex);
        QCOMPARE(items->state(), Page::State::Content);
        QVERIFY(items->model()->rowCount() > 0);
    }

    // A refresh, an error or a new source while pages wait: every page shows the loading or error
    // state over the summary it shows, and nothing left over fills a page later.
    void waitingPagesFollowWhatTheWindowShows()
    {
        MainWindow window(m_policy, m_clock);
        window.show();
        bool refreshed = false;
        connect(&window, &MainWindow::currentPageShown, this, [&] {
            if (refreshed)
                return;
            refreshed = true;
            window.refresh(); // F5 before the other pages' turns
            for (int index = 0; index < MainWindow::PageCount; ++index) {
                QVERIFY(!window.isPageWaiting(index));
                QCOMPARE(window.page(index)->state(), Page::State::Loading);
                if (index != MainWindow::ItemsIndex) // it waits for its list
                    QVERIFY(window.page(index)->hasContent());
            }
        });
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        QVERIFY(window.openConnection(SourceSpec::demo(), false));
        // Once for the first summary (its pages were filled by the refresh), once for the second.
        QTRY_COMPARE(shown.count(), 2);
        QVERIFY(refreshed);
        for (int index = MainWindow::OverviewIndex; index < MainWindow::ItemsIndex; ++index)
            QCOMPARE(window.page(index)->state(), Page::State::Content);

        // A new source before the turns: nothing of the old summary is filled in afterwards.
        QList<int> fills;
        bool replaced = false;
        connect(&window, &MainWindow::currentPageShown, this, [&] {
            if (replaced)
                return;
            replaced = true;
            window.setDataSource(nullptr);
        });
        connect(&window, &MainWindow::pageFilled, this, [&](int index) { fills.append(index); });
        window.refresh();
        QTRY_VERIFY(replaced);
        QTest::qWait(50);
        QCOMPARE(fills, QList<int>{window.currentPage()});
        for (int index = 0; index < MainWindow::PageCount; ++index) {
            QVERIFY(!window.isPageWaiting(index));
            QCOMPARE(window.page(index)->state(), Page::State::Empty);
        }
        QCOMPARE(shown.count(), 2); // the summary replaced before its pages' turns is not announced
    }

private:
    Policy m_policy;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC)};
};

QTEST_MAIN(TestPageFilling)
#include "TestPageFilling.moc"
