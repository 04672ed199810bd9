#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <optional>

namespace pd {

// The date formats of the export's files (LINKEDIN-FACTS §4); the policy names one per file.
enum class DateFormat {
    IsoDateTime,      // 2024-06-11 09:51:14, 2024-06-18 11:59:53 UTC, 2021-06-16 03:28 UTC
    SlashDateTimeUtc, // 2024/02/24 14:03:38 UTC
    DayMonthYear,     // 16 Dec 2024
    UsDateTime,       // 6/14/24, 5:57 AM · 11/26/24 01:32 PM UTC
    UnixDate,         // Tue Jun 18 12:03:31 UTC 2024
    MonthYear,        // Jan 2015 · 2019
    MonthDayYear,     // Aug 3, 2023
    EventRange,       // Sep 23, 2022 12:00 PM - Sep 23, 2022 12:20 PM (the start counts)
    ProseDate,        // You uploaded a video on November 12, 2024 at 2:56 AM (GMT)
    None,
};

std::optional<DateFormat> dateFormatFromId(const QString &id);
QString dateFormatId(DateFormat format);

struct ParsedDate {
    enum class Kind {
        Day,     // a date was read
        Missing, // empty, N/A, NA, "-": the item exists but carries no date
        Invalid, // something that is not a date in this format
    };
    Kind kind = Kind::Invalid;
    QDate day;
    // Only a month or a year was written ("Jan 2015", "2019"): the day is the first one.
    bool coarse = false;
};

// Reads the day (as written; the export states times in UTC or not at all) from one field.
// The column's own format is tried first, then every other format an export of any year has
// used (a 2018 file writes "1/8/18, 6:14 PM" where a 2024 one writes "16 Dec 2024"), then what
// spreadsheets re-save dates as: 18-Jun-24 and ISO 2024-06-18. Month names are English and
// digits ASCII whatever the system locale (the C locale). Works on raw bytes: called for
// millions of rows, it allocates nothing.
ParsedDate parseExportDate(DateFormat preferred, QByteArrayView text);

} // namespace pd
