#include "report/ReportWriter.h"

#include "report/CsvReportWriter.h"
#include "report/JsonReportWriter.h"
#include "report/ObjectionLetter.h"
#include "report/PdfReportWriter.h"
#include "report/ReportHtml.h"

#include "core/SafeFile.h"

#include <QFile>
#include <QFileInfo>

namespace pd {

namespace {

QPageSize::PageSizeId pageSizeOf(ReportOptions::Paper paper)
{
    if (paper == ReportOptions::Paper::Auto)
        paper = paperForLocale(QLocale::system());
    return paper == ReportOptions::Paper::Letter ? QPageSize::Letter : QPageSize::A4;
}

} // namespace

QByteArray renderCsvHistory(const UsageReport &report)
{
    return CsvReportWriter::history(report);
}

Result<QByteArray> renderReport(const UsageReport &report, ReportFormat format, const ReportOptions &options)
{
    switch (format) {
    case ReportFormat::Pdf:
        return PdfReportWriter::report(report, pageSizeOf(options.paper));
    case ReportFormat::Html:
        return ReportHtml::document(report, ReportHtml::Flavour::Browser).toUtf8();
    case ReportFormat::Csv:
        return CsvReportWriter::categories(report);
    case ReportFormat::Json:
        return JsonReportWriter::render(report);
    case ReportFormat::Letter:
        return ObjectionLetter::text(report).toUtf8();
    case ReportFormat::LetterPdf:
        break;
    }
    return PdfReportWriter::letter(report, pageSizeOf(options.paper));
}

Result<QStringList> writeReport(const UsageReport &report, ReportFormat format, const QString &path,
                                const ReportOptions &options)
{
    if (path.isEmpty())
        return Error{ErrorKind::Usage, QStringLiteral("no output file given")};
    QStringList files = reportFilesFor(format, path);
    if (format == ReportFormat::Csv && report.itemsAppendix)
        files.append(CsvReportWriter::itemsPathFor(path)); // issue 15: the appendix, every item
    // A symlink is never followed, even with overwrite: the report (personal data) would land
    // wherever the link points, with that file's permissions.
    for (const QString &file : files) {
        if (QFileInfo(file).isSymLink())
            return Error{ErrorKind::Usage,
                         QStringLiteral("\"%1\" is a symbolic link; not written through it").arg(file)};
    }
    if (!options.overwrite) {
        for (const QString &file : files) {
            if (QFileInfo::exists(file))
                return Error{ErrorKind::Usage, QStringLiteral("\"%1\" already exists and was left unchanged").arg(file),
                             ErrorCode::FileExists};
        }
    }
    for (const QString &file : files) {
        if (QFileInfo(file).isDir())
            return Error{ErrorKind::Usage, QStringLiteral("\"%1\" is a directory").arg(file)};
    }

    // Render everything before touching the disk, so a rendering failure writes nothing.
    QList<QByteArray> contents;
    const Result<QByteArray> main = renderReport(report, format, options);
    if (!main)
        return main.error();
    contents.append(main.value());
    if (format == ReportFormat::Csv)
        contents.append(renderCsvHistory(report));
    if (format == ReportFormat::Csv && report.itemsAppendix)
        contents.append(CsvReportWriter::items(report));

    QStringList created; // files this call created: a CSV pair is removed whole if its second file fails
    for (qsizetype i = 0; i < files.size(); ++i) {
        const bool existed = QFileInfo::exists(files.at(i));
        // 0600 whether new or replaced (a replaced file is a new inode), every write checked, fsync'd.
        const Result<void> saved = writeFileAtomically(files.at(i), contents.at(i));
        if (!saved) {
            for (const QString &file : std::as_const(created))
                QFile::remove(file);
            return saved.error();
        }
        if (!existed)
            created.append(files.at(i));
    }
    return files;
}

} // namespace pd
