#pragma once

#include "core/Result.h"
#include "core/UsageReport.h"

#include <QByteArray>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

// The formats a usage report can be exported in.
enum class ReportFormat {
    Pdf,       // for people: title page, page numbers, tables, chart, embedded fonts
    Html,      // one self-contained file, no script, strict Content-Security-Policy
    Csv,       // RFC 4180: FILE holds the categories, FILE-history.csv the opt-out history
    Json,      // machine-readable, resources/schema/usage-report.schema.json, with a sha256
    Letter,    // the right-to-object letter (GDPR Art. 21), plain text
    LetterPdf, // the same letter as a PDF
};

// "pdf", "html", "csv", "json", "letter", "letter-pdf" (the CLI's --format spelling)
QString toString(ReportFormat format);
std::optional<ReportFormat> reportFormatFromString(const QString &text);
QString defaultSuffix(ReportFormat format); // "pdf", "html", "csv", "json", "txt", "pdf"

struct ReportOptions {
    enum class Paper {
        Auto, // the system locale's paper: Letter where it measures in US units, else A4
        A4,
        Letter,
    };
    bool overwrite = false; // without it an existing file is an error and stays untouched
    Paper paper = Paper::Auto;
};

// "a4", "letter" (the CLI's --paper spelling); "auto" for Auto.
std::optional<ReportOptions::Paper> paperFromString(const QString &text);
// The paper Auto stands for in a locale: Letter where it measures in US units, else A4.
ReportOptions::Paper paperForLocale(const QLocale &locale);

// Writes the report to path (and, for CSV, its history file next to it). Atomic: each file is
// written to a temporary file and renamed, so a failure leaves the old file or none, never a
// partial one; new files are created 0600. Refuses to overwrite unless options.overwrite.
// Returns the files written.
//
// Callable from a worker thread. PDF formats need a QGuiApplication (fonts); without one they
// fail with ErrorKind::Internal instead of crashing. Nothing is loaded from disk or network.
Result<QStringList> writeReport(const UsageReport &report, ReportFormat format, const QString &path,
                                const ReportOptions &options = {});

// The file names writeReport(format, path) creates, in order (CSV: path and its history file).
QStringList reportFilesFor(ReportFormat format, const QString &path);

// The rendered bytes without touching the disk (tests, previews). Csv gives the categories
// file; use renderCsvHistory for the second one.
Result<QByteArray> renderReport(const UsageReport &report, ReportFormat format, const ReportOptions &options = {});
QByteArray renderCsvHistory(const UsageReport &report);

} // namespace pd
