#include "ui/ImportReportDialog.h"

#include "ui/UiText.h"
#include "ui_ImportReportDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>

namespace pd {

namespace {

// Columns listed in `numbers` hold figures: aligned to the right.
QList<QStandardItem *> row(const QStringList &cells, const QList<int> &numbers = {})
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
    , m_ui(std::make_unique<Ui::ImportReportDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("importReportDialog"));
    QPushButton *close = m_ui->importReportButtons->button(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close the import report"));
    connect(m_ui->importReportButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const qint64 unreadable = report.rowsWithUnreadableDate + report.rowsSkipped;
    const qint64 notRecognised = report.filesNotRecognised.size() + report.entriesIgnored.size();
    m_ui->importReportSummary->setText(
        tr("Your data export %1.\nFiles read: %2, with %3 items.\nFiles not recognised, left out: %4.\nRows with "
           "a value that could not be read: %5 (an unreadable date counts the item without a date; a row that "
           "cannot be read at all is left out).")
            .arg(report.archiveName, UiText::count(report.filesRead.size()), UiText::count(report.rowsRead()),
                 UiText::count(notRecognised), UiText::count(unreadable)));
    m_ui->importReportSummary->setAccessibleName(tr("Summary of the import"));
    m_ui->importReportSummary->setAccessibleDescription(m_ui->importReportSummary->text());

    m_filesRead = new QStandardItemModel(0, 3, this);
    m_filesRead->setHorizontalHeaderLabels({tr("File"), tr("Items"), tr("Without a date")});
    for (const ImportedFile &file : report.filesRead)
        m_filesRead->appendRow(row({file.name, UiText::count(file.rows), UiText::count(file.undated)}, {1, 2}));
    setUpTable(0, m_ui->filesReadTable, m_ui->filesReadNone, m_filesRead,
               tr("Files read (%1)").arg(UiText::count(report.filesRead.size())));
    // The figures keep their width; the file name takes the rest.
    m_ui->filesReadTable->horizontalHeader()->setStretchLastSection(false);

    m_notRecognised = new QStandardItemModel(0, 1, this);
    m_notRecognised->setHorizontalHeaderLabels({tr("File")});
    for (const QString &name : report.filesNotRecognised)
        m_notRecognised->appendRow(row({name}));
    for (const IgnoredEntry &entry : report.entriesIgnored)
        m_notRecognised->appendRow(row({entry.name}));
    setUpTable(1, m_ui->notRecognisedTable, m_ui->notRecognisedNone, m_notRecognised,
               tr("Files not recognised (%1)").arg(UiText::count(notRecognised)));

    m_unreadable = new QStandardItemModel(0, 4, this);
    m_unreadable->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Value"), tr("What happened")});
    for (const UndatedRow &undated : report.undatedRows)
        m_unreadable->appendRow(row({undated.file, QString::number(undated.line), undated.value,
                                     tr("counted without a date: %1").arg(undated.reason)},
                                    {1}));
    for (const SkippedRow &skipped : report.skippedRows)
        m_unreadable->appendRow(
            row({skipped.file, QString::number(skipped.line), QString(), tr("left out: %1").arg(skipped.reason)}, {1}));
    setUpTable(2, m_ui->unreadableTable, m_ui->unreadableNone, m_unreadable,
               tr("Rows with unreadable values (%1)").arg(UiText::count(unreadable)));
    // At most a few hundred rows: their reasons wrap instead of being cut off.
    m_ui->unreadableTable->setWordWrap(true);
    m_ui->unreadableTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // The report lists the first rows only; say so when there were more.
    m_ui->importReportListedNote->setText(
        tr("The first %1 of the rows that could not be read are listed.").arg(UiText::count(m_unreadable->rowCount())));
    m_ui->importReportListedNote->setVisible(m_unreadable->rowCount() < unreadable);
}

ImportReportDialog::~ImportReportDialog() = default;

void ImportReportDialog::setUpTable(int tab, QTableView *view, QWidget *none, QStandardItemModel *model,
                                    const QString &title)
{
    m_ui->importReportTabs->setTabText(tab, title);
    view->setModel(model);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < model->columnCount(); ++column)
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // An empty list says so in words instead of showing an empty table.
    const bool empty = model->rowCount() == 0;
    view->setVisible(!empty);
    none->setVisible(empty);
}

} // namespace pd
