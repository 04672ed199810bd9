// The item list (issue 15): the compact store, snippets, the cap, filters, and — the point of it —
// that the list's counts per category and status equal the usage summary's figures, on the demo
// member at several moments and regions, and on hand-made ledgers with unknown categories.
#include "core/Clock.h"
#include "core/DemoItems.h"
#include "core/ItemStore.h"
#include "core/MemberRecord.h"
#include "core/MemberText.h"
#include "core/PolicyLoader.h"

#include <QTest>

using namespace pd;

namespace {

const QDateTime GoldenNow = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);

Policy bundledPolicy()
{
    Result<Policy> policy = PolicyLoader::bundled();
    if (!policy)
        qFatal("bundled policy missing");
    return std::move(policy).value();
}

MemberRecord demoRecord()
{
    Result<MemberRecord> record = loadDemoMember();
    if (!record)
        qFatal("demo member missing");
    return std::move(record).value();
}

UsageSummary summaryOf(const Policy &policy, const MemberInfo &member, const ActivityLedger &ledger,
                       const OptOutHistory &history, const QDateTime &now)
{
    const FixedClock clock(now);
    return buildUsageSummary(policy, member, ledger, history, {SourceInfo::Kind::Demo, QStringLiteral("t"), {}, false},
                             clock);
}

const CategorySummary *categoryOf(const UsageSummary &summary, const QString &id)
{
    for (const CategorySummary &category : summary.categories) {
        if (category.id == id)
            return &category;
    }
    return nullptr;
}

// Every listed category: the list's count per status is the summary's figure, and the store
// holds every item the summary counts.
void verifyCountsEqualFigures(const ItemList &list, const UsageSummary &summary)
{
    QVERIFY(!list.store().listedCategories().isEmpty());
    for (const QString &id : list.store().listedCategories()) {
        const CategorySummary *category = categoryOf(summary, id);
        QVERIFY2(category, qPrintable(id));
        QCOMPARE(list.store().count(id), category->itemCount);
        QCOMPARE(list.count(id, ItemStatus::MayHaveBeenUsed), category->mayHaveBeenUsed);
        QCOMPARE(list.count(id, ItemStatus::Unknown), category->exposedIfUsed);
        QCOMPARE(list.count(id, ItemStatus::NotUsed), category->notUsed);
        ItemQuery query;
        query.categoryId = id;
        query.status = ItemStatus::MayHaveBeenUsed;
        QCOMPARE(qint64(list.filter(query).size()), category->mayHaveBeenUsed);
    }
}

} // namespace

class TestItemStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listedCategoriesComeFromThePolicy();
    void demoCountsEqualTheSummary_data();
    void demoCountsEqualTheSummary();
    void demoIsDeterministic();
    void demoPostsFigure();
    void unknownCategoryIsReportedApart();
    void exposingWindow();
    void snippet_data();
    void snippet();
    void storeKeepsFields();
    void capStopsAndSays();
    void filters();
    void clearForgets();
    void statusNames();
    void compactness();
};

void TestItemStore::listedCategoriesComeFromThePolicy()
{
    const QStringList listed = bundledPolicy().listedCategories();
    QCOMPARE(listed,
             (QStringList{QStringLiteral("posts"), QStringLiteral("articles"), QStringLiteral("comments"),
                          QStringLiteral("poll-votes"), QStringLiteral("gai-prompts"), QStringLiteral("job-answers")}));
    QVERIFY(!listed.contains(QStringLiteral("messages"))); // private messages: never
}

void TestItemStore::demoCountsEqualTheSummary_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDate>("optedOutOn"); // invalid: the demo's own history
    QTest::newRow("demo at the golden time") << QString() << GoldenNow << QDate();
    QTest::newRow("demo before the policy")
        << QString() << QDateTime(QDate(2024, 9, 1), QTime(0, 0), Qt::UTC) << QDate();
    QTest::newRow("demo on the day it began")
        << QString() << QDateTime(QDate(2024, 9, 18), QTime(12, 0), Qt::UTC) << QDate();
    QTest::newRow("US opted out 2024-10-02") << QStringLiteral("US") << GoldenNow << QDate(2024, 10, 2);
    QTest::newRow("DE opted out 2025-10-15") << QStringLiteral("DE") << GoldenNow << QDate(2025, 10, 15);
    QTest::newRow("DE still opted in") << QStringLiteral("DE") << GoldenNow << QDate(2030, 1, 1);
    QTest::newRow("unknown region") << QStringLiteral("ZZ") << GoldenNow << QDate();
}

void TestItemStore::demoCountsEqualTheSummary()
{
    QFETCH(QString, region);
    QFETCH(QDateTime, now);
    QFETCH(QDate, optedOutOn);
    const Policy policy = bundledPolicy();
    MemberRecord record = demoRecord();
    if (!region.isEmpty())
        record.member.region = region;
    if (optedOutOn.isValid()) {
        record.history = OptOutHistory();
        record.history.append(
            {QDateTime(optedOutOn, QTime(9, 0), Qt::UTC), true, QStringLiteral("web"), QStringLiteral("c-1")});
    }
    const UsageSummary summary = summaryOf(policy, record.member, record.ledger, record.history, now);
    const ItemList list(makeDemoItems(policy, record.ledger), summary);
    verifyCountsEqualFigures(list, summary);
}

void TestItemStore::demoIsDeterministic()
{
    const Policy policy = bundledPolicy();
    const MemberRecord record = demoRecord();
    const auto a = makeDemoItems(policy, record.ledger);
    const auto b = makeDemoItems(policy, record.ledger);
    QCOMPARE(a->size(), b->size());
    for (qsizetype row = 0; row < a->size(); row += 97)
        QCOMPARE(a->item(row), b->item(row));
    QVERIFY(!a->isTruncated());
}

// The figure the member sees ("396 posts may have been used") is the number of posts listed.
void TestItemStore::demoPostsFigure()
{
    const Policy policy = bundledPolicy();
    const MemberRecord record = demoRecord();
    const UsageSummary summary = summaryOf(policy, record.member, record.ledger, record.history, GoldenNow);
    const ItemList list(makeDemoItems(policy, record.ledger), summary);
    ItemQuery query;
    query.categoryId = QStringLiteral("posts");
    query.status = ItemStatus::MayHaveBeenUsed;
    const QList<MemberItem> posts = list.items(query);
    QCOMPARE(qint64(posts.size()), categoryOf(summary, QStringLiteral("posts"))->mayHaveBeenUsed);
    QVERIFY(posts.size() > 100);
    for (const MemberItem &post : posts) {
        QVERIFY(post.window.has_value());
        QVERIFY(post.link.startsWith(QStringLiteral("https://www.linkedin.com/")));
        QVERIFY(!post.text.isEmpty());
    }
}

// A category the policy does not name (or marks unknown) goes to "unknown", never to "may have been used".
void TestItemStore::unknownCategoryIsReportedApart()
{
    const Policy policy = bundledPolicy();
    ActivityLedger ledger;
    auto store = std::make_shared<ItemStore>();
    const QList<std::pair<QString, QDate>> items{
        {QStringLiteral("posts"), QDate(2023, 5, 1)},       {QStringLiteral("posts"), QDate(2024, 9, 20)},
        {QStringLiteral("posts"), QDate(2024, 11, 1)},      {QStringLiteral("new-things"), QDate(2023, 5, 1)},
        {QStringLiteral("new-things"), QDate(2024, 11, 1)}, {QStringLiteral("messages"), QDate(2023, 5, 1)},
    };
    for (const auto &[id, day] : items) {
        ledger.add(id, day);
        QVERIFY(store->add(id, day, QStringLiteral("text"), {}, ItemKind::Other));
    }
    MemberInfo member{QStringLiteral("m"), QStringLiteral("M"), QStringLiteral("US")};
    OptOutHistory history;
    history.append({QDateTime(QDate(2024, 10, 2), QTime(0, 0), Qt::UTC), true, QStringLiteral("web"), {}});
    const UsageSummary summary = summaryOf(policy, member, ledger, history, GoldenNow);
    const ItemList list(store, summary);
    verifyCountsEqualFigures(list, summary);
    QCOMPARE(list.count(QStringLiteral("posts"), ItemStatus::MayHaveBeenUsed), 2); // DESIGN §3's worked example
    QCOMPARE(list.count(QStringLiteral("posts"), ItemStatus::NotUsed), 1);
    QCOMPARE(list.count(QStringLiteral("new-things"), ItemStatus::Unknown), 1);
    QCOMPARE(list.count(QStringLiteral("new-things"), ItemStatus::MayHaveBeenUsed), 0);
    QCOMPARE(list.count(QStringLiteral("messages"), ItemStatus::NotUsed), 1);
    QCOMPARE(list.count(ItemStatus::MayHaveBeenUsed), summary.totalMayHaveBeenUsed);
}

void TestItemStore::exposingWindow()
{
    const Policy policy = bundledPolicy();
    ActivityLedger ledger;
    auto store = std::make_shared<ItemStore>();
    store->add(QStringLiteral("posts"), QDate(2020, 1, 1), QStringLiteral("old"), {}, ItemKind::Post);
    store->add(QStringLiteral("posts"), QDate(2026, 1, 1), QStringLiteral("new"), {}, ItemKind::Post);
    store->add(QStringLiteral("posts"), std::nullopt, QStringLiteral("undated"), {}, ItemKind::Post);
    MemberInfo member{QStringLiteral("m"), QStringLiteral("M"), QStringLiteral("DE")};
    const UsageSummary summary = summaryOf(policy, member, ledger, OptOutHistory(), GoldenNow);
    const ItemList list(store, summary);
    QVERIFY(!summary.trainingWindows.isEmpty());
    for (qsizetype row = 0; row < 3; ++row) {
        QVERIFY(list.status(row) == ItemStatus::MayHaveBeenUsed);
        QVERIFY(list.window(row).has_value());
        QCOMPARE(list.window(row)->regimeId, summary.trainingWindows.first().regimeId);
    }
    // Opted out before any window: nothing exposed, no window.
    OptOutHistory out;
    out.append({QDateTime(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC), true, QStringLiteral("web"), {}});
    const ItemList none(store, summaryOf(policy, member, ledger, out, GoldenNow));
    for (qsizetype row = 0; row < 3; ++row) {
        QVERIFY(none.status(row) == ItemStatus::NotUsed);
        QVERIFY(!none.window(row).has_value());
    }
}

void TestItemStore::snippet_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Hello") << QStringLiteral("Hello");
    QTest::newRow("lines") << QStringLiteral("  a\r\n\r\nb\tc  ") << QStringLiteral("a b c");
    QTest::newRow("literal backslash-n (Shares)")
        << QStringLiteral("one\\ntwo\\n\\nthree") << QStringLiteral("one two three");
    QTest::newRow("controls and bidi overrides") << QStringLiteral("a\u0007b\u202Ec\u0085d") << QStringLiteral("abc d");
    QTest::newRow("markup stays text") << QStringLiteral("<script>alert(1)</script>")
                                       << QStringLiteral("<script>alert(1)</script>");
    QTest::newRow("exactly 200") << QString(200, u'x') << QString(200, u'x');
    QTest::newRow("201 cut") << QString(201, u'x') << QString(199, u'x') + QChar(0x2026);
    QString emoji;
    for (int i = 0; i < 150; ++i)
        emoji += QStringLiteral("\U0001F600");
    QString cutEmoji;
    for (int i = 0; i < 99; ++i)
        cutEmoji += QStringLiteral("\U0001F600");
    QTest::newRow("surrogate pairs never split") << emoji << cutEmoji + QChar(0x2026);
}

void TestItemStore::snippet()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString actual = makeSnippet(input);
    QCOMPARE(actual, expected);
    QVERIFY(actual.size() <= kSnippetLength);
}

void TestItemStore::storeKeepsFields()
{
    ItemStore store;
    QVERIFY(
        store.add(u"comments", QDate(2024, 6, 11), u"First\nline", u"https://www.linkedin.com/x", ItemKind::Comment));
    QVERIFY(store.add(u"job-answers", std::nullopt, u"Q — A", {}, ItemKind::ScreeningAnswer));
    QVERIFY(store.add(u"comments", QDate(2019, 1, 2), u"", QString(3000, u'l'), ItemKind::Comment));
    QCOMPARE(store.size(), 3);
    QCOMPARE(store.count(u"comments"), 2);
    QCOMPARE(store.text(0), QStringLiteral("First line"));
    QCOMPARE(store.link(0), QStringLiteral("https://www.linkedin.com/x"));
    QCOMPARE(store.date(0), QDate(2024, 6, 11));
    QVERIFY(store.kind(0) == ItemKind::Comment);
    QCOMPARE(store.categoryId(1), QStringLiteral("job-answers"));
    QVERIFY(!store.date(1).has_value());
    QVERIFY(store.link(2).isEmpty()); // a cut link would lead elsewhere: dropped
    QCOMPARE(store.listedCategories(), (QStringList{QStringLiteral("comments"), QStringLiteral("job-answers")}));
    store.markListed(u"articles");
    QVERIFY(store.isListed(u"articles"));
    QCOMPARE(store.count(u"articles"), 0);
}

void TestItemStore::capStopsAndSays()
{
    ItemStore byCount({3, 1000});
    for (int i = 0; i < 5; ++i)
        byCount.add(u"posts", QDate(2024, 1, 1 + i), u"post", {}, ItemKind::Post);
    QCOMPARE(byCount.size(), 3);
    QVERIFY(byCount.isTruncated());
    QCOMPARE(byCount.refusedCount(), 2);
    QCOMPARE(byCount.date(2), QDate(2024, 1, 3)); // the first ones are kept

    ItemStore byText({1000, 10});
    QVERIFY(byText.add(u"posts", std::nullopt, u"12345", {}, ItemKind::Post));
    QVERIFY(!byText.add(u"posts", std::nullopt, u"123456", {}, ItemKind::Post));
    QVERIFY(byText.add(u"posts", std::nullopt, u"1234", {}, ItemKind::Post)); // still fits
    QCOMPARE(byText.size(), 2);
    QCOMPARE(byText.refusedCount(), 1);

    QCOMPARE(MemberText::itemListCapped(200000, 1234),
             QStringLiteral("The list holds only the first 200,000 items; 1,234 more were not kept (the figures "
                            "still count them)."));
    QVERIFY(ItemStoreLimits().maxItems >= 100000);

    // Links: the shared start is kept once, the rest as given.
    ItemStore links;
    links.add(u"posts", std::nullopt, u"a", u"https://www.linkedin.com/feed/update/urn:li:activity:7123456789/",
              ItemKind::Post);
    links.add(u"posts", std::nullopt, u"b", u"https://example.org/x", ItemKind::Post);
    links.add(u"posts", std::nullopt, u"c", u"https://www.linkedin.com/feed/update/urn:li:activity:7999999999/?x=1",
              ItemKind::Post);
    QCOMPARE(links.link(0), QStringLiteral("https://www.linkedin.com/feed/update/urn:li:activity:7123456789/"));
    QCOMPARE(links.link(1), QStringLiteral("https://example.org/x"));
    QCOMPARE(links.link(2), QStringLiteral("https://www.linkedin.com/feed/update/urn:li:activity:7999999999/?x=1"));
}

void TestItemStore::filters()
{
    const Policy policy = bundledPolicy();
    auto store = std::make_shared<ItemStore>();
    store->add(u"posts", QDate(2023, 1, 10), u"Launch of the DATA platform", u"https://l/1", ItemKind::Post);
    store->add(u"posts", QDate(2025, 1, 10), u"Team offsite", u"https://l/2", ItemKind::Post);
    store->add(u"comments", QDate(2024, 1, 10), u"Nice data work", u"https://l/3", ItemKind::Comment);
    store->add(u"job-answers", std::nullopt, u"Years with data — 3", {}, ItemKind::ScreeningAnswer);
    MemberInfo member{QStringLiteral("m"), QStringLiteral("M"), QStringLiteral("US")};
    OptOutHistory history;
    history.append({QDateTime(QDate(2024, 10, 2), QTime(0, 0), Qt::UTC), true, QStringLiteral("web"), {}});
    const ItemList list(store, summaryOf(policy, member, ActivityLedger(), history, GoldenNow));

    QCOMPARE(list.filter({}), (QList<qsizetype>{0, 1, 2, 3}));
    ItemQuery q;
    q.search = QStringLiteral("data");
    QCOMPARE(list.filter(q), (QList<qsizetype>{0, 2, 3})); // case-insensitive
    q.categoryId = QStringLiteral("posts");
    QCOMPARE(list.filter(q), (QList<qsizetype>{0}));
    q = {};
    q.status = ItemStatus::NotUsed;
    QCOMPARE(list.filter(q), (QList<qsizetype>{1}));
    q = {};
    q.since = QDate(2024, 1, 10);
    QCOMPARE(list.filter(q), (QList<qsizetype>{1, 2})); // inclusive; undated never matches a bound
    q.until = QDate(2024, 1, 10);
    QCOMPARE(list.filter(q), (QList<qsizetype>{2}));
    q = {};
    q.until = QDate(2024, 12, 31);
    QCOMPARE(list.firstDay(list.filter(q)), QDate(2023, 1, 10));
    QCOMPARE(list.lastDay(list.filter(q)), QDate(2024, 1, 10));
    q.search = QStringLiteral("nothing like this");
    QVERIFY(list.filter(q).isEmpty());
}

void TestItemStore::clearForgets()
{
    ItemStore store({2, 100});
    store.add(u"posts", std::nullopt, u"a", {}, ItemKind::Post);
    store.add(u"posts", std::nullopt, u"b", {}, ItemKind::Post);
    store.add(u"posts", std::nullopt, u"c", {}, ItemKind::Post);
    QVERIFY(store.isTruncated());
    store.clear();
    QCOMPARE(store.size(), 0);
    QVERIFY(!store.isTruncated());
    QVERIFY(store.listedCategories().isEmpty());
    QCOMPARE(store.memoryBytes(), 0);
}

void TestItemStore::statusNames()
{
    for (const ItemStatus status : {ItemStatus::NotUsed, ItemStatus::MayHaveBeenUsed, ItemStatus::Unknown})
        QVERIFY(itemStatusFromString(toString(status)) == status);
    QCOMPARE(toString(ItemStatus::MayHaveBeenUsed), QStringLiteral("may-have-been-used"));
    QVERIFY(!itemStatusFromString(u"maybe"));
    for (int k = 0; k <= int(ItemKind::Other); ++k)
        QVERIFY(itemKindFromString(toString(ItemKind(k))) == ItemKind(k));
    QCOMPARE(MemberText::itemStatus(ItemStatus::Unknown), MemberText::figureName(MemberText::Figure::ExposedIfUsed));
}

// 100,000 items of 200 characters cost their text and a small record each, not a QString per field.
void TestItemStore::compactness()
{
    ItemStore store;
    const QString text(200, u't');
    const QString link = QStringLiteral("https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000000/");
    for (int i = 0; i < 100000; ++i)
        QVERIFY(store.add(u"posts", QDate(2024, 1, 1).addDays(i % 700), text, link, ItemKind::Post));
    QCOMPARE(store.link(99999), link);
    // Text 200 characters + the link's distinct 20, UTF-8, + a 20-byte record.
    store.squeeze();
    const qsizetype expected = 100000 * (200 + 20 + 20);
    QVERIFY2(store.memoryBytes() < expected + 64 * 1024, qPrintable(QString::number(store.memoryBytes())));
    QVERIFY(store.memoryBytes() < 25 * 1024 * 1024);
}

QTEST_GUILESS_MAIN(TestItemStore)
#include "TestItemStore.moc"
