#include "archive/ArchiveProbe.h"

#include "archive/ZipStreamReader.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace pd {

namespace {

bool isTableOrPage(const QString &name)
{
    return name.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ||
           name.endsWith(QStringLiteral(".html"), Qt::CaseInsensitive) ||
           name.endsWith(QStringLiteral(".htm"), Qt::CaseInsensitive);
}

// As the import reads it: the entry itself, or the entry under one top-level folder.
bool recognised(const FileClassifier &classifier, const QString &name)
{
    if (FileClassifier::isSystemMetadata(name) || !isTableOrPage(name))
        return false;
    if (classifier.classify(name))
        return true;
    const qsizetype slash = name.indexOf(u'/');
    return slash > 0 && classifier.classify(name.sliced(slash + 1));
}

} // namespace

std::optional<QDate> exportDateFromName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("LinkedInDataExport_(\\d{2})-(\\d{2})-(\\d{4})"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(3).toInt(), match.captured(1).toInt(), match.captured(2).toInt());
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

Result<ArchiveProbe> probeArchive(const QString &path, const FileClassifier &classifier,
                                  const std::atomic<bool> *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalidInput(QStringLiteral("cannot open the archive %1: %2").arg(path, file.errorString()));
    ZipStreamReader reader(file, file.size());
    Result<QList<ZipEntryInfo>> entries = reader.listEntries(cancel);
    if (!entries)
        return entries.error();

    ArchiveProbe probe;
    qint64 newest = 0;
    for (const ZipEntryInfo &entry : entries.value()) {
        ++probe.entries;
        if (recognised(classifier, entry.name))
            probe.knownFiles.append(entry.name);
        newest = std::max(newest, entry.modifiedAt);
    }
    probe.exportDate = exportDateFromName(QFileInfo(path).fileName());
    // 315532800 is 1 Jan 1980, the earliest date a ZIP can hold: "no date" in practice.
    if (!probe.exportDate && newest > 315532800)
        probe.exportDate = QDateTime::fromSecsSinceEpoch(newest, Qt::UTC).date();
    return probe;
}

} // namespace pd
