#pragma once

#include "report/ReportWriter.h"

#include <QDialog>
#include <QLocale>

#include <memory>

namespace pd {

namespace Ui {
class ExportDialog;
}

// File › Export report…: what to save (the report as PDF, web page, spreadsheet or JSON, or the
// right-to-object letter as PDF or text) and, for a PDF, the paper size, which starts from the
// system's locale. The file name is asked next, by the window.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(QWidget *parent = nullptr);
    ~ExportDialog() override;

    ReportFormat format() const;
    ReportOptions::Paper paper() const;

    // US Letter where the locale measures in US units or is Canada's, else A4.
    static ReportOptions::Paper defaultPaper(const QLocale &locale);

private:
    void updatePaper();

    std::unique_ptr<Ui::ExportDialog> m_ui;
};

} // namespace pd
