#include "archive/ArchiveImporter.h"
#include "ArchiveTestSupport.h"
#include "core/PolicyLoader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// Archives built to hurt (RELIABILITY items 10, 11, 14, 15, 16), made by
// tests/fixtures/make_hostile_archive.py in a temporary directory. Each is refused with a clear
// message or read with the problem reported, within a couple of seconds, with bounded memory,
// and nothing is written to disk.
class TestHostileArchives final : public QObject
{
    Q_OBJECT

    struct Outcome {
        Result<ImportResult> result = Error::internal(QString());
        qint64 elapsedMs = 0;
        qint64 peakGrowthKiB = 0;
    };

    QTemporaryDir m_dir;

    QString make(const QString &kind)
    {
        const QString path = m_dir.filePath(kind + u".zip"_qs);
        if (!QFile::exists(path)) {
            const QString failure = test::runGenerator(u"make_hostile_archive.py"_qs, {kind, path});
            if (!failure.isEmpty())
                qWarning("%s", qPrintable(failure));
        }
        return path;
    }

    Outcome import(const QString &kind)
    {
        const QString path = make(kind);
        const QStringList before = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        const QStringList cwdBefore = QDir::current().entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        const Result<Policy> policy = PolicyLoader::bundled();
        Result<FileClassifier> classifier = FileClassifier::fromPolicy(policy.value());
        const ArchiveImporter importer(std::move(classifier).value(), ImportOptions{});
        Outcome outcome;
        test::resetPeakRss();
        const qint64 rssBefore = test::statusKiB("VmRSS");
        QElapsedTimer timer;
        timer.start();
        outcome.result = importer.importFile(path);
        outcome.elapsedMs = timer.elapsed();
        outcome.peakGrowthKiB = test::statusKiB("VmHWM") - rssBefore;
        // Nothing extracted, next to the archive or in the working directory.
        if (QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot) != before ||
            QDir::current().entryList(QDir::AllEntries | QDir::NoDotAndDotDot) != cwdBefore)
            outcome.result = Error::internal(u"the import wrote files"_qs);
        qInfo("%s: %lld ms, peak memory growth %lld KiB: %s", qPrintable(kind), outcome.elapsedMs,
              outcome.peakGrowthKiB, qPrintable(outcome.result ? u"read"_qs : outcome.result.error().message));
        return outcome;
    }

    static void checkBounds(const Outcome &o, qint64 maxMs = 2000, qint64 maxGrowthMiB = 50)
    {
        QVERIFY2(o.elapsedMs < maxMs * test::SlowFactor, qPrintable(QString::number(o.elapsedMs)));
        if (test::MemoryMeasurable)
            QVERIFY2(o.peakGrowthKiB < maxGrowthMiB * 1024, qPrintable(QString::number(o.peakGrowthKiB)));
    }

    static void checkRefused(const Outcome &o, const QString &messagePart)
    {
        QVERIFY(!o.result.ok());
        QCOMPARE(o.result.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(o.result.error().message.contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(o.result.error().message));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void deflateBomb()
    {
        const Outcome o = import(u"bomb"_qs);
        checkRefused(o, u"zip bomb"_qs);
        checkBounds(o, 1000);
    }

    void overlappingEntries()
    {
        const Outcome o = import(u"overlap"_qs);
        checkRefused(o, u"overlapping entries"_qs);
        checkBounds(o, 1000);
    }

    void zipSlipNamesAreIgnored()
    {
        const Outcome o = import(u"zipslip"_qs);
        QVERIFY(o.result.ok());
        const ImportReport &report = o.result->report;
        QStringList reasons;
        for (const IgnoredEntry &e : report.entriesIgnored)
            reasons.append(e.reason);
        QCOMPARE(report.entriesIgnored.size(), 7);
        // libarchive turns a ZIP name's backslashes into slashes, so "Articles\..\..\evil.csv"
        // arrives as a ".." name; either way it is refused.
        QCOMPARE(reasons.filter(u"\"..\""_qs).size() + reasons.filter(u"backslash"_qs).size(), 3);
        QCOMPARE(reasons.filter(u"absolute"_qs).size(), 1);
        QCOMPARE(reasons.filter(u"drive letter"_qs).size(), 1);
        QCOMPARE(reasons.filter(u"longer than"_qs).size(), 1);
        QCOMPARE(reasons.filter(u"duplicate"_qs).size(), 1);
        // Only the one safe Comments.csv was counted.
        QCOMPARE(o.result->ledger.activity(u"comments"_qs).total(), 5);
        checkBounds(o);
    }

    void symlinkEntriesAreIgnored()
    {
        const Outcome o = import(u"symlink"_qs);
        QVERIFY(o.result.ok());
        QCOMPARE(o.result->report.entriesIgnored.size(), 1);
        QCOMPARE(o.result->report.entriesIgnored.first().name, u"Shares.csv"_qs);
        QCOMPARE(o.result->report.entriesIgnored.first().reason, u"symbolic link"_qs);
        QVERIFY(!o.result->ledger.contains(u"posts"_qs));
        QCOMPARE(o.result->ledger.activity(u"comments"_qs).total(), 4);
    }

    void lyingSize()
    {
        const Outcome o = import(u"lying-size"_qs);
        checkRefused(o, u"Comments.csv"_qs);
        QVERIFY(o.result.error().message.contains(u"size"));
        checkBounds(o);
    }

    void badCrc()
    {
        const Outcome o = import(u"bad-crc"_qs);
        checkRefused(o, u"Comments.csv"_qs);
        QVERIFY(o.result.error().message.contains(u"damaged"));
        QVERIFY(o.result.error().message.contains(u"CRC"));
    }

    void truncatedArchive()
    {
        const Outcome o = import(u"truncated"_qs);
        checkRefused(o, u"truncated"_qs);
        checkBounds(o);
    }

    void millionEmptyEntries()
    {
        const Outcome o = import(u"many-entries"_qs);
        checkRefused(o, u"1000000 entries"_qs);
        checkBounds(o, 1000);
    }

    void unterminatedQuoteIn200MB()
    {
        const Outcome o = import(u"unterminated-quote"_qs);
        QVERIFY(o.result.ok());
        const ImportReport &report = o.result->report;
        QCOMPARE(report.rowsSkipped, 1);
        QCOMPARE(report.skippedRows.first().file, u"Comments.csv"_qs);
        QCOMPARE(report.skippedRows.first().line, 2);
        QVERIFY(report.skippedRows.first().reason.contains(u"unterminated quote"));
        // Reading resumed after the runaway field: about two million rows were still counted.
        QVERIFY(o.result->ledger.activity(u"comments"_qs).total() > 2'000'000);
        checkBounds(o, 2500);
    }

    void hundredThousandColumns()
    {
        const Outcome o = import(u"many-columns"_qs);
        QVERIFY(o.result.ok());
        QCOMPARE(o.result->report.rowsSkipped, 1);
        QCOMPARE(o.result->report.skippedRows.first().line, 2);
        QVERIFY(o.result->report.skippedRows.first().reason.contains(u"columns"));
        QCOMPARE(o.result->ledger.activity(u"comments"_qs).total(), 1);
        checkBounds(o);
    }

    void invalidUtf8IsCounted()
    {
        const Outcome o = import(u"invalid-utf8"_qs);
        QVERIFY(o.result.ok());
        const ImportedFile *file = o.result->report.file(u"Comments.csv"_qs);
        QVERIFY(file);
        QCOMPARE(file->rows, 4);
        QCOMPARE(file->invalidUtf8Rows, 3);
        QVERIFY(file->note.contains(u"invalid UTF-8 in 3 rows, first at line 2"));
    }

    void notAZip()
    {
        const Outcome o = import(u"not-zip"_qs);
        checkRefused(o, u"not a ZIP archive"_qs);
    }

    void cancelStopsPromptly()
    {
        const QString path = make(u"unterminated-quote"_qs);
        const Result<Policy> policy = PolicyLoader::bundled();
        Result<FileClassifier> classifier = FileClassifier::fromPolicy(policy.value());
        const ArchiveImporter importer(std::move(classifier).value(), ImportOptions{});
        std::atomic<bool> cancel{false};
        QElapsedTimer timer;
        const Result<ImportResult> result =
            importer.importFile(path, &cancel, [&](qint64 done, qint64, const QString &) {
                if (done > 0 && !cancel) {
                    cancel = true;
                    timer.start();
                }
            });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Cancelled);
        QVERIFY2(timer.elapsed() < 200 * test::SlowFactor, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestHostileArchives)
#include "TestHostileArchives.moc"
