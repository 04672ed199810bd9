#pragma once

#include "ImportReport.h"

#include <QDialog>

class QLabel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace pd {

// What the last data-export import did, for the member: the files read (with their item
// counts), the files not recognised and the rows whose values could not be read (file, line,
// value). Everything shown comes from the archive, so it is plain text only, in model/view
// tables that stay quick for long lists. Non-modal; File › Import report… and the Overview's
// link open it.
class ImportReportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportReportDialog(const ImportReport &report, QWidget *parent = nullptr);

    QStandardItemModel *filesReadModel() const { return m_filesRead; }
    QStandardItemModel *notRecognisedModel() const { return m_notRecognised; }
    QStandardItemModel *unreadableModel() const { return m_unreadable; }

private:
    QTableView *addTable(QStandardItemModel *model, const QString &title, const QString &accessibleName,
                         const QString &whenEmpty);

    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStandardItemModel *m_filesRead = nullptr;
    QStandardItemModel *m_notRecognised = nullptr;
    QStandardItemModel *m_unreadable = nullptr;
};

} // namespace pd
