#pragma once

#include "core/ItemStore.h"
#include "core/Policy.h"
#include "core/UsageSummary.h"
#include "ui/Page.h"

#include <QHash>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace pd {

class ItemsModel;

// The Items page: the items behind every figure (a post, a comment, an answer to an AI
// feature…), with date, category, status and the training window that exposed it, the first
// characters of the text and the link to the item on the platform. Search in the text (after a
// pause in typing), filters by category, status and dates, sorting by any column; Open on the
// platform (only the platform's own https pages, through DesktopServices) and Copy link from the
// buttons, the context menu and the keyboard (Enter, Ctrl+C). The figures on the other pages
// open it filtered to them (showQuery). A data export's items can be forgotten: they leave
// memory and the view. Owns its model and widgets; shares the store with the source.
class ItemsPage final : public Page
{
    Q_OBJECT

public:
    explicit ItemsPage(const Policy &policy, QWidget *parent = nullptr);
    ~ItemsPage() override;

    // The summary names the categories and says which ones are counted without an item list.
    void setSummary(const UsageSummary &summary);
    // The items of the source on screen, over the summary shown. A null list: the source has none
    // (`why` says why, for the member). `forgettable`: a data export, whose items the member may
    // forget.
    void setList(const ItemList &list, bool forgettable, const QString &why = {});
    // Another source is on screen: nothing of the last one's items is kept.
    void setSourceChanged();
    // The window asked the source for the list of the summary shown: the page says so until setList.
    void showListLoading();
    bool hasList() const { return !m_list.isNull(); }
    bool isLoadingList() const { return m_loading; }
    // Shows the items a figure counts: the filters are set to the query and the search cleared
    // unless the query has one.
    void showQuery(const ItemQuery &query);
    ItemQuery currentQuery() const;
    ItemsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The count line: "396 of 12,345 items".
    QString countText() const;

    // The link of the current row, if it is one of the platform's https pages.
    QUrl currentLink() const;
    bool openCurrentLink();
    bool copyCurrentLink();
    // Forgets the items of a data export (after asking): they leave the view, and the window asks
    // the source to drop them from memory (itemsForgotten).
    void forgetItems();

Q_SIGNALS:
    // The member asked to forget the items; the page holds none of them any more.
    void itemsForgotten();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilters();
    void fitColumns();
    void updateState();
    void updateActions();
    void showContextMenu(const QPoint &pos);
    void fillCategories();
    bool isPlatformLink(const QUrl &url) const;

    const Policy &m_policy;
    ItemsModel *m_model = nullptr;
    ItemList m_list;
    std::optional<UsageSummary> m_summary;
    QHash<QString, QString> m_labels;
    QString m_noListReason;
    bool m_forgettable = false;
    bool m_forgotten = false;
    bool m_loading = false;
    bool m_settingFilters = false;

    QLabel *m_countLabel = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_since = nullptr;
    QDateEdit *m_until = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QStackedWidget *m_tableStack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyClear = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_forgetButton = nullptr;
};

} // namespace pd
