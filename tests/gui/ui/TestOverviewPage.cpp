// The Overview page as the member reads it: the headline figures are the real labels of the
// real page, and "may have been used" never includes the categories the platform has not said
// either way, which have a tile, a chart series and a table column of their own.
#include "ActivityChart.h"
#include "Clock.h"
#include "DemoDataSource.h"
#include "GuiTestStart.h"
#include "MonthlyActivityModel.h"
#include "OverviewPage.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFrame>
#include <QLabel>
#include <QTableView>
#include <QTest>

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
};

QTEST_MAIN(TestOverviewPage)
#include "TestOverviewPage.moc"
