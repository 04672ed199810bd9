#include "ArchiveTestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// privacy-dashboard-cli import ARCHIVE.zip, run as a member would: the counts of a generated
// archive, the import report on stderr, and exit 6 with one clear line for a refused archive.
class TestArchiveCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(PD_BINARY_DIR "/bin/privacy-dashboard-cli"), arguments);
        process.waitForFinished(60'000);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

private Q_SLOTS:
    void importPrintsTheExpectedCounts()
    {
        const QString zip = m_dir.filePath(u"Complete_LinkedInDataExport_06-30-2024.zip"_qs);
        QVERIFY(pd::test::runGenerator(u"make_linkedin_archive.py"_qs, {u"--era"_qs, u"2024"_qs, zip}).isEmpty());
        const QJsonObject expected =
            pd::test::readJson(m_dir.filePath(u"Complete_LinkedInDataExport_06-30-2024.expected.json"_qs));
        const Run run =
            cli({u"import"_qs, zip, u"--opted-out-since"_qs, u"2024-10-02"_qs, u"--json"_qs, u"summary"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(u"region").toString(), u"US"_qs); // "Austin, Texas, United States"
        const QJsonObject categories = expected.value(u"categories").toObject();
        int checked = 0;
        for (const QJsonValue &value : summary.value(u"categories").toArray()) {
            const QJsonObject category = value.toObject();
            const QString id = category.value(u"id").toString();
            const qint64 count = category.value(u"itemCount").toInteger();
            QCOMPARE(count, categories.value(id).toObject().value(u"total").toInteger(0));
            checked += categories.contains(id) ? 1 : 0;
        }
        QCOMPARE(checked, categories.size());
        // The import report rides in the same JSON object: what was read and what was undated.
        const QJsonObject report = summary.value(u"importReport").toObject();
        qint64 total = 0;
        for (const QJsonValue &category : categories)
            total += category.toObject().value(u"total").toInteger();
        QCOMPARE(report.value(u"rowsRead").toInteger(), total);
        QCOMPARE(report.value(u"rowsWithUnreadableDate").toInteger(),
                 qint64(expected.value(u"undatedRows").toArray().size()));
        QCOMPARE(report.value(u"undatedRows").toArray().size(), expected.value(u"undatedRows").toArray().size());
        QCOMPARE(report.value(u"region").toString(), u"US"_qs);
        QVERIFY(report.value(u"filesRead").toArray().size() > 30);
        QVERIFY(run.err.contains("files read"));
        QVERIFY(run.err.contains("region US (inferred from Profile.csv Geo Location"));
    }

    void refusedArchiveExitsSix()
    {
        const QString zip = m_dir.filePath(u"bomb.zip"_qs);
        QVERIFY(pd::test::runGenerator(u"make_hostile_archive.py"_qs, {u"bomb"_qs, zip}).isEmpty());
        const Run run = cli({u"import"_qs, zip});
        QCOMPARE(run.exitCode, 6);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains("zip bomb"), run.err.constData());
    }

    void missingArchiveExitsSix()
    {
        const Run run = cli({u"import"_qs, m_dir.filePath(u"nowhere.zip"_qs)});
        QCOMPARE(run.exitCode, 6);
        QVERIFY(run.err.contains("cannot read the archive"));
    }
};

QTEST_GUILESS_MAIN(TestArchiveCli)
#include "TestArchiveCli.moc"
