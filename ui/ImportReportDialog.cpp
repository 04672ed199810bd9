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

QList<QStandardItem *> row(const QStringList &cells)
{
    QList<QStandardItem *> items;
    for (const QString &cell : cells) {
        auto *item = new QStandardItem(cell); // a view shows an item's text as plain text
        item->setEditable(false);
        item->setToolTip(cell.toHtmlEscaped());
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
    m_summary->setText(
        tr("From %1: %2 files read with %3 items. %4 files were not recognised and were left out. %5 rows had a "
           "value that could not be read: their items are counted without a date, or left out when the row "
           "itself could not be read.")
            .arg(report.archiveName, UiText::count(report.filesRead.size()), UiText::count(report.rowsRead()),
                 UiText::count(report.filesNotRecognised.size()), UiText::count(unreadable)));
    m_summary->setAccessibleName(m_summary->text());
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("importReportTabs"));
    layout->addWidget(m_tabs, 1);

    m_filesRead = new QStandardItemModel(0, 3, this);
    m_filesRead->setHorizontalHeaderLabels({tr("File"), tr("Items"), tr("Without a date")});
    for (const ImportedFile &file : report.filesRead)
        m_filesRead->appendRow(row({file.name, UiText::count(file.rows), UiText::count(file.undated)}));
    addTable(m_filesRead, tr("Files read (%1)").arg(UiText::count(report.filesRead.size())), tr("Files read"))
        ->setObjectName(QStringLiteral("filesReadTable"));

    m_notRecognised = new QStandardItemModel(0, 1, this);
    m_notRecognised->setHorizontalHeaderLabels({tr("File")});
    for (const QString &name : report.filesNotRecognised)
        m_notRecognised->appendRow(row({name}));
    for (const IgnoredEntry &entry : report.entriesIgnored)
        m_notRecognised->appendRow(row({entry.name}));
    addTable(m_notRecognised,
             tr("Files not recognised (%1)")
                 .arg(UiText::count(report.filesNotRecognised.size() + report.entriesIgnored.size())),
             tr("Files not recognised"))
        ->setObjectName(QStringLiteral("notRecognisedTable"));

    m_unreadable = new QStandardItemModel(0, 4, this);
    m_unreadable->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Value"), tr("What happened")});
    for (const UndatedRow &undated : report.undatedRows)
        m_unreadable->appendRow(row({undated.file, QString::number(undated.line), undated.value,
                                     tr("counted without a date: %1").arg(undated.reason)}));
    for (const SkippedRow &skipped : report.skippedRows)
        m_unreadable->appendRow(
            row({skipped.file, QString::number(skipped.line), QString(), tr("left out: %1").arg(skipped.reason)}));
    QString unreadableTitle = tr("Rows with unreadable values (%1)").arg(UiText::count(unreadable));
    addTable(m_unreadable, unreadableTitle, tr("Rows with unreadable values"))
        ->setObjectName(QStringLiteral("unreadableTable"));
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

QTableView *ImportReportDialog::addTable(QStandardItemModel *model, const QString &title, const QString &accessibleName)
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
    m_tabs->addTab(view, title);
    return view;
}

} // namespace pd
