#include "archive/CsvReader.h"

#include <QStringDecoder>
#include <QTest>

using namespace pd;

namespace {

struct Collected final : CsvRowHandler {
    QList<QStringList> rows;
    QList<qint64> lines;
    QStringList errors; // "line: reason"
    void row(const CsvRow &row) override
    {
        QStringList fields;
        for (int i = 0; i < row.size(); ++i)
            fields.append(QString::fromUtf8(row.field(i)));
        rows.append(fields);
        lines.append(row.line);
    }
    void rowError(qint64 line, const QString &reason) override
    {
        errors.append(QString::number(line) + u": " + reason);
    }
};

// Feeds the input in pieces of `step` bytes (0: all at once).
Collected readAll(const QByteArray &input, qsizetype step = 0, CsvLimits limits = {})
{
    Collected out;
    CsvReader reader(out, limits);
    if (step == 0) {
        reader.feed(input);
    } else {
        for (qsizetype i = 0; i < input.size(); i += step)
            reader.feed(QByteArrayView(input).sliced(i, std::min(step, input.size() - i)));
    }
    reader.finish();
    return out;
}

QByteArray utf16le(const QString &text)
{
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

} // namespace

class TestCsvReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc4180()
    {
        const QByteArray input = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nlast,,row";
        const Collected out = readAll(input);
        QCOMPARE(out.rows.size(), 3);
        QCOMPARE(out.rows[0], (QStringList{u"a"_qs, u"b"_qs, u"c"_qs}));
        QCOMPARE(out.rows[1], (QStringList{u"x, y"_qs, u"say \"hi\""_qs, u"two\nlines"_qs}));
        QCOMPARE(out.rows[2], (QStringList{u"last"_qs, QString(), u"row"_qs}));
        QCOMPARE(out.lines, (QList<qint64>{1, 2, 4}));
        QVERIFY(out.errors.isEmpty());
    }

    void everyChunkSizeGivesTheSameRows()
    {
        const QByteArray input = "\xEF\xBB\xBF"
                                 "Date,Msg\n\"2024-01-01\",\"a \\\"b\\\" c\"\n2024-01-02,\"multi\nline\"\n";
        const Collected whole = readAll(input);
        for (qsizetype step : {1, 2, 3, 5, 7}) {
            const Collected pieces = readAll(input, step);
            QCOMPARE(pieces.rows, whole.rows);
            QCOMPARE(pieces.lines, whole.lines);
        }
        QCOMPARE(whole.rows.size(), 3);
        QCOMPARE(whole.rows[0].first(), u"Date"_qs); // BOM stripped
    }

    void utf16TabSeparated2018()
    {
        const QString text = u"\"Login Date\"\t\"IP Address\"\n\"Tue Jun 18 12:03:31 UTC 2024\"\t\"192.0.2.1\"\n"_qs;
        const QByteArray withBom = QByteArray("\xFF\xFE") + utf16le(text);
        for (const QByteArray &input : {withBom, utf16le(text)}) {
            for (qsizetype step : {0, 1, 3}) {
                Collected out;
                CsvReader reader(out);
                if (step == 0) {
                    reader.feed(input);
                } else {
                    for (qsizetype i = 0; i < input.size(); i += step)
                        reader.feed(QByteArrayView(input).sliced(i, std::min(step, input.size() - i)));
                }
                reader.finish();
                QCOMPARE(reader.encoding(), CsvReader::Encoding::Utf16LE);
                QCOMPARE(reader.delimiter(), '\t');
                QCOMPARE(out.rows.size(), 2);
                QCOMPARE(out.rows[1], (QStringList{u"Tue Jun 18 12:03:31 UTC 2024"_qs, u"192.0.2.1"_qs}));
            }
        }
    }

    void backslashEscapedQuotes()
    {
        const Collected out = readAll("\"2026-04-06 21:12:29\",\"He said \\\"yes\\\"\",\"C:\\dir\\\"\n");
        QCOMPARE(out.rows.size(), 1);
        QCOMPARE(out.rows[0].size(), 3);
        QCOMPARE(out.rows[0][1], u"He said \"yes\""_qs);
        QCOMPARE(out.rows[0][2], u"C:\\dir\\"_qs); // a trailing backslash still closes the field
    }

    void unterminatedQuoteIsReportedAndReadingResumes()
    {
        CsvLimits limits;
        limits.maxFieldBytes = 1024;
        QByteArray input = "Date,Msg\n2024-01-01,\"never closed\n";
        for (int i = 0; i < 200; ++i)
            input += "2024-01-02,swallowed while quoted\n";
        const Collected out = readAll(input, 0, limits);
        QCOMPARE(out.errors.size(), 1);
        QVERIFY2(out.errors.first().startsWith(u"2: "), qPrintable(out.errors.first()));
        QVERIFY(out.errors.first().contains(u"unterminated quote"));
        QVERIFY(out.rows.size() > 150); // the reader resynchronised at a line end and went on
        QCOMPARE(out.rows.last(), (QStringList{u"2024-01-02"_qs, u"swallowed while quoted"_qs}));
    }

    void quoteOpenAtEndOfFile()
    {
        const Collected out = readAll("a,b\n1,\"open");
        QCOMPARE(out.rows.size(), 1);
        QCOMPARE(out.errors, QStringList{u"2: a quoted field is not closed before the end of the file"_qs});
    }

    void tooManyColumns()
    {
        QByteArray wide = "2024-01-01";
        for (int i = 0; i < 100'000; ++i)
            wide += ",c";
        const Collected out = readAll("h1,h2\n" + wide + "\nx,y\n");
        QCOMPARE(out.errors.size(), 1);
        QVERIFY(out.errors.first().startsWith(u"2: a row has more than 2000 columns"));
        QCOMPARE(out.rows, (QList<QStringList>{{u"h1"_qs, u"h2"_qs}, {u"x"_qs, u"y"_qs}}));
    }

    void rowLimit()
    {
        CsvLimits limits;
        limits.maxRowBytes = 4096;
        QByteArray long1(3000, 'a');
        const Collected out = readAll("h\n" + long1 + "," + long1 + "\nok\n", 0, limits);
        QCOMPARE(out.errors.size(), 1);
        QVERIFY(out.errors.first().contains(u"row is longer"));
        QCOMPARE(out.rows.last(), QStringList{u"ok"_qs});
    }

    void nulByteSkipsTheRow()
    {
        const Collected out = readAll(QByteArray("h\nbad\0row\ngood\n", 15));
        QCOMPARE(out.errors.join(u"; "), u"2: a NUL byte in the row"_qs);
        QCOMPARE(out.rows, (QList<QStringList>{{u"h"_qs}, {u"good"_qs}}));
    }

    void invalidUtf8IsCountedNotFatal()
    {
        Collected out;
        CsvReader reader(out);
        reader.feed("h\ncaf\xE9\n\xC0\xAF\nok \xE2\x82\xAC\n\xED\xA0\x80\n");
        reader.finish();
        QCOMPARE(out.rows.size(), 5);
        QCOMPARE(reader.invalidUtf8Rows(), 3);
        QCOMPARE(reader.firstInvalidUtf8Line(), 2);
    }

    void emptyAndTinyInputs()
    {
        QCOMPARE(readAll("").rows.size(), 0);
        QCOMPARE(readAll("\xEF\xBB\xBF").rows.size(), 0);
        QCOMPARE(readAll("a").rows, QList<QStringList>{QStringList{u"a"_qs}});
        QCOMPARE(readAll("a\n").rows.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
