#pragma once

#include "archive/CsvReader.h"
#include "archive/FileClassifier.h"
#include "archive/ImportReport.h"

#include "core/ItemStore.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace pd {

// Counts one CSV export file's items by day, as CsvReader hands it rows. Finds the header by
// its column names (so the Connections.csv preamble is skipped), maps columns by name (eras
// differ; names compared ignoring case, spaces and underscores), reads the policy's date
// column (its own format first, then every known one), and rejoins unquoted multi-line rows
// (2021 Comments.csv: in a file whose first column is the date, a line that does not start
// like a timestamp continues the row before it). Every other row is an item: one whose date
// is empty or N/A is undated, one whose date cannot be read, or that is too short to hold it,
// is undated too and listed with its line and value. A file whose header lacks the date
// column counts every row undated; a pointer file (the policy's pointerHeader) counts links,
// not items. Owned by ArchiveImporter, one per file; it never stops reading.
//
// With an item store (issue 15) and a rule that keeps items, each item also goes to the store:
// a snippet of the rule's text columns and its link column, with the same date the count uses,
// so the list holds exactly the items counted (a continuation line's text joins its item).
class CsvFileCounter final : public CsvRowHandler
{
public:
    CsvFileCounter(FileRule rule, QString fileName, QStringList captureColumns = {}, ItemStore *items = nullptr);

    void row(const CsvRow &row) override;
    void rowError(qint64 line, const QString &reason) override;
    // Call after the reader's finish(): settles a file without a header.
    void finish(const CsvReader &reader);

    const ImportedFile &summary() const { return m_summary; }
    const QHash<qint64, qint64> &countsByJulianDay() const { return m_days; }
    const QList<SkippedRow> &skippedRows() const { return m_skippedRows; }
    const QList<UndatedRow> &undatedRows() const { return m_undatedRows; }
    // Values of the capture columns in the first data row ("" when absent).
    QString captured(const QString &column) const;

private:
    static constexpr int MaxListedSkips = 100;
    static constexpr int MaxListedUndated = 100;

    bool isHeader(const CsvRow &row) const;
    bool isPointerHeader(const CsvRow &row) const;
    void useHeader(const CsvRow &row);
    void skip(qint64 line, const QString &reason);
    void countUnreadable(qint64 line, QByteArrayView value, const QString &reason);
    // The item list: the row just counted (dated or not) becomes the pending item.
    void keepItem(const CsvRow &row, const std::optional<QDate> &day);
    void flushItem();

    FileRule m_rule;
    ImportedFile m_summary;
    QStringList m_captureColumns;
    QList<int> m_captureIndex;
    QStringList m_capturedValues;
    bool m_headerFound = false;
    int m_dateIndex = -1;
    int m_headerColumns = 0;
    bool m_dateFirst = false;
    bool m_continuationPossible = false;
    bool m_pointer = false;
    QString m_dateKey; // the date column's name, normalised
    // Rows before the header; for a file whose header lacks the date column, the first row of
    // two or more columns is taken as its header and the rows after it as undated items.
    qint64 m_preambleRows = 0;
    QString m_firstPreambleText;
    qint64 m_wideRowLine = 0;
    qint64 m_rowsAfterWideRow = 0;
    QHash<qint64, qint64> m_days;
    QList<SkippedRow> m_skippedRows;
    QList<UndatedRow> m_undatedRows;

    ItemStore *m_items = nullptr; // null: counts only
    ItemKind m_itemKind = ItemKind::Other;
    QList<int> m_textIndex;
    int m_linkIndex = -1;
    bool m_hasPending = false;
    std::optional<QDate> m_pendingDay;
    QString m_pendingText;
    QString m_pendingLink;
};

} // namespace pd
