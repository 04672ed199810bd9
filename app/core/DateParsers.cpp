#include "core/DateParsers.h"

#include <array>

namespace pd {

namespace {

struct FormatName {
    DateFormat format;
    const char16_t *id;
};

constexpr std::array<FormatName, 10> FormatNames{{
    {DateFormat::IsoDateTime, u"iso-datetime"},
    {DateFormat::SlashDateTimeUtc, u"slash-datetime-utc"},
    {DateFormat::DayMonthYear, u"day-month-year"},
    {DateFormat::UsDateTime, u"us-datetime"},
    {DateFormat::UnixDate, u"unix-date"},
    {DateFormat::MonthYear, u"month-year"},
    {DateFormat::MonthDayYear, u"month-day-year"},
    {DateFormat::EventRange, u"event-range"},
    {DateFormat::ProseDate, u"prose-date"},
    {DateFormat::None, u"none"},
}};

// A cursor over the field's bytes; every reader returns false without consuming on a mismatch.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    {}

    bool atEnd() const { return m_p == m_end; }
    char peek() const { return m_p < m_end ? *m_p : '\0'; }
    void skipSpaces()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t'))
            ++m_p;
    }
    bool literal(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    // minDigits..maxDigits decimal digits
    bool number(int minDigits, int maxDigits, int *value)
    {
        int n = 0;
        int v = 0;
        while (m_p + n < m_end && n < maxDigits && m_p[n] >= '0' && m_p[n] <= '9') {
            v = v * 10 + (m_p[n] - '0');
            ++n;
        }
        if (n < minDigits || (m_p + n < m_end && m_p[n] >= '0' && m_p[n] <= '9'))
            return false;
        m_p += n;
        *value = v;
        return true;
    }
    // An English month name, abbreviated (3 letters) or in full; returns 1..12.
    bool month(int *value)
    {
        static constexpr std::array<const char *, 12> Names{"january",   "february", "march",    "april",
                                                            "may",       "june",     "july",     "august",
                                                            "september", "october",  "november", "december"};
        const char *start = m_p;
        const char *q = m_p;
        while (q < m_end && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z')))
            ++q;
        const auto length = q - start;
        if (length < 3)
            return false;
        for (int i = 0; i < 12; ++i) {
            const char *name = Names[size_t(i)];
            bool match = true;
            qsizetype k = 0;
            for (; k < length; ++k) {
                if (name[k] == '\0' || (start[k] | 0x20) != name[k]) {
                    match = false;
                    break;
                }
            }
            if (match && (length == 3 || name[k] == '\0')) {
                m_p = q;
                *value = i + 1;
                return true;
            }
        }
        return false;
    }
    bool word() // any run of letters (a weekday name)
    {
        const char *q = m_p;
        while (q < m_end && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z')))
            ++q;
        if (q == m_p)
            return false;
        m_p = q;
        return true;
    }
    const char *position() const { return m_p; }
    void reset(const char *p) { m_p = p; }
    const char *end() const { return m_end; }

private:
    const char *m_p;
    const char *m_end;
};

QDate makeDate(int year, int month, int day)
{
    if (year < 100)
        year += 2000; // two-digit years of the us-datetime and spreadsheet forms are 20xx
    if (year < 1900 || year > 2199)
        return {};                  // not a date of anything on the platform: rather say so
    return QDate(year, month, day); // invalid for impossible dates
}

QDate isoDate(Scanner &s, char separator)
{
    int y = 0, m = 0, d = 0;
    if (s.number(4, 4, &y) && s.literal(separator) && s.number(1, 2, &m) && s.literal(separator) && s.number(1, 2, &d))
        return makeDate(y, m, d);
    return {};
}

QDate dayMonthYear(Scanner &s, char separator) // "16 Dec 2024" or "18-Jun-24"
{
    int d = 0, m = 0, y = 0;
    if (!s.number(1, 2, &d))
        return {};
    if (separator == ' ' ? (s.skipSpaces(), false) : !s.literal(separator))
        return {};
    if (!s.month(&m))
        return {};
    if (separator == ' ')
        s.skipSpaces();
    else if (!s.literal(separator))
        return {};
    if (!s.number(2, 4, &y))
        return {};
    return makeDate(y, m, d);
}

QDate monthDayYear(Scanner &s) // "Aug 3, 2023", "November 12, 2024"
{
    int m = 0, d = 0, y = 0;
    if (!s.month(&m))
        return {};
    s.skipSpaces();
    if (!s.number(1, 2, &d))
        return {};
    s.literal(',');
    s.skipSpaces();
    if (!s.number(4, 4, &y))
        return {};
    return makeDate(y, m, d);
}

QDate usDate(Scanner &s) // "6/14/24", "12/24/2023"
{
    int m = 0, d = 0, y = 0;
    if (s.number(1, 2, &m) && s.literal('/') && s.number(1, 2, &d) && s.literal('/') && s.number(2, 4, &y))
        return makeDate(y, m, d);
    return {};
}

QDate unixDate(Scanner &s) // "Tue Jun 18 12:03:31 UTC 2024"
{
    int m = 0, d = 0, y = 0, hh = 0, mm = 0, ss = 0;
    if (!s.word())
        return {};
    s.skipSpaces();
    if (!s.month(&m))
        return {};
    s.skipSpaces();
    if (!s.number(1, 2, &d))
        return {};
    s.skipSpaces();
    if (!(s.number(1, 2, &hh) && s.literal(':') && s.number(2, 2, &mm) && s.literal(':') && s.number(2, 2, &ss)))
        return {};
    s.skipSpaces();
    s.word(); // the zone ("UTC")
    s.skipSpaces();
    if (!s.number(4, 4, &y))
        return {};
    return makeDate(y, m, d);
}

QDate monthYear(Scanner &s) // "Jan 2015" or "2019", and nothing after it
{
    int m = 1, y = 0;
    if (s.month(&m))
        s.skipSpaces();
    if (!s.number(4, 4, &y))
        return {};
    s.skipSpaces();
    if (!s.atEnd()) // "2024-02-30 10:00" is an impossible day, not the year 2024
        return {};
    return makeDate(y, m, 1);
}

QDate proseDate(Scanner &s) // "... on November 12, 2024 at ..."
{
    const char *p = s.position();
    const char *end = s.end();
    for (; p + 4 < end; ++p) {
        if (p[0] == 'o' && p[1] == 'n' && p[2] == ' ' && (p == s.position() || p[-1] == ' ')) {
            Scanner inner(QByteArrayView(p + 3, end - (p + 3)));
            const QDate day = monthDayYear(inner);
            if (day.isValid())
                return day;
        }
    }
    return {};
}

bool isMissing(QByteArrayView text)
{
    return text.isEmpty() || text == "N/A" || text == "n/a" || text == "NA" || text == "-" || text == "null";
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '"'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '"' || text.back() == '\r'))
        text.chop(1);
    return text;
}

} // namespace

std::optional<DateFormat> dateFormatFromId(const QString &id)
{
    for (const FormatName &entry : FormatNames) {
        if (id == QStringView(entry.id))
            return entry.format;
    }
    return std::nullopt;
}

QString dateFormatId(DateFormat format)
{
    for (const FormatName &entry : FormatNames) {
        if (entry.format == format)
            return QString::fromUtf16(entry.id);
    }
    return {};
}

namespace {

QDate readAs(DateFormat format, QByteArrayView text)
{
    Scanner s(text);
    switch (format) {
    case DateFormat::IsoDateTime:
        return isoDate(s, '-');
    case DateFormat::SlashDateTimeUtc:
        return isoDate(s, '/');
    case DateFormat::DayMonthYear:
        return dayMonthYear(s, ' ');
    case DateFormat::UsDateTime:
        return usDate(s);
    case DateFormat::UnixDate:
        return unixDate(s);
    case DateFormat::MonthYear:
        return monthYear(s);
    case DateFormat::MonthDayYear:
    case DateFormat::EventRange:
        return monthDayYear(s);
    case DateFormat::ProseDate:
        return proseDate(s);
    case DateFormat::None:
        break;
    }
    return {};
}

// The order the other formats are tried in. Each reads a prefix, so the order matters only
// where one form could read part of another; month-year, which must match the whole field,
// comes last. The prose form is not tried for other columns: it finds a date anywhere in a
// sentence, and a comment that mentions one is not a timestamp.
constexpr std::array<DateFormat, 7> FallbackOrder{
    DateFormat::IsoDateTime, DateFormat::SlashDateTimeUtc, DateFormat::UsDateTime, DateFormat::DayMonthYear,
    DateFormat::UnixDate,    DateFormat::MonthDayYear,     DateFormat::MonthYear,
};

} // namespace

ParsedDate parseExportDate(DateFormat preferred, QByteArrayView text)
{
    text = trimmed(text);
    if (isMissing(text))
        return {ParsedDate::Kind::Missing, {}};
    if (preferred == DateFormat::None)
        return {ParsedDate::Kind::Missing, {}};

    if (const QDate day = readAs(preferred, text); day.isValid())
        return {ParsedDate::Kind::Day, day, preferred == DateFormat::MonthYear};
    for (const DateFormat format : FallbackOrder) {
        if (format == DateFormat::MonthYear) {
            // What a spreadsheet makes of any of them, before the coarsest form.
            Scanner again(text);
            if (const QDate day = dayMonthYear(again, '-'); day.isValid())
                return {ParsedDate::Kind::Day, day};
        }
        if (format == preferred)
            continue;
        if (const QDate day = readAs(format, text); day.isValid())
            return {ParsedDate::Kind::Day, day, format == DateFormat::MonthYear};
    }
    return {ParsedDate::Kind::Invalid, {}};
}

} // namespace pd
