// The usage summary of the bundled demo member: its JSON (golden file), its invariants, and the
// strictness of the JSON codec.
#include "core/Clock.h"
#include "core/MemberRecord.h"
#include "core/PolicyLoader.h"
#include "core/UsageSummaryJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace pd;

namespace {

const QDateTime GoldenNow = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);

UsageSummary demoSummary(const QDateTime &now = GoldenNow)
{
    const Result<Policy> policy = PolicyLoader::bundled();
    const Result<MemberRecord> record = loadDemoMember();
    if (!policy || !record)
        qFatal("bundled data missing");
    const FixedClock clock(now);
    return buildUsageSummary(*policy, record->member, record->ledger, record->history,
                             {SourceInfo::Kind::Demo, QStringLiteral("bundled demo member"), {}, false}, clock);
}

QString goldenPath()
{
    return QStringLiteral(PD_SOURCE_DIR "/tests/data/golden/demo-summary.json");
}

} // namespace

class TestUsageSummary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenJson();
    void designFieldsPresent();
    void unknownCategoriesAreNotInTheHeadline();
    void demoCountsAddUp();
    void demoIsRich();
    void demoOptOutState();
};

// Regenerate with PD_UPDATE_GOLDEN=1 after a deliberate change, and review the diff.
void TestUsageSummary::goldenJson()
{
    const QByteArray actual = UsageSummaryJson::toBytes(demoSummary());
    if (qEnvironmentVariableIsSet("PD_UPDATE_GOLDEN")) {
        QFile out(goldenPath());
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual);
    }
    QFile golden(goldenPath());
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(goldenPath()));
    const QByteArray expected = golden.readAll();
    if (actual != expected) {
        const QList<QByteArray> a = actual.split('\n');
        const QList<QByteArray> e = expected.split('\n');
        for (qsizetype i = 0; i < std::min(a.size(), e.size()); ++i) {
            if (a.at(i) != e.at(i))
                QFAIL(qPrintable(QStringLiteral("line %1 differs: got %2, expected %3")
                                     .arg(i + 1)
                                     .arg(QString::fromUtf8(a.at(i)), QString::fromUtf8(e.at(i)))));
        }
        QFAIL("golden file differs in length");
    }
}

// DESIGN §5: the --json object has at least these fields.
void TestUsageSummary::designFieldsPresent()
{
    const QJsonObject json = UsageSummaryJson::encode(demoSummary());
    for (const char *key : {"member", "region", "asOf", "source", "policy", "optOut", "categories"})
        QVERIFY2(json.contains(QLatin1StringView(key)), key);
    const QJsonObject policy = json.value(QStringLiteral("policy")).toObject();
    QVERIFY(policy.value(QStringLiteral("id")).isString());
    QVERIFY(policy.value(QStringLiteral("version")).isString());
    const QJsonObject optOut = json.value(QStringLiteral("optOut")).toObject();
    QVERIFY(optOut.value(QStringLiteral("optedOut")).isBool());
    QVERIFY(optOut.contains(QStringLiteral("changedAt")));
    QVERIFY(optOut.contains(QStringLiteral("confirmationId")));
    for (const QJsonValue &value : json.value(QStringLiteral("categories")).toArray()) {
        const QJsonObject category = value.toObject();
        for (const char *key :
             {"id", "label", "itemCount", "genAiTraining", "mayHaveBeenUsed", "exposedIfUsed", "notUsed", "futureUse"})
            QVERIFY2(category.contains(QLatin1StringView(key)), key);
    }
    // Totals carry both figures, side by side.
    const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
    for (const char *key : {"itemCount", "mayHaveBeenUsed", "exposedIfUsed", "notUsed"})
        QVERIFY2(totals.value(QLatin1StringView(key)).isDouble(), key);
}

// The headline "may have been used" is the `used` figure alone; items of unknown categories
// inside a training window are their own figure, per category, in total and per month.
void TestUsageSummary::unknownCategoriesAreNotInTheHeadline()
{
    const UsageSummary summary = demoSummary();
    qint64 used = 0;
    qint64 exposed = 0;
    for (const CategorySummary &category : summary.categories) {
        switch (category.genAiTraining) {
        case TrainingUse::Used:
            QCOMPARE(category.exposedIfUsed, 0);
            used += category.mayHaveBeenUsed;
            break;
        case TrainingUse::Unknown:
            QCOMPARE(category.mayHaveBeenUsed, 0);
            exposed += category.exposedIfUsed;
            break;
        case TrainingUse::NotUsed:
            QCOMPARE(category.mayHaveBeenUsed, 0);
            QCOMPARE(category.exposedIfUsed, 0);
            break;
        }
    }
    QCOMPARE(summary.totalMayHaveBeenUsed, used);
    QCOMPARE(summary.totalExposedIfUsed, exposed);
    // The demo member (US, opted out 2 Oct 2024) has both kinds; see docs/privacy-model.md.
    QCOMPARE(summary.totalMayHaveBeenUsed, 3853);
    QCOMPARE(summary.totalExposedIfUsed, 4813);
    QCOMPARE(summary.totalItems, 16340);
    qint64 monthlyUsed = 0;
    qint64 monthlyExposed = 0;
    for (const MonthlyActivity &month : summary.monthly) {
        monthlyUsed += month.mayHaveBeenUsed;
        monthlyExposed += month.exposedIfUsed;
    }
    QVERIFY(monthlyExposed > 0);
    QVERIFY(monthlyUsed <= used); // undated profile fields are not in the series
    QVERIFY(monthlyExposed <= exposed);
}

void TestUsageSummary::demoCountsAddUp()
{
    const UsageSummary summary = demoSummary();
    qint64 used = 0;
    for (const CategorySummary &category : summary.categories) {
        QCOMPARE(category.mayHaveBeenUsed + category.exposedIfUsed + category.notUsed, category.itemCount);
        if (category.genAiTraining == TrainingUse::Used)
            ++used;
        if (category.genAiTraining == TrainingUse::NotUsed)
            QCOMPARE(category.mayHaveBeenUsed, 0);
    }
    QVERIFY(used >= 8);
    QCOMPARE(summary.totalMayHaveBeenUsed + summary.totalExposedIfUsed + summary.totalNotUsed, summary.totalItems);
}

// Issue 2: 5+ years of activity over at least 12 categories.
void TestUsageSummary::demoIsRich()
{
    const UsageSummary summary = demoSummary();
    int withItems = 0;
    QDate first = QDate(9999, 1, 1);
    QDate last;
    for (const CategorySummary &category : summary.categories) {
        if (category.itemCount == 0)
            continue;
        ++withItems;
        if (category.firstActivity)
            first = std::min(first, *category.firstActivity);
        if (category.lastActivity)
            last = std::max(last, *category.lastActivity);
    }
    QVERIFY(withItems >= 12);
    QVERIFY2(first.daysTo(last) > 5 * 365, qPrintable(first.toString(Qt::ISODate)));
}

void TestUsageSummary::demoOptOutState()
{
    const UsageSummary summary = demoSummary();
    QCOMPARE(summary.member.region, QStringLiteral("US"));
    QVERIFY(summary.optOut.optedOut);
    QCOMPARE(summary.optOut.changedAt, QDateTime(QDate(2024, 10, 2), QTime(8, 15), Qt::UTC));
    QVERIFY(!summary.optOut.confirmationId.isEmpty());
    QVERIFY(!summary.futureUse);
    // Before the opt-out, the same member was opted in and future use was on.
    const UsageSummary before = demoSummary(QDateTime(QDate(2024, 9, 30), QTime(12, 0), Qt::UTC));
    QVERIFY(!before.optOut.optedOut);
    QVERIFY(before.futureUse);
    QVERIFY(before.history.isEmpty());
}

QTEST_GUILESS_MAIN(TestUsageSummary)
#include "TestUsageSummary.moc"
