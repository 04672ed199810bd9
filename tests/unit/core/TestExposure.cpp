// The exposure rule of DESIGN §3, case by case. Each row states a member's situation in plain
// data (regimes, opt-out history, items, now) and the figures the member must see.
#include "core/ActivityLedger.h"
#include "core/Exposure.h"
#include "core/OptOutHistory.h"
#include "core/PolicyLoader.h"

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
        {QStringLiteral("dataDownload"), QJsonObject{{QStringLiteral("label"), QStringLiteral("d")},
                                                     {QStringLiteral("url"), QStringLiteral("https://example.org/d")},
                                                     {QStringLiteral("menuPath"), QStringLiteral("m")}}},
        {QStringLiteral("complaintAuthorities"), QJsonArray()},
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
    void bundledPolicyRegions_data();
    void bundledPolicyRegions();
    void unknownCategoriesReportedApart_data();
    void unknownCategoriesReportedApart();
    void notUsedCategoryIsNeverExposed();
    void unknownRegionAssumesEveryRegime();
    void windowsFollowHistoryAndRegimes();
    void countsAlwaysAddUp();
    void addDailyIsAddPerDay();
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

    const CategorySummary &posts = result.categories.at(0);
    QCOMPARE(posts.id, QStringLiteral("posts"));
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
                                    [](const CategorySummary &c) { return c.id == u"posts"; });
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

// The bundled policy, region by region: Canada and Hong Kong are covered from 3 November 2025
// only (LINKEDIN-FACTS §2), next to the US (from 18 September 2024), Germany and the UK.
void TestExposure::bundledPolicyRegions_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("history");
    QTest::addColumn<QString>("now");
    QTest::addColumn<qint64>("mayHaveBeenUsed");
    QTest::addColumn<qint64>("notUsed");
    QTest::addColumn<bool>("futureUse");
    QTest::addColumn<QString>("firstWindowStart"); // empty: no training window at all

    // Posts of 15 May 2023, 20 Oct 2024, 20 Oct 2025 and 1 Dec 2025 in every row (the ledger as
    // the source has it at the as-of time).
    const QString late = QStringLiteral("2026-11-29T12:00:00Z");
    const QString outBefore = QStringLiteral("2025-10-15T09:00:00Z out");
    QTest::newRow("US, opted out 2025-10-15: the 2024 window exposed the two older posts")
        << "US" << outBefore << late << 2LL << 2LL << false << "2024-09-18";
    QTest::newRow("US, never opted out: every post, and the future")
        << "US"
        << "" << late << 4LL << 0LL << true << "2024-09-18";
    QTest::newRow("DE, opted out 2025-10-15: no window at all")
        << "DE" << outBefore << late << 0LL << 4LL << false << "";
    QTest::newRow("DE, never opted out: exposed from 2025-11-03") << "DE"
                                                                  << "" << late << 4LL << 0LL << true << "2025-11-03";
    QTest::newRow("CA, opted out 2025-10-15: nothing may have been used")
        << "CA" << outBefore << late << 0LL << 4LL << false << "";
    QTest::newRow("CA, never opted out: items made before now, exposed from 2025-11-03")
        << "CA"
        << "" << late << 4LL << 0LL << true << "2025-11-03";
    QTest::newRow("CA, never opted out, before 2025-11-03: not covered yet")
        << "CA"
        << ""
        << "2025-10-31T12:00:00Z" << 0LL << 4LL << false << "2025-11-03";
    QTest::newRow("CA, opted out 2025-11-10: the week's window exposes what existed then")
        << "CA"
        << "2025-11-10T09:00:00Z out" << late << 3LL << 1LL << false << "2025-11-03";
    QTest::newRow("HK, opted out 2025-10-15: nothing may have been used")
        << "HK" << outBefore << late << 0LL << 4LL << false << "";
    QTest::newRow("HK, never opted out: items made before now, exposed from 2025-11-03")
        << "HK"
        << "" << late << 4LL << 0LL << true << "2025-11-03";
    QTest::newRow("HK, never opted out, before 2025-11-03: not covered yet")
        << "HK"
        << ""
        << "2025-10-31T12:00:00Z" << 0LL << 4LL << false << "2025-11-03";
    QTest::newRow("GB, opted out 2025-10-15: nothing may have been used")
        << "GB" << outBefore << late << 0LL << 4LL << false << "";
    QTest::newRow("GB, never opted out: exposed from 2025-11-03") << "GB"
                                                                  << "" << late << 4LL << 0LL << true << "2025-11-03";
}

void TestExposure::bundledPolicyRegions()
{
    QFETCH(QString, region);
    QFETCH(QString, history);
    QFETCH(QString, now);
    QFETCH(qint64, mayHaveBeenUsed);
    QFETCH(qint64, notUsed);
    QFETCH(bool, futureUse);
    QFETCH(QString, firstWindowStart);

    const Result<Policy> policy = PolicyLoader::bundled();
    QVERIFY(policy.ok());
    QVERIFY(policy->isKnownCountry(region));
    ActivityLedger ledger;
    addItems(ledger, QStringLiteral("posts"), QStringLiteral("2023-05-15, 2024-10-20, 2025-10-20, 2025-12-01"));
    const ExposureResult result =
        computeExposure(*policy, region, historyFromSpec(history), ledger, utc(now.toLatin1().constData()));

    if (firstWindowStart.isEmpty()) {
        QVERIFY(result.windows.isEmpty());
    } else {
        QVERIFY(!result.windows.isEmpty());
        QCOMPARE(result.windows.first().interval.start.date(), QDate::fromString(firstWindowStart, Qt::ISODate));
    }
    const auto posts = std::find_if(result.categories.cbegin(), result.categories.cend(),
                                    [](const CategorySummary &c) { return c.id == u"posts"; });
    QVERIFY(posts != result.categories.cend());
    QCOMPARE(posts->mayHaveBeenUsed, mayHaveBeenUsed);
    QCOMPARE(posts->exposedIfUsed, 0);
    QCOMPARE(posts->notUsed, notUsed);
    QCOMPARE(result.totalMayHaveBeenUsed, mayHaveBeenUsed);
    QCOMPARE(result.futureUse, futureUse);
}

// "posts=2/0/1": may have been used / exposed if used / not used, per category and in total.
// In policy order: posts is `used`, messages `not-used`, searches `unknown`; other is not in
// the policy at all.
void TestExposure::unknownCategoriesReportedApart_data()
{
    QTest::addColumn<QString>("regimes");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("history");
    QTest::addColumn<QString>("posts");
    QTest::addColumn<QString>("searches");
    QTest::addColumn<QString>("messages");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QString>("expected");

    const QString global = QStringLiteral("2024-09-18..@*!EU,GB");
    const QString both = QStringLiteral("2024-09-18..@*!EU,GB; 2025-11-03..@EU,GB");
    QTest::newRow("never opted out: unknown items go to exposedIfUsed, never to mayHaveBeenUsed")
        << global << "US"
        << ""
        << "2023-01-01, 2025-01-01"
        << "2023-01-01x3, 2025-01-01x2"
        << "2024-01-01x4"
        << ""
        << "posts=2/0/0 messages=0/0/4 searches=0/5/0 total=2/5/4";
    QTest::newRow("opted out inside the window: the same cutoff splits both figures")
        << global << "US"
        << "2024-10-02T08:15:00Z out"
        << "2024-09-20, 2024-11-05"
        << "2024-09-20x2, 2024-11-05x3, undated x1"
        << "2024-09-20"
        << ""
        << "posts=1/0/1 messages=0/0/1 searches=0/3/3 total=1/3/5";
    QTest::newRow("no training window: neither figure") << both << "DE"
                                                        << "2025-10-15T09:00:00Z out"
                                                        << "2024-01-01"
                                                        << "2024-01-01x7"
                                                        << ""
                                                        << ""
                                                        << "posts=0/0/1 messages=0/0/0 searches=0/0/7 total=0/0/8";
    QTest::newRow("only unknown items exposed: the headline stays 0")
        << global << "US"
        << ""
        << ""
        << "2025-01-01x6"
        << ""
        << ""
        << "posts=0/0/0 messages=0/0/0 searches=0/6/0 total=0/6/0";
    QTest::newRow("a ledger category the policy does not name is unknown")
        << global << "US"
        << "2024-10-02T08:15:00Z out"
        << "2024-09-20"
        << ""
        << ""
        << "2024-09-20x2, 2025-01-01"
        << "posts=1/0/0 messages=0/0/0 searches=0/0/0 other=0/2/1 total=1/2/1";
}

void TestExposure::unknownCategoriesReportedApart()
{
    QFETCH(QString, regimes);
    QFETCH(QString, region);
    QFETCH(QString, history);
    QFETCH(QString, posts);
    QFETCH(QString, searches);
    QFETCH(QString, messages);
    QFETCH(QString, other);
    QFETCH(QString, expected);

    ActivityLedger ledger;
    addItems(ledger, QStringLiteral("posts"), posts);
    addItems(ledger, QStringLiteral("searches"), searches);
    addItems(ledger, QStringLiteral("messages"), messages);
    if (!other.isEmpty())
        addItems(ledger, QStringLiteral("other"), other);
    const ExposureResult result =
        computeExposure(policyFromSpec(regimes), region, historyFromSpec(history), ledger, utc("2026-11-29T12:00:00Z"));

    const auto figures = [](qint64 used, qint64 exposed, qint64 notUsed) {
        return QStringLiteral("%1/%2/%3").arg(used).arg(exposed).arg(notUsed);
    };
    QStringList actual;
    for (const CategorySummary &category : result.categories)
        actual.append(category.id + u'=' + figures(category.mayHaveBeenUsed, category.exposedIfUsed, category.notUsed));
    actual.append(QStringLiteral("total=") +
                  figures(result.totalMayHaveBeenUsed, result.totalExposedIfUsed, result.totalNotUsed));
    QCOMPARE(actual.join(u' '), expected);
}

void TestExposure::notUsedCategoryIsNeverExposed()
{
    const Policy policy = policyFromSpec(QStringLiteral("2024-09-18..@*"));
    ActivityLedger ledger;
    addItems(ledger, QStringLiteral("messages"), QStringLiteral("2023-01-01x40, 2026-01-01x2"));
    const ExposureResult result =
        computeExposure(policy, QStringLiteral("US"), OptOutHistory(), ledger, utc("2026-11-29T12:00:00Z"));
    const CategorySummary &messages = result.categories.at(1);
    QCOMPARE(messages.id, QStringLiteral("messages"));
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
        qint64 exposedIfUsed = 0;
        for (const CategorySummary &category : result.categories) {
            QCOMPARE(category.mayHaveBeenUsed + category.exposedIfUsed + category.notUsed, category.itemCount);
            // Never merged: each figure belongs to one kind of category.
            if (category.genAiTraining != TrainingUse::Used)
                QCOMPARE(category.mayHaveBeenUsed, 0);
            if (category.genAiTraining != TrainingUse::Unknown)
                QCOMPARE(category.exposedIfUsed, 0);
            items += category.itemCount;
            exposedIfUsed += category.exposedIfUsed;
        }
        QCOMPARE(result.totalItems, items);
        QCOMPARE(result.totalExposedIfUsed, exposedIfUsed);
        QCOMPARE(result.totalMayHaveBeenUsed + result.totalExposedIfUsed + result.totalNotUsed, result.totalItems);
        if (region == u"US") // opted out 2024-10-02 inside the 2024 window: searches were exposed
            QVERIFY(result.totalExposedIfUsed > 0);
        QCOMPARE(result.categories.last().id, QStringLiteral("not-in-policy"));
        QVERIFY(result.categories.last().genAiTraining == TrainingUse::Unknown);
    }
}

// ActivityLedger::addDaily (a decoded summary's days at once) gives what add() day by day gives:
// into an empty category, into one with days already, and with days add() would skip.
void TestExposure::addDailyIsAddPerDay()
{
    const QMap<QDate, qint64> days{{QDate(2024, 1, 3), 2}, {QDate(2024, 2, 1), 5}, {QDate(2024, 3, 9), 1}};
    QMap<QDate, qint64> withSkipped = days;
    withSkipped.insert(QDate(2024, 4, 1), 0);
    withSkipped.insert(QDate(), 3);
    for (const bool earlierDay : {false, true}) {
        for (const QMap<QDate, qint64> &input : {days, withSkipped}) {
            ActivityLedger whole;
            ActivityLedger oneByOne;
            if (earlierDay) {
                whole.add(QStringLiteral("posts"), QDate(2024, 2, 1), 4);
                oneByOne.add(QStringLiteral("posts"), QDate(2024, 2, 1), 4);
            }
            whole.addDaily(QStringLiteral("posts"), input);
            for (auto day = input.constBegin(); day != input.constEnd(); ++day)
                oneByOne.add(QStringLiteral("posts"), day.key(), day.value());
            QCOMPARE(whole.activity(QStringLiteral("posts")).daily, oneByOne.activity(QStringLiteral("posts")).daily);
            QCOMPARE(whole.activity(QStringLiteral("posts")).daily.size(), 3);
        }
    }
}

QTEST_GUILESS_MAIN(TestExposure)
#include "TestExposure.moc"
