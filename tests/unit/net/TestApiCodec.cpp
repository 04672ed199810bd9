// The one codec of the Member Privacy API (app/core/ApiCodec): each type survives encode -> decode,
// and the compact ledger (days only where a training window can end, months elsewhere) gives the
// core exactly the figures the full per-day ledger gives, for the demo member and a heavy one.
#include "core/ApiCodec.h"
#include "core/Clock.h"
#include "core/JsonReader.h"
#include "core/MemberRecord.h"
#include "core/PolicyLoader.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace pd;

Q_DECLARE_METATYPE(pd::OptOutChange)
Q_DECLARE_METATYPE(pd::OptOutState)

namespace {

QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

QByteArray bytesOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Policy bundledPolicy()
{
    Result<Policy> policy = PolicyLoader::bundled();
    if (!policy)
        qFatal("bundled policy missing");
    return std::move(policy).value();
}

MemberRecord demoMember()
{
    Result<MemberRecord> record = loadDemoMember();
    if (!record)
        qFatal("bundled demo member missing");
    return std::move(record).value();
}

// A member far busier than the demo: every category of the policy plus two the policy does not
// know, items on random days from 2012 to 2026 (a few thousand), undated items, and a history of
// 400 changes spread over ten years.
MemberRecord heavyMember(const Policy &policy, quint32 seed)
{
    QRandomGenerator random(seed);
    MemberRecord record;
    record.member = {QStringLiteral("heavy-1"), QStringLiteral("Heavy Member"), QStringLiteral("US")};
    QStringList categories{QStringLiteral("mystery-a"), QStringLiteral("mystery-b")};
    for (const Category &category : policy.categories)
        categories.append(category.id);
    const QDate from(2012, 1, 1);
    const qint64 span = from.daysTo(QDate(2026, 11, 30));
    for (const QString &category : categories) {
        const int items = random.bounded(50, 1500);
        for (int i = 0; i < items; ++i)
            record.ledger.add(category, from.addDays(random.bounded(span + 1)), random.bounded(1, 4));
        if (random.bounded(3) == 0)
            record.ledger.addUndated(category, random.bounded(1, 30));
    }
    const qint64 seconds = utc(2016, 1, 1).secsTo(utc(2026, 11, 1));
    QList<QDateTime> times;
    for (int i = 0; i < 400; ++i)
        times.append(utc(2016, 1, 1).addSecs(random.bounded(seconds)));
    std::sort(times.begin(), times.end());
    for (const QDateTime &at : times)
        record.history.append(
            {at, random.bounded(2) == 1, QStringLiteral("web"), QStringLiteral("c-%1").arg(at.toSecsSinceEpoch())});
    return record;
}

// The ledger as the client sees it after the server's compact encoding.
ActivityLedger compacted(const ActivityLedger &ledger, const QSet<QDate> &exactMonths, QSet<QDate> *totals = nullptr)
{
    JsonErrors errors;
    const QJsonObject json = QJsonDocument::fromJson(bytesOf(ApiCodec::encodeLedger(ledger, exactMonths))).object();
    const ActivityLedger decoded = ApiCodec::readLedger(json, QStringLiteral("$"), &errors, totals);
    if (!errors.ok())
        qFatal("%s", qPrintable(errors.first()));
    return decoded;
}

UsageSummary summaryAt(const Policy &policy, const MemberRecord &record, const QString &region,
                       const ActivityLedger &ledger, const QDateTime &now)
{
    MemberInfo member = record.member;
    member.region = region;
    return buildUsageSummary(policy, member, ledger, record.history, {SourceInfo::Kind::Server, {}, {}, false},
                             FixedClock(now));
}

// "Now" before, at and after every change and every regime boundary, and a spread of other days.
QList<QDateTime> momentsOf(const Policy &policy, const MemberRecord &record)
{
    QList<QDateTime> moments{utc(2023, 1, 1), utc(2026, 11, 29, 12), utc(2030, 1, 1)};
    for (const Regime &regime : policy.regimes) {
        for (const std::optional<QDate> &day : {std::optional<QDate>(regime.from), regime.to}) {
            if (day)
                moments << QDateTime(*day, QTime(0, 0), Qt::UTC).addSecs(-1) << QDateTime(*day, QTime(0, 0), Qt::UTC)
                        << QDateTime(*day, QTime(12, 0), Qt::UTC);
        }
    }
    const QList<OptOutChange> &changes = record.history.changes();
    for (qsizetype i = 0; i < changes.size(); i += qMax<qsizetype>(1, changes.size() / 40))
        moments << changes.at(i).at.addSecs(-1) << changes.at(i).at << changes.at(i).at.addDays(1);
    return moments;
}

} // namespace

class TestApiCodec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changeRoundTrip_data()
    {
        QTest::addColumn<OptOutChange>("change");
        QTest::newRow("confirmed") << OptOutChange{utc(2024, 10, 2, 8, 15), true, QStringLiteral("web"),
                                                   QStringLiteral("demo-conf-7f3a91")};
        QTest::newRow("unconfirmed") << OptOutChange{utc(2025, 1, 1), false, QStringLiteral("api"), QString()};
    }
    void changeRoundTrip()
    {
        QFETCH(OptOutChange, change);
        const QJsonObject json = ApiCodec::encodeChange(change);
        JsonErrors errors;
        JsonObjectReader reader(json, QStringLiteral("$"), &errors);
        QCOMPARE(ApiCodec::readChange(reader), change);
        reader.rejectUnknownKeys();
        QVERIFY(errors.ok());
    }

    void settingRoundTrip_data()
    {
        QTest::addColumn<OptOutState>("state");
        QTest::newRow("never changed") << OptOutState{false, QDateTime(), QString()};
        QTest::newRow("opted out") << OptOutState{true, utc(2024, 10, 2, 8, 15), QStringLiteral("c-1")};
    }
    void settingRoundTrip()
    {
        QFETCH(OptOutState, state);
        const Result<OptOutState> decoded = ApiCodec::decodeSetting(bytesOf(ApiCodec::encodeSetting(state)));
        QVERIFY(decoded.ok());
        QCOMPARE(*decoded, state);
        QCOMPARE(ApiCodec::settingEtag(42), QByteArray("\"v42\""));
        QVERIFY(ApiCodec::isStrongEtag(ApiCodec::settingEtag(42)));
    }

    void settingUpdateRoundTrip()
    {
        for (const bool optedOut : {true, false})
            QCOMPARE(*ApiCodec::decodeSettingUpdate(ApiCodec::encodeSettingUpdate(optedOut)), optedOut);
        QVERIFY(ApiCodec::decodeSettingUpdate("{\"optedOut\":true,\"more\":1}").error().message.contains(u"$.more"));
    }

    void historyPageRoundTrip()
    {
        const MemberRecord demo = demoMember();
        for (const QString &next : {QString(), QStringLiteral("5000")}) {
            const ApiHistoryPage page{demo.history.changes(), next};
            const Result<ApiHistoryPage> decoded =
                ApiCodec::decodeHistoryPage(bytesOf(ApiCodec::encodeHistoryPage(page)));
            QVERIFY(decoded.ok());
            QCOMPARE(*decoded, page);
        }
    }

    // Issue 15: a page of GET /v1/me/items, and what a hostile server cannot make the client keep.
    void itemsPageRoundTrip()
    {
        ApiItemsPage page;
        page.items.append({QStringLiteral("posts"), QDate(2024, 9, 20), QStringLiteral("<script>alert(1)</script>"),
                           QStringLiteral("https://www.linkedin.com/feed/update/urn:li:activity:7/"), ItemKind::Post,
                           ItemStatus::NotUsed, std::nullopt});
        page.items.append({QStringLiteral("job-answers"), std::nullopt, QStringLiteral("Q — A"), QString(),
                           ItemKind::ScreeningAnswer, ItemStatus::NotUsed, std::nullopt});
        page.listedCategories = {QStringLiteral("posts"), QStringLiteral("job-answers")};
        for (const QString &next : {QString(), QStringLiteral("608")}) {
            page.next = next;
            const Result<ApiItemsPage> decoded = ApiCodec::decodeItemsPage(bytesOf(ApiCodec::encodeItemsPage(page)));
            QVERIFY(decoded.ok());
            QCOMPARE(*decoded, page);
        }
    }

    void itemsPageRefusesAndCuts_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        const QByteArray item =
            "{\"category\":\"posts\",\"date\":\"2024-01-02\",\"text\":\"t\",\"link\":null,\"kind\":\"post\"}";
        QTest::newRow("fine") << QByteArray("{\"items\":[" + item + "],\"listedCategories\":[\"posts\"]}") << true;
        QTest::newRow("no date key") << QByteArray("{\"items\":[{\"category\":\"posts\",\"text\":\"t\",\"link\":null,"
                                                   "\"kind\":\"post\"}],\"listedCategories\":[]}")
                                     << false;
        QTest::newRow("category not an id")
            << QByteArray("{\"items\":[{\"category\":\"<b>\",\"date\":null,\"text\":\"t\",\"link\":null,\"kind\":"
                          "\"post\"}],\"listedCategories\":[]}")
            << false;
        QTest::newRow("item not an object") << QByteArray("{\"items\":[1],\"listedCategories\":[]}") << false;
        QTest::newRow("unknown key") << QByteArray("{\"items\":[],\"listedCategories\":[],\"status\":\"x\"}") << false;
        QTest::newRow("cursor with a slash")
            << QByteArray("{\"items\":[],\"listedCategories\":[],\"next\":\"a/b\"}") << false;
        QByteArray many = "{\"listedCategories\":[],\"items\":[";
        for (int i = 0; i <= ApiCodec::MaxItemsPerPage; ++i)
            many += (i ? "," : "") + item;
        QTest::newRow("too many items") << QByteArray(many + "]}") << false;
    }

    void itemsPageRefusesAndCuts()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QCOMPARE(ApiCodec::decodeItemsPage(body).ok(), ok);
    }

    void itemsPageCutsLongTextAndUnknownKinds()
    {
        const QByteArray body =
            "{\"items\":[{\"category\":\"posts\",\"date\":null,\"text\":\"" + QByteArray(5000, 'x') +
            "\\nnext line \",\"link\":null,\"kind\":\"hologram\"}],\"listedCategories\":[\"posts\"]}";
        const Result<ApiItemsPage> page = ApiCodec::decodeItemsPage(body);
        QVERIFY(page.ok());
        QCOMPARE(page->items.first().text.size(), kSnippetLength);
        QVERIFY(page->items.first().kind == ItemKind::Other);
    }

    void problemRoundTrip()
    {
        const ApiProblem problem{QStringLiteral("precondition-failed"), QStringLiteral("The setting changed"), 412,
                                 QStringLiteral("Read it again.")};
        const std::optional<ApiProblem> decoded = ApiCodec::decodeProblem(bytesOf(ApiCodec::encodeProblem(problem)));
        QVERIFY(decoded);
        QCOMPARE(*decoded, problem);
        QVERIFY(!ApiCodec::decodeProblem("<html>bad gateway</html>"));
    }

    void summaryRoundTrip()
    {
        const Policy policy = bundledPolicy();
        const MemberRecord demo = demoMember();
        ApiUsageSummary summary;
        summary.member = demo.member;
        summary.asOf = utc(2026, 11, 29, 2, 58);
        summary.policyId = policy.id;
        summary.policyVersion = policy.version;
        summary.optOut = {true, utc(2024, 10, 2, 8, 15), QStringLiteral("demo-conf-7f3a91")};
        summary.settingEtag = ApiCodec::settingEtag(3);
        summary.history = demo.history.changes();
        summary.historyTotal = 120;
        // Every month exact: the ledger comes back as it went.
        QSet<QDate> allMonths;
        for (const QString &id : demo.ledger.categoryIds()) {
            for (const QDate &day : demo.ledger.activity(id).daily.keys())
                allMonths.insert(QDate(day.year(), day.month(), 1));
        }
        summary.ledger = demo.ledger;
        const Result<ApiUsageSummary> decoded =
            ApiCodec::decodeSummary(bytesOf(ApiCodec::encodeSummary(summary, allMonths)));
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        QCOMPARE(*decoded, summary);

        // Compact: the months given as totals are named, and counted on their first day.
        const QSet<QDate> exact = ApiCodec::exactMonths(policy, summary.history);
        const Result<ApiUsageSummary> compact =
            ApiCodec::decodeSummary(bytesOf(ApiCodec::encodeSummary(summary, exact)));
        QVERIFY(compact.ok());
        QVERIFY(!compact->monthTotals.isEmpty());
        QVERIFY(!compact->monthTotals.intersects(exact));
        ApiUsageSummary expected = summary;
        expected.ledger = compacted(summary.ledger, exact, &expected.monthTotals);
        QCOMPARE(*compact, expected);
    }

    // The proof of issue 13's compact ledger: every figure of the summary (per category, totals,
    // the monthly series, first and last activity, windows) is the one the full ledger gives, in
    // every region the policy knows and one it does not, at moments around every boundary.
    void compactLedgerSameFigures_data()
    {
        QTest::addColumn<int>("member"); // 0: the demo member, else the heavy member's seed
        QTest::newRow("demo member") << 0;
        QTest::newRow("heavy member 1") << 1;
        QTest::newRow("heavy member 2") << 2;
        QTest::newRow("heavy member 3") << 3;
    }
    void compactLedgerSameFigures()
    {
        QFETCH(int, member);
        const Policy policy = bundledPolicy();
        const MemberRecord record = member == 0 ? demoMember() : heavyMember(policy, quint32(member));
        const QSet<QDate> exact = ApiCodec::exactMonths(policy, record.history.changes());
        QSet<QDate> totals;
        const ActivityLedger compact = compacted(record.ledger, exact, &totals);
        QVERIFY(!totals.isEmpty()); // the encoding did drop days
        QVERIFY(compact != record.ledger);
        int compared = 0;
        for (const QString &region : {QStringLiteral("US"), QStringLiteral("DE"), QStringLiteral("GB"),
                                      QStringLiteral("CA"), QStringLiteral("ZZ")}) {
            for (const QDateTime &now : momentsOf(policy, record)) {
                const UsageSummary full = summaryAt(policy, record, region, record.ledger, now);
                const UsageSummary fromCompact = summaryAt(policy, record, region, compact, now);
                if (!(full == fromCompact))
                    QFAIL(
                        qPrintable(QStringLiteral("figures differ for %1 at %2").arg(region, formatIsoDateTime(now))));
                ++compared;
            }
        }
        QVERIFY(compared > 30);
    }

    // The same comparison fails when the months around an opt-out are given as totals: the test
    // above would see a wrong choice of exact months.
    void tooFewExactMonthsChangeTheFigures()
    {
        const Policy policy = bundledPolicy();
        const MemberRecord demo = demoMember();
        const ActivityLedger coarse = compacted(demo.ledger, {});
        const QDateTime now = utc(2026, 11, 29, 12);
        QVERIFY(!(summaryAt(policy, demo, QStringLiteral("US"), demo.ledger, now) ==
                  summaryAt(policy, demo, QStringLiteral("US"), coarse, now)));
    }

    // Issue 13: the demo member's summary body, before (every day, plus the monthly series and
    // first and last activity) and after (days only in the months that need them).
    void compactLedgerIsSmaller()
    {
        const Policy policy = bundledPolicy();
        const MemberRecord demo = demoMember();
        const qsizetype full = bytesOf(ApiCodec::encodeLedger(demo.ledger)).size();
        const qsizetype compact =
            bytesOf(ApiCodec::encodeLedger(demo.ledger, ApiCodec::exactMonths(policy, demo.history.changes()))).size();
        qInfo("demo member ledger: %lld bytes with every day, %lld compact", qlonglong(full), qlonglong(compact));
        QVERIFY(compact * 4 < full);
    }
};

QTEST_GUILESS_MAIN(TestApiCodec)
#include "TestApiCodec.moc"
