#include "ImportReportDialog.h"

#include "UiText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pd {

namespace {

// Columns listed in `numbers` hold figures: aligned to the right.
QList<QStandardItem *> row(const QStringList &cells, QList<int> numbers = {})
{
    QList<QStandardItem *> items;
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const QString &cell = cells.at(column);
        auto *item = new QStandardItem(cell); // a view shows an item's text as plain text
        item->setEditable(false);
        item->setToolTip(cell.toHtmlEscaped());
        if (numbers.contains(int(column)))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        items.append(item);
    }
    return items;
}

} // namespace

ImportReportDialog::ImportReportDialog(const ImportReport &report, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import report"));
    setAccessibleName(tr("Import report"));
    resize(760, 520);

    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importReportSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    const qint64 unreadable = report.rowsWithUnreadableDate + report.rowsSkipped;
    const qint64 notRecognised = report.filesNotRecognised.size() + report.entriesIgnored.size();
    m_summary->setText(
        tr("Your data export %1.\nFiles read: %2, with %3 items.\nFiles not recognised, left out: %4.\nRows with "
           "a value that could not be read: %5 (an unreadable date counts the item without a date; a row that "
           "cannot be read at all is left out).")
            .arg(report.archiveName, UiText::count(report.filesRead.size()), UiText::count(report.rowsRead()),
                 UiText::count(notRecognised), UiText::count(unreadable)));
    m_summary->setAccessibleName(m_summary->text());
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("importReportTabs"));
    layout->addWidget(m_tabs, 1);

    m_filesRead = new QStandardItemModel(0, 3, this);
    m_filesRead->setHorizontalHeaderLabels({tr("File"), tr("Items"), tr("Without a date")});
    for (const ImportedFile &file : report.filesRead)
        m_filesRead->appendRow(row({file.name, UiText::count(file.rows), UiText::count(file.undated)}, {1, 2}));
    addTable(m_filesRead, tr("Files read (%1)").arg(UiText::count(report.filesRead.size())), tr("Files read"),
             tr("None: no file of the export held anything to count."))
        ->setObjectName(QStringLiteral("filesReadTable"));
    // The figures keep their width; the file name takes the rest.
    findChild<QTableView *>(QStringLiteral("filesReadTable"))->horizontalHeader()->setStretchLastSection(false);

    m_notRecognised = new QStandardItemModel(0, 1, this);
    m_notRecognised->setHorizontalHeaderLabels({tr("File")});
    for (const QString &name : report.filesNotRecognised)
        m_notRecognised->appendRow(row({name}));
    for (const IgnoredEntry &entry : report.entriesIgnored)
        m_notRecognised->appendRow(row({entry.name}));
    addTable(m_notRecognised, tr("Files not recognised (%1)").arg(UiText::count(notRecognised)),
             tr("Files not recognised"), tr("None: every file in the export was recognised."))
        ->setObjectName(QStringLiteral("notRecognisedTable"));

    m_unreadable = new QStandardItemModel(0, 4, this);
    m_unreadable->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Value"), tr("What happened")});
    for (const UndatedRow &undated : report.undatedRows)
        m_unreadable->appendRow(row({undated.file, QString::number(undated.line), undated.value,
                                     tr("counted without a date: %1").arg(undated.reason)},
                                    {1}));
    for (const SkippedRow &skipped : report.skippedRows)
        m_unreadable->appendRow(
            row({skipped.file, QString::number(skipped.line), QString(), tr("left out: %1").arg(skipped.reason)}, {1}));
    QString unreadableTitle = tr("Rows with unreadable values (%1)").arg(UiText::count(unreadable));
    addTable(m_unreadable, unreadableTitle, tr("Rows with unreadable values"),
             tr("None: every value in the files read could be read."))
        ->setObjectName(QStringLiteral("unreadableTable"));
    // At most a few hundred rows: their reasons wrap instead of being cut off.
    if (auto *table = findChild<QTableView *>(QStringLiteral("unreadableTable"))) {
        table->setWordWrap(true);
        table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    if (m_unreadable->rowCount() < unreadable) {
        auto *more =
            new QLabel(tr("The first %1 of them are listed.").arg(UiText::count(m_unreadable->rowCount())), this);
        more->setObjectName(QStringLiteral("importReportListedNote"));
        layout->addWidget(more);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("importReportButtons"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QTableView *ImportReportDialog::addTable(QStandardItemModel *model, const QString &title, const QString &accessibleName,
                                         const QString &whenEmpty)
{
    auto *view = new QTableView(m_tabs);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setTabKeyNavigation(false); // Tab leaves the table, as in every other list of the app
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < model->columnCount(); ++column)
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    if (model->rowCount() > 0) {
        m_tabs->addTab(view, title);
        return view;
    }
    // An empty list says so in words instead of showing an empty table.
    auto *page = new QWidget(m_tabs);
    auto *pageLayout = new QVBoxLayout(page);
    auto *none = new QLabel(whenEmpty, page);
    none->setTextFormat(Qt::PlainText);
    none->setWordWrap(true);
    pageLayout->addWidget(none);
    pageLayout->addWidget(view);
    pageLayout->addStretch(1);
    view->hide();
    m_tabs->addTab(page, title);
    return view;
}

} // namespace pd
