#include "archive/ArchiveDataSource.h"
#include "ArchiveTestSupport.h"
#include "core/PolicyLoader.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// ArchiveDataSource as the GUI and the CLI use it: asynchronous, with progress and cancel.
class TestArchiveDataSource final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_small;
    QString m_big;
    Policy m_policy;
    const FixedClock m_clock{QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC)};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_small = m_dir.filePath(u"Complete_LinkedInDataExport_06-30-2023.zip"_qs);
        QVERIFY(test::runGenerator(u"make_linkedin_archive.py"_qs, {u"--era"_qs, u"2023"_qs, m_small}).isEmpty());
        // A 200 MB archive keeps an import busy long enough to watch progress and cancel it.
        m_big = m_dir.filePath(u"big.zip"_qs);
        QVERIFY(test::runGenerator(u"make_hostile_archive.py"_qs, {u"unterminated-quote"_qs, m_big}).isEmpty());
        Result<Policy> policy = PolicyLoader::bundled();
        QVERIFY(policy.ok());
        m_policy = std::move(policy).value();
    }

    void summaryFromAnArchive()
    {
        ArchiveDataSource source(m_small, m_policy, ImportOptions{QString(), QDate(2024, 10, 2)}, m_clock);
        QSignalSpy ready(&source, &MemberDataSource::summaryReady);
        QSignalSpy failed(&source, &MemberDataSource::refreshFailed);
        QElapsedTimer timer;
        timer.start();
        source.refresh();
        QVERIFY(timer.elapsed() < 50); // never blocks the caller's thread
        QCOMPARE(ready.count(), 0);    // answers later, never from inside refresh()
        QVERIFY(ready.wait(10'000));
        QCOMPARE(failed.count(), 0);
        const auto summary = ready.first().first().value<UsageSummary>();
        QVERIFY(summary.source.kind == SourceInfo::Kind::Archive);
        QCOMPARE(summary.source.location, u"Complete_LinkedInDataExport_06-30-2023.zip"_qs);
        QFile file(m_small);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(summary.source.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
        // The member's statement is the whole history.
        QCOMPARE(summary.history.size(), 1);
        QCOMPARE(summary.history.first().at, QDateTime(QDate(2024, 10, 2), QTime(0, 0), Qt::UTC));
        QCOMPARE(summary.history.first().channel, u"member-stated"_qs);
        QVERIFY(summary.history.first().optedOut);
        QVERIFY(summary.history.first().confirmationId.isEmpty());
        QVERIFY(summary.optOut.optedOut);
        // 2023's Profile says "San Francisco Bay Area": no country, so the region is unknown.
        QVERIFY(!summary.regionKnown);
        QCOMPARE(summary.member.region, QString());
        QCOMPARE(source.lastReport().regionLine(), u"region not inferred; pass --region"_qs);
        QVERIFY(summary.totalItems > 400);
    }

    // Issue 15: items before any refresh (one import gives the summary and then the items), the
    // list's counts are the summary's, a counts-only import imports again when items are asked
    // for, and forgetItems() drops them.
    void itemsFromAnArchive()
    {
        qRegisterMetaType<pd::ItemList>();
        ArchiveDataSource source(m_small, m_policy, ImportOptions{QString(), QDate(2024, 10, 2)}, m_clock);
        QVERIFY(source.canListItems());
        source.setKeepsItems(false);
        QSignalSpy summaries(&source, &MemberDataSource::summaryReady);
        QSignalSpy items(&source, &MemberDataSource::itemsReady);
        QSignalSpy failed(&source, &MemberDataSource::itemsFailed);
        source.refresh(); // counts only
        QVERIFY(summaries.wait(10'000));
        source.requestItems(); // needs an import with items
        QCOMPARE(items.count(), 0);
        QVERIFY(items.wait(10'000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(summaries.count(), 2);
        const auto summary = summaries.last().first().value<UsageSummary>();
        const auto list = items.first().first().value<ItemList>();
        QVERIFY(list.size() > 0);
        for (const CategorySummary &category : summary.categories) {
            if (!list.store().isListed(category.id))
                continue;
            QCOMPARE(list.store().count(category.id), category.itemCount);
            QCOMPARE(list.count(category.id, ItemStatus::MayHaveBeenUsed), category.mayHaveBeenUsed);
            QCOMPARE(list.count(category.id, ItemStatus::NotUsed), category.notUsed);
        }
        QVERIFY(!list.store().isListed(u"messages"_qs));
        // Asked again: the same store at once, no new import.
        source.requestItems();
        QVERIFY(items.wait(10'000));
        QCOMPARE(summaries.count(), 2);
        QVERIFY(items.last().first().value<ItemList>().storePointer() == list.storePointer());
        // Forgotten: the next request imports again.
        source.forgetItems();
        source.requestItems();
        QVERIFY(items.wait(10'000));
        QCOMPARE(summaries.count(), 3);
        QVERIFY(items.last().first().value<ItemList>().storePointer() != list.storePointer());
    }

    void neverOptedOutByDefault()
    {
        ArchiveDataSource source(m_small, m_policy, ImportOptions{u"DE"_qs, std::nullopt}, m_clock);
        QSignalSpy ready(&source, &MemberDataSource::summaryReady);
        source.refresh();
        QVERIFY(ready.wait(10'000));
        const auto summary = ready.first().first().value<UsageSummary>();
        QVERIFY(summary.history.isEmpty());
        QVERIFY(!summary.optOut.optedOut);
        QVERIFY(summary.futureUse); // opted in, and the regime covers DE from 2025-11-03
        QCOMPARE(summary.member.region, u"DE"_qs);
    }

    void progressIsReportedAndThrottled()
    {
        ArchiveDataSource source(m_big, m_policy, ImportOptions{}, m_clock);
        QSignalSpy progress(&source, &MemberDataSource::progress);
        QSignalSpy ready(&source, &MemberDataSource::summaryReady);
        QElapsedTimer timer;
        timer.start();
        source.refresh();
        QVERIFY(ready.wait(60'000));
        const double seconds = std::max(0.05, timer.elapsed() / 1000.0);
        QVERIFY(progress.count() >= 2);
        QVERIFY2(progress.count() <= 20 * seconds + 3, qPrintable(QString::number(progress.count())));
        qint64 last = -1;
        for (const QList<QVariant> &args : progress) {
            QVERIFY(args.at(0).toLongLong() >= last);
            last = args.at(0).toLongLong();
            QCOMPARE(args.at(1).toLongLong(), QFileInfo(m_big).size());
        }
        QCOMPARE(last, QFileInfo(m_big).size());
    }

    void cancelAnswersCancelled()
    {
        ArchiveDataSource source(m_big, m_policy, ImportOptions{}, m_clock);
        QSignalSpy failed(&source, &MemberDataSource::refreshFailed);
        QSignalSpy ready(&source, &MemberDataSource::summaryReady);
        source.refresh();
        QTest::qWait(20);
        QElapsedTimer timer;
        timer.start();
        source.cancel();
        QVERIFY(failed.wait(5'000));
        QVERIFY2(timer.elapsed() < 500 * test::SlowFactor, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(failed.first().first().value<Error>().kind, ErrorKind::Cancelled);
        QCOMPARE(ready.count(), 0);
        QVERIFY(!source.isRunning());
    }

    void refusedArchiveIsInvalidInput()
    {
        const QString path = m_dir.filePath(u"bomb.zip"_qs);
        QVERIFY(test::runGenerator(u"make_hostile_archive.py"_qs, {u"bomb"_qs, path}).isEmpty());
        ArchiveDataSource source(path, m_policy, ImportOptions{}, m_clock);
        QSignalSpy failed(&source, &MemberDataSource::refreshFailed);
        source.refresh();
        QVERIFY(failed.wait(10'000));
        const auto error = failed.first().first().value<Error>();
        QCOMPARE(error.kind, ErrorKind::InvalidInput);
        QVERIFY(error.message.contains(u"zip bomb"));
    }

    void optOutGoesThroughThePlatform()
    {
        ArchiveDataSource source(m_small, m_policy, ImportOptions{}, m_clock);
        QVERIFY(!source.canChangeOptOut());
        QVERIFY(source.optOutUnavailableReason().contains(m_policy.setting.url.toString()));
        QSignalSpy failed(&source, &MemberDataSource::optOutFailed);
        source.requestOptOut(true);
        QCOMPARE(failed.count(), 0);
        QVERIFY(failed.wait(1000));
    }

    void destroyingWhileRunningIsSafe()
    {
        auto *source = new ArchiveDataSource(m_big, m_policy, ImportOptions{}, m_clock);
        source->refresh();
        QTest::qWait(10);
        QElapsedTimer timer;
        timer.start();
        delete source; // cancels and waits for the worker
        QVERIFY(timer.elapsed() < 1000 * test::SlowFactor);
        QTest::qWait(50); // no queued call may reach the deleted object
    }
};

QTEST_GUILESS_MAIN(TestArchiveDataSource)
#include "TestArchiveDataSource.moc"
