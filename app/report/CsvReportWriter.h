#pragma once

#include "core/UsageReport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pd {

// The report as RFC 4180 CSV (UTF-8 without BOM, CRLF line ends, a header row, fields quoted
// when they hold a comma, quote, CR or LF). Two tables: one row per category with its figures,
// and the opt-out history. A field that starts with = + - @, tab, CR or NUL gets a leading '
// so spreadsheets show it as text instead of running it as a formula; the JSON export keeps
// values unaltered.
class CsvReportWriter final
{
public:
    static QByteArray categories(const UsageReport &report);
    static QByteArray history(const UsageReport &report);

    static QString field(const QString &value);         // neutralised and quoted as needed
    static QString historyPathFor(const QString &path); // "r.csv" -> "r-history.csv"
    // Issue 15: the items appendix, every item (category,date,kind,status,window,text,link).
    static QByteArray items(const UsageReport &report);
    static QString itemsPathFor(const QString &path); // "r.csv" -> "r-items.csv"
};

} // namespace pd
