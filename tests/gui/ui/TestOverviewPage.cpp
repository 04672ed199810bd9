// The Overview page as the member reads it: the headline figures are the real labels of the
// real page, and "may have been used" never includes the categories the platform has not said
// either way, which have a tile, a chart series and a table column of their own.
#include "core/Clock.h"
#include "core/DemoDataSource.h"
#include "support/GuiTestStart.h"
#include "ui/ActivityChart.h"
#include "ui/MonthlyActivityModel.h"
#include "ui/OverviewPage.h"

#include <QAbstractSeries>
#include <QAreaSeries>
#include <QChart>
#include <QFrame>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QValueAxis>

using namespace pd;
using namespace pd::test;

class TestOverviewPage final : public QObject
{
    Q_OBJECT

private:
    Policy m_policy;
    UsageSummary m_summary;

    QString label(const OverviewPage &page, const QString &name) const
    {
        const auto *widget = page.findChild<QLabel *>(name);
        if (!widget)
            qFatal("no label %s", qPrintable(name));
        return widget->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startGuiTest(&m_policy));
        const FixedClock clock(QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC));
        Result<DemoDataSource *> demo = DemoDataSource::create(clock);
        QVERIFY(demo.ok());
        std::unique_ptr<DemoDataSource> source(demo.value());
        m_summary = source->summaryNow();
        QCOMPARE(m_summary.totalMayHaveBeenUsed, 3853);
        QCOMPARE(m_summary.totalExposedIfUsed, 4813);
    }

    void headlineShowsBothFiguresApart()
    {
        OverviewPage page(m_policy);
        page.setSummary(m_summary);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        QCOMPARE(label(page, QStringLiteral("mayHaveBeenUsedValue")), QStringLiteral("3,853"));
        QVERIFY(label(page, QStringLiteral("mayHaveBeenUsedCaption"))
                    .contains(QStringLiteral("may already have been used")));
        QCOMPARE(label(page, QStringLiteral("exposedIfUsedValue")), QStringLiteral("4,813"));
        QVERIFY(label(page, QStringLiteral("exposedIfUsedCaption"))
                    .contains(QStringLiteral("in categories the platform has not said either way")));
        QCOMPARE(label(page, QStringLiteral("notUsedValue")), QStringLiteral("7,674"));

        // Side by side, both visible; the merged figure appears nowhere on the page.
        const auto *used = page.findChild<QFrame *>(QStringLiteral("mayHaveBeenUsedTile"));
        const auto *exposed = page.findChild<QFrame *>(QStringLiteral("exposedIfUsedTile"));
        QVERIFY(used && exposed);
        QVERIFY(used->isVisible() && exposed->isVisible());
        QCOMPARE(used->geometry().top(), exposed->geometry().top());
        QVERIFY(used->geometry().right() < exposed->geometry().left());
        QVERIFY(exposed->accessibleName().startsWith(QStringLiteral("4,813 items in categories")));
        const QList<QLabel *> labels = page.findChildren<QLabel *>();
        for (const QLabel *any : labels)
            QVERIFY2(!any->text().contains(QStringLiteral("8,666")), qPrintable(any->objectName()));
    }

    void chartAndTableHaveTheirOwnSeries()
    {
        OverviewPage page(m_policy);
        page.setSummary(m_summary);

        const auto *chart = page.findChild<ActivityChart *>();
        QVERIFY(chart);
        QStringList names;
        const QList<QAbstractSeries *> series = chart->chart()->series();
        for (const QAbstractSeries *one : series)
            names.append(one->name());
        QVERIFY2(names.contains(QStringLiteral("May have been used")), qPrintable(names.join(u'|')));
        QVERIFY2(names.contains(QStringLiteral("Not said either way")), qPrintable(names.join(u'|')));

        const auto *table = page.findChild<QTableView *>(QStringLiteral("activityTable"));
        QVERIFY(table);
        const QAbstractItemModel *model = table->model();
        QCOMPARE(model->headerData(MonthlyActivityModel::ExposedIfUsedColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Not said either way"));
        // September 2024, hand-counted from resources/demo/demo-member.json (docs/privacy-model.md).
        int september = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, MonthlyActivityModel::MonthColumn).data().toString() == u"Sep 2024")
                september = row;
        }
        QVERIFY(september >= 0);
        QCOMPARE(model->index(september, MonthlyActivityModel::MayHaveBeenUsedColumn).data().toString(),
                 QStringLiteral("52"));
        QCOMPARE(model->index(september, MonthlyActivityModel::ExposedIfUsedColumn).data().toString(),
                 QStringLiteral("76"));
    }

    // A data export with a few items dated decades back: the axis starts at the first year with
    // real activity and the rest is summarised as "N items before YEAR"; year labels fit.
    void longHistoryStartsAtRealActivity()
    {
        QList<MonthlyActivity> months;
        MonthlyActivity old;
        old.month = QDate(1970, 1, 1);
        old.notUsed = 3;
        months.append(old);
        old.month = QDate(1985, 6, 1);
        old.notUsed = 1;
        months.append(old);
        for (QDate month(2015, 1, 1); month <= QDate(2024, 12, 1); month = month.addMonths(1)) {
            MonthlyActivity one;
            one.month = month;
            one.mayHaveBeenUsed = 10;
            one.notUsed = 10;
            months.append(one);
        }
        ActivityChart chart;
        chart.resize(420, 320);
        chart.setData(months, {{QDate(2024, 9, 18), QStringLiteral("Policy start"), false},
                               {QDate(2024, 10, 2), QStringLiteral("Opted out"), true}});
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCOMPARE(chart.firstYearShown(), 2015);
        QCOMPARE(chart.itemsBefore(), 4);
        const auto *axis = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->titleText(), QStringLiteral("4 items before 2015 not drawn (they are in the table)"));
        QVERIFY(axis->min() >= 2014 && axis->min() <= 2015);
        // Narrow: a tick every few years, each label with room.
        QTRY_VERIFY(chart.chart()->plotArea().width() > 100);
        const int narrowStep = chart.yearStep();
        QVERIFY(narrowStep > 1);
        QVERIFY(axis->tickCount() * 40 <= chart.chart()->plotArea().width() + 40);
        // The two markers 14 days apart keep badges of their own.
        QList<QRectF> badges = chart.markerBadges();
        QCOMPARE(badges.size(), 2);
        QVERIFY(!badges.at(0).isEmpty() && !badges.at(1).isEmpty());
        QVERIFY(!badges.at(0).intersects(badges.at(1)));
        // Wide: a tick every year.
        chart.resize(1400, 500);
        QTRY_COMPARE(chart.yearStep(), 1);
        badges = chart.markerBadges();
        QVERIFY(!badges.at(0).intersects(badges.at(1)));
    }

    // One line per opt-out change and per regime start, numbered in date order and explained.
    void everyOptOutChangeIsMarked()
    {
        UsageSummary summary = m_summary;
        summary.history = {
            {QDateTime(QDate(2024, 10, 2), QTime(8, 15), Qt::UTC), true, QStringLiteral("web"), QStringLiteral("a")},
            {QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC), false, QStringLiteral("web"), QStringLiteral("b")},
            {QDateTime(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC), true, QStringLiteral("web"), QStringLiteral("c")},
        };
        OverviewPage page(m_policy);
        page.resize(1400, 900);
        page.setSummary(summary);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto *chart = page.findChild<ActivityChart *>();
        QTRY_COMPARE(chart->markerBadges().size(), 4); // the US regime and three changes
        for (const QRectF &badge : chart->markerBadges())
            QVERIFY(!badge.isEmpty());
        const QString note = label(page, QStringLiteral("chartNote"));
        QVERIFY2(note.contains(QStringLiteral("1: the policy began to apply to your region on 18 Sep 2024")),
                 qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("2: you opted out on 2 Oct 2024")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("3: you opted in again on 1 Mar 2025")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("4: you opted out on 1 Jun 2025")), qPrintable(note));
    }

    // The four areas differ by fill pattern as well as colour, in both palettes.
    void seriesDifferByPattern()
    {
        ActivityChart chart;
        chart.setData(m_summary.monthly, {});
        QSet<int> patterns;
        const QList<QAbstractSeries *> series = chart.chart()->series();
        for (QAbstractSeries *one : series) {
            if (auto *area = qobject_cast<QAreaSeries *>(one))
                patterns.insert(int(area->brush().style()));
        }
        QCOMPARE(patterns.size(), 4);
    }
};

QTEST_MAIN(TestOverviewPage)
#include "TestOverviewPage.moc"
