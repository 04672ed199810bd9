#pragma once

#include "core/ItemStore.h"
#include "core/Policy.h"
#include "core/UsageSummary.h"
#include "ui/Page.h"

#include <memory>

class QPushButton;
class QSortFilterProxyModel;

namespace pd {

namespace Ui {
class CategoriesContent;
}
class CategoriesModel;

// The Categories page: the sortable table of categories (CategoriesModel behind a sort proxy)
// and, for the selected row, what the category covers, why the policy does or does not use it
// for training, and a button to its source. Owns its models and form, not the policy.
class CategoriesPage final : public Page
{
    Q_OBJECT

public:
    explicit CategoriesPage(const Policy &policy, QWidget *parent = nullptr);
    ~CategoriesPage() override;

    void setSummary(const UsageSummary &summary);
    CategoriesModel *model() const { return m_model; }
    // The categories the source lists item by item (the others have no "Show items").
    void setItemCategories(const QStringList &listed);

Q_SIGNALS:
    // "Show items" (the button, Enter or a double click on a row): the category's items.
    void itemsRequested(const pd::ItemQuery &query);

private:
    void requestItems();

    void showDetails();

    const Policy &m_policy;
    std::unique_ptr<Ui::CategoriesContent> m_ui;
    CategoriesModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QUrl m_sourceUrl;
    QPushButton *m_showItemsButton = nullptr;
    QStringList m_listedCategories;
};

} // namespace pd
