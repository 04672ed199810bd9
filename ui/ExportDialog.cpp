#include "ui/ExportDialog.h"

#include "ui_ExportDialog.h"

#include <QPushButton>

namespace pd {

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("exportDialog"));
    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setText(tr("&Save…"));
    save->setObjectName(QStringLiteral("exportSaveButton"));
    save->setAccessibleName(tr("Save"));
    save->setAccessibleDescription(tr("Choose where to save it next"));
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("exportCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    m_ui->paperCombo->addItem(tr("A4"), int(ReportOptions::Paper::A4));
    m_ui->paperCombo->addItem(tr("US Letter"), int(ReportOptions::Paper::Letter));
    m_ui->paperCombo->setCurrentIndex(defaultPaper(QLocale::system()) == ReportOptions::Paper::Letter ? 1 : 0);
    for (QRadioButton *radio : findChildren<QRadioButton *>())
        connect(radio, &QRadioButton::toggled, this, &ExportDialog::updatePaper);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePaper();
}

ExportDialog::~ExportDialog() = default;

ReportFormat ExportDialog::format() const
{
    if (m_ui->htmlRadio->isChecked())
        return ReportFormat::Html;
    if (m_ui->csvRadio->isChecked())
        return ReportFormat::Csv;
    if (m_ui->jsonRadio->isChecked())
        return ReportFormat::Json;
    if (m_ui->letterPdfRadio->isChecked())
        return ReportFormat::LetterPdf;
    if (m_ui->letterTextRadio->isChecked())
        return ReportFormat::Letter;
    return ReportFormat::Pdf;
}

ReportOptions::Paper ExportDialog::paper() const
{
    return ReportOptions::Paper(m_ui->paperCombo->currentData().toInt());
}

ReportOptions::Paper ExportDialog::defaultPaper(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem || locale.territory() == QLocale::Canada
               ? ReportOptions::Paper::Letter
               : ReportOptions::Paper::A4;
}

void ExportDialog::updatePaper()
{
    const bool pdf = format() == ReportFormat::Pdf || format() == ReportFormat::LetterPdf;
    m_ui->paperCombo->setEnabled(pdf);
    m_ui->paperCaption->setEnabled(pdf);
}

} // namespace pd
