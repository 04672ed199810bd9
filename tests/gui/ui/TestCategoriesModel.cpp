// The Categories page's model under QAbstractItemModelTester, and its sorting as the member
// sees it: numbers as numbers, dates as dates, through the page's own proxy.

#include "core/DemoDataSource.h"
#include "core/PolicyLoader.h"
#include "ui/CategoriesModel.h"
#include "ui/CategoriesPage.h"
#include "ui/MonthlyActivityModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace pd;

namespace {

CategorySummary category(const QString &id, qint64 items, qint64 used, std::optional<QDate> first)
{
    CategorySummary row;
    row.id = id;
    row.label = id;
    row.itemCount = items;
    row.mayHaveBeenUsed = used;
    row.notUsed = items - used;
    row.genAiTraining = TrainingUse::Used;
    row.firstActivity = first;
    row.lastActivity = first;
    return row;
}

} // namespace

class TestCategoriesModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelTesterWithDemoData()
    {
        const FixedClock clock(QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC));
        Result<DemoDataSource *> demo = DemoDataSource::create(clock);
        QVERIFY(demo.ok());
        std::unique_ptr<DemoDataSource> source(demo.value());
        const UsageSummary summary = source->summaryNow();

        CategoriesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCategories(summary.categories);
        QCOMPARE(model.rowCount(), summary.categories.size());
        QCOMPARE(model.columnCount(), int(CategoriesModel::ColumnCount));
        model.setCategories({});
        QCOMPARE(model.rowCount(), 0);
        model.setCategories(summary.categories);

        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(CategoriesModel::SortRole);
        proxy.sort(CategoriesModel::ItemsColumn, Qt::DescendingOrder);
        QCOMPARE(
            proxy.index(0, CategoriesModel::ItemsColumn).data(CategoriesModel::SortRole).toLongLong(),
            std::max_element(summary.categories.cbegin(), summary.categories.cend(), [](const auto &a, const auto &b) {
                return a.itemCount < b.itemCount;
            })->itemCount);

        MonthlyActivityModel months;
        QAbstractItemModelTester monthTester(&months, QAbstractItemModelTester::FailureReportingMode::QtTest);
        months.setMonths(summary.monthly);
        QCOMPARE(months.rowCount(), summary.monthly.size());
        QVERIFY(months.rowCount() > 12);
    }

    void displaysWhatTheMemberReads()
    {
        CategoriesModel model;
        model.setCategories({category(QStringLiteral("posts"), 1234, 1000, QDate(2019, 3, 14))});
        QCOMPARE(model.index(0, CategoriesModel::ItemsColumn).data().toString(), QStringLiteral("1,234"));
        QCOMPARE(model.index(0, CategoriesModel::TrainingColumn).data().toString(), QStringLiteral("Used"));
        QCOMPARE(model.index(0, CategoriesModel::FirstColumn).data().toString(), QStringLiteral("14 Mar 2019"));
        QCOMPARE(model.index(0, CategoriesModel::MayHaveBeenUsedColumn).data().toString(), QStringLiteral("1,000"));
        QCOMPARE(model.index(0, CategoriesModel::NotUsedColumn).data().toString(), QStringLiteral("234"));
        // The training column carries an icon as well as the word: colour is not the only signal.
        QVERIFY(!model.index(0, CategoriesModel::TrainingColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.headerData(CategoriesModel::MayHaveBeenUsedColumn, Qt::Horizontal).toString(),
                 QStringLiteral("May have been used"));
    }

    // An unknown category's items inside a training window are in their own column, never in
    // "May have been used" (demo member: Reactions, 2,363 of 3,596).
    void unknownCategoryFiguresInTheirOwnColumn()
    {
        const FixedClock clock(QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC));
        Result<DemoDataSource *> demo = DemoDataSource::create(clock);
        QVERIFY(demo.ok());
        std::unique_ptr<DemoDataSource> source(demo.value());
        CategoriesModel model;
        model.setCategories(source->summaryNow().categories);
        int reactions = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(CategoriesModel::CategoryIdRole).toString() == u"reactions")
                reactions = row;
        }
        QVERIFY(reactions >= 0);
        QCOMPARE(model.index(reactions, CategoriesModel::MayHaveBeenUsedColumn).data().toString(), QStringLiteral("0"));
        QCOMPARE(model.index(reactions, CategoriesModel::ExposedIfUsedColumn).data().toString(),
                 QStringLiteral("2,363"));
        QCOMPARE(model.index(reactions, CategoriesModel::NotUsedColumn).data().toString(), QStringLiteral("1,233"));
        QCOMPARE(model.headerData(CategoriesModel::ExposedIfUsedColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Not said either way"));
        QVERIFY(model.headerData(CategoriesModel::ExposedIfUsedColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("in categories the platform has not said either way")));
    }

    void pageSortsNumbersAndDatesByValue()
    {
        Result<Policy> policy = PolicyLoader::bundled();
        QVERIFY(policy.ok());
        CategoriesPage page(policy.value());
        UsageSummary summary;
        summary.categories = {category(QStringLiteral("a"), 99, 1, QDate(2024, 1, 2)),
                              category(QStringLiteral("b"), 1234, 2, QDate(2019, 12, 31)),
                              category(QStringLiteral("c"), 5, 3, std::nullopt)};
        page.setSummary(summary);
        auto *table = page.findChild<QTableView *>(QStringLiteral("categoriesTable"));
        QVERIFY(table);
        QAbstractItemModel *view = table->model();
        QAbstractItemModelTester tester(view, QAbstractItemModelTester::FailureReportingMode::QtTest);

        table->sortByColumn(CategoriesModel::ItemsColumn, Qt::DescendingOrder);
        // As text "99" > "5" > "1,234"; as numbers 1,234 comes first.
        QCOMPARE(view->index(0, CategoriesModel::LabelColumn).data().toString(), QStringLiteral("b"));
        QCOMPARE(view->index(2, CategoriesModel::LabelColumn).data().toString(), QStringLiteral("c"));

        table->sortByColumn(CategoriesModel::FirstColumn, Qt::AscendingOrder);
        // No date first, then 31 Dec 2019 before 2 Jan 2024 (as text "2 Jan" < "31 Dec").
        QCOMPARE(view->index(0, CategoriesModel::LabelColumn).data().toString(), QStringLiteral("c"));
        QCOMPARE(view->index(1, CategoriesModel::LabelColumn).data().toString(), QStringLiteral("b"));
        QCOMPARE(view->index(2, CategoriesModel::LabelColumn).data().toString(), QStringLiteral("a"));
    }
};

QTEST_MAIN(TestCategoriesModel)
#include "TestCategoriesModel.moc"
