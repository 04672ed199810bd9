// The figure the opt-in question states ("N of your items would become available for training")
// is a claim: it must equal what the exposure rule says after opting in now. Checked by opting
// the member in for real (an opt-in appended to the history) and recomputing the summary, for
// several regions and histories, next to the wording the question and the waiting changes use.
#include "core/Clock.h"
#include "core/MemberRecord.h"
#include "core/MemberText.h"
#include "core/OptOutWording.h"
#include "core/PolicyLoader.h"
#include "core/UsageSummary.h"

#include <QTest>

using namespace pd;

class TestOptOutWording final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Result<Policy> policy = PolicyLoader::bundled();
        QVERIFY(policy.ok());
        m_policy = policy.value();
        Result<MemberRecord> demo = loadDemoMember();
        QVERIFY(demo.ok());
        m_demo = demo.value();
    }

    void newlyExposedFigureIsWhatOptingInDoes_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QDate>("optedOutOn"); // invalid: never opted out
        QTest::addColumn<bool>("covered");
        QTest::newRow("US, opted out 2024-10-02 (the demo member)") << "US" << QDate(2024, 10, 2) << true;
        QTest::newRow("DE, opted out before the 2025 regime") << "DE" << QDate(2025, 10, 15) << true;
        QTest::newRow("CA, opted out before the 2025 regime") << "CA" << QDate(2025, 10, 15) << true;
        QTest::newRow("US, opted out before the 2024 regime") << "US" << QDate(2024, 9, 1) << true;
    }

    void newlyExposedFigureIsWhatOptingInDoes()
    {
        QFETCH(QString, region);
        QFETCH(QDate, optedOutOn);
        QFETCH(bool, covered);
        const FixedClock now(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
        MemberInfo member = m_demo.member;
        member.region = region;
        OptOutHistory history(m_policy.setting.defaultOptedOut);
        history.append({optedOutOn.startOfDay(Qt::UTC), true, QStringLiteral("web"), QStringLiteral("c-1")});
        const SourceInfo source{SourceInfo::Kind::Demo, QStringLiteral("test"), {}, false};
        const UsageSummary before = buildUsageSummary(m_policy, member, m_demo.ledger, history, source, now);
        QCOMPARE(OptOutWording::regimeCoversNow(m_policy, before), covered);

        OptOutHistory optedIn = history;
        optedIn.append({now.now().addSecs(-1), false, QStringLiteral("dashboard"), QStringLiteral("c-2")});
        const UsageSummary after = buildUsageSummary(m_policy, member, m_demo.ledger, optedIn, source, now);
        const qint64 claimed = OptOutWording::itemsNewlyExposedByOptingIn(before);
        QVERIFY(claimed > 0);
        QCOMPARE(after.totalMayHaveBeenUsed - before.totalMayHaveBeenUsed, claimed);
    }

    void optInQuestionStatesTheFigureAndThatItCannotBeUndone()
    {
        const QString text = OptOutWording::optInConsequence(3752, true);
        QVERIFY2(text.contains(QLocale::system().toString(3752)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("would become available for training")));
        QVERIFY(text.contains(QStringLiteral("cannot be undone by opting out again")));
        QVERIFY(OptOutWording::optInConsequence(0, false).contains(QStringLiteral("does not cover your region")));
    }

    // One wording of "does not undo" and of the figure beside "may have been used", for every output.
    void sharedStatementsAreWordedOnce()
    {
        QCOMPARE(OptOutWording::priorTraining(),
                 QStringLiteral("Opting out stops future training on your data, but it does not undo training that "
                                "has already taken place: models already trained on your data are not retrained."));
        QVERIFY(OptOutWording::separatelyExposed(1).startsWith(
            QStringLiteral("Separately, 1 item in categories the platform has not said either way existed")));
        QVERIFY(OptOutWording::separatelyExposed(4813).startsWith(QStringLiteral("Separately, 4,813 items ")));
    }

    void waitingChangeSaysWhatHappensNext()
    {
        const PendingOptOut off{true, QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC), false};
        const PendingOptOut on{false, off.since, false};
        QCOMPARE(OptOutWording::waiting(off),
                 QStringLiteral("Waiting to send: turn training off (asked 1 Dec 2026, 09:30 UTC)."));
        QVERIFY(
            OptOutWording::waitingNext(off, OptOutWording::FrontEnd::Desktop).contains(QStringLiteral("next time")));
        QVERIFY(OptOutWording::waitingNext(on, OptOutWording::FrontEnd::Desktop)
                    .contains(QStringLiteral("never sent without you")));
        QVERIFY(OptOutWording::waitingNext(on, OptOutWording::FrontEnd::Cli).contains(QStringLiteral("`opt-out off`")));
        QVERIFY(
            OptOutWording::waitingNext(off, OptOutWording::FrontEnd::Cli).contains(QStringLiteral("`opt-out cancel`")));
    }

    // The dates and numbers in these sentences follow the member's locale (the default locale the
    // app sets), not a fixed pattern: Spanish here, written with Qt's own Spanish data (CLDR).
    void datesAndNumbersFollowTheMembersLocale()
    {
        const QLocale spanish(QLocale::Spanish, QLocale::Spain);
        QLocale::setDefault(spanish);
        const PendingOptOut off{true, QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC), false};
        const QString waiting = OptOutWording::waiting(off);
        const QString exposed = OptOutWording::separatelyExposed(14813);
        const QString longDate = MemberText::date(QDate(2024, 10, 2));
        QLocale::setDefault(QLocale::c());
        QLocale grouped = spanish;
        grouped.setNumberOptions(QLocale::DefaultNumberOptions);
        const QString december = spanish.monthName(12, QLocale::ShortFormat);
        QVERIFY2(waiting.contains(QStringLiteral("(asked 1 %1 2026, 09:30 UTC)").arg(december)), qPrintable(waiting));
        QVERIFY2(exposed.contains(grouped.toString(14813)) && grouped.toString(14813) == u"14.813",
                 qPrintable(exposed));
        QCOMPARE(longDate, QStringLiteral("2 de %1 de 2024").arg(spanish.monthName(10, QLocale::LongFormat)));
        // Under the C locale (LANG=C) the English record, as before.
        QCOMPARE(MemberText::date(QDate(2024, 10, 2)), QStringLiteral("2 October 2024"));
        QCOMPARE(MemberText::count(14813), QStringLiteral("14,813"));
    }

private:
    Policy m_policy;
    MemberRecord m_demo;
};

QTEST_GUILESS_MAIN(TestOptOutWording)
#include "TestOptOutWording.moc"
