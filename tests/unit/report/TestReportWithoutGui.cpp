// The PDF writers in a process without Qt Gui's application object (the CLI's QCoreApplication
// for other commands, a server): a clear error, no crash, and an existing file left untouched.
#include "report/ReportWriter.h"
#include "ReportFixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestReportWithoutGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pdfFailsCleanlyAndKeepsTheOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("report.pdf"));
        {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous report");
        }
        ReportOptions options;
        options.overwrite = true;
        for (const ReportFormat format : {ReportFormat::Pdf, ReportFormat::LetterPdf}) {
            const Result<QStringList> written = writeReport(test::demoReport(), format, target, options);
            QVERIFY(!written.ok());
            QCOMPARE(written.error().kind, ErrorKind::Internal);
            QVERIFY(written.error().message.contains(QStringLiteral("PDF export needs")));
            QFile file(target);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), QByteArray("previous report"));
        }
        // The other formats need no Gui.
        QVERIFY(writeReport(test::demoReport(), ReportFormat::Html, target + QStringLiteral(".html")).ok());
    }
};

QTEST_GUILESS_MAIN(TestReportWithoutGui)
#include "TestReportWithoutGui.moc"
