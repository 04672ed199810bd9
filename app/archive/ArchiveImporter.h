#pragma once

#include "archive/CsvReader.h"
#include "archive/FileClassifier.h"
#include "archive/ImportReport.h"
#include "archive/ZipStreamReader.h"
#include "core/ActivityLedger.h"
#include "core/ItemStore.h"
#include "core/Result.h"

#include <QDate>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace pd {

class Policy;

// What the member tells us that the export does not say.
struct ImportOptions {
    QString region; // ISO 3166-1 alpha-2; empty: infer from the archive, else unknown
    std::optional<QDate> optedOutSince;
};

struct ImportResult {
    ActivityLedger ledger;
    ImportReport report;
    std::shared_ptr<ItemStore> items; // null unless ArchiveImporter::keepItems
};

// The synchronous import engine: streams the archive through ZipStreamReader on the calling
// thread (inflate) and hands the bytes over a bounded queue to a second thread that parses the
// CSVs and counts (parse), so a big archive costs about what inflating it costs, with memory
// bounded by the queue and the CSV limits. Either the whole archive is read or nothing is
// kept: a refused or damaged archive gives an error, never a partial ledger.
class ArchiveImporter final
{
public:
    // done and total are archive bytes; called at most ~20 times a second, on the calling thread.
    using ProgressFn = std::function<void(qint64 done, qint64 total, const QString &entryName)>;

    ArchiveImporter(FileClassifier classifier, ImportOptions options, ZipLimits zipLimits = {},
                    CsvLimits csvLimits = {});

    // The item list (issue 15): keep a snippet of every item of the listed categories, in memory,
    // within the cap, from the same streaming pass. Not called: counts only (the import's memory
    // stays what it was without the list).
    void keepItems(ItemStoreLimits limits = {})
    {
        m_keepItems = true;
        m_itemLimits = limits;
    }

    Result<ImportResult> importFile(const QString &path, const std::atomic<bool> *cancel = nullptr,
                                    const ProgressFn &progress = {}) const;
    Result<ImportResult> importDevice(QIODevice &device, qint64 size, const QString &displayName,
                                      const std::atomic<bool> *cancel = nullptr, const ProgressFn &progress = {}) const;

private:
    Result<ImportResult> importDevice(QIODevice &device, qint64 size, const QString &displayName,
                                      const std::atomic<bool> *cancel, const ProgressFn &progress,
                                      bool withDigest) const;

    FileClassifier m_classifier;
    ImportOptions m_options;
    ZipLimits m_zipLimits;
    CsvLimits m_csvLimits;
    bool m_keepItems = false;
    ItemStoreLimits m_itemLimits;
};

} // namespace pd
