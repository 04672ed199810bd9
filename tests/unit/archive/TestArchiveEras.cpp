#include "archive/ArchiveImporter.h"
#include "ArchiveTestSupport.h"
#include "core/PolicyLoader.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// Every era and naming of the export, generated from a seed by tests/fixtures, imported and
// compared with the counts the generator wrote down: per category (total, undated, first,
// last, per month), per file, the files not recognised, the rows skipped (file and line) and
// the region.
class TestArchiveEras final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTheGeneratorsCounts_data()
    {
        QTest::addColumn<QString>("era");
        QTest::addColumn<QString>("kind");
        for (const char *era : {"2018", "2021", "2023", "2024", "2026"})
            QTest::addRow("%s complete", era) << QString::fromLatin1(era) << u"complete"_qs;
        for (const char *era : {"2021", "2024", "2026"})
            QTest::addRow("%s basic", era) << QString::fromLatin1(era) << u"basic"_qs;
    }

    void matchesTheGeneratorsCounts()
    {
        QFETCH(QString, era);
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString zip = dir.filePath(u"%1_LinkedInDataExport_06-30-%2.zip"_qs.arg(kind, era));
        const QString failure = test::runGenerator(u"make_linkedin_archive.py"_qs,
                                                   {u"--era"_qs, era, u"--kind"_qs, kind, u"--seed"_qs, u"11"_qs, zip});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QJsonObject expected =
            test::readJson(dir.filePath(QFileInfo(zip).completeBaseName() + u".expected.json"_qs));
        QVERIFY(!expected.isEmpty());

        const Result<Policy> policy = PolicyLoader::bundled();
        QVERIFY(policy.ok());
        Result<FileClassifier> classifier = FileClassifier::fromPolicy(policy.value());
        QVERIFY(classifier.ok());
        const ArchiveImporter importer(std::move(classifier).value(), ImportOptions{});
        const Result<ImportResult> result = importer.importFile(zip);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        const ActivityLedger &ledger = result->ledger;
        const ImportReport &report = result->report;

        // Categories.
        const QJsonObject categories = expected.value(u"categories").toObject();
        QCOMPARE(QStringList(ledger.categoryIds()), categories.keys());
        for (const QString &id : categories.keys()) {
            const QJsonObject want = categories.value(id).toObject();
            const CategoryActivity &got = ledger.activity(id);
            QCOMPARE(got.total(), want.value(u"total").toInteger());
            QCOMPARE(got.undated, want.value(u"undated").toInteger());
            const QDate first = QDate::fromString(want.value(u"first").toString(), Qt::ISODate);
            const QDate last = QDate::fromString(want.value(u"last").toString(), Qt::ISODate);
            QCOMPARE(got.first().value_or(QDate()), first);
            QCOMPARE(got.last().value_or(QDate()), last);
            const QJsonObject monthly = want.value(u"monthly").toObject();
            const QMap<QDate, qint64> gotMonthly = ledger.monthly(id);
            QCOMPARE(gotMonthly.size(), monthly.size());
            for (auto it = gotMonthly.cbegin(); it != gotMonthly.cend(); ++it)
                QCOMPARE(it.value(), monthly.value(it.key().toString(u"yyyy-MM")).toInteger());
        }

        // Files read, not recognised, skipped rows.
        const QJsonObject files = expected.value(u"files").toObject();
        QCOMPARE(report.filesRead.size(), files.size());
        for (const QString &name : files.keys()) {
            const QJsonObject want = files.value(name).toObject();
            const ImportedFile *got = report.file(name);
            QVERIFY2(got, qPrintable(name));
            QCOMPARE(got->categoryId, want.value(u"category").toString());
            QCOMPARE(got->rows, want.value(u"rows").toInteger());
            QCOMPARE(got->undated, want.value(u"undated").toInteger());
            QCOMPARE(got->skipped, want.value(u"skipped").toInteger());
            if (want.contains(u"invalidUtf8Rows"))
                QCOMPARE(got->invalidUtf8Rows, want.value(u"invalidUtf8Rows").toInteger());
        }
        QStringList notRecognised = report.filesNotRecognised;
        notRecognised.sort();
        QStringList wantNotRecognised;
        for (const QJsonValue &v : expected.value(u"notRecognised").toArray())
            wantNotRecognised.append(v.toString());
        QCOMPARE(notRecognised, wantNotRecognised);
        const QJsonArray skipped = expected.value(u"skipped").toArray();
        QCOMPARE(report.rowsSkipped, qint64(skipped.size()));
        for (const QJsonValue &v : skipped) {
            const QJsonObject want = v.toObject();
            const auto found =
                std::find_if(report.skippedRows.cbegin(), report.skippedRows.cend(), [&](const SkippedRow &row) {
                    return row.file == want.value(u"file").toString() && row.line == want.value(u"line").toInteger();
                });
            QVERIFY2(found != report.skippedRows.cend(), qPrintable(want.value(u"file").toString() + u':' +
                                                                    QString::number(want.value(u"line").toInteger())));
        }
        // Rows whose date cannot be read are undated items, each listed with its line.
        const QJsonArray undatedRows = expected.value(u"undatedRows").toArray();
        QCOMPARE(report.rowsWithUnreadableDate, qint64(undatedRows.size()));
        for (const QJsonValue &v : undatedRows) {
            const QJsonObject want = v.toObject();
            const auto found =
                std::find_if(report.undatedRows.cbegin(), report.undatedRows.cend(), [&](const UndatedRow &row) {
                    return row.file == want.value(u"file").toString() && row.line == want.value(u"line").toInteger();
                });
            QVERIFY2(found != report.undatedRows.cend(), qPrintable(want.value(u"file").toString() + u':' +
                                                                    QString::number(want.value(u"line").toInteger())));
        }
        QVERIFY(report.entriesIgnored.isEmpty());

        // Region and member.
        const QString region = expected.value(u"region").toString();
        QCOMPARE(report.region, region);
        QCOMPARE(report.regionSource,
                 region.isEmpty() ? ImportReport::RegionSource::Unknown : ImportReport::RegionSource::Inferred);
        if (region.isEmpty())
            QVERIFY(report.toText().contains(u"region not inferred; pass --region"));
        QCOMPARE(report.memberName, expected.value(u"memberName").toString());

        // The archive is named by its digest.
        QFile file(zip);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(report.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    }

    void givenRegionWins()
    {
        QTemporaryDir dir;
        const QString zip = dir.filePath(u"a.zip"_qs);
        QVERIFY(test::runGenerator(u"make_linkedin_archive.py"_qs, {u"--era"_qs, u"2021"_qs, zip}).isEmpty());
        const Result<Policy> policy = PolicyLoader::bundled();
        Result<FileClassifier> classifier = FileClassifier::fromPolicy(policy.value());
        const ArchiveImporter importer(std::move(classifier).value(), ImportOptions{u"ch"_qs, std::nullopt});
        const Result<ImportResult> result = importer.importFile(zip);
        QVERIFY(result.ok());
        QCOMPARE(result->report.region, u"CH"_qs); // the archive says DE; the member said CH
        QCOMPARE(result->report.regionSource, ImportReport::RegionSource::Given);
    }
};

QTEST_GUILESS_MAIN(TestArchiveEras)
#include "TestArchiveEras.moc"
