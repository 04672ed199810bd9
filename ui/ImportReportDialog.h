#pragma once

#include "archive/ImportReport.h"

#include <QDialog>

#include <memory>

class QStandardItemModel;
class QTableView;

namespace pd {

namespace Ui {
class ImportReportDialog;
}

// What the last data-export import did, for the member: the files read (with their item
// counts), the files not recognised and the rows whose values could not be read (file, line,
// value). Everything shown comes from the archive, so it is plain text only, in model/view
// tables that stay quick for long lists; an empty list says so in words. Non-modal; File ›
// Import report… and the Overview's link open it. Owns its form and its three models.
class ImportReportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportReportDialog(const ImportReport &report, QWidget *parent = nullptr);
    ~ImportReportDialog() override;

    QStandardItemModel *filesReadModel() const { return m_filesRead; }
    QStandardItemModel *notRecognisedModel() const { return m_notRecognised; }
    QStandardItemModel *unreadableModel() const { return m_unreadable; }

private:
    void setUpTable(int tab, QTableView *view, QWidget *none, QStandardItemModel *model, const QString &title);

    std::unique_ptr<Ui::ImportReportDialog> m_ui;
    QStandardItemModel *m_filesRead = nullptr;
    QStandardItemModel *m_notRecognised = nullptr;
    QStandardItemModel *m_unreadable = nullptr;
};

} // namespace pd
