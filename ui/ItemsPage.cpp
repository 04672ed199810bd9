#include "ui/ItemsPage.h"

#include "core/MemberText.h"
#include "ui/DesktopServices.h"
#include "ui/FlowLayout.h"
#include "ui/Icons.h"
#include "ui/ItemsModel.h"
#include "ui/MessageBox.h"
#include "ui/UiText.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace pd {

namespace {

// The date edits' lowest value stands for "any day" (shown as such, never as a date).
const QDate AnyDay(1900, 1, 1);

// How long the search waits after the last key before filtering (100,000 rows take a moment).
constexpr int SearchPauseMs = 250;

// A date edit that Tab leaves: QDateEdit's Tab walks its day, month and year first, and with
// "any day" shown it never leaves (a keyboard trap). The sections are typed, or stepped with the
// arrow keys.
class DayEdit final : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

std::optional<QDate> dayOf(const QDateEdit *edit)
{
    return edit->date() == AnyDay ? std::nullopt : std::optional<QDate>(edit->date());
}

} // namespace

ItemsPage::ItemsPage(const Policy &policy, QWidget *parent)
    : Page(parent)
    , m_policy(policy)
{
    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("itemsContent"));
    auto *layout = new QVBoxLayout(content);

    auto *heading = new QHBoxLayout;
    auto *title = new QLabel(tr("The items behind the figures"), content);
    title->setObjectName(QStringLiteral("itemsTitle"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    m_countLabel = new QLabel(content);
    m_countLabel->setObjectName(QStringLiteral("itemsCount"));
    m_countLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    heading->addWidget(title);
    heading->addStretch(1);
    heading->addWidget(m_countLabel);
    layout->addLayout(heading);

    // Search and filters in a row that wraps in a narrow window.
    auto *filterRow = new QWidget(content);
    filterRow->setObjectName(QStringLiteral("itemsFilters"));
    auto *filters = new FlowLayout(filterRow, 8);
    m_search = new QLineEdit(content);
    m_search->setObjectName(QStringLiteral("itemsSearch"));
    m_search->setPlaceholderText(tr("Search in the text"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search in the items' text"));
    m_search->setAccessibleDescription(tr("The list shows the items whose text or link holds these words"));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchPauseMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ItemsPage::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilters();
    });

    m_category = new QComboBox(content);
    m_category->setObjectName(QStringLiteral("itemsCategory"));
    m_category->setAccessibleName(tr("Category"));
    m_category->setAccessibleDescription(tr("Show the items of one category, or of all"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status = new QComboBox(content);
    m_status->setObjectName(QStringLiteral("itemsStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setAccessibleDescription(tr("Show the items that may have been used, that were not used, or all"));
    m_status->addItem(tr("All statuses"), -1);
    for (const ItemStatus status : {ItemStatus::MayHaveBeenUsed, ItemStatus::Unknown, ItemStatus::NotUsed})
        m_status->addItem(ItemsModel::statusWords(status), int(status));
    m_since = new DayEdit(content);
    m_until = new DayEdit(content);
    m_since->setObjectName(QStringLiteral("itemsSince"));
    m_until->setObjectName(QStringLiteral("itemsUntil"));
    m_since->setAccessibleName(tr("From"));
    m_until->setAccessibleName(tr("Until"));
    m_since->setAccessibleDescription(tr("The first day of the items shown; the lowest value means any day"));
    m_until->setAccessibleDescription(tr("The last day of the items shown; the lowest value means any day"));
    for (QDateEdit *edit : {m_since, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        edit->setMinimumDate(AnyDay);
        edit->setSpecialValueText(tr("any day"));
        edit->setDate(AnyDay);
        // With a calendar pop-up the edit sizes itself like a combo box for its dates only: wide
        // enough for "any day" in every language too (Spanish "cualquier día" was cut).
        const QFontMetrics metrics = edit->fontMetrics();
        const int textWidth =
            std::max(metrics.horizontalAdvance(edit->specialValueText()),
                     metrics.horizontalAdvance(edit->locale().toString(QDate(2026, 9, 30), edit->displayFormat())));
        QStyleOptionComboBox option;
        option.initFrom(edit);
        option.editable = true;
        edit->setMinimumWidth(
            edit->style()
                ->sizeFromContents(QStyle::CT_ComboBox, &option, QSize(textWidth + 8, metrics.height()), edit)
                .width());
        // The edit's own text field is what takes the focus: it carries the edit's name.
        if (auto *field = edit->findChild<QLineEdit *>()) {
            field->setAccessibleName(edit->accessibleName());
            field->setAccessibleDescription(edit->accessibleDescription());
        }
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_settingFilters)
                applyFilters();
        });
    }
    for (QComboBox *box : {m_category, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_settingFilters)
                applyFilters();
        });
    m_clearFilters = new QPushButton(tr("C&lear filters"), content);
    m_clearFilters->setObjectName(QStringLiteral("itemsClearFilters"));
    m_clearFilters->setAccessibleName(tr("Clear the search and the filters"));
    connect(m_clearFilters, &QPushButton::clicked, this, [this] { showQuery({}); });

    // Each field with its label, kept together when the row wraps.
    auto addLabelled = [filterRow, filters](const QString &text, QWidget *field) {
        auto *pair = new QWidget(filterRow);
        auto *pairLayout = new QHBoxLayout(pair);
        pairLayout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(text, pair);
        label->setBuddy(field);
        field->setParent(pair);
        pairLayout->addWidget(label);
        pairLayout->addWidget(field);
        filters->addWidget(pair);
    };
    m_search->setParent(filterRow);
    m_search->setMinimumWidth(260);
    filters->addWidget(m_search);
    addLabelled(tr("&Category:"), m_category);
    addLabelled(tr("S&tatus:"), m_status);
    addLabelled(tr("&From:"), m_since);
    addLabelled(tr("&Until:"), m_until);
    m_clearFilters->setParent(filterRow);
    filters->addWidget(m_clearFilters);
    layout->addWidget(filterRow);

    m_noteLabel = new QLabel(content);
    m_noteLabel->setObjectName(QStringLiteral("itemsNote"));
    m_noteLabel->setTextFormat(Qt::PlainText);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->hide();
    layout->addWidget(m_noteLabel);

    // The table, or in its place why it is empty.
    m_tableStack = new QStackedWidget(content);
    m_model = new ItemsModel(this);
    m_table = new QTableView(m_tableStack);
    m_table->setObjectName(QStringLiteral("itemsTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Items"));
    m_table->setAccessibleDescription(tr("One row per item: date, category, status, the start of its text and its "
                                         "link. Enter opens the item on the platform, Ctrl+C copies its link, the "
                                         "context menu has both."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the list; the arrows move in it
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ItemsModel::DateColumn, Qt::DescendingOrder);
    // Fixed row heights and column widths: nothing measures 100,000 rows.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setAccessibleName(tr("Item columns"));
    header->setAccessibleDescription(tr("Activate a column header to sort the list by it"));
    header->setSectionResizeMode(QHeaderView::Interactive);
    // fitColumns' sizeHintForColumn looks at the rows in view and a few more, not at Qt's default
    // of 1,000 rows per column (110 M instructions on the GUI thread for the demo's list, again on
    // every resize); the widths come from the labels and dates the columns can hold anyway.
    header->setResizeContentsPrecision(100);
    m_table->viewport()->installEventFilter(this); // the text column takes the width left (fitColumns)
    header->resizeSection(ItemsModel::LinkColumn, m_table->fontMetrics().horizontalAdvance(u'm') * 16);
    header->setStretchLastSection(false);
    // The text right after the date: in a narrow window it is what shows before the list scrolls
    // sideways (the model keeps the order date, category, status, text, link).
    header->moveSection(header->visualIndex(ItemsModel::TextColumn), 1);
    // The text and the link show their start on one line, by design: whole in the tooltip and
    // with Copy link / Copy text (TestPageLayout reads this list).
    m_table->setProperty("elidedColumns", QVariantList{int(ItemsModel::TextColumn), int(ItemsModel::LinkColumn)});
    m_tableStack->addWidget(m_table);

    auto *empty = new QWidget(m_tableStack);
    empty->setObjectName(QStringLiteral("itemsEmpty"));
    auto *emptyLayout = new QVBoxLayout(empty);
    m_emptyTitle = new QLabel(empty);
    m_emptyTitle->setObjectName(QStringLiteral("itemsEmptyTitle"));
    m_emptyTitle->setTextFormat(Qt::PlainText);
    m_emptyTitle->setFont(titleFont);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("itemsEmptyText"));
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyText->setWordWrap(true);
    m_emptyClear = new QPushButton(tr("Show all items"), empty);
    m_emptyClear->setObjectName(QStringLiteral("itemsEmptyClear"));
    m_emptyClear->setAccessibleName(tr("Clear the search and the filters"));
    m_emptyClear->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_emptyClear, &QPushButton::clicked, this, [this] { showQuery({}); });
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyTitle, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(m_emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(m_emptyClear, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_tableStack->addWidget(empty);
    layout->addWidget(m_tableStack, 1);

    auto *buttons = new QHBoxLayout;
    m_openButton = new QPushButton(tr("&Open on %1").arg(policy.platform), content);
    m_openButton->setObjectName(QStringLiteral("itemsOpenButton"));
    m_openButton->setIcon(Icons::icon(QStringLiteral("link-external"), palette()));
    m_openButton->setAccessibleName(tr("Open the selected item on %1").arg(policy.platform));
    m_openButton->setAccessibleDescription(tr("Opens the item's page in your browser (Enter in the list)"));
    m_copyButton = new QPushButton(tr("Cop&y link"), content);
    m_copyButton->setObjectName(QStringLiteral("itemsCopyButton"));
    m_copyButton->setAccessibleName(tr("Copy the selected item's link"));
    m_copyButton->setAccessibleDescription(tr("Puts the link on the clipboard (Ctrl+C in the list)"));
    m_forgetButton = new QPushButton(tr("Forget this e&xport…"), content);
    m_forgetButton->setObjectName(QStringLiteral("itemsForgetButton"));
    m_forgetButton->setAccessibleName(tr("Forget the items of this data export"));
    m_forgetButton->setAccessibleDescription(
        tr("Removes the items' text and links from this app's memory; the figures stay"));
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_copyButton);
    buttons->addStretch(1);
    buttons->addWidget(m_forgetButton);
    layout->addLayout(buttons);
    m_forgetButton->hide();

    connect(m_openButton, &QPushButton::clicked, this, &ItemsPage::openCurrentLink);
    connect(m_copyButton, &QPushButton::clicked, this, &ItemsPage::copyCurrentLink);
    connect(m_forgetButton, &QPushButton::clicked, this, &ItemsPage::forgetItems);
    connect(m_table, &QAbstractItemView::activated, this, [this] { openCurrentLink(); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &ItemsPage::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ItemsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ItemsPage::updateActions);

    // Ctrl+C in the list copies the link (not the cell), as the button says.
    auto *copy = new QAction(tr("Copy link"), m_table);
    copy->setObjectName(QStringLiteral("itemsCopyAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ItemsPage::copyCurrentLink);
    m_table->addAction(copy);

    setTabOrder(m_search, m_category);
    setTabOrder(m_category, m_status);
    setTabOrder(m_status, m_since);
    setTabOrder(m_since, m_until);
    setTabOrder(m_until, m_clearFilters);
    setTabOrder(m_clearFilters, m_table);
    setTabOrder(m_table, m_openButton);
    setTabOrder(m_openButton, m_copyButton);
    setTabOrder(m_copyButton, m_forgetButton);

    setContentWidget(content);
    updateActions();
}

ItemsPage::~ItemsPage() = default;

void ItemsPage::setSummary(const UsageSummary &summary)
{
    m_summary = summary;
    m_labels.clear();
    for (const CategorySummary &category : summary.categories)
        m_labels.insert(category.id, category.label);
    // The list was made over the previous summary: its statuses may be stale. The window asks
    // the source for the new one.
    m_list = {};
    m_loading = false;
    m_noListReason.clear();
    m_model->setList(m_list, m_labels);
    fillCategories();
    updateState();
}

void ItemsPage::setList(const ItemList &list, bool forgettable, const QString &why)
{
    m_list = list;
    m_loading = false;
    m_forgettable = forgettable;
    m_forgotten = false;
    m_noListReason = why;
    m_model->setList(m_list, m_labels);
    fillCategories();
    applyFilters();
}

void ItemsPage::setSourceChanged()
{
    m_summary.reset();
    m_list = {};
    m_loading = false;
    m_forgotten = false;
    m_forgettable = false;
    m_noListReason.clear();
    m_model->setList(m_list, m_labels);
}

void ItemsPage::showListLoading()
{
    m_loading = true;
    updateState();
}

void ItemsPage::fillCategories()
{
    const QString wanted = m_category->currentData().toString();
    m_settingFilters = true;
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    // The categories with a list, in the summary's order, then any the summary does not name.
    QStringList ids;
    if (!m_list.isNull()) {
        const QStringList listed = m_list.store().listedCategories();
        if (m_summary) {
            for (const CategorySummary &category : m_summary->categories) {
                if (listed.contains(category.id))
                    ids.append(category.id);
            }
        }
        for (const QString &id : listed) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    // A category without a list stays choosable when a figure asked for it: the page says why it
    // is empty.
    if (!wanted.isEmpty() && !ids.contains(wanted))
        ids.append(wanted);
    for (const QString &id : std::as_const(ids))
        m_category->addItem(m_labels.value(id, id), id);
    m_category->setCurrentIndex(std::max(0, m_category->findData(wanted)));
    m_settingFilters = false;
}

void ItemsPage::showQuery(const ItemQuery &query)
{
    m_searchTimer->stop();
    m_settingFilters = true;
    m_search->setText(query.search);
    if (!query.categoryId.isEmpty() && m_category->findData(query.categoryId) < 0)
        m_category->addItem(m_labels.value(query.categoryId, query.categoryId), query.categoryId);
    m_category->setCurrentIndex(std::max(0, m_category->findData(query.categoryId)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(query.status ? int(*query.status) : -1)));
    m_since->setDate(query.since.value_or(AnyDay));
    m_until->setDate(query.until.value_or(AnyDay));
    m_settingFilters = false;
    m_searchTimer->stop(); // setText above started it
    applyFilters();
}

ItemQuery ItemsPage::currentQuery() const
{
    ItemQuery query;
    query.search = m_search->text().trimmed();
    query.categoryId = m_category->currentData().toString();
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        query.status = ItemStatus(status);
    query.since = dayOf(m_since);
    query.until = dayOf(m_until);
    return query;
}

void ItemsPage::applyFilters()
{
    m_model->setQuery(currentQuery());
    fitColumns();
    updateState();
}

// Date, category and status as wide as their widest text: the rows in view, and the longest a
// row can show (every category's name, a status with a training window), so scrolling never
// cuts them. Nothing here measures all rows.
void ItemsPage::fitColumns()
{
    const QFontMetrics metrics = m_table->fontMetrics();
    const int margin = 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 16;
    int category = 0;
    const QStringList listed = m_list.isNull() ? QStringList() : m_list.store().listedCategories();
    for (const QString &id : listed)
        category = std::max(category, metrics.horizontalAdvance(m_labels.value(id, id)));
    int status = 0;
    for (const ItemStatus each : {ItemStatus::MayHaveBeenUsed, ItemStatus::Unknown, ItemStatus::NotUsed})
        status = std::max(
            status, metrics.horizontalAdvance(tr("%1 (%2 – %3)")
                                                  .arg(ItemsModel::statusWords(each), UiText::date(QDate(2024, 9, 28)),
                                                       UiText::date(QDate(2024, 9, 28)))));
    const int widest[] = {metrics.horizontalAdvance(UiText::date(QDate(2024, 9, 28))), category, status};
    QHeaderView *header = m_table->horizontalHeader();
    const QAbstractItemView *view = m_table; // sizeHintForColumn is public here
    for (const int column :
         {int(ItemsModel::DateColumn), int(ItemsModel::CategoryColumn), int(ItemsModel::StatusColumn)})
        header->resizeSection(column, std::max({widest[column] + margin, view->sizeHintForColumn(column),
                                                header->sectionSizeHint(column)}));
    // The text takes the width the other columns leave, but never less than about 30 characters:
    // a narrow window scrolls the list sideways rather than cut every text to a word.
    int others = 0;
    for (int column = 0; column < ItemsModel::ColumnCount; ++column) {
        if (column != ItemsModel::TextColumn)
            others += header->sectionSize(column);
    }
    header->resizeSection(ItemsModel::TextColumn,
                          std::max(metrics.horizontalAdvance(u'm') * 16, m_table->viewport()->width() - others));
}

bool ItemsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return Page::eventFilter(watched, event);
}

QString ItemsPage::countText() const
{
    const qsizetype total = m_model->totalCount();
    return total == 1 ? tr("%1 of 1 item").arg(UiText::count(m_model->rowCount()))
                      : tr("%1 of %2 items").arg(UiText::count(m_model->rowCount()), UiText::count(total));
}

void ItemsPage::updateState()
{
    if (!m_summary)
        return; // the window shows loading, empty or an error
    if (m_list.isNull()) {
        m_countLabel->clear();
        if (m_loading)
            showLoading(tr("Loading the items behind the figures…"));
        else if (m_forgotten)
            showEmpty(tr("The items were forgotten"),
                      tr("The items of your data export are no longer in this app's memory; the figures on the "
                         "other pages stay. Open the export again (File › Open data export…) to list them again."));
        else
            showEmpty(tr("No item list"),
                      tr("This source has no item list: %1")
                          .arg(m_noListReason.isEmpty() ? tr("it gives the figures only.") : m_noListReason));
        return;
    }
    m_countLabel->setText(countText());

    // The categories counted in the figures whose items are not in the list, said once.
    QStringList countedOnly;
    const ItemStore &store = m_list.store();
    const QStringList listed = store.listedCategories();
    for (const CategorySummary &category : m_summary->categories) {
        if (category.itemCount > 0 && !listed.contains(category.id) && category.genAiTraining != TrainingUse::NotUsed)
            countedOnly.append(tr("%1 (%2)").arg(category.label, UiText::count(category.itemCount)));
    }
    QString note;
    if (store.isTruncated())
        note = MemberText::itemListCapped(store.size(), store.refusedCount());
    if (!countedOnly.isEmpty() && m_model->query().categoryId.isEmpty())
        note += (note.isEmpty() ? QString() : QStringLiteral(" ")) +
                tr("Counted in the figures but not listed, as their items carry no text: %1.")
                    .arg(countedOnly.join(QStringLiteral(", ")));
    m_noteLabel->setText(note);
    m_noteLabel->setVisible(!note.isEmpty());

    if (m_model->rowCount() > 0) {
        m_tableStack->setCurrentIndex(0);
    } else {
        const ItemQuery query = m_model->query();
        m_tableStack->setCurrentIndex(1);
        const CategorySummary *asked = nullptr;
        for (const CategorySummary &category : m_summary->categories) {
            if (category.id == query.categoryId)
                asked = &category;
        }
        if (asked && !listed.contains(asked->id)) {
            m_emptyTitle->setText(tr("No item list for %1").arg(asked->label));
            m_emptyText->setText(
                tr("This source has no item list for %1: its %2 items are counted in the figures, "
                   "but %3 gives no text or link for them.")
                    .arg(asked->label, UiText::count(asked->itemCount), UiText::source(m_summary->source)));
        } else if (m_model->totalCount() == 0) {
            m_emptyTitle->setText(tr("No items"));
            m_emptyText->setText(tr("This source lists no items."));
        } else {
            m_emptyTitle->setText(tr("No items match"));
            m_emptyText->setText(tr("No item matches the search and the filters. Show all %1 items, or change the "
                                    "filters above.")
                                     .arg(UiText::count(m_model->totalCount())));
        }
        m_emptyClear->setVisible(m_model->totalCount() > 0);
    }
    showContent();
    updateActions();
}

void ItemsPage::updateActions()
{
    const bool hasLink = isPlatformLink(currentLink());
    m_openButton->setEnabled(hasLink);
    m_copyButton->setEnabled(!m_table->currentIndex().data(ItemsModel::LinkRole).toUrl().isEmpty());
    m_forgetButton->setVisible(m_forgettable && !m_list.isNull());
}

QUrl ItemsPage::currentLink() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ItemsModel::LinkRole).toUrl() : QUrl();
}

// Only the platform's own pages over https (the host of its setting page, or a subdomain of it):
// a link in an export is data, and must not make the app open a file or another site.
bool ItemsPage::isPlatformLink(const QUrl &url) const
{
    if (!url.isValid() || url.scheme() != u"https" || !url.userInfo().isEmpty())
        return false;
    QString domain = m_policy.setting.url.host().toLower();
    if (domain.startsWith(QStringLiteral("www.")))
        domain = domain.mid(4);
    const QString host = url.host().toLower();
    return !domain.isEmpty() && (host == domain || host.endsWith(u'.' + domain));
}

bool ItemsPage::openCurrentLink()
{
    const QUrl url = currentLink();
    if (!isPlatformLink(url))
        return false;
    return DesktopServices::openUrl(url);
}

bool ItemsPage::copyCurrentLink()
{
    const QUrl url = currentLink();
    if (url.isEmpty())
        return false;
    QApplication::clipboard()->setText(url.toString());
    return true;
}

void ItemsPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    QMenu menu(this);
    QAction *open = menu.addAction(m_openButton->icon(), tr("Open on %1").arg(m_policy.platform));
    open->setEnabled(m_openButton->isEnabled());
    QAction *copyLink = menu.addAction(tr("Copy link"));
    copyLink->setShortcut(QKeySequence::Copy);
    copyLink->setEnabled(m_copyButton->isEnabled());
    QAction *copyText = menu.addAction(tr("Copy text"));
    QAction *chosen = menu.exec(m_table->viewport()->mapToGlobal(pos));
    if (chosen == open)
        openCurrentLink();
    else if (chosen == copyLink)
        copyCurrentLink();
    else if (chosen == copyText)
        QApplication::clipboard()->setText(index.data(ItemsModel::FullTextRole).toString());
}

void ItemsPage::forgetItems()
{
    if (m_list.isNull() || !m_forgettable)
        return;
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Forget this export"),
        tr("Forget the %1 items read from your data export? Their text and links leave this app's memory now; the "
           "figures on the other pages stay. To list them again, open the export again.")
            .arg(UiText::count(m_list.size())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_list = {};
    m_model->setList(m_list, m_labels);
    m_forgotten = true;
    fillCategories();
    updateState();
    updateActions();
    Q_EMIT itemsForgotten();
}

void ItemsPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_openButton->setIcon(Icons::icon(QStringLiteral("link-external"), palette()));
}

} // namespace pd
