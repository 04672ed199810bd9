#pragma once

#include "core/FileClassifier.h"
#include "core/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace pd {

// What a quick look at an archive's directory says, before any question is asked and before
// the import: whether it holds files of the member's data export at all, and the export's date.
struct ArchiveProbe {
    qint64 entries = 0;              // regular files listed
    QStringList knownFiles;          // those the policy's archiveFiles rules recognise
    std::optional<QDate> exportDate; // see exportDate() below

    bool isDataExport() const { return !knownFiles.isEmpty(); }
};

// Lists the ZIP's entries (central directory only, nothing inflated; ZipStreamReader's checks)
// and classifies them with the same FileClassifier the import uses: a table (.csv) or article
// page (.html) it recognises, also under one top-level folder of a re-compressed export.
// InvalidInput when the file is not a ZIP or is damaged; Cancelled when `cancel` is set.
// Quick for a large export, but it reads the file: call it off the GUI thread.
Result<ArchiveProbe> probeArchive(const QString &path, const FileClassifier &classifier,
                                  const std::atomic<bool> *cancel = nullptr);

// The export's date: the one in the name LinkedIn gives the download
// ("Basic_LinkedInDataExport_10-02-2024.zip", month first), else the newest file date inside
// the archive (a renamed download), else none.
std::optional<QDate> exportDateFromName(const QString &fileName);

} // namespace pd
