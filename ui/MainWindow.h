#pragma once

#include "archive/ArchiveProbe.h"
#include "archive/ImportReport.h"
#include "core/MemberDataSource.h"
#include "core/Policy.h"
#include "core/Result.h"
#include "core/UsageSummary.h"
#include "report/ReportWriter.h"
#include "ui/RememberedSource.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;

namespace pd {

namespace Ui {
class MainWindow;
}
class CategoriesPage;
struct LinkedInChanges;
class SecretStore;
class Clock;
class OfflineCache;
class ItemsPage;
struct ItemQuery;
class OptOutPage;
class OverviewPage;
class Page;
class PolicyPage;

// The desktop dashboard's main window: a page list (Overview, Categories, Opt-out, Policy, Items)
// beside the pages, File/View/Help menus and a toolbar (Refresh F5, Connect, Open data export,
// Export report). It owns the current MemberDataSource and asks it for the summary; every call
// is asynchronous and each page shows loading, empty, error-with-retry or its content.
// A data export is checked off the GUI thread before any question (not a ZIP, or no file of an
// export: refused), then imported beside the current source, which stays on screen until the
// import produced a summary (a failed or cancelled import leaves it as it was).
// Background work (checking a data export, writing a report) runs through one pattern:
// QtConcurrent::run with a QFutureWatcher the window owns; the window waits for it when it is
// destroyed, so nothing outlives it and a report is written whole (atomically) or not at all.
// Geometry and the last page are remembered. The policy and clock must outlive the window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum PageIndex {
        OverviewIndex,
        CategoriesIndex,
        OptOutIndex,
        PolicyIndex,
        ItemsIndex,
        PageCount,
    };

    MainWindow(const Policy &policy, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Takes ownership of the source (re-parented to the window) and loads from it.
    void setDataSource(MemberDataSource *source);
    MemberDataSource *dataSource() const { return m_source; }
    // Opens the source the settings name; on failure shows why and keeps the current one. A data
    // export (Kind::Archive, with the member's answers) is checked and imported without asking;
    // true then means the import started.
    bool openConnection(const SourceSpec &settings, bool remember);
    // File › Open data export… with this file: check, ask the questions, import.
    void openArchiveFile(const QString &path);
    // The report of the import on screen (none for a demo or server source).
    const std::optional<ImportReport> &importReport() const { return m_importReport; }
    void showImportReport();
    // A data export is being checked or imported beside what is on screen.
    bool isImporting() const { return m_probing || m_pending; }
    // The Connect dialog (also shown on first run). Non-blocking.
    void askForSource();
    // Tests and the demo: LinkedIn's API at this base (the emulation), trusting this CA.
    void setLinkedInTestBase(const QUrl &base, const QString &caFile)
    {
        m_linkedInBase = base;
        m_linkedInCaFile = caFile;
    }

    void refresh();
    void showPage(int index);
    // The Items page filtered to the items a figure counts.
    void showItems(const ItemQuery &query);
    int currentPage() const;
    // The page at `index`, showing the summary on screen (a page waiting for its turn is filled first).
    Page *page(int index) const;
    // The page still waits to show the summary on screen (it is filled when shown, asked for, or in
    // its turn of the event loop).
    bool isPageWaiting(int index) const;
    const std::optional<UsageSummary> &summary() const { return m_summary; }

    void restoreWindowState();
    // The encrypted offline cache (not owned; may be null): the last summary of a source shows
    // at once while the source loads and stays "as of … (offline)" when it cannot be reached;
    // the remembered source lives in it (RememberedSource).
    // Without one that is on, the status bar says that nothing is kept after this session.
    void setOfflineCache(OfflineCache *cache);
    OfflineCache *offlineCache() const { return m_offlineCache; }
    // The pages show a summary from the cache, not one the source answered with now.
    bool isShowingCachedSummary() const { return m_summary && m_summary->source.stale; }

Q_SIGNALS:
    // The page on screen shows a summary — the source's, or the one kept from last time (then
    // isShowingCachedSummary()); the other pages follow, one per event-loop turn.
    void currentPageShown();
    // One page was filled with the summary (the page on screen first, then one per turn).
    void pageFilled(int index);
    // Every page shows the new summary (screenshots, the heartbeat probe and tests wait for it).
    void summaryShown();
    void refreshFailedShown(const pd::Error &error);
    // A data export was refused or its import failed or was cancelled; what was on screen stays.
    void archiveNotOpened(const QString &message);
    // The source could not be reached and the cached summary stays on screen, "(offline)".
    void offlineSummaryShown(const pd::Error &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    // A data-export ZIP dropped on the window is opened like File › Open data export….
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onSummary(const UsageSummary &summary);
    // m_summary on the page on screen now, on the others in later event-loop turns (each a
    // slice of its own, so the GUI thread is never away long); `announce`: summaryShown when done.
    void showSummary(const UsageSummary &summary, bool announce = false);
    // Fills the page with m_summary if it waits for it.
    void fillPage(int index);
    // The next waiting page (the timer's slot); summaryShown after the last one.
    void fillNextPage();
    // Every waiting page now: before anything is shown on all pages (loading, error).
    void fillWaitingPages();
    void showCachedSummary();
    void onRefreshFailed(const Error &error);
    void onProgress(qint64 done, qint64 total, const QString &what);
    void openArchive();
    void checkArchive(const SourceSpec &spec, bool ask, bool remember);
    void probeFinished();
    void startImport(const SourceSpec &spec, const std::optional<QDate> &exportDate, bool fromStart, bool remember);
    void adoptImport(const UsageSummary &summary);
    void importFailed(const Error &error, bool fromStart);
    void onImportProgress(qint64 done, qint64 total, const QString &what);
    void endImport();
    void useSource(MemberDataSource *source);
    void exportReport();
    void startExport(ReportFormat format, ReportOptions::Paper paper);
    void exportFinished();
    void about();
    void showHelpPage(int page);
    void updateIcons();
    void updateActions();
    void signIn();  // File › Sign in to the server… (SignInDialog), then the source again without a token file
    void signOut(); // File › Sign out: revoke, forget the tokens, the pages say so
    void setAllPagesEmpty(const QString &title, const QString &message);
    QString recentChangesText(const std::optional<LinkedInChanges> &changes) const;
    SecretStore &secrets();
    // After each summary: the items behind it, from the source when it lists them.
    void requestItems();

    const Policy &m_policy;
    const Clock &m_clock;
    std::unique_ptr<Ui::MainWindow> m_ui;
    OverviewPage *m_overview = nullptr;
    CategoriesPage *m_categories = nullptr;
    OptOutPage *m_optOut = nullptr;
    PolicyPage *m_policyPage = nullptr;
    ItemsPage *m_itemsPage = nullptr;
    bool m_itemsAsked = false; // the source was asked for its items and has not answered yet
    QList<Page *> m_pages;
    // The pages that do not show m_summary yet, and the timer that fills them one per turn.
    QList<bool> m_waiting = QList<bool>(PageCount, false);
    QTimer m_fillTimer;
    bool m_announce = false; // summaryShown when the last waiting page is filled
    QPointer<MemberDataSource> m_source;
    std::optional<UsageSummary> m_summary;
    bool m_refreshing = false;
    // The data export being imported beside the current source, until it answers.
    QPointer<MemberDataSource> m_pending;
    SourceSpec m_pendingSpec;
    bool m_pendingRemember = false;
    std::optional<QDate> m_pendingExportDate;
    bool m_probing = false;
    // The check of a data export, while it runs (its spec and whether to ask the questions).
    QFutureWatcher<Result<ArchiveProbe>> m_probeWatcher;
    std::shared_ptr<std::atomic<bool>> m_probeCancel;
    SourceSpec m_probeSpec;
    bool m_probeAsks = false;
    bool m_probeRemember = false;
    QWidget *m_importBar = nullptr;
    QLabel *m_importLabel = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QLabel *m_accountLabel = nullptr; // "Signed in as …" while a sign-in serves the source
    QProgressBar *m_importProgress = nullptr;
    QPushButton *m_importCancel = nullptr;
    // Of the source on screen, when it is a data export.
    std::optional<QDate> m_exportDate;
    std::optional<ImportReport> m_importReport;
    // The report being written, and where.
    QFutureWatcher<Result<QStringList>> m_exportWatcher;
    QString m_exportPath;
    // The source on screen as chosen (the Connect dialog starts from it).
    SourceSpec m_currentSpec;
    OfflineCache *m_offlineCache = nullptr;
    QFuture<void> m_cacheWrite; // the last summary being kept in the cache (a worker thread)
    QUrl m_linkedInBase;        // empty: https://api.linkedin.com
    QString m_linkedInCaFile;
    // The app's one store (sources' sessionSecretStore, shared with the sign-in); tests get their own.
    std::shared_ptr<SecretStore> m_secrets;
};

} // namespace pd
