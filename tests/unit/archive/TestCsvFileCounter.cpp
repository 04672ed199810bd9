#include "archive/CsvFileCounter.h"

#include <QTest>

using namespace pd;

Q_DECLARE_METATYPE(pd::FileRule)

namespace {

FileRule rule(const QString &dateColumn, DateFormat format, const QStringList &pointerHeader = {})
{
    QStringList normalised;
    for (const QString &column : pointerHeader)
        normalised.append(FileClassifier::normalise(column));
    return FileRule{QStringLiteral("X"), QStringLiteral("cat"), dateColumn, format, normalised, {}, {}, {}};
}

struct Counted {
    ImportedFile summary;
    QList<UndatedRow> undated;
    QList<SkippedRow> skipped;
    qint64 dated = 0;
};

Counted count(const FileRule &fileRule, const QByteArray &csv)
{
    CsvFileCounter counter(fileRule, QStringLiteral("f.csv"));
    CsvReader reader(counter);
    reader.feed(csv);
    reader.finish();
    counter.finish(reader);
    Counted out{counter.summary(), counter.undatedRows(), counter.skippedRows(), 0};
    for (const qint64 n : counter.countsByJulianDay())
        out.dated += n;
    return out;
}

} // namespace

// One export file's rows as items: every row counts, dated or not; what could not be dated is
// listed with its line. The layouts come from real exports (see make_real_layout_archives.py).
class TestCsvFileCounter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRowIsAnItem_data()
    {
        QTest::addColumn<FileRule>("fileRule");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<qint64>("undated");
        QTest::addColumn<qint64>("unreadable");
        QTest::addColumn<qint64>("links");
        const FileRule comments = rule(u"Date"_qs, DateFormat::IsoDateTime);

        QTest::newRow("unreadable date is an undated item")
            << rule(u"Connected On"_qs, DateFormat::DayMonthYear)
            << QByteArray("First Name,Connected On\nA,16 Dec 2024\nB,31 Foo 2021\nC,\n") << qint64(3) << qint64(2)
            << qint64(1) << qint64(0);
        QTest::newRow("2018 date in a later format's column")
            << rule(u"Connected On"_qs, DateFormat::DayMonthYear)
            << QByteArray("First Name,Connected On\nA,\"1/8/18, 6:14 PM\"\n") << qint64(1) << qint64(0) << qint64(0)
            << qint64(0);
        QTest::newRow("2021 comment lines that begin with a number")
            << comments
            << QByteArray(
                   "Date,Link,Message\r\n2021-06-16 03:28:40,https://x/1,Three things:\r\n"
                   "1. Flexibility\r\n2. Focus, and more\r\n10 reasons\r\n2021-06-15 08:00:00,https://x/2,ok\r\n")
            << qint64(2) << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("timestamp-like garbage is a row, not a continuation")
            << comments << QByteArray("Date,Link,Message\n2024-01-02 10:00:00,l,a\n31/31/2024 25:61,l,b\n") << qint64(2)
            << qint64(1) << qint64(1) << qint64(0);
        QTest::newRow("short row") << rule(u"Followed On"_qs, DateFormat::UnixDate)
                                   << QByteArray("Organization,Followed On\nA,Tue Jun 18 12:03:31 UTC 2024\nB")
                                   << qint64(2) << qint64(1) << qint64(1) << qint64(0);
        QTest::newRow("header names ignore spaces and case")
            << rule(u"Created At"_qs, DateFormat::UsDateTime)
            << QByteArray("Source,FirstName,CreatedAt\nG,A,\"10/25/17, 4:50 PM\"\n") << qint64(1) << qint64(0)
            << qint64(0) << qint64(0);
        QTest::newRow("header without the date column")
            << rule(u"Saved Search Date"_qs, DateFormat::UsDateTime)
            << QByteArray("ALERT_PARAMETERS,QUERY_CONTEXT,SAVED_SEARCH_ID\n\"{a}\",\"{b}\",1\n\"{c}\",\"{d}\",2\n")
            << qint64(2) << qint64(2) << qint64(2) << qint64(0);
        QTest::newRow("pointer file") << rule(u"Date/Time"_qs, DateFormat::ProseDate, {u"Type"_qs, u"Link"_qs})
                                      << QByteArray("Type,Link\nVideo content can be downloaded at,https://x\n"
                                                    "Documents can be downloaded at,https://y\n")
                                      << qint64(0) << qint64(0) << qint64(0) << qint64(2);
        QTest::newRow("pointer rule, items form")
            << rule(u"Date/Time"_qs, DateFormat::ProseDate, {u"Type"_qs, u"Link"_qs})
            << QByteArray("Date/Time,Media Description,Media Link\n"
                          "\"You uploaded a photo on March 9, 2026 at 2:58 PM (GMT)\", -,https://x\n")
            << qint64(1) << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("no conversations")
            << rule(u"DATE"_qs, DateFormat::IsoDateTime) << QByteArray("No conversations found\n") << qint64(0)
            << qint64(0) << qint64(0) << qint64(0);
    }
    void everyRowIsAnItem()
    {
        QFETCH(FileRule, fileRule);
        QFETCH(QByteArray, csv);
        QFETCH(qint64, rows);
        QFETCH(qint64, undated);
        QFETCH(qint64, unreadable);
        QFETCH(qint64, links);
        const Counted got = count(fileRule, csv);
        QCOMPARE(got.summary.rows, rows);
        QCOMPARE(got.summary.undated, undated);
        QCOMPARE(got.summary.unreadableDates, unreadable);
        QCOMPARE(got.summary.links, links);
        QCOMPARE(got.dated + got.summary.undated, got.summary.rows);
        QCOMPARE(got.summary.skipped, qint64(0));
        qint64 listed = 0;
        for (const UndatedRow &row : got.undated)
            listed += row.rows;
        QCOMPARE(listed, unreadable);
    }

    void undatedRowsNameLineAndValue()
    {
        const Counted got = count(rule(u"Event Time"_qs, DateFormat::EventRange),
                                  "Event Name,Event Time,Status\nA,\"Sep 23, 2022 12:00 PM - Sep 23, 2022 12:20 "
                                  "PM\",APPROVED\nB,TBD,APPROVED\n");
        QCOMPARE(got.undated.size(), 1);
        QCOMPARE(got.undated.first().file, u"f.csv"_qs);
        QCOMPARE(got.undated.first().line, qint64(3));
        QCOMPARE(got.undated.first().value, u"TBD"_qs);
        QVERIFY(got.undated.first().reason.contains(u"Event Time"));
    }
};

QTEST_GUILESS_MAIN(TestCsvFileCounter)
#include "TestCsvFileCounter.moc"
