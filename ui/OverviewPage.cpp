#include "ui/OverviewPage.h"

#include "ui/DesktopServices.h"
#include "ui/FlowLayout.h"
#include "ui/Icons.h"
#include "ui/MonthlyActivityModel.h"
#include "ui/PendingChangeBar.h"
#include "ui/Theme.h"
#include "ui/UiText.h"
#include "ui_OverviewPage.h"

#include <QAbstractItemDelegate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pd {

namespace {

void setFontScale(QLabel *label, qreal scale, bool bold)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
}

// The items of one month, from its first day to its last.
ItemQuery monthQuery(const QDate &month, std::optional<ItemStatus> status)
{
    ItemQuery query;
    query.since = month;
    query.until = month.addMonths(1).addDays(-1);
    query.status = status;
    return query;
}

// A flat button that reads as a link in the palette's link colour: the figures that open a list.
void styleAsLink(QPushButton *button, const QPalette &palette)
{
    QPalette pal = button->palette();
    pal.setColor(QPalette::ButtonText, palette.color(QPalette::Link));
    button->setPalette(pal);
    QFont font = button->font();
    font.setUnderline(true);
    button->setFont(font);
}

std::optional<QDate> firstRegimeStart(const Policy &policy, const UsageSummary &summary)
{
    std::optional<QDate> first;
    for (const Regime *regime : policy.regimesCovering(summary.member.region)) {
        if (!first || regime->from < *first)
            first = regime->from;
    }
    return first;
}

} // namespace

OverviewPage::OverviewPage(const Policy &policy, QWidget *parent)
    : Page(parent)
    , m_policy(policy)
    , m_ui(std::make_unique<Ui::OverviewContent>())
{
    // Scrolls vertically when the window is short; never sideways.
    QWidget *content = setScrollableContent(QStringLiteral("overviewScroll"), tr("Overview"));
    m_ui->setupUi(content);

    setFontScale(m_ui->memberName, 1.6, true);
    setFontScale(m_ui->statusTitle, 1.25, true);
    for (QLabel *value :
         {m_ui->mayHaveBeenUsedValue, m_ui->exposedIfUsedValue, m_ui->notUsedValue, m_ui->futureUseValue})
        setFontScale(value, 2.0, true);

    m_monthModel = new MonthlyActivityModel(this);
    m_ui->activityTable->setModel(m_monthModel);
    m_ui->activityTable->verticalHeader()->hide();
    // Each column as wide as its header and widest cell: measured once per summary (measureTable),
    // not on every layout pass as ResizeToContents would (five passes over every cell on show).
    m_ui->activityTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->activityTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->activityTable->horizontalHeader()->setAccessibleName(tr("Activity table columns"));
    m_ui->chartSplitter->setStretchFactor(0, 3);
    m_ui->chartSplitter->setStretchFactor(1, 2);
    m_ui->activityTable->setMinimumHeight(220);
    // Beside the chart the table shows every column: should fonts or scaling still leave it a
    // little short, it widens by what it would scroll.
    connect(m_ui->activityTable->horizontalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (max > 0 && m_ui->chartSplitter->orientation() == Qt::Horizontal)
            m_ui->activityTable->setMinimumWidth(m_ui->activityTable->minimumWidth() + max);
    });
    m_ui->changeButton->setIcon(Icons::icon(QStringLiteral("nav-optout"), palette()));
    connect(m_ui->changeButton, &QPushButton::clicked, this, &OverviewPage::changeSettingRequested);

    // A change that waits to be sent shows on the status card, with Cancel.
    m_pendingBar = new PendingChangeBar(PendingChangeBar::Buttons::CancelOnly, m_ui->statusCard);
    m_pendingBar->setObjectName(QStringLiteral("overviewPendingChange"));
    m_ui->statusTextLayout->addWidget(m_pendingBar);

    // A data export: the member's own answer about the setting, checked on the platform's page.
    m_settingPageButton = new QPushButton(tr("Open the &setting page"), m_ui->statusCard);
    m_settingPageButton->setObjectName(QStringLiteral("overviewSettingPageButton"));
    m_settingPageButton->setIcon(Icons::icon(QStringLiteral("link-external"), palette()));
    m_settingPageButton->setToolTip(policy.setting.url.toDisplayString());
    m_settingPageButton->setAccessibleName(tr("Open the platform's setting page"));
    m_settingPageButton->setAccessibleDescription(tr("Check or change the setting in your browser"));
    m_settingPageButton->hide();
    // The card's buttons one above the other, so the words beside them keep their width.
    auto *buttons = new QVBoxLayout;
    m_ui->statusLayout->removeWidget(m_ui->changeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_ui->changeButton);
    buttons->addWidget(m_settingPageButton);
    buttons->addStretch(1);
    m_ui->statusLayout->addLayout(buttons);
    connect(m_settingPageButton, &QPushButton::clicked, this,
            [this] { DesktopServices::openUrl(m_policy.setting.url); });

    // After an import: what was read and what was left out.
    m_importReportButton = new QPushButton(tr("&Import report…"), content);
    m_importReportButton->setObjectName(QStringLiteral("overviewImportReportButton"));
    m_importReportButton->setFlat(true);
    m_importReportButton->setCursor(Qt::PointingHandCursor);
    m_importReportButton->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_importReportButton->setAccessibleName(tr("Import report"));
    m_importReportButton->setAccessibleDescription(
        tr("Shows the files read from your data export, the files not recognised and the rows that could not be "
           "read"));
    auto *reportRow = new QHBoxLayout;
    reportRow->setContentsMargins(0, 0, 0, 0);
    reportRow->addWidget(m_importReportButton);
    reportRow->addStretch(1);
    m_ui->detailsForm->addRow(tr("Import:"), reportRow);
    m_ui->detailsForm->setRowVisible(reportRow, false);
    m_importReportRow = reportRow;
    connect(m_importReportButton, &QPushButton::clicked, this, &OverviewPage::importReportRequested);

    m_recentChanges = new QLabel(content);
    m_recentChanges->setObjectName(QStringLiteral("recentChanges"));
    m_recentChanges->setTextFormat(Qt::PlainText);
    m_recentChanges->setWordWrap(true);
    m_recentChanges->setAccessibleName(tr("New since your last look"));
    m_ui->detailsForm->addRow(tr("New since your last look:"), m_recentChanges);
    m_ui->detailsForm->setRowVisible(m_recentChanges, false);
    // Every figure opens the list of the items it counts: a tile (a click anywhere on it, or its
    // "Show these items" button, which takes focus and offers Press to assistive technology).
    const struct {
        QFrame *tile;
        ItemStatus status;
    } tiles[] = {
        {m_ui->mayHaveBeenUsedTile, ItemStatus::MayHaveBeenUsed},
        {m_ui->exposedIfUsedTile, ItemStatus::Unknown},
        {m_ui->notUsedTile, ItemStatus::NotUsed},
    };
    QWidget *previous = m_settingPageButton;
    for (const auto &figure : tiles) {
        auto *button = new QPushButton(tr("Show these items"), figure.tile);
        button->setObjectName(figure.tile->objectName() + QStringLiteral("ItemsButton"));
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        button->setToolTip(tr("List the items counted in this figure"));
        figure.tile->layout()->addWidget(button);
        figure.tile->setCursor(Qt::PointingHandCursor);
        figure.tile->setToolTip(button->toolTip());
        figure.tile->installEventFilter(this);
        m_tileButtons.insert(figure.tile, button);
        const ItemStatus status = figure.status;
        connect(button, &QPushButton::clicked, this, [this, status] {
            ItemQuery query;
            query.status = status;
            Q_EMIT itemsRequested(query);
        });
        setTabOrder(previous, button);
        previous = button;
    }

    // Under the tiles, the categories whose items may have been used, each a link to its list.
    m_itemLinks = new QWidget(content);
    m_itemLinks->setObjectName(QStringLiteral("overviewItemLinks"));
    m_itemLinksLayout = new FlowLayout(m_itemLinks, 6);
    auto *linksCaption = new QLabel(tr("Which items may have been used:"), m_itemLinks);
    linksCaption->setObjectName(QStringLiteral("overviewItemLinksCaption"));
    linksCaption->setMinimumHeight(linksCaption->sizeHint().height());
    m_itemLinksLayout->addWidget(linksCaption);
    for (int i = 0; i < m_ui->mainLayout->count(); ++i) {
        if (m_ui->mainLayout->itemAt(i)->layout() == m_ui->figuresLayout) {
            m_ui->mainLayout->insertWidget(i + 1, m_itemLinks);
            break;
        }
    }
    m_itemLinks->hide();

    // A month of the chart, or a cell of its table (Enter or a double click): that month's items,
    // of the figure the column or band counts.
    connect(m_ui->activityTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QDate month = m_monthModel->monthAt(index.row());
        if (!month.isValid())
            return;
        std::optional<ItemStatus> status;
        if (index.column() == MonthlyActivityModel::MayHaveBeenUsedColumn)
            status = ItemStatus::MayHaveBeenUsed;
        else if (index.column() == MonthlyActivityModel::ExposedIfUsedColumn)
            status = ItemStatus::Unknown;
        else if (index.column() == MonthlyActivityModel::NotUsedColumn)
            status = ItemStatus::NotUsed;
        Q_EMIT itemsRequested(monthQuery(month, status));
    });
    connect(m_ui->activityChart, &ActivityChart::monthClicked, this, [this](const QDate &month, int band) {
        std::optional<ItemStatus> status;
        if (band == ActivityChart::MayHaveBeenUsedBand)
            status = ItemStatus::MayHaveBeenUsed;
        else if (band == ActivityChart::ExposedIfUsedBand)
            status = ItemStatus::Unknown;
        else if (band == ActivityChart::NotUsedBand)
            status = ItemStatus::NotUsed;
        Q_EMIT itemsRequested(monthQuery(month, status));
    });

    setTabOrder(m_importReportButton, m_ui->changeButton);
    setTabOrder(m_ui->changeButton, m_settingPageButton);
    setTabOrder(previous, m_ui->activityTable);
    measureTable();
}

bool OverviewPage::eventFilter(QObject *watched, QEvent *event)
{
    // A click anywhere on a figure's tile is a click on its button.
    if (event->type() == QEvent::MouseButtonRelease) {
        if (QPushButton *button = m_tileButtons.value(watched)) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton && button->isVisible()) {
                button->click();
                return true;
            }
        }
    }
    return Page::eventFilter(watched, event);
}

void OverviewPage::setItemCategories(const QStringList &listed)
{
    m_listedCategories = listed;
    updateItemLinks();
}

void OverviewPage::updateItemLinks()
{
    // The old links go; the caption (first) stays.
    while (m_itemLinksLayout->count() > 1) {
        QLayoutItem *item = m_itemLinksLayout->takeAt(1);
        delete item->widget();
        delete item;
    }
    QList<CategorySummary> used;
    if (m_summary) {
        for (const CategorySummary &category : m_summary->categories) {
            if (category.genAiTraining == TrainingUse::Used && category.mayHaveBeenUsed > 0 &&
                m_listedCategories.contains(category.id))
                used.append(category);
        }
    }
    std::stable_sort(used.begin(), used.end(), [](const CategorySummary &a, const CategorySummary &b) {
        return a.mayHaveBeenUsed > b.mayHaveBeenUsed;
    });
    QWidget *previous = m_tileButtons.value(m_ui->notUsedTile);
    for (const CategorySummary &category : std::as_const(used)) {
        auto *link =
            new QPushButton(tr("%1: %2").arg(category.label, UiText::count(category.mayHaveBeenUsed)), m_itemLinks);
        link->setObjectName(QStringLiteral("itemLink_") + category.id);
        link->setFlat(true);
        link->setCursor(Qt::PointingHandCursor);
        styleAsLink(link, palette());
        const QString words =
            tr("%1 items of %2 may have been used").arg(UiText::count(category.mayHaveBeenUsed), category.label);
        link->setAccessibleName(words);
        link->setAccessibleDescription(tr("Shows these items in the list"));
        link->setToolTip(tr("%1: show them").arg(words));
        const QString id = category.id;
        connect(link, &QPushButton::clicked, this, [this, id] {
            ItemQuery query;
            query.categoryId = id;
            query.status = ItemStatus::MayHaveBeenUsed;
            Q_EMIT itemsRequested(query);
        });
        m_itemLinksLayout->addWidget(link);
        if (previous)
            setTabOrder(previous, link);
        previous = link;
    }
    if (previous)
        setTabOrder(previous, m_ui->activityTable);
    m_itemLinks->setVisible(!used.isEmpty());
}

void OverviewPage::setSource(MemberDataSource *source)
{
    m_pendingBar->setSource(source);
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::setRecentChanges(const QString &text)
{
    m_recentChanges->setText(text);
    m_ui->detailsForm->setRowVisible(m_recentChanges, !text.isEmpty());
}

void OverviewPage::setSummary(const UsageSummary &summary)
{
    m_summary = summary;
    m_ui->memberName->setText(summary.member.name.isEmpty() ? tr("(no name)") : summary.member.name);
    QString region = UiText::regionName(summary.member.region);
    if (!summary.regionKnown)
        region += tr(" — not in the policy's list of regions, so every regime is assumed to apply");
    m_ui->regionValue->setText(region);
    m_ui->sourceValue->setText(UiText::source(summary.source));
    // A data export is as of the day it was made (MainWindow sets asOf to it), not a time of day.
    m_ui->asOfValue->setText(
        summary.source.kind == SourceInfo::Kind::Archive
            ? tr("%1 (the date of your data export)").arg(UiText::date(summary.asOf.toUTC().date()))
            : UiText::dateTime(summary.asOf));
    // The platform's name, not the document's id.
    m_ui->policyValue->setText(
        tr("%1's privacy policy as we summarise it, version %2")
            .arg(summary.policyId == m_policy.id ? m_policy.platform : summary.policyId, summary.policyVersion));

    const bool fromExport = summary.source.kind == SourceInfo::Kind::Archive;
    const bool membersAnswer = optOutIsMembersAnswer(summary.source.kind);
    m_ui->detailsForm->setRowVisible(m_importReportRow, fromExport);
    m_settingPageButton->setVisible(membersAnswer);
    const OptOutState &optOut = summary.optOut;
    if (membersAnswer) {
        // The export does not record the setting: what the card shows is the member's answer.
        m_ui->statusTitle->setText(UiText::memberAnswer(summary));
        QString detail = optOut.optedOut
                             ? tr("If so, AI training on your data is off since then; before that it was on, as the "
                                  "platform turns it on by default.")
                             : tr("If so, AI training on your data is on: the platform turns it on by default.");
        if (!summary.futureUse)
            detail += tr(" No policy lets the platform train on data from your region at the moment.");
        detail += u' ' + (fromExport ? tr("Your data export does not record this setting, so the platform has not "
                                          "confirmed it. Check or change it on the platform's page: %1")
                                     : tr("The platform's API does not show this setting, so its state is unknown "
                                          "here. Check or change it on the platform's page: %1"))
                             .arg(m_policy.setting.url.toDisplayString());
        m_ui->statusDetail->setText(detail);
    } else {
        if (optOut.optedOut) {
            m_ui->statusTitle->setText(tr("AI training on your data is OFF"));
            QString detail;
            if (optOut.changedAt.isValid())
                detail = tr("Off since %1").arg(UiText::dateTime(optOut.changedAt));
            else
                detail = tr("Off");
            if (!optOut.confirmationId.isEmpty())
                detail += tr(", confirmation %1").arg(optOut.confirmationId);
            detail += tr(". Before that it was on: the platform turns it on by default.");
            m_ui->statusDetail->setText(detail);
        } else {
            m_ui->statusTitle->setText(tr("AI training on your data is ON"));
            QString detail;
            if (optOut.changedAt.isValid()) {
                detail = tr("On since %1").arg(UiText::dateTime(optOut.changedAt));
                if (!optOut.confirmationId.isEmpty())
                    detail += tr(", confirmation %1").arg(optOut.confirmationId);
                detail += u'.';
            } else if (const std::optional<QDate> start = firstRegimeStart(m_policy, summary)) {
                detail = tr("On since %1, when the policy began to apply to your region. It was on by default: "
                            "you have never opted out.")
                             .arg(UiText::date(*start));
            } else {
                detail = tr("On by default: you have never opted out.");
            }
            if (!summary.futureUse)
                detail += tr(" No policy lets the platform train on data from your region at the moment.");
            m_ui->statusDetail->setText(detail);
        }
    }
    if (summary.source.stale)
        m_ui->statusDetail->setText(tr("As of %1 (offline), kept on this computer; not confirmed by the server now.")
                                        .arg(UiText::dateTime(summary.asOf)) +
                                    u' ' + m_ui->statusDetail->text());
    m_ui->statusCard->setAccessibleName(m_ui->statusTitle->text());
    m_ui->statusCard->setAccessibleDescription(m_ui->statusDetail->text());

    // Two figures side by side, never summed: "may have been used" is the used categories alone.
    m_ui->mayHaveBeenUsedValue->setText(UiText::count(summary.totalMayHaveBeenUsed));
    m_ui->mayHaveBeenUsedCaption->setText(
        tr("items may already have been used to train AI models. Opting out does not undo this."));
    m_ui->exposedIfUsedValue->setText(UiText::count(summary.totalExposedIfUsed));
    m_ui->exposedIfUsedCaption->setText(
        tr("items %1 existed while training was allowed; not counted as used").arg(exposedIfUsedWords()));
    m_ui->notUsedValue->setText(UiText::count(summary.totalNotUsed));
    m_ui->notUsedCaption->setText(tr("items not used for AI training"));
    m_ui->futureUseValue->setText(summary.futureUse ? tr("Yes") : tr("No"));
    m_ui->futureUseCaption->setText(summary.futureUse
                                        ? tr("future use: your new activity can still be used for training")
                                        : tr("future use: no training on your data from now on"));
    for (QFrame *tile : {m_ui->mayHaveBeenUsedTile, m_ui->exposedIfUsedTile, m_ui->notUsedTile, m_ui->futureUseTile}) {
        const QList<QLabel *> labels = tile->findChildren<QLabel *>();
        tile->setAccessibleName(labels.value(0)->text() + u' ' + labels.value(1)->text());
        if (QPushButton *button = m_tileButtons.value(tile)) {
            const qint64 figure = tile == m_ui->mayHaveBeenUsedTile ? summary.totalMayHaveBeenUsed
                                  : tile == m_ui->exposedIfUsedTile ? summary.totalExposedIfUsed
                                                                    : summary.totalNotUsed;
            button->setVisible(figure > 0); // nothing to list: the tile is only a figure
            tile->setCursor(figure > 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
            button->setAccessibleName(tr("Show the items: %1").arg(tile->accessibleName()));
            button->setAccessibleDescription(tr("Opens the list of the items counted in this figure"));
        }
    }
    updateItemLinks();

    m_monthModel->setMonths(summary.monthly);
    // The lines on the chart, numbered in date order and explained in words under it (the
    // legend only names the areas): one per regime start and one per opt-out change.
    struct Note {
        ActivityChart::Marker marker;
        QString words;
    };
    QList<Note> notes;
    for (const Regime *regime : m_policy.regimesCovering(summary.member.region))
        notes.append(
            {{regime->from, tr("Policy start"), false},
             tr("the policy began to apply to your region on %1 (dotted line)").arg(UiText::date(regime->from))});
    for (const OptOutChange &change : summary.history) {
        const QDate day = change.at.toUTC().date();
        notes.append({{day, change.optedOut ? tr("Opted out") : tr("Opted in"), true},
                      change.optedOut ? tr("you opted out on %1 (dashed line)").arg(UiText::date(day))
                                      : tr("you opted in again on %1 (dashed line)").arg(UiText::date(day))});
    }
    std::stable_sort(notes.begin(), notes.end(),
                     [](const Note &a, const Note &b) { return a.marker.day < b.marker.day; });
    // Only the dates the chart covers (a data export ends before a later regime starts).
    m_ui->activityChart->setMonths(summary.monthly); // the years drawn, without drawing
    QList<ActivityChart::Marker> markers;
    QStringList words;
    for (const Note &note : std::as_const(notes)) {
        if (!m_ui->activityChart->shows(note.marker.day))
            continue;
        markers.append(note.marker);
        words.append(tr("%1: %2").arg(markers.size()).arg(note.words));
    }
    m_ui->activityChart->setMarkers(markers);
    QString chartNote =
        words.isEmpty() ? QString() : tr("The numbered lines on the chart: %1.").arg(words.join(QStringLiteral("; ")));
    if (m_ui->activityChart->itemsBefore() > 0)
        chartNote += u' ' + tr("%1 dated before %2: counted in every figure and listed in the table, but not drawn.")
                                .arg(m_ui->activityChart->itemsBefore() == 1
                                         ? tr("1 item is")
                                         : tr("%1 items are").arg(UiText::count(m_ui->activityChart->itemsBefore())))
                                .arg(m_ui->activityChart->firstYearShown());
    m_ui->chartNote->setText(chartNote.trimmed());
    m_ui->chartNote->setVisible(!chartNote.trimmed().isEmpty());
    // The table never cuts a column ("Total" included): it is as wide as its columns.
    measureTable();
    updateChartLayout();

    applyTones();
    if (summary.categories.isEmpty() && summary.totalItems == 0)
        showEmpty(tr("No activity yet"), tr("%1 holds no items for this member, so nothing can have been used.")
                                             .arg(UiText::source(summary.source)));
    else
        showContent();
}

void OverviewPage::applyTones()
{
    const QPalette pal = palette();
    if (m_summary) {
        const bool optedOut = m_summary->optOut.optedOut;
        // A data export's or the platform API's state is the member's answer, a cached one is not confirmed now:
        // neutral, not the tone of a confirmed state.
        const bool unconfirmed = optOutIsMembersAnswer(m_summary->source.kind) || m_summary->source.stale;
        const Theme::Tone statusTone = unconfirmed ? Theme::Tone::Neutral
                                       : optedOut  ? Theme::Tone::Good
                                                   : Theme::Tone::Warning;
        m_ui->statusCard->setStyleSheet(Theme::cardStyleSheet(statusTone, pal, m_ui->statusCard->objectName()));
        m_ui->statusIcon->setPixmap(Icons::icon(unconfirmed ? QStringLiteral("nav-optout")
                                                : optedOut  ? QStringLiteral("status-training-off")
                                                            : QStringLiteral("status-training-on"),
                                                pal)
                                        .pixmap(32, 32));
        // A figure's tile, with its "Show these items" in the tile's own text colour.
        auto tileStyle = [&pal](QFrame *tile, Theme::Tone tone) {
            tile->setStyleSheet(Theme::cardStyleSheet(tone, pal, tile->objectName()) +
                                QStringLiteral(" QFrame#%1 QPushButton { color: %2; }")
                                    .arg(tile->objectName(), Theme::card(tone, pal).text.name()));
        };
        tileStyle(m_ui->mayHaveBeenUsedTile,
                  m_summary->totalMayHaveBeenUsed > 0 ? Theme::Tone::Warning : Theme::Tone::Neutral);
        tileStyle(m_ui->exposedIfUsedTile, Theme::Tone::Neutral);
        tileStyle(m_ui->notUsedTile, Theme::Tone::Good);
        m_ui->futureUseTile->setStyleSheet(Theme::cardStyleSheet(
            m_summary->futureUse ? Theme::Tone::Warning : Theme::Tone::Good, pal, m_ui->futureUseTile->objectName()));
    }
    for (QPushButton *button : std::as_const(m_tileButtons)) {
        QFont font = button->font();
        font.setUnderline(true);
        button->setFont(font);
    }
    for (QPushButton *link : m_itemLinks->findChildren<QPushButton *>())
        styleAsLink(link, pal);
}

// The table's columns at the width of their header and widest cell, and the width the table
// needs to show them all; again when the months, the font, the style or the language change.
void OverviewPage::measureTable()
{
    QTableView *table = m_ui->activityTable;
    QHeaderView *header = table->horizontalHeader();
    const QAbstractItemView *view = table; // sizeHintForColumn is public here
    for (int column = 0; column < m_monthModel->columnCount(); ++column)
        header->resizeSection(column, std::max(header->sectionSizeHint(column), view->sizeHintForColumn(column)));
    // The width to keep for the table: every column at the width of its header and of its widest
    // cell over all rows.
    QStyleOptionViewItem option;
    option.font = table->font();
    option.fontMetrics = QFontMetrics(table->font());
    option.widget = table;
    option.features = QStyleOptionViewItem::HasDisplay;
    int tableWidth = table->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2 * table->frameWidth() + 8;
    for (int column = 0; column < m_monthModel->columnCount(); ++column) {
        int widest = header->sectionSizeHint(column);
        for (int row = 0; row < m_monthModel->rowCount(); ++row)
            widest =
                std::max(widest, table->itemDelegate()->sizeHint(option, m_monthModel->index(row, column)).width() + 1);
        tableWidth += widest;
    }
    // The header measures with the view's own item options (decorations, grid, sort arrow), a
    // few per cent wider than the delegate's hint above: room for it at every font and scale.
    m_tableWidth = tableWidth * 115 / 100;
}

// Chart and table side by side when both fit at a useful size, else the table under the chart.
void OverviewPage::updateChartLayout()
{
    // Side by side, the table shows every column ("Total" included); under the chart it may
    // scroll sideways after its first column instead.
    QTableView *table = m_ui->activityTable;
    const int tableWidth = m_tableWidth;
    const Qt::Orientation wanted = width() >= tableWidth + 560 ? Qt::Horizontal : Qt::Vertical;
    table->setMinimumWidth(wanted == Qt::Horizontal ? tableWidth : 0);
    if (m_ui->chartSplitter->orientation() != wanted) {
        m_ui->chartSplitter->setOrientation(wanted);
        m_ui->chartSplitter->setMinimumHeight(wanted == Qt::Vertical ? 640 : 380);
    }
}

void OverviewPage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    updateChartLayout();
}

void OverviewPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTones();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::LanguageChange) {
        measureTable();
        updateChartLayout();
    }
}

} // namespace pd
