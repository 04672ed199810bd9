#include "archive/CsvFileCounter.h"

namespace pd {

namespace {

QString headerName(QByteArrayView field)
{
    QString name = QString::fromUtf8(field).trimmed();
    if (name.startsWith(QChar(0xFEFF)))
        name.remove(0, 1);
    return FileClassifier::normalise(name);
}

bool isBlank(const CsvRow &row)
{
    for (int i = 0; i < row.size(); ++i) {
        if (!row.field(i).trimmed().isEmpty())
            return false;
    }
    return true;
}

// "2021-06-16 03:28:40", "2024/02/24 …", "6/14/24, …", "31/31/2024 …": digits, a date separator,
// a digit. A line of comment text ("1. Flexibility", "10 reasons") does not start so.
bool startsLikeTimestamp(QByteArrayView value)
{
    value = value.trimmed();
    if (!value.isEmpty() && value.front() == '"')
        value = value.sliced(1);
    qsizetype digits = 0;
    while (digits < value.size() && digits < 5 && value.at(digits) >= '0' && value.at(digits) <= '9')
        ++digits;
    return digits >= 1 && digits <= 4 && digits + 1 < value.size() &&
           (value.at(digits) == '-' || value.at(digits) == '/') && value.at(digits + 1) >= '0' &&
           value.at(digits + 1) <= '9';
}

bool continuesPreviousRow(DateFormat format, QByteArrayView firstField)
{
    if (startsLikeTimestamp(firstField))
        return false;
    const ParsedDate parsed = parseExportDate(format, firstField);
    return parsed.kind == ParsedDate::Kind::Invalid || (parsed.kind == ParsedDate::Kind::Day && parsed.coarse);
}

QString shortText(QByteArrayView value)
{
    QString text = QString::fromUtf8(value.first(std::min<qsizetype>(value.size(), 60))).simplified();
    if (value.size() > 60)
        text += u'…';
    return text;
}

} // namespace

CsvFileCounter::CsvFileCounter(FileRule rule, QString fileName, QStringList captureColumns, ItemStore *items)
    : m_rule(std::move(rule))
    , m_captureColumns(std::move(captureColumns))
{
    if (items && !m_rule.itemKind.isEmpty()) {
        m_items = items;
        m_itemKind = itemKindFromString(m_rule.itemKind).value_or(ItemKind::Other);
        m_items->markListed(m_rule.categoryId);
    }
    m_summary.name = std::move(fileName);
    m_summary.categoryId = m_rule.categoryId;
    m_dateKey = m_rule.dateKey();
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
        if (headerName(row.field(i)) == m_dateKey)
            return true;
    }
    return false;
}

bool CsvFileCounter::isPointerHeader(const CsvRow &row) const
{
    if (m_rule.pointerHeader.isEmpty())
        return false;
    QStringList names;
    for (int i = 0; i < row.size(); ++i) {
        const QString name = headerName(row.field(i));
        if (!name.isEmpty())
            names.append(name);
    }
    return names == m_rule.pointerHeader;
}

void CsvFileCounter::useHeader(const CsvRow &row)
{
    m_headerFound = true;
    m_headerColumns = row.size();
    for (int i = 0; i < row.size(); ++i) {
        const QString name = headerName(row.field(i));
        if (m_dateIndex < 0 && !m_dateKey.isEmpty() && name == m_dateKey)
            m_dateIndex = i;
        for (qsizetype c = 0; c < m_captureColumns.size(); ++c) {
            if (m_captureIndex[c] < 0 && name == FileClassifier::normalise(m_captureColumns.at(c)))
                m_captureIndex[c] = i;
        }
        if (m_linkIndex < 0 && !m_rule.linkColumn.isEmpty() && name == m_rule.linkColumn)
            m_linkIndex = i;
    }
    // The text columns in the rule's order (a screening question, then its answer).
    for (const QString &column : std::as_const(m_rule.textColumns)) {
        for (int i = 0; i < row.size(); ++i) {
            if (headerName(row.field(i)) == column) {
                m_textIndex.append(i);
                break;
            }
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

void CsvFileCounter::countUnreadable(qint64 line, QByteArrayView value, const QString &reason)
{
    ++m_summary.rows;
    ++m_summary.undated;
    ++m_summary.unreadableDates;
    if (m_undatedRows.size() < MaxListedUndated)
        m_undatedRows.append(UndatedRow{m_summary.name, line, shortText(value), reason});
}

void CsvFileCounter::keepItem(const CsvRow &row, const std::optional<QDate> &day)
{
    if (!m_items)
        return;
    flushItem();
    m_hasPending = true;
    m_pendingDay = day;
    m_pendingText.clear();
    for (const int index : std::as_const(m_textIndex)) {
        if (index >= row.size())
            continue;
        const QByteArrayView value = row.field(index).trimmed();
        if (value.isEmpty())
            continue;
        if (!m_pendingText.isEmpty())
            m_pendingText += QStringLiteral(" — ");
        // Only what a snippet can show is decoded (a long message costs nothing more).
        m_pendingText += QString::fromUtf8(value.first(std::min<qsizetype>(value.size(), 4 * kSnippetLength)));
    }
    m_pendingLink =
        m_linkIndex >= 0 && m_linkIndex < row.size()
            ? QString::fromUtf8(row.field(m_linkIndex)
                                    .trimmed()
                                    .first(std::min<qsizetype>(row.field(m_linkIndex).trimmed().size(), 4096)))
            : QString();
}

void CsvFileCounter::flushItem()
{
    if (!m_hasPending)
        return;
    m_hasPending = false;
    m_items->add(m_rule.categoryId, m_pendingDay, m_pendingText, m_pendingLink, m_itemKind);
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
        if (isPointerHeader(row)) {
            m_pointer = true;
            m_headerFound = true;
            return;
        }
        if (isHeader(row)) {
            useHeader(row);
            return;
        }
        if (m_preambleRows++ == 0)
            m_firstPreambleText = shortText(row.field(0));
        if (m_wideRowLine > 0)
            ++m_rowsAfterWideRow;
        else if (row.size() >= 2)
            m_wideRowLine = row.line;
        return;
    }
    if (m_pointer) {
        ++m_summary.links;
        return;
    }

    if (m_dateIndex < 0) {
        ++m_summary.rows;
        ++m_summary.undated;
        keepItem(row, std::nullopt);
    } else if (m_continuationPossible && continuesPreviousRow(m_rule.dateFormat, row.field(0))) {
        ++m_summary.joinedLines; // not an item, but said in the report: no line vanishes unseen
        if (m_hasPending && m_pendingText.size() < 4 * kSnippetLength) {
            for (int i = 0; i < row.size(); ++i) // the line as written (its commas split it into fields)
                m_pendingText += (i == 0 ? u' ' : u',') + QString::fromUtf8(row.field(i));
        }
        return;
    } else if (row.size() <= m_dateIndex) {
        countUnreadable(row.line, {},
                        QStringLiteral("the row has %1 columns, the header %2; counted as an undated item")
                            .arg(row.size())
                            .arg(m_headerColumns));
        keepItem(row, std::nullopt);
    } else {
        const QByteArrayView value = row.field(m_dateIndex);
        const ItemDate date = m_rule.readDate(value);
        switch (date.kind) {
        case ItemDate::Kind::Dated:
            ++m_days[date.day.toJulianDay()];
            ++m_summary.rows;
            keepItem(row, date.day);
            break;
        case ItemDate::Kind::Undated:
            ++m_summary.rows;
            ++m_summary.undated;
            keepItem(row, std::nullopt);
            break;
        case ItemDate::Kind::Unreadable:
            countUnreadable(row.line, value,
                            QStringLiteral("cannot read the date \"%1\" in column \"%2\"; counted as an undated item")
                                .arg(shortText(value), m_rule.dateColumn));
            keepItem(row, std::nullopt);
            break;
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
    if (m_items)
        flushItem();
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
    if (m_pointer) {
        m_summary.note = QStringLiteral("says where media can be downloaded; no items");
        return;
    }
    if (m_headerFound)
        return;
    if (m_preambleRows == 0) {
        m_summary.note = QStringLiteral("empty file");
    } else if (m_preambleRows == 1) {
        m_summary.note = QStringLiteral("no data (\"%1\")").arg(m_firstPreambleText);
    } else {
        // Another layout of the file: its rows are still the member's items, without a date.
        const qint64 rows = m_wideRowLine > 0 ? m_rowsAfterWideRow : m_preambleRows - 1;
        const qint64 headerLine = m_wideRowLine > 0 ? m_wideRowLine : 1;
        m_summary.rows += rows;
        m_summary.undated += rows;
        // Their text was not read (the layout is unknown): listed without text, so the list still
        // holds every item counted.
        for (qint64 i = 0; m_items && i < rows; ++i)
            m_items->add(m_rule.categoryId, std::nullopt, {}, {}, m_itemKind);
        m_summary.unreadableDates += rows;
        m_summary.note = QStringLiteral("no column \"%1\"; %2 rows counted undated").arg(m_rule.dateColumn).arg(rows);
        if (rows > 0 && m_undatedRows.size() < MaxListedUndated)
            m_undatedRows.append(UndatedRow{m_summary.name, headerLine, QString(),
                                            QStringLiteral("the header has no column \"%1\"; %2 rows counted undated")
                                                .arg(m_rule.dateColumn)
                                                .arg(rows),
                                            rows});
    }
}

QString CsvFileCounter::captured(const QString &column) const
{
    const qsizetype i = m_captureColumns.indexOf(column);
    return i < 0 ? QString() : m_capturedValues.at(i);
}

} // namespace pd
