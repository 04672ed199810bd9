// The exposure rule of DESIGN §3, case by case. Each row states a member's situation in plain
// data (regimes, opt-out history, items, now) and the figures the member must see.
#include "ActivityLedger.h"
#include "Exposure.h"
#include "OptOutHistory.h"
#include "PolicyLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pd;

namespace {

// "2024-09-18..@*!EU,GB ; 2025-11-03..2026-01-01@EU,GB,CA" -> regimes of a small test policy.
Policy policyFromSpec(const QString &spec)
{
    QJsonArray regimes;
    int index = 0;
    for (const QString &part : spec.split(u';', Qt::SkipEmptyParts)) {
        const QString regime = part.trimmed();
        const QString dates = regime.section(u'@', 0, 0);
        const QString regions = regime.section(u'@', 1);
        const QString from = dates.section(QStringLiteral(".."), 0, 0);
        const QString to = dates.section(QStringLiteral(".."), 1);
        const QStringList include = regions.section(u'!', 0, 0).split(u',', Qt::SkipEmptyParts);
        const QStringList exclude = regions.section(u'!', 1).split(u',', Qt::SkipEmptyParts);
        regimes.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("r%1").arg(index++)},
            {QStringLiteral("label"), regime},
            {QStringLiteral("from"), from},
            {QStringLiteral("to"), to.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(to)},
            {QStringLiteral("regions"), QJsonObject{{QStringLiteral("include"), QJsonArray::fromStringList(include)},
                                                    {QStringLiteral("exclude"), QJsonArray::fromStringList(exclude)}}},
            {QStringLiteral("legalBasis"), QStringLiteral("test")},
            {QStringLiteral("description"), QStringLiteral("test")},
            {QStringLiteral("sources"), QJsonArray{QStringLiteral("https://example.org/policy")}},
        });
    }
    const auto category = [](const QString &id, const QString &use) {
        return QJsonObject{
            {QStringLiteral("id"), id},          {QStringLiteral("label"), id},
            {QStringLiteral("description"), id}, {QStringLiteral("genAiTraining"), use},
            {QStringLiteral("reason"), id},      {QStringLiteral("source"), QStringLiteral("https://example.org/faq")}};
    };
    const QJsonObject document{
        {QStringLiteral("id"), QStringLiteral("test")},
        {QStringLiteral("version"), QStringLiteral("1")},
        {QStringLiteral("platform"), QStringLiteral("Test")},
        {QStringLiteral("retrieved"), QStringLiteral("2026-11-29")},
        {QStringLiteral("note"), QStringLiteral("test policy")},
        {QStringLiteral("countries"), QJsonArray{QStringLiteral("CA"), QStringLiteral("DE"), QStringLiteral("FR"),
                                                 QStringLiteral("GB"), QStringLiteral("US")}},
        {QStringLiteral("regionGroups"),
         QJsonObject{{QStringLiteral("EU"), QJsonObject{{QStringLiteral("label"), QStringLiteral("EU")},
                                                        {QStringLiteral("countries"),
                                                         QJsonArray{QStringLiteral("DE"), QStringLiteral("FR")}}}}}},
        {QStringLiteral("setting"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("s")},
                     {QStringLiteral("url"), QStringLiteral("https://example.org/setting")},
                     {QStringLiteral("menuPath"), QStringLiteral("m")},
                     {QStringLiteral("question"), QStringLiteral("q")},
                     {QStringLiteral("toggleLabel"), QStringLiteral("t")},
                     {QStringLiteral("defaultOptedOut"), false},
                     {QStringLiteral("effectOfOptingOut"), QStringLiteral("e")},
                     {QStringLiteral("notCovered"), QStringLiteral("n")},
                     {QStringLiteral("source"), QStringLiteral("https://example.org/help")}}},
        {QStringLiteral("categories"), QJsonArray{category(QStringLiteral("posts"), QStringLiteral("used")),
                                                  category(QStringLiteral("messages"), QStringLiteral("not-used")),
                                                  category(QStringLiteral("searches"), QStringLiteral("unknown"))}},
        {QStringLiteral("regimes"), regimes},
        {QStringLiteral("relatedControls"), QJsonArray()},
        {QStringLiteral("archiveFiles"), QJsonArray()},
    };
    Result<Policy> policy = PolicyLoader::fromJson(QJsonDocument(document).toJson());
    if (!policy)
        qFatal("test policy rejected: %s", qPrintable(policy.error().message));
    return std::move(policy).value();
}

// "2024-10-02T08:15:00Z out; 2025-03-01T00:00:00Z in"
OptOutHistory historyFromSpec(const QString &spec)
{
    OptOutHistory history;
    for (const QString &part : spec.split(u';', Qt::SkipEmptyParts)) {
        const QStringList fields = part.trimmed().split(u' ');
        const QDateTime at = QDateTime::fromString(fields.at(0), Qt::ISODate);
        if (!at.isValid() || fields.size() != 2)
            qFatal("bad history spec %s", qPrintable(part));
        history.append({at, fields.at(1) == u"out", QStringLiteral("web"), QStringLiteral("c-test")});
    }
    return history;
}

// "2023-05-10, 2024-09-20x3, undated x2" -> items of one category
void addItems(ActivityLedger &ledger, const QString &category, const QString &spec)
{
    ledger.touch(category);
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        const QString what = item.section(u'x', 0, 0).trimmed();
        const qint64 count = item.contains(u'x') ? item.section(u'x', 1).toLongLong() : 1;
        if (what == u"undated")
            ledger.addUndated(category, count);
        else
            ledger.add(category, QDate::fromString(what, Qt::ISODate), count);
    }
}

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

} // namespace

class TestExposure final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data();
    void rule();
    void designWorkedExampleUs();
    void designWorkedExampleGermany();
    void notUsedCategoryIsNeverExposed();
    void unknownRegionAssumesEveryRegime();
    void windowsFollowHistoryAndRegimes();
    void countsAlwaysAddUp();
};

void TestExposure::rule_data()
{
    QTest::addColumn<QString>("regimes");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("history");
    QTest::addColumn<QString>("items");
    QTest::addColumn<QString>("now");
    QTest::addColumn<qint64>("mayHaveBeenUsed");
    QTest::addColumn<qint64>("notUsed");
    QTest::addColumn<bool>("futureUse");

    const QString global = QStringLiteral("2024-09-18..@*!EU,GB");
    const QString both = QStringLiteral("2024-09-18..@*!EU,GB; 2025-11-03..@EU,GB,CA");

    QTest::newRow("never opted out: everything so far, and the future") << global << "US"
                                                                        << ""
                                                                        << "2023-05-10, 2024-09-20, 2026-01-01"
                                                                        << "2026-11-29T12:00:00Z" << 3LL << 0LL << true;
    QTest::newRow("opted out before the regime reached the region") << both << "DE"
                                                                    << "2025-10-15T09:00:00Z out"
                                                                    << "2020-01-01, 2025-10-20, 2026-02-01"
                                                                    << "2026-11-29T12:00:00Z" << 0LL << 3LL << false;
    QTest::newRow("opted out inside a window") << global << "US"
                                               << "2024-10-02T08:15:00Z out"
                                               << "2023-05-10, 2024-09-20, 2024-11-05"
                                               << "2026-11-29T12:00:00Z" << 2LL << 1LL << false;
    QTest::newRow("out, back in, out again: items made while out are exposed by the later window")
        << global << "US"
        << "2024-10-02T08:15:00Z out; 2025-03-01T00:00:00Z in; 2025-06-01T00:00:00Z out"
        << "2024-11-01, 2025-04-01, 2025-07-01"
        << "2026-11-29T12:00:00Z" << 2LL << 1LL << false;
    QTest::newRow("back in and still in: every item, and the future")
        << global << "US"
        << "2024-10-02T08:15:00Z out; 2025-03-01T00:00:00Z in"
        << "2024-11-01, 2026-07-01"
        << "2026-11-29T12:00:00Z" << 2LL << 0LL << true;
    QTest::newRow("region not covered yet: nothing so far, no future use")
        << both << "GB"
        << ""
        << "2024-10-01, 2025-05-05"
        << "2025-10-01T00:00:00Z" << 0LL << 2LL << false;
    QTest::newRow("region covered later: the window exposes older items too")
        << both << "GB"
        << ""
        << "2024-10-01, 2025-05-05"
        << "2025-11-03T12:00:00Z" << 2LL << 0LL << true;
    QTest::newRow("undated items exist at all times") << global << "US"
                                                      << "2024-10-02T08:15:00Z out"
                                                      << "undated x5, 2025-01-01"
                                                      << "2026-11-29T12:00:00Z" << 5LL << 1LL << false;
    QTest::newRow("undated items with no window") << both << "DE"
                                                  << "2025-10-15T09:00:00Z out"
                                                  << "undated x5"
                                                  << "2026-11-29T12:00:00Z" << 0LL << 5LL << false;
    QTest::newRow("boundary: item dated on the opt-out day is counted (cautious)")
        << global << "US"
        << "2024-10-02T08:15:00Z out"
        << "2024-10-01, 2024-10-02, 2024-10-03"
        << "2026-11-29T12:00:00Z" << 2LL << 1LL << false;
    QTest::newRow("boundary: opted out on the regime's first day, after midnight")
        << both << "DE"
        << "2025-11-03T10:00:00Z out"
        << "2025-11-02, 2025-11-03, 2025-11-04"
        << "2026-11-29T12:00:00Z" << 2LL << 1LL << false;
    QTest::newRow("boundary: opted out the evening before the regime") << both << "DE"
                                                                       << "2025-11-02T23:59:59Z out"
                                                                       << "2025-11-02, 2025-11-03"
                                                                       << "2026-11-29T12:00:00Z" << 0LL << 2LL << false;
    QTest::newRow("boundary: regime starts today") << both << "FR"
                                                   << ""
                                                   << "2025-01-01, 2025-11-03"
                                                   << "2025-11-03T00:00:00Z" << 2LL << 0LL << true;
    QTest::newRow("boundary: regime starts tomorrow") << both << "FR"
                                                      << ""
                                                      << "2025-01-01, 2025-11-02"
                                                      << "2025-11-02T23:59:59Z" << 0LL << 2LL << false;
    QTest::newRow("UTC day boundary: opt-out exactly at midnight excludes that day")
        << global << "US"
        << "2024-10-02T00:00:00Z out"
        << "2024-10-01, 2024-10-02"
        << "2026-11-29T12:00:00Z" << 1LL << 1LL << false;
    QTest::newRow("UTC day boundary: a local time is converted to UTC first")
        << global << "US"
        << "2024-10-02T01:00:00+02:00 out"
        << "2024-10-01, 2024-10-02"
        << "2026-11-29T12:00:00Z" << 1LL << 1LL << false;
    QTest::newRow("several regimes: both windows count for a region in both")
        << both << "CA"
        << "2024-10-02T08:15:00Z out; 2025-11-01T00:00:00Z in; 2025-11-10T00:00:00Z out"
        << "2024-09-20, 2025-01-15, 2025-11-05, 2025-12-01"
        << "2026-11-29T12:00:00Z" << 3LL << 1LL << false;
    QTest::newRow("a regime that ended: items after its end are safe")
        << QStringLiteral("2024-09-18..2025-01-01@US") << "US"
        << ""
        << "2024-06-01, 2024-12-31, 2025-02-01"
        << "2026-11-29T12:00:00Z" << 2LL << 1LL << false;
    QTest::newRow("an unknown region is assumed covered by every regime")
        << both << "ZZ"
        << "2024-10-02T08:15:00Z out"
        << "2024-09-20, 2024-11-05"
        << "2026-11-29T12:00:00Z" << 1LL << 1LL << false;
    QTest::newRow("opt-out in the future has not happened yet") << global << "US"
                                                                << "2027-01-01T00:00:00Z out"
                                                                << "2024-09-20"
                                                                << "2026-11-29T12:00:00Z" << 1LL << 0LL << true;
}

void TestExposure::rule()
{
    QFETCH(QString, regimes);
    QFETCH(QString, region);
    QFETCH(QString, history);
    QFETCH(QString, items);
    QFETCH(QString, now);
    QFETCH(qint64, mayHaveBeenUsed);
    QFETCH(qint64, notUsed);
    QFETCH(bool, futureUse);

    const Policy policy = policyFromSpec(regimes);
    ActivityLedger ledger;
    addItems(ledger, QStringLiteral("posts"), items);
    const ExposureResult result =
        computeExposure(policy, region, historyFromSpec(history), ledger, utc(now.toLatin1().constData()));

    const CategoryExposure &posts = result.categories.at(0);
    QCOMPARE(posts.categoryId, QStringLiteral("posts"));
    QCOMPARE(posts.mayHaveBeenUsed, mayHaveBeenUsed);
    QCOMPARE(posts.notUsed, notUsed);
    QCOMPARE(posts.futureUse, futureUse);
    QCOMPARE(result.futureUse, futureUse);
    QCOMPARE(result.totalMayHaveBeenUsed, mayHaveBeenUsed);
}

// DESIGN §3, verbatim: "US member, regime from 2024-09-18, opted out 2024-10-02. Posts of May 2023
// and 20 Sep 2024 may have been used (2); a post of Nov 2024 is not used (1); future use: no."
void TestExposure::designWorkedExampleUs()
{
    const Result<Policy> policy = PolicyLoader::bundled();
    QVERIFY2(policy.ok(), qPrintable(policy.ok() ? QString() : policy.error().message));
    ActivityLedger ledger;
    ledger.add(QStringLiteral("posts"), QDate(2023, 5, 15));
    ledger.add(QStringLiteral("posts"), QDate(2024, 9, 20));
    ledger.add(QStringLiteral("posts"), QDate(2024, 11, 12));
    OptOutHistory history;
    history.append({utc("2024-10-02T12:00:00Z"), true, QStringLiteral("web"), QStringLiteral("c-1")});

    const ExposureResult result =
        computeExposure(*policy, QStringLiteral("US"), history, ledger, utc("2026-11-29T12:00:00Z"));
    const auto posts = std::find_if(result.categories.cbegin(), result.categories.cend(),
                                    [](const CategoryExposure &c) { return c.categoryId == u"posts"; });
    QVERIFY(posts != result.categories.cend());
    QCOMPARE(posts->mayHaveBeenUsed, 2);
    QCOMPARE(posts->notUsed, 1);
    QCOMPARE(posts->futureUse, false);
    QCOMPARE(result.futureUse, false);
}

// DESIGN §3: "A German member who opted out on 2025-10-15 has no training window at all:
// 0 may have been used."
void TestExposure::designWorkedExampleGermany()
{
    const Result<Policy> policy = PolicyLoader::bundled();
    QVERIFY(policy.ok());
    ActivityLedger ledger;
    ledger.add(QStringLiteral("posts"), QDate(2023, 5, 15));
    ledger.add(QStringLiteral("comments"), QDate(2025, 12, 1), 4);
    ledger.addUndated(QStringLiteral("profile"), 7);
    OptOutHistory history;
    history.append({utc("2025-10-15T12:00:00Z"), true, QStringLiteral("web"), QStringLiteral("c-1")});

    const ExposureResult result =
        computeExposure(*policy, QStringLiteral("DE"), history, ledger, utc("2026-11-29T12:00:00Z"));
    QVERIFY(result.windows.isEmpty());
    QCOMPARE(result.totalMayHaveBeenUsed, 0);
    QCOMPARE(result.totalNotUsed, 12);
    QCOMPARE(result.futureUse, false);
}

void TestExposure::notUsedCategoryIsNeverExposed()
{
    const Policy policy = policyFromSpec(QStringLiteral("2024-09-18..@*"));
    ActivityLedger ledger;
    addItems(ledger, QStringLiteral("messages"), QStringLiteral("2023-01-01x40, 2026-01-01x2"));
    const ExposureResult result =
        computeExposure(policy, QStringLiteral("US"), OptOutHistory(), ledger, utc("2026-11-29T12:00:00Z"));
    const CategoryExposure &messages = result.categories.at(1);
    QCOMPARE(messages.categoryId, QStringLiteral("messages"));
    QCOMPARE(messages.itemCount, 42);
    QCOMPARE(messages.mayHaveBeenUsed, 0);
    QCOMPARE(messages.notUsed, 42);
    QCOMPARE(messages.futureUse, false);
    QCOMPARE(result.futureUse, true); // the member is still opted in: their posts would be used
}

void TestExposure::unknownRegionAssumesEveryRegime()
{
    const Policy policy = policyFromSpec(QStringLiteral("2025-11-03..@EU"));
    ActivityLedger ledger;
    addItems(ledger, QStringLiteral("posts"), QStringLiteral("2025-01-01"));
    const ExposureResult known =
        computeExposure(policy, QStringLiteral("US"), OptOutHistory(), ledger, utc("2026-11-29T12:00:00Z"));
    QVERIFY(known.regionKnown);
    QCOMPARE(known.totalMayHaveBeenUsed, 0);
    for (const QString &region : {QStringLiteral("ZZ"), QString()}) {
        const ExposureResult unknown =
            computeExposure(policy, region, OptOutHistory(), ledger, utc("2026-11-29T12:00:00Z"));
        QVERIFY(!unknown.regionKnown);
        QCOMPARE(unknown.totalMayHaveBeenUsed, 1);
    }
}

void TestExposure::windowsFollowHistoryAndRegimes()
{
    const Policy policy = policyFromSpec(QStringLiteral("2024-09-18..@*!EU,GB; 2025-11-03..@EU,GB,CA"));
    const OptOutHistory history =
        historyFromSpec(QStringLiteral("2024-10-02T08:15:00Z out; 2025-11-01T00:00:00Z in; 2025-11-10T00:00:00Z out"));
    const QList<TrainingWindow> windows = trainingWindows(policy, QStringLiteral("CA"), history);
    QCOMPARE(windows.size(), 3);
    QCOMPARE(windows.at(0).regimeId, QStringLiteral("r0"));
    QCOMPARE(windows.at(0).interval.start, utc("2024-09-18T00:00:00Z"));
    QCOMPARE(windows.at(0).interval.end, utc("2024-10-02T08:15:00Z"));
    QCOMPARE(windows.at(1).interval.start, utc("2025-11-01T00:00:00Z"));
    QCOMPARE(windows.at(1).regimeId, QStringLiteral("r0"));
    QCOMPARE(windows.at(2).regimeId, QStringLiteral("r1"));
    QCOMPARE(windows.at(2).interval.start, utc("2025-11-03T00:00:00Z"));
    QCOMPARE(windows.at(2).interval.end, utc("2025-11-10T00:00:00Z"));
}

void TestExposure::countsAlwaysAddUp()
{
    const Policy policy = policyFromSpec(QStringLiteral("2024-09-18..@*!EU,GB; 2025-11-03..@EU,GB,CA"));
    ActivityLedger ledger;
    for (int day = 0; day < 1500; day += 7) {
        ledger.add(QStringLiteral("posts"), QDate(2022, 1, 1).addDays(day), day % 3 + 1);
        ledger.add(QStringLiteral("searches"), QDate(2022, 1, 1).addDays(day), 2);
        ledger.add(QStringLiteral("messages"), QDate(2022, 1, 1).addDays(day), 5);
    }
    ledger.add(QStringLiteral("not-in-policy"), QDate(2024, 1, 1), 3);
    for (const QString &region : {QStringLiteral("US"), QStringLiteral("DE"), QStringLiteral("CA")}) {
        const ExposureResult result =
            computeExposure(policy, region, historyFromSpec(QStringLiteral("2024-10-02T08:15:00Z out")), ledger,
                            utc("2026-11-29T12:00:00Z"));
        qint64 items = 0;
        for (const CategoryExposure &category : result.categories) {
            QCOMPARE(category.mayHaveBeenUsed + category.notUsed, category.itemCount);
            items += category.itemCount;
        }
        QCOMPARE(result.totalItems, items);
        QCOMPARE(result.totalMayHaveBeenUsed + result.totalNotUsed, result.totalItems);
        QCOMPARE(result.categories.last().categoryId, QStringLiteral("not-in-policy"));
        QVERIFY(result.categories.last().genAiTraining == TrainingUse::Unknown);
    }
}

QTEST_GUILESS_MAIN(TestExposure)
#include "TestExposure.moc"
