#include "ui/CategoriesPage.h"

#include "ui/CategoriesModel.h"
#include "ui/DesktopServices.h"
#include "ui/Icons.h"
#include "ui/UiText.h"
#include "ui_CategoriesPage.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>

namespace pd {

CategoriesPage::CategoriesPage(const Policy &policy, QWidget *parent)
    : Page(parent)
    , m_policy(policy)
    , m_ui(std::make_unique<Ui::CategoriesContent>())
{
    // Scrolls vertically when the window is short, so the details under the table stay reachable.
    m_ui->setupUi(setScrollableContent(QStringLiteral("categoriesScroll"), tr("Categories")));

    m_model = new CategoriesModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CategoriesModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->categoriesTable->setModel(m_proxy);
    m_ui->categoriesTable->verticalHeader()->hide();
    QHeaderView *header = m_ui->categoriesTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setAccessibleName(tr("Category columns"));
    header->setAccessibleDescription(tr("Activate a column header to sort the table by it"));
    // Every column as wide as its contents and header, the category's name first: a narrow
    // window scrolls the table sideways instead of cutting the names to "…"; a wide one leaves
    // the space after the last column empty rather than stretching "Not used" across the screen.
    header->setStretchLastSection(false);
    m_ui->categoriesTable->setMinimumHeight(260);
    m_ui->categoriesTable->sortByColumn(CategoriesModel::MayHaveBeenUsedColumn, Qt::DescendingOrder);
    // A taller window shows more categories; the details below keep the height they need.
    m_ui->categoriesSplitter->setStretchFactor(0, 1);
    m_ui->categoriesSplitter->setStretchFactor(1, 0);

    QFont titleFont = m_ui->detailTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_ui->detailTitle->setFont(titleFont);
    m_ui->sourceButton->setIcon(Icons::icon(QStringLiteral("link-external"), palette()));

    connect(m_ui->categoriesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CategoriesPage::showDetails);
    connect(m_ui->sourceButton, &QPushButton::clicked, this, [this] { DesktopServices::openUrl(m_sourceUrl); });

    // The items of the selected category: a button beside its figures, Enter or a double click.
    m_showItemsButton = new QPushButton(tr("Show &items"), m_ui->detailsGroup);
    m_showItemsButton->setObjectName(QStringLiteral("showItemsButton"));
    m_showItemsButton->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_showItemsButton->setAccessibleDescription(tr("Opens the list of this category's items (Enter in the table)"));
    m_ui->sourceLayout->insertWidget(0, m_showItemsButton);
    setTabOrder(m_ui->categoriesTable, m_showItemsButton);
    setTabOrder(m_showItemsButton, m_ui->sourceButton);
    connect(m_showItemsButton, &QPushButton::clicked, this, &CategoriesPage::requestItems);
    connect(m_ui->categoriesTable, &QAbstractItemView::activated, this, &CategoriesPage::requestItems);
    m_ui->categoriesTable->setAccessibleDescription(m_ui->categoriesTable->accessibleDescription() + u' ' +
                                                    tr("Enter or a double click lists the category's items."));
}

void CategoriesPage::setItemCategories(const QStringList &listed)
{
    m_listedCategories = listed;
    showDetails();
}

void CategoriesPage::requestItems()
{
    const QModelIndex current = m_ui->categoriesTable->currentIndex();
    if (!current.isValid())
        return;
    ItemQuery query;
    query.categoryId = current.data(CategoriesModel::CategoryIdRole).toString();
    Q_EMIT itemsRequested(query);
}

CategoriesPage::~CategoriesPage() = default;

void CategoriesPage::setSummary(const UsageSummary &summary)
{
    const QString selectedId = m_ui->categoriesTable->currentIndex().data(CategoriesModel::CategoryIdRole).toString();
    m_model->setCategories(summary.categories);
    if (summary.categories.isEmpty()) {
        showEmpty(tr("No categories"), tr("%1 holds no activity for this member.").arg(UiText::source(summary.source)));
        return;
    }
    int row = 0;
    for (int i = 0; i < m_proxy->rowCount(); ++i) {
        if (m_proxy->index(i, 0).data(CategoriesModel::CategoryIdRole).toString() == selectedId)
            row = i;
    }
    m_ui->categoriesTable->setCurrentIndex(m_proxy->index(row, 0));
    showDetails();
    showContent();
}

void CategoriesPage::showDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_ui->categoriesTable->currentIndex());
    const CategorySummary *row = m_model->categoryAt(current.row());
    m_ui->detailsGroup->setEnabled(row != nullptr);
    if (!row) {
        m_ui->detailTitle->setText(tr("Select a category"));
        return;
    }
    const Category *category = m_policy.category(row->id);
    m_ui->detailTitle->setText(row->label);
    QString training;
    QString icon;
    switch (row->genAiTraining) {
    case TrainingUse::Used:
        training = tr("Used for generative-AI training while you are opted in.");
        icon = QStringLiteral("status-training-on");
        break;
    case TrainingUse::NotUsed:
        training = tr("Not used for generative-AI training.");
        icon = QStringLiteral("status-training-off");
        break;
    case TrainingUse::Unknown:
        training = tr("Unknown: the platform neither lists it as used nor excludes it. Its items are shown apart, "
                      "%1, and are not counted as \"may have been used\".")
                       .arg(exposedIfUsedWords());
        icon = QStringLiteral("status-info");
        break;
    }
    m_ui->detailTraining->setText(training);
    m_ui->detailTrainingIcon->setPixmap(Icons::icon(icon, palette()).pixmap(20, 20));
    m_ui->detailCovers->setText(category ? tr("What it covers: %1").arg(category->description)
                                         : tr("This category is not in the policy document."));
    m_ui->detailReason->setText(category ? tr("Why: %1").arg(category->reason) : QString());
    m_ui->detailReason->setVisible(category != nullptr);
    if (row->genAiTraining == TrainingUse::Unknown) {
        m_ui->detailFigures->setText(tr("%1 items: %2 existed while training was allowed (%3), %4 not used. First "
                                        "%5, last %6.")
                                         .arg(UiText::count(row->itemCount), UiText::count(row->exposedIfUsed),
                                              exposedIfUsedWords(), UiText::count(row->notUsed),
                                              UiText::date(row->firstActivity), UiText::date(row->lastActivity)));
    } else {
        m_ui->detailFigures->setText(tr("%1 items: %2 may have been used, %3 not used. First %4, last %5.")
                                         .arg(UiText::count(row->itemCount), UiText::count(row->mayHaveBeenUsed),
                                              UiText::count(row->notUsed), UiText::date(row->firstActivity),
                                              UiText::date(row->lastActivity)));
    }
    const bool listed = m_listedCategories.contains(row->id);
    m_showItemsButton->setVisible(listed);
    m_showItemsButton->setAccessibleName(tr("Show the items of %1").arg(row->label));
    m_showItemsButton->setToolTip(tr("List the %1 items of %2").arg(UiText::count(row->itemCount), row->label));
    m_sourceUrl = category ? category->source : QUrl();
    m_ui->sourceButton->setEnabled(m_sourceUrl.isValid());
    m_ui->sourceUrl->setText(UiText::wrappableUrl(m_sourceUrl));
}

} // namespace pd
