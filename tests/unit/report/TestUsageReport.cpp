// The report model: the figures, statements and rights a member reads in every format.
#include "core/Clock.h"
#include "core/MemberRecord.h"
#include "core/OptOutWording.h"
#include "core/Policy.h"
#include "core/PolicyLoader.h"
#include "core/UsageReport.h"
#include "core/UsageSummary.h"
#include "core/UsageSummaryJson.h"

#include <QJsonArray>
#include <QTest>

using namespace pd;

namespace {

QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

Policy policy()
{
    return PolicyLoader::bundled().value();
}

// DESIGN §3's worked example: posts of May 2023 and 20 Sep 2024 may have been used, one of
// Nov 2024 not; two private messages are in a category the policy excludes.
UsageSummary workedExample(const QString &region, const QDateTime &optedOutAt, const Clock &clock,
                           const SourceInfo &source = {})
{
    ActivityLedger ledger;
    ledger.add(QStringLiteral("posts"), QDate(2023, 5, 10));
    ledger.add(QStringLiteral("posts"), QDate(2024, 9, 20));
    ledger.add(QStringLiteral("posts"), QDate(2024, 11, 4));
    ledger.add(QStringLiteral("messages"), QDate(2024, 9, 1), 2);
    ledger.addUndated(QStringLiteral("profile"), 5);
    OptOutHistory history;
    history.append({optedOutAt, true, QStringLiteral("web"), QStringLiteral("conf-123")});
    return buildUsageSummary(policy(), MemberInfo{QStringLiteral("m-1"), QStringLiteral("Sam Doe"), region}, ledger,
                             history, source, clock);
}

const ReportRight *right(const UsageReport &report, const QString &id)
{
    for (const ReportRight &item : report.rights) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

bool anyContains(const QStringList &lines, const QString &needle)
{
    for (const QString &line : lines) {
        if (line.contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestUsageReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monthlySeriesSplitsLikeTheExposureRule()
    {
        const FixedClock clock(utc(2026, 1, 1));
        const UsageSummary summary = workedExample(QStringLiteral("US"), utc(2024, 10, 2, 8, 15), clock);
        QCOMPARE(summary.totalMayHaveBeenUsed, 5 + 2); // undated profile fields + two posts
        QCOMPARE(summary.monthly.size(), 3);           // months without items are absent
        QCOMPARE(summary.monthly.at(0).month, QDate(2023, 5, 1));
        QCOMPARE(summary.monthly.at(0).mayHaveBeenUsed, 1);
        QCOMPARE(summary.monthly.at(1).month, QDate(2024, 9, 1));
        QCOMPARE(summary.monthly.at(1).mayHaveBeenUsed, 1);
        QCOMPARE(summary.monthly.at(1).notTrainingCategory, 2);
        QCOMPARE(summary.monthly.at(2).month, QDate(2024, 11, 1));
        QCOMPARE(summary.monthly.at(2).notUsed, 1);
        QCOMPARE(summary.monthly.at(2).mayHaveBeenUsed, 0);
    }

    void monthlySeriesIsInTheJson()
    {
        const FixedClock clock(utc(2026, 1, 1));
        const UsageSummary summary = workedExample(QStringLiteral("US"), utc(2024, 10, 2, 8, 15), clock);
        const QJsonArray months = UsageSummaryJson::encode(summary).value(QStringLiteral("monthly")).toArray();
        QCOMPARE(months.size(), summary.monthly.size());
        QCOMPARE(months.at(2).toObject().value(QStringLiteral("month")).toString(), QStringLiteral("2024-11"));
        QCOMPARE(months.at(2).toObject().value(QStringLiteral("notUsed")).toInteger(), 1);
    }

    void statesTheMembersOwnFiguresAndThatOptingOutDoesNotUndo()
    {
        const FixedClock clock(utc(2026, 1, 1, 12));
        const UsageSummary summary = workedExample(QStringLiteral("US"), utc(2024, 10, 2, 8, 15), clock);
        const UsageReport report = buildUsageReport(summary, policy(), clock);
        QCOMPARE(report.summary.totalItems, 10);
        QCOMPARE(report.summary.totalMayHaveBeenUsed, 7);
        QCOMPARE(report.memberFigures,
                 QStringLiteral("Of your 10 items, 7 may already have been used to train generative-AI models "
                                "before you opted out; opting out does not undo that. 3 were not used."));
        QVERIFY(report.optOutEffect.startsWith(OptOutWording::priorTraining()));
        QVERIFY(!report.optOutEffect.contains(QStringLiteral("LinkedIn says: LinkedIn")));
        QCOMPARE(report.optOutStateText,
                 QStringLiteral("You opted out of training on 2 October 2024, 08:15 UTC (confirmation id conf-123)."));
        QCOMPARE(report.generatedAt, utc(2026, 1, 1, 12));
        QCOMPARE(report.summary.asOf, summary.asOf);
        QCOMPARE(report.summary.categories.size(), summary.categories.size());
        const CategorySummary &posts = report.summary.categories.at(1);
        QCOMPARE(posts.id, QStringLiteral("posts"));
        QCOMPARE(posts.mayHaveBeenUsed, 2);
        QCOMPARE(posts.notUsed, 1);
        QVERIFY(!report.wordingOf(posts.id).reason.isEmpty());
        QCOMPARE(report.wordingOf(posts.id).source.scheme(), QStringLiteral("https"));
    }

    // The statement every format prints: "may have been used" is the used categories alone, and
    // items in categories the platform has not said either way get a sentence of their own.
    void statesUnknownCategoriesApartFromTheHeadline()
    {
        const FixedClock clock(utc(2026, 1, 1, 12));
        ActivityLedger ledger;
        ledger.add(QStringLiteral("posts"), QDate(2024, 9, 20));
        ledger.add(QStringLiteral("reactions"), QDate(2024, 9, 20), 4);
        ledger.add(QStringLiteral("reactions"), QDate(2024, 11, 4));
        OptOutHistory history;
        history.append({utc(2024, 10, 2, 8, 15), true, QStringLiteral("web"), QStringLiteral("conf-123")});
        const MemberInfo member{QStringLiteral("m-1"), QStringLiteral("Sam Doe"), QStringLiteral("US")};
        const UsageReport report =
            buildUsageReport(buildUsageSummary(policy(), member, ledger, history, {}, clock), policy(), clock);
        QCOMPARE(report.summary.totalMayHaveBeenUsed, 1);
        QCOMPARE(report.summary.totalExposedIfUsed, 4);
        QCOMPARE(report.summary.totalNotUsed, 1);
        QCOMPARE(report.memberFigures,
                 QStringLiteral("Of your 6 items, 1 may already have been used to train generative-AI models before "
                                "you opted out; opting out does not undo that. Separately, 4 items in categories the "
                                "platform has not said either way existed while a training period covered you; they "
                                "are not counted as used, and would have been exposed only if the platform uses that "
                                "data. 1 was not used."));

        ActivityLedger onlyUnknown;
        onlyUnknown.add(QStringLiteral("reactions"), QDate(2024, 9, 20), 3);
        const UsageReport unknown =
            buildUsageReport(buildUsageSummary(policy(), member, onlyUnknown, history, {}, clock), policy(), clock);
        QCOMPARE(unknown.summary.totalMayHaveBeenUsed, 0);
        QVERIFY2(unknown.memberFigures.startsWith(QStringLiteral("None of your 3 items may have been used")),
                 qPrintable(unknown.memberFigures));
        QVERIFY(unknown.memberFigures.contains(
            QStringLiteral("Separately, 3 items in categories the platform has not said either way")));
    }

    void aMemberWithNoTrainingWindowIsToldNothingWasUsed()
    {
        const FixedClock clock(utc(2026, 1, 1));
        const UsageSummary summary = workedExample(QStringLiteral("DE"), utc(2025, 10, 15), clock);
        const UsageReport report = buildUsageReport(summary, policy(), clock);
        QCOMPARE(report.summary.totalMayHaveBeenUsed, 0);
        QVERIFY(report.memberFigures.startsWith(QStringLiteral("None of your 10 items can have been used")));
        QVERIFY(report.gdprRegion);
        QVERIFY(report.regionLabel.contains(QStringLiteral("European Union")));
    }

    void answersEveryPointOfArticle15()
    {
        const FixedClock clock(utc(2026, 1, 1));
        const UsageReport report =
            buildUsageReport(workedExample(QStringLiteral("US"), utc(2024, 10, 2), clock), policy(), clock);
        QStringList points;
        for (const ReportArticle15Item &item : report.article15) {
            points.append(item.point);
            QVERIFY2(!item.text.isEmpty(), qPrintable(item.point));
        }
        QCOMPARE(points,
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                              QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g"), QStringLiteral("h")}));
        QVERIFY(report.article15.at(0).text.contains(QStringLiteral("Data for Generative AI Improvement")));
        QVERIFY(!report.policy.relatedControls.isEmpty());
        for (const RelatedControl &control : report.policy.relatedControls)
            QCOMPARE(control.url.scheme(), QStringLiteral("https"));
    }

    void rightsFollowTheRegion_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("complaintUrlHost");
        QTest::newRow("US: no GDPR authority") << QStringLiteral("US") << QString();
        QTest::newRow("DE: EU authorities") << QStringLiteral("DE") << QStringLiteral("www.edpb.europa.eu");
        QTest::newRow("NO: EEA authorities") << QStringLiteral("NO") << QStringLiteral("www.edpb.europa.eu");
        QTest::newRow("GB: ICO") << QStringLiteral("GB") << QStringLiteral("ico.org.uk");
        QTest::newRow("CH: FDPIC") << QStringLiteral("CH") << QStringLiteral("www.edoeb.admin.ch");
    }

    void rightsFollowTheRegion()
    {
        QFETCH(QString, region);
        QFETCH(QString, complaintUrlHost);
        const FixedClock clock(utc(2026, 1, 1));
        const UsageReport report = buildUsageReport(workedExample(region, utc(2024, 10, 2), clock), policy(), clock);
        for (const QString &id : {QStringLiteral("access"), QStringLiteral("portability"), QStringLiteral("objection"),
                                  QStringLiteral("complaint")})
            QVERIFY2(right(report, id), qPrintable(id));
        QCOMPARE(right(report, QStringLiteral("complaint"))->url.host(), complaintUrlHost);
        QCOMPARE(right(report, QStringLiteral("objection"))->url.toString(),
                 QStringLiteral("https://www.linkedin.com/help/linkedin/ask/TS-DPRO"));
        QCOMPARE(report.gdprRegion, !complaintUrlHost.isEmpty());
    }

    void saysWhatItCannotKnowAndWhatIsStale()
    {
        const FixedClock clock(utc(2026, 1, 1));
        SourceInfo source{SourceInfo::Kind::Archive, QStringLiteral("Basic_LinkedInDataExport_01-01-2026.zip"),
                          QStringLiteral("ab").repeated(32), true};
        UsageSummary summary = workedExample(QStringLiteral("ZZ"), utc(2024, 10, 2), clock, source);
        summary.policyVersion = QStringLiteral("2024-09-18.1");
        summary.history.append({utc(2025, 1, 1), false, QStringLiteral("web"), QString()});
        const UsageReport report = buildUsageReport(summary, policy(), clock);
        QVERIFY(anyContains(report.limitations, QStringLiteral("which of your items a model actually used")));
        QVERIFY(anyContains(report.limitations, QStringLiteral("local cache")));
        QVERIFY(anyContains(report.limitations, QStringLiteral("does not record the opt-out")));
        QVERIFY(anyContains(report.limitations, QStringLiteral("version 2024-09-18.1")));
        QVERIFY(anyContains(report.limitations, QStringLiteral("Your region (ZZ) is not in the policy")));
        QVERIFY(anyContains(report.limitations, QStringLiteral("1 change of the opt-out history has no confirmation")));
        QVERIFY(anyContains(report.limitations, QStringLiteral("5 items carry no date")));
        QVERIFY(report.sourceDescription.contains(QStringLiteral("Basic_LinkedInDataExport_01-01-2026.zip")));
        QVERIFY(report.sourceDescription.contains(QStringLiteral("ab").repeated(32)));
        QVERIFY(report.sourceDescription.contains(QStringLiteral("cache")));
    }

    void aMemberWhoNeverChangedTheSettingIsOptedIn()
    {
        const FixedClock clock(utc(2026, 1, 1));
        ActivityLedger ledger;
        ledger.add(QStringLiteral("posts"), QDate(2025, 1, 1));
        const UsageSummary summary =
            buildUsageSummary(policy(), MemberInfo{QStringLiteral("m"), QStringLiteral("A"), QStringLiteral("US")},
                              ledger, OptOutHistory(), SourceInfo{}, clock);
        const UsageReport report = buildUsageReport(summary, policy(), clock);
        QVERIFY(report.optOutStateText.contains(QStringLiteral("never changed the setting")));
        QVERIFY(report.summary.futureUse);
        QVERIFY(report.futureUseText.contains(QStringLiteral("until you opt out")));
        QVERIFY(report.memberFigures.contains(QStringLiteral("opting out now would stop future training")));
    }
};

QTEST_GUILESS_MAIN(TestUsageReport)
#include "TestUsageReport.moc"
