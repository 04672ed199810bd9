#pragma once

#include "archive/ArchiveImporter.h"
#include "archive/ImportReport.h"
#include "core/Clock.h"
#include "core/MemberDataSource.h"
#include "core/Policy.h"

#include <QMutex>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace pd {

// The member's data-export ZIP as a MemberDataSource (offline mode). refresh() runs the import
// on a worker thread it owns (the caller's thread never blocks), reports progress at most ~20
// times a second, and answers summaryReady or refreshFailed (InvalidInput for a refused
// archive, Cancelled after cancel()). A refresh while one runs is merged into it: one answer.
// The opt-out date is not in the export: the member states it (ImportOptions::optedOutSince),
// and the history holds that one change or none. The setting itself can only be changed on
// the platform's page. Destroying the source cancels and waits for a running import.
class ArchiveDataSource final : public MemberDataSource
{
    Q_OBJECT

public:
    ArchiveDataSource(QString zipPath, Policy policy, ImportOptions options, const Clock &clock,
                      QObject *parent = nullptr);
    ~ArchiveDataSource() override;

    void refresh() override;
    void cancel() override;
    bool canChangeOptOut() const override { return false; }
    QString optOutUnavailableReason() const override;
    void requestOptOut(bool optedOut) override;
    QString description() const override;

    // Issue 15: the items come from the same streaming import as the counts (no second pass).
    // Kept by default (within ItemStoreLimits); setKeepsItems(false) imports counts only (the CLI
    // does so for every command but `items`), and a later requestItems() imports again with them.
    bool canListItems() const override { return true; }
    void requestItems() override;
    void forgetItems() override { m_items.reset(); }
    void setKeepsItems(bool on) { m_keepsItems = on; }

    bool isRunning() const { return m_worker != nullptr; }
    // The last finished import's report (empty before the first one).
    ImportReport lastReport() const;
    OptOutHistory optOutHistory() const;

Q_SIGNALS:
    // After summaryReady: the report of the import that produced it.
    void importReportReady(const pd::ImportReport &report);

private:
    void finished(const Result<ImportResult> &result);

    QString m_zipPath;
    Policy m_policy;
    ImportOptions m_options;
    const Clock &m_clock;
    QThread *m_worker = nullptr;
    std::atomic<bool> m_cancel{false};
    mutable QMutex m_reportMutex;
    ImportReport m_lastReport;
    std::shared_ptr<const ItemStore> m_items; // the last import's, until forgetItems()
    std::optional<UsageSummary> m_lastSummary;
    bool m_itemsWanted = false; // requestItems() waits for an import
    bool m_keepsItems = true;
};

} // namespace pd

Q_DECLARE_METATYPE(pd::ImportReport)
