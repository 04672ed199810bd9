#pragma once

#include "MemberDataSource.h"
#include "Policy.h"
#include "RememberedSource.h"
#include "Result.h"
#include "UsageSummary.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

namespace pd {

namespace Ui {
class MainWindow;
}
class CategoriesPage;
class Clock;
class OptOutPage;
class OverviewPage;
class Page;
class PolicyPage;

// The desktop dashboard's main window: a page list (Overview, Categories, Opt-out, Policy)
// beside the pages, File/View/Help menus and a toolbar (Refresh F5, Connect, Open data export,
// Export report). It owns the current MemberDataSource and asks it for the summary; every call
// is asynchronous and each page shows loading, empty, error-with-retry or its content.
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
        PageCount,
    };

    MainWindow(const Policy &policy, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Takes ownership of the source (re-parented to the window) and loads from it.
    void setDataSource(MemberDataSource *source);
    MemberDataSource *dataSource() const { return m_source; }
    // Opens the source the settings name; on failure shows why and keeps the current one.
    bool openConnection(const SourceSpec &settings, bool remember);
    // The Connect dialog (also shown on first run). Non-blocking.
    void askForSource();

    void refresh();
    void showPage(int index);
    int currentPage() const;
    Page *page(int index) const;
    const std::optional<UsageSummary> &summary() const { return m_summary; }

    void restoreWindowState();

Q_SIGNALS:
    // The pages show a new summary (start-up measurement and screenshots wait for it).
    void summaryShown();
    void refreshFailedShown(const pd::Error &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    // A data-export ZIP dropped on the window is opened like File › Open data export….
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onSummary(const UsageSummary &summary);
    void onRefreshFailed(const Error &error);
    void onProgress(qint64 done, qint64 total, const QString &what);
    void openArchive();
    void openArchiveFile(const QString &path);
    void exportReport();
    void about();
    void updateIcons();
    void updateActions();
    void setAllPagesEmpty(const QString &title, const QString &message);

    const Policy &m_policy;
    const Clock &m_clock;
    std::unique_ptr<Ui::MainWindow> m_ui;
    OverviewPage *m_overview = nullptr;
    CategoriesPage *m_categories = nullptr;
    OptOutPage *m_optOut = nullptr;
    PolicyPage *m_policyPage = nullptr;
    QList<Page *> m_pages;
    QPointer<MemberDataSource> m_source;
    std::optional<UsageSummary> m_summary;
    bool m_refreshing = false;
    bool m_exporting = false;
};

} // namespace pd
