#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

// One export file that was read.
struct ImportedFile {
    QString name;
    QString categoryId;
    qint64 rows = 0;            // items counted (dated and undated)
    qint64 undated = 0;         // of which without a date (N/A, empty, unreadable, or an undated file)
    qint64 unreadableDates = 0; // of the undated: a date was written but could not be read
    qint64 links = 0;           // rows of a pointer file (where media can be downloaded): not items
    qint64 joinedLines = 0;     // lines not starting with a date, read as more text of the row above
    qint64 skipped = 0;         // rows the CSV reader could not read (over a limit, NUL byte)
    qint64 invalidUtf8Rows = 0;
    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16LE", ... ("" for non-CSV entries)
    QString note;     // e.g. "no data (\"No conversations found\")"
};

struct SkippedRow {
    QString file;
    qint64 line = 0;
    QString reason;
};

// A row counted as an undated item although its file has a date column: the date could not be
// read, or the row is too short to hold it, or the file's header lacks the column.
struct UndatedRow {
    QString file;
    qint64 line = 0;
    QString value; // the date as written (shortened), "" when there is none
    QString reason;
    qint64 rows = 1; // rows this entry stands for (a header without the date column: all of them)
};

struct IgnoredEntry {
    QString name;
    QString reason;
};

// What an archive import did, for the member: which files were read and how many rows each
// gave, which were not recognised, which rows were skipped and why, and where the region came
// from. Filled by ArchiveImporter; shown by the CLI and the GUI.
struct ImportReport {
    static constexpr int MaxListedSkippedRows = 200;
    static constexpr int MaxListedUndatedRows = 200;

    enum class RegionSource {
        Given,    // --region or the GUI's question
        Inferred, // from Profile.csv
        Unknown,
    };

    QString archiveName;
    QString sha256;
    qint64 archiveBytes = 0;
    qint64 decompressedBytes = 0;
    QList<ImportedFile> filesRead;
    QStringList filesNotRecognised;
    QList<IgnoredEntry> entriesIgnored;
    qint64 rowsSkipped = 0;
    QList<SkippedRow> skippedRows; // the first MaxListedSkippedRows of them
    qint64 rowsWithUnreadableDate = 0;
    QList<UndatedRow> undatedRows; // the first MaxListedUndatedRows of them
    RegionSource regionSource = RegionSource::Unknown;
    QString region;         // empty when unknown
    QString regionEvidence; // e.g. Profile.csv Geo Location "Berlin, Germany"
    QString memberName;     // from Profile.csv, when present

    qint64 rowsRead() const;
    qint64 undatedRead() const;
    const ImportedFile *file(const QString &name) const;
    QString regionLine() const;
    QString toText() const; // a few lines for a person
    QJsonObject toJson() const;
};

} // namespace pd
