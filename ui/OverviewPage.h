#pragma once

#include "core/ItemStore.h"
#include "core/Policy.h"
#include "core/UsageSummary.h"
#include "ui/Page.h"

#include <QHash>
#include <QStringList>

#include <memory>

class QLayout;
class QPushButton;

class QLabel;

namespace pd {

namespace Ui {
class OverviewContent;
}
class MemberDataSource;
class MonthlyActivityModel;
class PendingChangeBar;

// The Overview page: who and what source, the training status card, the headline figures
// (may already have been used / in categories the platform has not said either way / not used
// / future use; the first two are never summed) and the monthly activity chart with its table. Shows a summary; owns
// its form and table model, not the policy.
class OverviewPage final : public Page
{
    Q_OBJECT

public:
    explicit OverviewPage(const Policy &policy, QWidget *parent = nullptr);
    ~OverviewPage() override;

    void setSummary(const UsageSummary &summary);
    // The source whose waiting opt-out change the status card shows (with Cancel).
    void setSource(MemberDataSource *source);
    // From LinkedIn's Member Changelog API: "new since your last look", one line per category
    // (empty: the row is hidden; other sources have none).
    void setRecentChanges(const QString &text);
    // The categories the source lists item by item: each with items that may have been used gets
    // a link under the figures ("Posts and shares: 396"), which opens the list filtered to them.
    void setItemCategories(const QStringList &listed);

Q_SIGNALS:
    void changeSettingRequested();
    // The member asked to see what the last data-export import read and left out.
    void importReportRequested();
    // A figure was clicked (a tile, a category's link, a month of the chart or its table): the
    // items it counts.
    void itemsRequested(const pd::ItemQuery &query);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyTones();
    void updateItemLinks();
    void measureTable();
    void updateChartLayout();

    PendingChangeBar *m_pendingBar = nullptr;
    QPushButton *m_importReportButton = nullptr; // shown for a data export
    QLayout *m_importReportRow = nullptr;
    QPushButton *m_settingPageButton = nullptr; // shown when the state is the member's answer
    QLabel *m_recentChanges = nullptr;          // LinkedIn's API: new since the last look
    // Each figure tile's "Show these items" button, by tile.
    QHash<QObject *, QPushButton *> m_tileButtons;
    QWidget *m_itemLinks = nullptr; // the row of per-category links
    QLayout *m_itemLinksLayout = nullptr;
    QStringList m_listedCategories;

    const Policy &m_policy;
    std::unique_ptr<Ui::OverviewContent> m_ui;
    MonthlyActivityModel *m_monthModel = nullptr;
    int m_tableWidth = 0; // the activity table with every column shown (measureTable)
    std::optional<UsageSummary> m_summary;
};

} // namespace pd
