// The report formats and papers by name, and the files a format writes: Qt Core only, so that the
// CLI parses its command line without the writers (the PDF ones need Qt Gui; ReportWriter.cpp).
#include "report/CsvReportWriter.h"
#include "report/ReportWriter.h"

namespace pd {

namespace {

struct FormatName {
    ReportFormat format;
    const char16_t *name;
    const char16_t *suffix;
};
constexpr FormatName Formats[] = {
    {ReportFormat::Pdf, u"pdf", u"pdf"},       {ReportFormat::Html, u"html", u"html"},
    {ReportFormat::Csv, u"csv", u"csv"},       {ReportFormat::Json, u"json", u"json"},
    {ReportFormat::Letter, u"letter", u"txt"}, {ReportFormat::LetterPdf, u"letter-pdf", u"pdf"},
};

} // namespace

QString toString(ReportFormat format)
{
    for (const FormatName &entry : Formats) {
        if (entry.format == format)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<ReportFormat> reportFormatFromString(const QString &text)
{
    for (const FormatName &entry : Formats) {
        if (text == QStringView(entry.name))
            return entry.format;
    }
    return std::nullopt;
}

std::optional<ReportOptions::Paper> paperFromString(const QString &text)
{
    if (text == u"a4")
        return ReportOptions::Paper::A4;
    if (text == u"letter")
        return ReportOptions::Paper::Letter;
    if (text == u"auto")
        return ReportOptions::Paper::Auto;
    return std::nullopt;
}

ReportOptions::Paper paperForLocale(const QLocale &locale)
{
    // Letter is the paper of the countries that measure in US units; the locale says which.
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? ReportOptions::Paper::Letter
                                                                   : ReportOptions::Paper::A4;
}

QString defaultSuffix(ReportFormat format)
{
    for (const FormatName &entry : Formats) {
        if (entry.format == format)
            return QString::fromUtf16(entry.suffix);
    }
    return {};
}

QStringList reportFilesFor(ReportFormat format, const QString &path)
{
    if (format == ReportFormat::Csv)
        return {path, CsvReportWriter::historyPathFor(path)};
    return {path};
}

} // namespace pd
