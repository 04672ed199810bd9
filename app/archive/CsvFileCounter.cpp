#include "CsvFileCounter.h"

namespace pd {

namespace {

QString headerName(QByteArrayView field)
{
    QString name = QString::fromUtf8(field).trimmed();
    if (name.startsWith(QChar(0xFEFF)))
        name.remove(0, 1);
    return name;
}

bool isBlank(const CsvRow &row)
{
    for (int i = 0; i < row.size(); ++i) {
        if (!row.field(i).trimmed().isEmpty())
            return false;
    }
    return true;
}

bool startsWithDigit(QByteArrayView value)
{
    value = value.trimmed();
    if (!value.isEmpty() && value.front() == '"')
        value = value.sliced(1);
    return !value.isEmpty() && value.front() >= '0' && value.front() <= '9';
}

QString shortText(QByteArrayView value)
{
    QString text = QString::fromUtf8(value.first(std::min<qsizetype>(value.size(), 60))).simplified();
    if (value.size() > 60)
        text += u'…';
    return text;
}

} // namespace

CsvFileCounter::CsvFileCounter(FileRule rule, QString fileName, QStringList captureColumns)
    : m_rule(std::move(rule))
    , m_captureColumns(std::move(captureColumns))
{
    m_summary.name = std::move(fileName);
    m_summary.categoryId = m_rule.categoryId;
    for (qsizetype i = 0; i < m_captureColumns.size(); ++i) {
        m_captureIndex.append(-1);
        m_capturedValues.append(QString());
    }
}

bool CsvFileCounter::isHeader(const CsvRow &row) const
{
    if (m_rule.dateColumn.isEmpty())
        return true; // an undated file's first non-blank row
    for (int i = 0; i < row.size(); ++i) {
        if (headerName(row.field(i)).compare(m_rule.dateColumn, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void CsvFileCounter::useHeader(const CsvRow &row)
{
    m_headerFound = true;
    m_headerColumns = row.size();
    for (int i = 0; i < row.size(); ++i) {
        const QString name = headerName(row.field(i));
        if (m_dateIndex < 0 && !m_rule.dateColumn.isEmpty() &&
            name.compare(m_rule.dateColumn, Qt::CaseInsensitive) == 0)
            m_dateIndex = i;
        for (qsizetype c = 0; c < m_captureColumns.size(); ++c) {
            if (m_captureIndex[c] < 0 && name.compare(m_captureColumns.at(c), Qt::CaseInsensitive) == 0)
                m_captureIndex[c] = i;
        }
    }
    m_dateFirst = m_dateIndex == 0;
    // Only formats that begin with a digit let a continuation line be told from a row.
    const DateFormat f = m_rule.dateFormat;
    m_continuationPossible = m_dateFirst && (f == DateFormat::IsoDateTime || f == DateFormat::SlashDateTimeUtc ||
                                             f == DateFormat::UsDateTime || f == DateFormat::DayMonthYear);
}

void CsvFileCounter::skip(qint64 line, const QString &reason)
{
    ++m_summary.skipped;
    if (m_skippedRows.size() < MaxListedSkips)
        m_skippedRows.append(SkippedRow{m_summary.name, line, reason});
}

void CsvFileCounter::rowError(qint64 line, const QString &reason)
{
    skip(line, reason);
}

void CsvFileCounter::row(const CsvRow &row)
{
    if (isBlank(row))
        return;
    if (!m_headerFound) {
        if (isHeader(row)) {
            useHeader(row);
            return;
        }
        if (m_preambleRows++ == 0)
            m_firstPreambleText = shortText(row.field(0));
        return;
    }

    if (m_dateIndex < 0) {
        if (!m_rule.dateColumn.isEmpty())
            return; // unreachable: the header holds the date column
        ++m_summary.rows;
        ++m_summary.undated;
    } else if (row.size() <= m_dateIndex) {
        if (m_continuationPossible && !startsWithDigit(row.field(0)))
            return; // continues the previous row
        skip(row.line, QStringLiteral("the row has %1 columns, the header %2").arg(row.size()).arg(m_headerColumns));
        return;
    } else {
        const QByteArrayView value = row.field(m_dateIndex);
        const ParsedDate parsed = parseExportDate(m_rule.dateFormat, value);
        switch (parsed.kind) {
        case ParsedDate::Kind::Day:
            ++m_days[parsed.day.toJulianDay()];
            ++m_summary.rows;
            break;
        case ParsedDate::Kind::Missing:
            ++m_summary.rows;
            ++m_summary.undated;
            break;
        case ParsedDate::Kind::Invalid:
            if (m_continuationPossible && !startsWithDigit(value))
                return; // continues the previous row
            skip(row.line, QStringLiteral("cannot read the date \"%1\" in column \"%2\" (%3)")
                               .arg(shortText(value), m_rule.dateColumn, dateFormatId(m_rule.dateFormat)));
            return;
        }
    }

    if (m_summary.rows == 1) {
        for (qsizetype c = 0; c < m_captureColumns.size(); ++c) {
            const int index = m_captureIndex.at(c);
            if (index >= 0 && index < row.size())
                m_capturedValues[c] = QString::fromUtf8(row.field(index)).trimmed();
        }
    }
}

void CsvFileCounter::finish(const CsvReader &reader)
{
    switch (reader.encoding()) {
    case CsvReader::Encoding::Utf8:
    case CsvReader::Encoding::Unknown:
        m_summary.encoding = QStringLiteral("UTF-8");
        break;
    case CsvReader::Encoding::Utf8Bom:
        m_summary.encoding = QStringLiteral("UTF-8 with BOM");
        break;
    case CsvReader::Encoding::Utf16LE:
        m_summary.encoding = QStringLiteral("UTF-16LE");
        break;
    case CsvReader::Encoding::Utf16BE:
        m_summary.encoding = QStringLiteral("UTF-16BE");
        break;
    }
    m_summary.invalidUtf8Rows = reader.invalidUtf8Rows();
    if (reader.invalidUtf8Rows() > 0)
        m_summary.note = QStringLiteral("invalid UTF-8 in %1 rows, first at line %2")
                             .arg(reader.invalidUtf8Rows())
                             .arg(reader.firstInvalidUtf8Line());
    if (m_headerFound)
        return;
    if (m_preambleRows == 0) {
        m_summary.note = QStringLiteral("empty file");
    } else if (m_preambleRows == 1) {
        m_summary.note = QStringLiteral("no data (\"%1\")").arg(m_firstPreambleText);
    } else {
        skip(1, QStringLiteral("no header row with the column \"%1\"; %2 rows not counted")
                    .arg(m_rule.dateColumn)
                    .arg(m_preambleRows));
        m_summary.skipped += m_preambleRows - 1;
    }
}

QString CsvFileCounter::captured(const QString &column) const
{
    const qsizetype i = m_captureColumns.indexOf(column);
    return i < 0 ? QString() : m_capturedValues.at(i);
}

} // namespace pd
