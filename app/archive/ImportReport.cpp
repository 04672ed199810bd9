#include "archive/ImportReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pd {

namespace {
// The import report a person reads (the CLI's stderr) in the member's language; the reasons the
// reader gives for a row or a file stay English for now.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::ImportReport)
};
} // namespace

qint64 ImportReport::rowsRead() const
{
    qint64 total = 0;
    for (const ImportedFile &f : filesRead)
        total += f.rows;
    return total;
}

qint64 ImportReport::undatedRead() const
{
    qint64 total = 0;
    for (const ImportedFile &f : filesRead)
        total += f.undated;
    return total;
}

const ImportedFile *ImportReport::file(const QString &name) const
{
    for (const ImportedFile &f : filesRead) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QString ImportReport::regionLine() const
{
    switch (regionSource) {
    case RegionSource::Given:
        return Tr::tr("region %1 (given)").arg(region);
    case RegionSource::Inferred:
        return Tr::tr("region %1 (inferred from %2)").arg(region, regionEvidence);
    case RegionSource::Unknown:
        break;
    }
    return Tr::tr("region not inferred; pass --region");
}

QString ImportReport::toText() const
{
    QString text = Tr::tr("Imported %1: %2 files read (%3 rows, %4 undated, %5 with an unreadable date), %6 not "
                          "recognised, %7 rows skipped, %8.\n")
                       .arg(archiveName)
                       .arg(filesRead.size())
                       .arg(rowsRead())
                       .arg(undatedRead())
                       .arg(rowsWithUnreadableDate)
                       .arg(filesNotRecognised.size())
                       .arg(rowsSkipped)
                       .arg(regionLine());
    for (const ImportedFile &f : filesRead) {
        QString line = Tr::tr("  %1 → %2: %3 rows").arg(f.name, f.categoryId).arg(f.rows);
        if (f.undated > 0)
            line += Tr::tr(" (%1 undated)").arg(f.undated);
        if (f.unreadableDates > 0)
            line += Tr::tr(", %1 with an unreadable date").arg(f.unreadableDates);
        if (f.links > 0)
            line += Tr::tr(", %1 download links (not items)").arg(f.links);
        if (f.skipped > 0)
            line += Tr::tr(", %1 skipped").arg(f.skipped);
        if (f.joinedLines > 0)
            line += Tr::tr(", %1 lines without a date joined to the row above").arg(f.joinedLines);
        if (f.invalidUtf8Rows > 0)
            line += Tr::tr(", %1 rows with invalid UTF-8").arg(f.invalidUtf8Rows);
        if (!f.note.isEmpty())
            line += QStringLiteral("; ") + f.note;
        text += line + u'\n';
    }
    if (!filesNotRecognised.isEmpty())
        text += Tr::tr("  not recognised: ") + filesNotRecognised.join(QStringLiteral(", ")) + u'\n';
    for (const IgnoredEntry &e : entriesIgnored)
        text += Tr::tr("  ignored %1: %2\n").arg(e.name, e.reason);
    for (const UndatedRow &r : undatedRows)
        text += Tr::tr("  undated %1 line %2: %3\n").arg(r.file).arg(r.line).arg(r.reason);
    qint64 listed = 0;
    for (const UndatedRow &r : undatedRows)
        listed += r.rows;
    if (rowsWithUnreadableDate > listed)
        text += Tr::tr("  … and %1 more rows counted undated\n").arg(rowsWithUnreadableDate - listed);
    for (const SkippedRow &r : skippedRows)
        text += Tr::tr("  skipped %1 line %2: %3\n").arg(r.file).arg(r.line).arg(r.reason);
    if (rowsSkipped > skippedRows.size())
        text += Tr::tr("  … and %1 more skipped rows\n").arg(rowsSkipped - skippedRows.size());
    return text;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray files;
    for (const ImportedFile &f : filesRead) {
        QJsonObject o{{QStringLiteral("name"), f.name},
                      {QStringLiteral("category"), f.categoryId},
                      {QStringLiteral("rows"), f.rows},
                      {QStringLiteral("undated"), f.undated},
                      {QStringLiteral("unreadableDates"), f.unreadableDates},
                      {QStringLiteral("links"), f.links},
                      {QStringLiteral("joinedLines"), f.joinedLines},
                      {QStringLiteral("skipped"), f.skipped},
                      {QStringLiteral("invalidUtf8Rows"), f.invalidUtf8Rows}};
        if (!f.encoding.isEmpty())
            o.insert(QStringLiteral("encoding"), f.encoding);
        if (!f.note.isEmpty())
            o.insert(QStringLiteral("note"), f.note);
        files.append(o);
    }
    QJsonArray ignored;
    for (const IgnoredEntry &e : entriesIgnored)
        ignored.append(QJsonObject{{QStringLiteral("name"), e.name}, {QStringLiteral("reason"), e.reason}});
    QJsonArray skipped;
    for (const SkippedRow &r : skippedRows)
        skipped.append(QJsonObject{
            {QStringLiteral("file"), r.file}, {QStringLiteral("line"), r.line}, {QStringLiteral("reason"), r.reason}});
    QJsonArray undated;
    for (const UndatedRow &r : undatedRows)
        undated.append(QJsonObject{{QStringLiteral("file"), r.file},
                                   {QStringLiteral("line"), r.line},
                                   {QStringLiteral("value"), r.value},
                                   {QStringLiteral("reason"), r.reason},
                                   {QStringLiteral("rows"), r.rows}});
    static const char *const sources[] = {"given", "inferred", "unknown"};
    return QJsonObject{
        {QStringLiteral("archive"), archiveName},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("archiveBytes"), archiveBytes},
        {QStringLiteral("decompressedBytes"), decompressedBytes},
        {QStringLiteral("filesRead"), files},
        {QStringLiteral("filesNotRecognised"), QJsonArray::fromStringList(filesNotRecognised)},
        {QStringLiteral("entriesIgnored"), ignored},
        {QStringLiteral("rowsSkipped"), rowsSkipped},
        {QStringLiteral("skippedRows"), skipped},
        {QStringLiteral("rowsRead"), rowsRead()},
        {QStringLiteral("undatedRead"), undatedRead()},
        {QStringLiteral("rowsWithUnreadableDate"), rowsWithUnreadableDate},
        {QStringLiteral("undatedRows"), undated},
        {QStringLiteral("region"), region},
        {QStringLiteral("regionSource"), QString::fromLatin1(sources[int(regionSource)])},
    };
}

} // namespace pd
