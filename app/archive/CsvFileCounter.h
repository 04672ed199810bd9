#pragma once

#include "CsvReader.h"
#include "FileClassifier.h"
#include "ImportReport.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace pd {

// Counts one CSV export file's items by day, as CsvReader hands it rows. Finds the header by
// its column names (so the Connections.csv preamble is skipped), maps columns by name (eras
// differ), reads the policy's date column with the file's date format, counts N/A and empty
// dates as undated, rejoins unquoted multi-line rows (2021 Comments.csv: a line in a file whose
// first column is the date that does not start like a date continues the row before it), and
// records every row it cannot read with its line and reason. Owned by ArchiveImporter, one per
// file; it never stops reading.
class CsvFileCounter final : public CsvRowHandler
{
public:
    CsvFileCounter(FileRule rule, QString fileName, QStringList captureColumns = {});

    void row(const CsvRow &row) override;
    void rowError(qint64 line, const QString &reason) override;
    // Call after the reader's finish(): settles a file without a header.
    void finish(const CsvReader &reader);

    const ImportedFile &summary() const { return m_summary; }
    const QHash<qint64, qint64> &countsByJulianDay() const { return m_days; }
    const QList<SkippedRow> &skippedRows() const { return m_skippedRows; }
    // Values of the capture columns in the first data row ("" when absent).
    QString captured(const QString &column) const;

private:
    static constexpr int MaxListedSkips = 100;

    bool isHeader(const CsvRow &row) const;
    void useHeader(const CsvRow &row);
    void skip(qint64 line, const QString &reason);

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
    int m_preambleRows = 0;
    QString m_firstPreambleText;
    QHash<qint64, qint64> m_days;
    QList<SkippedRow> m_skippedRows;
};

} // namespace pd
