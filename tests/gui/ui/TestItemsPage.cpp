// The Items page as the member uses it: a figure clicked on the Overview, the Categories page or
// the activity table opens the list of exactly the items that figure counts (the demo member's
// "Posts and shares: 396" lists 396 posts); the search and each filter change the rows; the
// columns sort; Copy link puts the link on the clipboard and Open goes through DesktopServices,
// for the platform's own https pages only; a data export's items can be forgotten. The buttons
// are clicked with the mouse and pressed through their accessibility actions.
#include "ArchiveTestSupport.h"
#include "core/Clock.h"
#include "core/DemoDataSource.h"
#include "core/ItemStore.h"
#include "support/AccessibleActions.h"
#include "support/GuiTestStart.h"
#include "ui/ActivityChart.h"
#include "ui/CategoriesModel.h"
#include "ui/DesktopServices.h"
#include "ui/ItemsModel.h"
#include "ui/ItemsPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/MonthlyActivityModel.h"
#include "ui/StatePanel.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

const CategorySummary *categoryOf(const UsageSummary &summary, const QString &id)
{
    for (const CategorySummary &category : summary.categories) {
        if (category.id == id)
            return &category;
    }
    return nullptr;
}

} // namespace

class TestItemsPage final : public QObject
{
    Q_OBJECT

private:
    Policy m_policy;
    const FixedClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<MainWindow> m_window;
    ItemsPage *m_items = nullptr;
    QList<QUrl> m_opened;

    ItemsModel *model() const { return m_items->model(); }
    const UsageSummary &summary() const { return *m_window->summary(); }

    // Every row of the list satisfies `check` (a row number in the message when one does not).
    template <typename Check> QString everyRow(Check check) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QString fault = check(row);
            if (!fault.isEmpty())
                return QStringLiteral("row %1: %2").arg(row).arg(fault);
        }
        return {};
    }

    QPushButton *button(const QString &name) const
    {
        auto *found = m_window->findChild<QPushButton *>(name);
        if (!found)
            qFatal("no button %s", qPrintable(name));
        return found;
    }

    // Back to the overview with every filter cleared.
    void reset()
    {
        m_items->showQuery({});
        m_window->showPage(MainWindow::OverviewIndex);
        QApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startGuiTest(&m_policy));
        DesktopServices::setUrlHandler([this](const QUrl &url) { m_opened.append(url); });
        m_window = std::make_unique<MainWindow>(m_policy, m_clock);
        m_window->resize(1280, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy shown(m_window.get(), &MainWindow::summaryShown);
        Result<DemoDataSource *> demo = DemoDataSource::create(m_clock);
        QVERIFY(demo.ok());
        m_window->setDataSource(demo.value());
        QTRY_COMPARE(shown.count(), 1);
        m_items = m_window->findChild<ItemsPage *>(QStringLiteral("itemsPage"));
        QVERIFY(m_items);
        QTRY_VERIFY(m_items->hasList());
        // The figure the Done-when names.
        QVERIFY(categoryOf(summary(), QStringLiteral("posts")));
        QCOMPARE(categoryOf(summary(), QStringLiteral("posts"))->mayHaveBeenUsed, 396);
    }

    void cleanupTestCase()
    {
        DesktopServices::setUrlHandler({});
        m_window.reset();
    }

    void modelPassesTheTester()
    {
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_items->showQuery({});
        model()->sort(ItemsModel::TextColumn, Qt::AscendingOrder);
        model()->sort(ItemsModel::DateColumn, Qt::DescendingOrder);
    }

    // Done when: click "Posts and shares: 396" → the 396 posts that may have been used.
    void overviewLinkListsThePostsFigure()
    {
        reset();
        QPushButton *posts = button(QStringLiteral("itemLink_posts"));
        QVERIFY(posts->isVisible());
        QCOMPARE(posts->cursor().shape(), Qt::PointingHandCursor);
        QVERIFY(!posts->toolTip().isEmpty());
        QTest::mouseClick(posts, Qt::LeftButton);
        QCOMPARE(m_window->currentPage(), int(MainWindow::ItemsIndex));
        QCOMPARE(model()->rowCount(), 396);
        QCOMPARE(everyRow([this](int row) -> QString {
                     const QModelIndex index = model()->index(row, 0);
                     if (index.data(ItemsModel::CategoryIdRole).toString() != u"posts")
                         return QStringLiteral("category %1").arg(index.data(ItemsModel::CategoryIdRole).toString());
                     if (index.data(ItemsModel::StatusRole).toInt() != int(ItemStatus::MayHaveBeenUsed))
                         return QStringLiteral("status %1").arg(index.data(ItemsModel::StatusRole).toInt());
                     return {};
                 }),
                 QString());
        QVERIFY2(m_items->countText().startsWith(QStringLiteral("396 of ")), qPrintable(m_items->countText()));
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("itemsCount"))->text(), m_items->countText());
        QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("itemsCategory"))->currentData().toString(),
                 QStringLiteral("posts"));
        // The status column names the training window that exposed the item.
        QVERIFY2(model()->index(0, ItemsModel::StatusColumn).data().toString().contains(QStringLiteral("2024")),
                 qPrintable(model()->index(0, ItemsModel::StatusColumn).data().toString()));
    }

    // The same link pressed the way a screen reader does.
    void overviewLinkThroughAccessibility()
    {
        reset();
        QPushButton *posts = button(QStringLiteral("itemLink_posts"));
        QVERIFY(QAccessible::queryAccessibleInterface(posts)->text(QAccessible::Name).contains(QStringLiteral("396")));
        QCOMPARE(pressAccessiblyAndWait(posts), QString());
        QCOMPARE(m_window->currentPage(), int(MainWindow::ItemsIndex));
        QCOMPARE(model()->rowCount(), 396);
    }

    // Every listed category's link and every tile: the list holds exactly the figure's items.
    void everyFigureEqualsItsList()
    {
        const QStringList listed = model()->list().store().listedCategories();
        QVERIFY(listed.contains(QStringLiteral("posts")));
        qint64 listedMayHaveBeenUsed = 0;
        qint64 listedExposed = 0;
        qint64 listedNotUsed = 0;
        for (const QString &id : listed) {
            const CategorySummary *category = categoryOf(summary(), id);
            QVERIFY2(category, qPrintable(id));
            listedMayHaveBeenUsed += category->mayHaveBeenUsed;
            listedExposed += category->exposedIfUsed;
            listedNotUsed += category->notUsed;
            for (const auto &[status, figure] : {std::pair{ItemStatus::MayHaveBeenUsed, category->mayHaveBeenUsed},
                                                 std::pair{ItemStatus::Unknown, category->exposedIfUsed},
                                                 std::pair{ItemStatus::NotUsed, category->notUsed}}) {
                ItemQuery query;
                query.categoryId = id;
                query.status = status;
                m_items->showQuery(query);
                QVERIFY2(model()->rowCount() == figure, qPrintable(QStringLiteral("%1 %2: %3 rows, figure %4")
                                                                       .arg(id)
                                                                       .arg(int(status))
                                                                       .arg(model()->rowCount())
                                                                       .arg(figure)));
            }
            if (category->mayHaveBeenUsed > 0) {
                reset();
                QTest::mouseClick(button(QStringLiteral("itemLink_") + id), Qt::LeftButton);
                QCOMPARE(model()->rowCount(), category->mayHaveBeenUsed);
            }
        }
        // A click anywhere on the tile, and its button pressed accessibly.
        reset();
        auto *tile = m_window->findChild<QFrame *>(QStringLiteral("mayHaveBeenUsedTile"));
        QCOMPARE(tile->cursor().shape(), Qt::PointingHandCursor);
        QTest::mouseClick(tile, Qt::LeftButton, {}, QPoint(tile->width() / 2, 8));
        QCOMPARE(m_window->currentPage(), int(MainWindow::ItemsIndex));
        QCOMPARE(model()->rowCount(), listedMayHaveBeenUsed);
        reset();
        QCOMPARE(pressAccessiblyAndWait(button(QStringLiteral("notUsedTileItemsButton"))), QString());
        QCOMPARE(model()->rowCount(), listedNotUsed);
        reset();
        QTest::mouseClick(button(QStringLiteral("exposedIfUsedTileItemsButton")), Qt::LeftButton);
        QCOMPARE(model()->rowCount(), listedExposed);
        // The tile's figure counts categories without a list too: the page says which.
        QLabel *note = m_window->findChild<QLabel *>(QStringLiteral("itemsNote"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(categoryOf(summary(), QStringLiteral("login-activity"))->label),
                 qPrintable(note->text()));
    }

    void categoryRowOpensItsItems()
    {
        m_window->showPage(MainWindow::CategoriesIndex);
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("categoriesTable"));
        QVERIFY(table);
        int postsRow = -1;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(CategoriesModel::CategoryIdRole).toString() == u"posts")
                postsRow = row;
        }
        QVERIFY(postsRow >= 0);
        // Enter on the row.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(postsRow, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(m_window->currentPage(), int(MainWindow::ItemsIndex));
        const CategorySummary *posts = categoryOf(summary(), QStringLiteral("posts"));
        QCOMPARE(model()->rowCount(), posts->itemCount);
        // The "Show items" button of the selected row.
        m_window->showPage(MainWindow::CategoriesIndex);
        m_items->showQuery({});
        QPushButton *show = button(QStringLiteral("showItemsButton"));
        QVERIFY(show->isVisible());
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(m_window->currentPage(), int(MainWindow::ItemsIndex));
        QCOMPARE(model()->rowCount(), posts->itemCount);
        // A category counted without a list: the page says so instead of an empty table.
        ItemQuery login;
        login.categoryId = QStringLiteral("login-activity");
        m_window->showItems(login);
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("itemsEmpty"))->isVisible());
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("itemsEmptyText"))
                    ->text()
                    .startsWith(QStringLiteral("This source has no item list for")));
    }

    // The activity table's cell (Enter) and the chart's band (a click): the month's items.
    void monthOpensItsItems()
    {
        reset();
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("activityTable"));
        auto *months = qobject_cast<MonthlyActivityModel *>(table->model());
        QVERIFY(months);
        int row = -1;
        for (int r = 0; r < months->rowCount() && row < 0; ++r) {
            if (months->index(r, MonthlyActivityModel::MayHaveBeenUsedColumn).data().toString() != u"0")
                row = r;
        }
        QVERIFY(row >= 0);
        const QDate month = months->monthAt(row);
        table->setFocus();
        table->setCurrentIndex(months->index(row, MonthlyActivityModel::MayHaveBeenUsedColumn));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(m_window->currentPage(), int(MainWindow::ItemsIndex));
        QVERIFY(model()->rowCount() > 0);
        QCOMPARE(everyRow([this, month](int r) -> QString {
                     const QDate day = model()->list().store().date(model()->storeIndex(r)).value_or(QDate());
                     if (day.year() != month.year() || day.month() != month.month())
                         return day.toString(Qt::ISODate);
                     if (model()->index(r, 0).data(ItemsModel::StatusRole).toInt() != int(ItemStatus::MayHaveBeenUsed))
                         return QStringLiteral("status");
                     return {};
                 }),
                 QString());
        const int fromTable = model()->rowCount();

        // The chart: a click low in that month's bar is its "may have been used" band.
        reset();
        auto *chart = m_window->findChild<ActivityChart *>(QStringLiteral("activityChart"));
        QVERIFY(chart);
        QWidget *view = chart->view();
        const QDate middle = month.addDays(14);
        const qreal x = middle.year() + (middle.dayOfYear() - 1) / qreal(middle.daysInYear());
        const QPointF inChart = chart->chart()->mapToPosition(QPointF(x, 0.5));
        auto *graphics = qobject_cast<QGraphicsView *>(view);
        QVERIFY(graphics);
        const QPoint pos = graphics->mapFromScene(chart->chart()->mapToScene(inChart)); // viewport coordinates
        QCOMPARE(chart->monthAt(pos).first, month);
        QCOMPARE(chart->monthAt(pos).second, int(ActivityChart::MayHaveBeenUsedBand));
        QTest::mouseClick(graphics->viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(m_window->currentPage(), int(MainWindow::ItemsIndex));
        QCOMPARE(model()->rowCount(), fromTable);
    }

    void searchAndFiltersChangeTheRows()
    {
        m_window->showItems({});
        const int all = model()->rowCount();
        QVERIFY(all > 396);
        QCOMPARE(m_items->countText(), QStringLiteral("%1 of %1 items").arg(QLocale().toString(all)));
        // A word of a row's text, typed: the list waits for the pause, then narrows.
        const QString text = model()->index(all / 2, 0).data(ItemsModel::FullTextRole).toString();
        const QString word = text.split(u' ', Qt::SkipEmptyParts).value(1);
        QVERIFY2(word.size() >= 3, qPrintable(text));
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("itemsSearch"));
        search->setFocus();
        QTest::keyClicks(search, word);
        QCOMPARE(model()->rowCount(), all); // not yet: the search waits for a pause in typing
        QTRY_VERIFY(model()->rowCount() < all);
        QVERIFY(model()->rowCount() >= 1);
        QCOMPARE(everyRow([this, &word](int r) -> QString {
                     return model()->index(r, 0)
                                    .data(ItemsModel::FullTextRole)
                                    .toString()
                                    .contains(word, Qt::CaseInsensitive)
                                ? QString()
                                : model()->index(r, 0).data(ItemsModel::FullTextRole).toString();
                 }),
                 QString());
        // Nothing matches: the page says so, with the way back.
        search->setText(QStringLiteral("zq-no-item-says-this-qz"));
        QTRY_COMPARE(model()->rowCount(), 0);
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("itemsEmptyTitle"))->text(),
                 QStringLiteral("No items match"));
        QTest::mouseClick(button(QStringLiteral("itemsEmptyClear")), Qt::LeftButton);
        QCOMPARE(model()->rowCount(), all);
        QCOMPARE(search->text(), QString());

        // Status.
        auto *status = m_window->findChild<QComboBox *>(QStringLiteral("itemsStatus"));
        status->setCurrentIndex(status->findData(int(ItemStatus::NotUsed)));
        QVERIFY(model()->rowCount() > 0 && model()->rowCount() < all);
        QCOMPARE(everyRow([this](int r) -> QString {
                     return model()->index(r, 0).data(ItemsModel::StatusRole).toInt() == int(ItemStatus::NotUsed)
                                ? QString()
                                : QStringLiteral("status");
                 }),
                 QString());
        status->setCurrentIndex(0);
        QCOMPARE(model()->rowCount(), all);

        // Category.
        auto *category = m_window->findChild<QComboBox *>(QStringLiteral("itemsCategory"));
        category->setCurrentIndex(category->findData(QStringLiteral("comments")));
        QCOMPARE(model()->rowCount(), categoryOf(summary(), QStringLiteral("comments"))->itemCount);
        category->setCurrentIndex(0);

        // Dates: 2025 only.
        auto *since = m_window->findChild<QDateEdit *>(QStringLiteral("itemsSince"));
        auto *until = m_window->findChild<QDateEdit *>(QStringLiteral("itemsUntil"));
        since->setDate(QDate(2025, 1, 1));
        until->setDate(QDate(2025, 12, 31));
        QVERIFY(model()->rowCount() > 0 && model()->rowCount() < all);
        QCOMPARE(everyRow([this](int r) -> QString {
                     const std::optional<QDate> day = model()->list().store().date(model()->storeIndex(r));
                     return day && day->year() == 2025 ? QString() : QStringLiteral("outside 2025");
                 }),
                 QString());
        QTest::mouseClick(button(QStringLiteral("itemsClearFilters")), Qt::LeftButton);
        QCOMPARE(model()->rowCount(), all);
    }

    void headersSort()
    {
        m_window->showItems({});
        QHeaderView *header = m_items->table()->horizontalHeader();
        for (const int column :
             {int(ItemsModel::DateColumn), int(ItemsModel::TextColumn), int(ItemsModel::StatusColumn)}) {
            for (int click = 0; click < 2; ++click) {
                QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                                  QPoint(header->sectionViewportPosition(column) + 10, header->height() / 2));
                QCOMPARE(model()->sortColumn(), column);
                const bool ascending = model()->sortOrder() == Qt::AscendingOrder;
                QCOMPARE(everyRow([this, column, ascending](int r) -> QString {
                             if (r == 0)
                                 return {};
                             const QVariant a = model()->index(r - 1, column).data(ItemsModel::SortRole);
                             const QVariant b = model()->index(r, column).data(ItemsModel::SortRole);
                             const QPartialOrdering order = QVariant::compare(a, b);
                             const bool inOrder =
                                 ascending ? order != QPartialOrdering::Greater : order != QPartialOrdering::Less;
                             if (column == ItemsModel::TextColumn) // compared without case
                                 return (ascending ? a.toString().compare(b.toString(), Qt::CaseInsensitive) <= 0
                                                   : a.toString().compare(b.toString(), Qt::CaseInsensitive) >= 0)
                                            ? QString()
                                            : a.toString() + u" / " + b.toString();
                             return inOrder ? QString() : a.toString() + u" / " + b.toString();
                         }),
                         QString());
            }
        }
    }

    void copyAndOpenTheLink()
    {
        reset();
        QTest::mouseClick(button(QStringLiteral("itemLink_posts")), Qt::LeftButton);
        QTableView *table = m_items->table();
        const QRect cell = table->visualRect(model()->index(2, ItemsModel::TextColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(table->currentIndex().row(), 2);
        const QUrl link = model()->index(2, 0).data(ItemsModel::LinkRole).toUrl();
        QVERIFY2(link.scheme() == u"https" && link.host().endsWith(QStringLiteral("linkedin.com")),
                 qPrintable(link.toString()));

        QApplication::clipboard()->clear();
        QTest::mouseClick(button(QStringLiteral("itemsCopyButton")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), link.toString());
        QApplication::clipboard()->clear();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), link.toString());

        m_opened.clear();
        QTest::mouseClick(button(QStringLiteral("itemsOpenButton")), Qt::LeftButton);
        QCOMPARE(m_opened, QList<QUrl>{link});
        QCOMPARE(pressAccessiblyAndWait(button(QStringLiteral("itemsOpenButton"))), QString());
        QCOMPARE(m_opened.size(), 2);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(m_opened.size(), 3);
        QCOMPARE(m_opened.last(), link);
    }

    // Links are data from the export: only the platform's own https pages open.
    void onlyThePlatformsPagesOpen()
    {
        auto store = std::make_shared<ItemStore>();
        const QStringList links = {
            QStringLiteral("https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000001/"),
            QStringLiteral("http://www.linkedin.com/feed/update/urn:li:activity:7000000000000000002/"),
            QStringLiteral("https://linkedin.com.evil.example/feed/"),
            QStringLiteral("file:///etc/passwd"),
            QStringLiteral("https://user:secret@www.linkedin.com/feed/"),
            QStringLiteral("javascript:alert(1)"),
        };
        for (const QString &link : links)
            QVERIFY(store->add(u"posts", QDate(2024, 5, 1), u"A post", link, ItemKind::Post));
        ItemsPage page(m_policy);
        page.setSummary(summary());
        page.setList(ItemList(store, summary()), false);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.table()->sortByColumn(ItemsModel::LinkColumn, Qt::AscendingOrder);
        m_opened.clear();
        int openable = 0;
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            page.table()->setCurrentIndex(page.model()->index(row, 0));
            const bool opened = page.openCurrentLink();
            const bool expected = page.model()->index(row, 0).data(ItemsModel::LinkRole).toUrl() == QUrl(links.first());
            QCOMPARE(opened, expected);
            QCOMPARE(page.findChild<QPushButton *>(QStringLiteral("itemsOpenButton"))->isEnabled(), expected);
            openable += opened ? 1 : 0;
        }
        QCOMPARE(openable, 1);
        QCOMPARE(m_opened, QList<QUrl>{QUrl(links.first())});
    }

    void forgetThisExport()
    {
        // The demo member is not a data export: nothing to forget.
        m_window->showItems({});
        QVERIFY(!button(QStringLiteral("itemsForgetButton"))->isVisible());

        auto store = std::make_shared<ItemStore>();
        for (int i = 0; i < 50; ++i)
            QVERIFY(store->add(u"comments", QDate(2024, 1, 1).addDays(i), u"A comment", {}, ItemKind::Comment));
        ItemsPage page(m_policy);
        page.setSummary(summary());
        page.setList(ItemList(store, summary()), true);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), 50);
        QSignalSpy forgotten(&page, &ItemsPage::itemsForgotten);
        auto *forget = page.findChild<QPushButton *>(QStringLiteral("itemsForgetButton"));
        QVERIFY(forget->isVisible());
        // Cancel keeps them.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(forget, Qt::LeftButton);
        QCOMPARE(page.model()->rowCount(), 50);
        QCOMPARE(forgotten.count(), 0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QCOMPARE(pressAccessiblyAndWait(forget), QString());
        QCOMPARE(forgotten.count(), 1);
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.model()->list().isNull());
        QCOMPARE(store.use_count(), 1); // the page keeps no reference to the items
        QCOMPARE(page.state(), Page::State::Empty);
        QCOMPARE(page.statePanel()->title(), QStringLiteral("The items were forgotten"));
    }

    // A data export in the real window: its items are listed, "Forget this export" drops them from
    // the page and the source, and the Overview's links go with them; the figures stay.
    void forgetARealExport()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString zip = dir.filePath(QStringLiteral("Basic_LinkedInDataExport_11-29-2026.zip"));
        // The published columns (LINKEDIN-FACTS §4): Shares.csv and Comments.csv.
        QCOMPARE(test::writeZip(zip,
                                {{QStringLiteral("Shares.csv"),
                                  "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
                                  "2024-06-11 09:51:14,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A71/,"
                                  "\"A post about <b>bread</b>\",,,MEMBER_NETWORK\n"
                                  "2025-01-20 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A72/,"
                                  "Another post,,,MEMBER_NETWORK\n"},
                                 {QStringLiteral("Comments.csv"),
                                  "Date,Link,Message\n"
                                  "2024-05-02 08:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A9/,"
                                  "Nice one\n"}},
                                QDate(2025, 6, 1)),
                 QString());
        MainWindow window(m_policy, m_clock);
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        SourceSpec spec;
        spec.kind = SourceSpec::Kind::Archive;
        spec.archivePath = zip;
        spec.region = QStringLiteral("US");
        spec.optedOutSince = QDate(2024, 10, 2);
        QVERIFY(window.openConnection(spec, false));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
        auto *items = window.findChild<ItemsPage *>(QStringLiteral("itemsPage"));
        QTRY_VERIFY(items->hasList());
        ItemQuery posts;
        posts.categoryId = QStringLiteral("posts");
        window.showItems(posts);
        QCOMPARE(items->model()->rowCount(), 2);
        // Before the window (18 Sep 2024 – 2 Oct 2024 for a US member who opted out on 2 Oct) and after.
        ItemQuery used = posts;
        used.status = ItemStatus::MayHaveBeenUsed;
        window.showItems(used);
        QCOMPARE(items->model()->rowCount(), 1);
        QCOMPARE(items->model()->index(0, 0).data(ItemsModel::FullTextRole).toString(),
                 QStringLiteral("A post about <b>bread</b>"));
        window.showPage(MainWindow::OverviewIndex);
        QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("itemLink_posts")));
        window.showItems({});

        auto *forget = window.findChild<QPushButton *>(QStringLiteral("itemsForgetButton"));
        QVERIFY(forget->isVisible());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(forget, Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("3 items")));
        QCOMPARE(items->model()->rowCount(), 0);
        QVERIFY(!items->hasList());
        QCOMPARE(items->statePanel()->title(), QStringLiteral("The items were forgotten"));
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("itemLink_posts")));
        QVERIFY(window.summary().has_value()); // the figures stay
    }

    void everyControlNamedAndReachable()
    {
        m_window->showItems({});
        QStringList unnamed;
        for (QWidget *widget : m_items->findChildren<QWidget *>()) {
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(widget->objectName() + u' ' + QLatin1StringView(widget->metaObject()->className()));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
        // Ctrl+5 shows the page; Tab from the search reaches the table and its buttons.
        m_window->showPage(MainWindow::OverviewIndex);
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), int(MainWindow::ItemsIndex));
        auto *search = m_items->findChild<QLineEdit *>(QStringLiteral("itemsSearch"));
        search->setFocus();
        QSet<QWidget *> reached;
        QStringList order;
        for (int step = 0; step < 20; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached.insert(QApplication::focusWidget());
            order.append(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QStringLiteral("-"));
        }
        QVERIFY2(reached.contains(m_items->table()), qPrintable(order.join(u", ")));
        QVERIFY2(reached.contains(button(QStringLiteral("itemsCopyButton"))), qPrintable(order.join(u", ")));
    }

    // 100,000 items: data() reads any row, a filter and a sort give exactly the rows they should
    // (behaviour only: the model copies no item, so its cost is the store's).
    void hundredThousandItems()
    {
        constexpr int Count = 100'000;
        auto store = std::make_shared<ItemStore>();
        const QStringList categories = {QStringLiteral("posts"), QStringLiteral("comments"),
                                        QStringLiteral("articles")};
        for (int i = 0; i < Count; ++i) {
            const QString text = QStringLiteral("Item %1 about topic %2 with a few more words").arg(i).arg(i % 10);
            const QString link =
                QStringLiteral("https://www.linkedin.com/feed/update/urn:li:activity:%1/").arg(7000000 + i);
            QVERIFY(store->add(categories.at(i % 3), QDate(2019, 1, 1).addDays(i % 2900), text, link,
                               i % 3 == 1 ? ItemKind::Comment : ItemKind::Post));
        }
        QCOMPARE(store->size(), Count);
        ItemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setList(ItemList(store, summary()), {});
        QCOMPARE(model.rowCount(), Count);
        model.sort(ItemsModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, ItemsModel::DateColumn).data(ItemsModel::SortRole).toLongLong(),
                 QDate(2019, 1, 1).toJulianDay());
        QCOMPARE(model.index(Count - 1, ItemsModel::DateColumn).data(ItemsModel::SortRole).toLongLong(),
                 QDate(2019, 1, 1).addDays(2899).toJulianDay());
        const QString middle = model.index(Count / 2, ItemsModel::TextColumn).data().toString();
        QVERIFY(middle.startsWith(QStringLiteral("Item ")));
        // "topic 7": every tenth item; of the comments (i % 3 == 1), a third of those.
        ItemQuery query;
        query.search = QStringLiteral("TOPIC 7 ");
        model.setQuery(query);
        QCOMPARE(model.rowCount(), Count / 10);
        query.categoryId = QStringLiteral("comments");
        model.setQuery(query);
        int expected = 0;
        for (int i = 0; i < Count; ++i)
            expected += (i % 10 == 7 && i % 3 == 1) ? 1 : 0;
        QCOMPARE(model.rowCount(), expected);
        for (int row = 0; row < model.rowCount(); row += 997) {
            QVERIFY(model.index(row, ItemsModel::TextColumn).data().toString().contains(QStringLiteral("topic 7 ")));
            QCOMPARE(model.index(row, ItemsModel::CategoryColumn).data(ItemsModel::CategoryIdRole).toString(),
                     QStringLiteral("comments"));
        }
    }
};

QTEST_MAIN(TestItemsPage)
#include "TestItemsPage.moc"
