// The quick look before an import: a ZIP that holds no file of a data export is told apart from
// an export before any question is asked, with the same classifier as the import; a file that
// is not a ZIP fails; the export's date comes from the download's name or the files' dates.

#include "archive/ArchiveProbe.h"
#include "ArchiveTestSupport.h"
#include "core/PolicyLoader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace pd {

class TestArchiveProbe final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<FileClassifier> m_classifier;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<Policy> policy = PolicyLoader::bundled();
        QVERIFY(policy.ok());
        Result<FileClassifier> classifier = FileClassifier::fromPolicy(policy.value());
        QVERIFY(classifier.ok());
        m_classifier = std::move(classifier).value();
    }

    void readmeOnlyIsNotAnExport()
    {
        const QString zip = path(u"readme.zip"_s);
        QCOMPARE(test::writeZip(zip, {{u"readme.txt"_s, "hello"}}), QString());
        const Result<ArchiveProbe> probe = probeArchive(zip, *m_classifier);
        QVERIFY(probe.ok());
        QCOMPARE(probe.value().entries, 1);
        QVERIFY(!probe.value().isDataExport());
    }

    void unrecognisedCsvIsNotAnExport()
    {
        // A table the policy does not name, and a picture: not an export either.
        const QString zip = path(u"other.zip"_s);
        QCOMPARE(test::writeZip(zip, {{u"budget.csv"_s, "a,b\n1,2\n"}, {u"Profile.png"_s, "png"}}), QString());
        const Result<ArchiveProbe> probe = probeArchive(zip, *m_classifier);
        QVERIFY(probe.ok());
        QVERIFY(!probe.value().isDataExport());
    }

    void exportIsRecognised()
    {
        const QString zip = path(u"Basic_LinkedInDataExport_10-02-2024.zip"_s);
        QCOMPARE(test::writeZip(
                     zip,
                     {{u"readme.txt"_s, "x"}, {u"Shares_155814142.csv"_s, "Date,ShareLink\n2024-01-02 10:00:00,x\n"}},
                     QDate(2023, 5, 6)),
                 QString());
        const Result<ArchiveProbe> probe = probeArchive(zip, *m_classifier);
        QVERIFY(probe.ok());
        QVERIFY(probe.value().isDataExport());
        QCOMPARE(probe.value().knownFiles, QStringList{u"Shares_155814142.csv"_s});
        QCOMPARE(probe.value().exportDate, QDate(2024, 10, 2)); // the name's date wins
    }

    void recompressedExportUnderOneFolder()
    {
        const QString zip = path(u"renamed.zip"_s);
        QCOMPARE(
            test::writeZip(zip, {{u"Basic_LinkedInDataExport/Connections.csv"_s, "First Name\n"}}, QDate(2025, 3, 4)),
            QString());
        const Result<ArchiveProbe> probe = probeArchive(zip, *m_classifier);
        QVERIFY(probe.ok());
        QVERIFY(probe.value().isDataExport());
        QCOMPARE(probe.value().exportDate, QDate(2025, 3, 4)); // the newest file's date
    }

    void generatedExportIsRecognised()
    {
        const QString zip = path(u"era.zip"_s);
        QVERIFY(test::runGenerator(u"make_linkedin_archive.py"_s, {u"--era"_s, u"2026"_s, zip}).isEmpty());
        const Result<ArchiveProbe> probe = probeArchive(zip, *m_classifier);
        QVERIFY(probe.ok());
        QVERIFY(probe.value().knownFiles.size() > 5);
    }

    void textFileIsNotAZip()
    {
        const QString fake = path(u"notes.zip"_s);
        QFile file(fake);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("just some text, not an archive\n").repeated(10));
        file.close();
        const Result<ArchiveProbe> probe = probeArchive(fake, *m_classifier);
        QVERIFY(!probe.ok());
        QCOMPARE(probe.error().kind, ErrorKind::InvalidInput);
    }

    void missingFileFails()
    {
        const Result<ArchiveProbe> probe = probeArchive(path(u"gone.zip"_s), *m_classifier);
        QVERIFY(!probe.ok());
        QCOMPARE(probe.error().kind, ErrorKind::InvalidInput);
    }

    void cancelledProbe()
    {
        const QString zip = path(u"cancel.zip"_s);
        QCOMPARE(test::writeZip(zip, {{u"Shares.csv"_s, "Date\n"}}), QString());
        const std::atomic<bool> cancel{true};
        const Result<ArchiveProbe> probe = probeArchive(zip, *m_classifier, &cancel);
        QVERIFY(!probe.ok());
        QCOMPARE(probe.error().kind, ErrorKind::Cancelled);
    }

    void dateInName()
    {
        QCOMPARE(exportDateFromName(u"Complete_LinkedInDataExport_12-31-2025.zip"_s), QDate(2025, 12, 31));
        QCOMPARE(exportDateFromName(u"Basic_LinkedInDataExport_13-01-2025.zip"_s), std::nullopt);
        QCOMPARE(exportDateFromName(u"export.zip"_s), std::nullopt);
    }
};

} // namespace pd

QTEST_GUILESS_MAIN(pd::TestArchiveProbe)
#include "TestArchiveProbe.moc"
