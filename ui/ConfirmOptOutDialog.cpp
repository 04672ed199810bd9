#include "ui/ConfirmOptOutDialog.h"

#include "ui/DesktopServices.h"
#include "ui/Icons.h"
#include "ui/UiText.h"
#include "ui_ConfirmOptOutDialog.h"

#include <QPushButton>

namespace pd {

ConfirmOptOutDialog::ConfirmOptOutDialog(const Policy &policy, qint64 mayHaveBeenUsed, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConfirmOptOutDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("confirmOptOutDialog"));
    setMinimumWidth(540);
    QFont headerFont = m_ui->headerLabel->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.25);
    m_ui->headerLabel->setFont(headerFont);
    m_ui->headerIcon->setPixmap(Icons::icon(QStringLiteral("status-info"), palette()).pixmap(32, 32));

    m_ui->alreadyTrainedLabel->setText(
        tr("• Models already trained are not retrained: %1 of your items may already be in them, and turning "
           "training off does not take them out.")
            .arg(UiText::count(mayHaveBeenUsed)));

    // The policy is bundled with the app (not server text); its strings are escaped anyway.
    QString links = tr("• Other controls this does not cover:");
    links += QStringLiteral("<ul style=\"margin-top:2px\">");
    for (const RelatedControl &control : policy.relatedControls) {
        links += QStringLiteral("<li><a href=\"%1\">%2</a> — %3</li>")
                     .arg(control.url.toString(QUrl::FullyEncoded).toHtmlEscaped(), control.label.toHtmlEscaped(),
                          control.covers.toHtmlEscaped());
    }
    links += QStringLiteral("</ul>");
    m_ui->notCoveredLabel->setText(links);
    connect(m_ui->notCoveredLabel, &QLabel::linkActivated, this,
            [](const QString &link) { DesktopServices::openUrl(QUrl(link, QUrl::StrictMode)); });

    m_confirm = m_ui->buttonBox->addButton(tr("Turn training &off"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setAccessibleName(tr("Turn training off"));
    m_confirm->setAccessibleDescription(tr("Asks the server to stop AI training on your data from now on"));
    m_keep = m_ui->buttonBox->addButton(tr("&Keep it on"), QDialogButtonBox::RejectRole);
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_keep->setAccessibleName(tr("Keep training on"));
    m_keep->setAccessibleDescription(tr("Closes this question and changes nothing"));
    m_confirm->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConfirmOptOutDialog::~ConfirmOptOutDialog() = default;

QString ConfirmOptOutDialog::text() const
{
    return QStringList{m_ui->headerLabel->text(), m_ui->stopsLabel->text(), m_ui->alreadyTrainedLabel->text(),
                       m_ui->notCoveredLabel->text()}
        .join(u'\n');
}

} // namespace pd
