#include "core/DateParsers.h"

#include <QTest>

using namespace pd;

Q_DECLARE_METATYPE(pd::DateFormat)
Q_DECLARE_METATYPE(pd::ParsedDate::Kind)

// Every date form of LINKEDIN-FACTS §4, what spreadsheets make of them, and what is not a date.
class TestDateParsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<DateFormat>("format");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<ParsedDate::Kind>("kind");
        QTest::addColumn<QDate>("day");
        const auto day = ParsedDate::Kind::Day;
        const auto missing = ParsedDate::Kind::Missing;
        const auto invalid = ParsedDate::Kind::Invalid;

        QTest::newRow("iso seconds") << DateFormat::IsoDateTime << QByteArray("2024-06-11 09:51:14") << day
                                     << QDate(2024, 6, 11);
        QTest::newRow("iso utc") << DateFormat::IsoDateTime << QByteArray("2024-06-18 11:59:53 UTC") << day
                                 << QDate(2024, 6, 18);
        QTest::newRow("iso minutes") << DateFormat::IsoDateTime << QByteArray("2021-06-16 03:28 UTC") << day
                                     << QDate(2021, 6, 16);
        QTest::newRow("learning N/A") << DateFormat::IsoDateTime << QByteArray("N/A") << missing << QDate();
        QTest::newRow("empty") << DateFormat::IsoDateTime << QByteArray("  ") << missing << QDate();
        QTest::newRow("NA filler") << DateFormat::IsoDateTime << QByteArray("NA") << missing << QDate();
        QTest::newRow("slash") << DateFormat::SlashDateTimeUtc << QByteArray("2024/02/24 14:03:38 UTC") << day
                               << QDate(2024, 2, 24);
        QTest::newRow("day month year") << DateFormat::DayMonthYear << QByteArray("16 Dec 2024") << day
                                        << QDate(2024, 12, 16);
        QTest::newRow("us comma") << DateFormat::UsDateTime << QByteArray("6/14/24, 5:57 AM") << day
                                  << QDate(2024, 6, 14);
        QTest::newRow("us padded") << DateFormat::UsDateTime << QByteArray("12/24/23, 05:28 AM") << day
                                   << QDate(2023, 12, 24);
        QTest::newRow("us receipts") << DateFormat::UsDateTime << QByteArray("11/26/24 01:32 PM UTC") << day
                                     << QDate(2024, 11, 26);
        QTest::newRow("unix") << DateFormat::UnixDate << QByteArray("Tue Jun 18 12:03:31 UTC 2024") << day
                              << QDate(2024, 6, 18);
        QTest::newRow("month year") << DateFormat::MonthYear << QByteArray("Jan 2015") << day << QDate(2015, 1, 1);
        QTest::newRow("year only") << DateFormat::MonthYear << QByteArray("2019") << day << QDate(2019, 1, 1);
        QTest::newRow("month day year") << DateFormat::MonthDayYear << QByteArray("Aug 3, 2023") << day
                                        << QDate(2023, 8, 3);
        QTest::newRow("event range") << DateFormat::EventRange
                                     << QByteArray("Sep 23, 2022 12:00 PM - Sep 23, 2022 12:20 PM") << day
                                     << QDate(2022, 9, 23);
        QTest::newRow("prose") << DateFormat::ProseDate
                               << QByteArray("You uploaded a video on November 12, 2024 at 2:56 AM (GMT)") << day
                               << QDate(2024, 11, 12);
        QTest::newRow("spreadsheet") << DateFormat::IsoDateTime << QByteArray("18-Jun-24") << day << QDate(2024, 6, 18);
        QTest::newRow("spreadsheet iso") << DateFormat::UsDateTime << QByteArray("2024-06-18") << day
                                         << QDate(2024, 6, 18);
        QTest::newRow("impossible day") << DateFormat::IsoDateTime << QByteArray("2024-02-30 10:00:00") << invalid
                                        << QDate();
        QTest::newRow("garbage") << DateFormat::IsoDateTime << QByteArray("yesterday") << invalid << QDate();
        QTest::newRow("us swapped") << DateFormat::UsDateTime << QByteArray("31/12/24, 1:00 PM") << invalid << QDate();
        QTest::newRow("unix no year") << DateFormat::UnixDate << QByteArray("Tue Jun 18 12:03:31 UTC") << invalid
                                      << QDate();
        // A column's own format first, then every format of any year (2018 exports).
        QTest::newRow("2018 connections")
            << DateFormat::DayMonthYear << QByteArray("1/8/18, 6:14 PM") << day << QDate(2018, 1, 8);
        QTest::newRow("2018 messages") << DateFormat::IsoDateTime << QByteArray("10/16/18, 8:36 AM") << day
                                       << QDate(2018, 10, 16);
        QTest::newRow("2018 logins") << DateFormat::UnixDate << QByteArray("2018/08/18 17:16:55 UTC") << day
                                     << QDate(2018, 8, 18);
        QTest::newRow("2025 ad impression")
            << DateFormat::SlashDateTimeUtc << QByteArray("2025/10/09") << day << QDate(2025, 10, 9);
        QTest::newRow("verified date") << DateFormat::UsDateTime << QByteArray("2022-12-20") << day
                                       << QDate(2022, 12, 20);
        QTest::newRow("re-saved us 4-digit year")
            << DateFormat::IsoDateTime << QByteArray("1/14/2020 12:13") << day << QDate(2020, 1, 14);
        QTest::newRow("event time") << DateFormat::UsDateTime << QByteArray("May 07, 2022 08:00 AM ") << day
                                    << QDate(2022, 5, 7);
        QTest::newRow("unix under month-year")
            << DateFormat::MonthYear << QByteArray("Wed Jun 16 06:56:05 UTC 2021") << day << QDate(2021, 6, 16);
        QTest::newRow("year among text") << DateFormat::IsoDateTime << QByteArray("2019 was a good year") << invalid
                                         << QDate();
        QTest::newRow("prose only in its column")
            << DateFormat::IsoDateTime << QByteArray("We met on March 3, 2020 at the fair") << invalid << QDate();
        QTest::newRow("comment line") << DateFormat::IsoDateTime << QByteArray("1. Flexibility") << invalid << QDate();
        QTest::newRow("year out of range") << DateFormat::MonthYear << QByteArray("0999") << invalid << QDate();
        QTest::newRow("none") << DateFormat::None << QByteArray("2024-01-01") << missing << QDate();
    }
    void parses()
    {
        QFETCH(DateFormat, format);
        QFETCH(QByteArray, text);
        QFETCH(ParsedDate::Kind, kind);
        QFETCH(QDate, day);
        const ParsedDate parsed = parseExportDate(format, text);
        QCOMPARE(parsed.kind, kind);
        QCOMPARE(parsed.day, day);
    }

    void coarseDatesSaySo()
    {
        QVERIFY(parseExportDate(DateFormat::MonthYear, "Jan 2015").coarse);
        QVERIFY(parseExportDate(DateFormat::IsoDateTime, "2019").coarse);
        QVERIFY(!parseExportDate(DateFormat::MonthYear, "Aug 3, 2023").coarse);
    }

    void formatIdsRoundTrip()
    {
        for (const char *id : {"iso-datetime", "slash-datetime-utc", "day-month-year", "us-datetime", "unix-date",
                               "month-year", "month-day-year", "event-range", "prose-date", "none"}) {
            const std::optional<DateFormat> format = dateFormatFromId(QString::fromLatin1(id));
            QVERIFY2(format.has_value(), id);
            QCOMPARE(dateFormatId(*format), QString::fromLatin1(id));
        }
        QVERIFY(!dateFormatFromId(QStringLiteral("rfc-2822")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestDateParsers)
#include "TestDateParsers.moc"
