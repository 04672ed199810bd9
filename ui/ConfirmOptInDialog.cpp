#include "ui/ConfirmOptInDialog.h"

#include "core/OptOutWording.h"
#include "ui/Icons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

namespace {
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

ConfirmOptInDialog::ConfirmOptInDialog(qint64 newlyAvailable, bool regimeCoversNow, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("confirmOptInDialog"));
    setWindowTitle(tr("Turn on AI training on your data?"));
    setAccessibleName(tr("Confirm: turn on AI training on your data"));
    setMinimumWidth(520);

    m_header = plainLabel(tr("Turn on AI training on your data?"), this);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.25);
    m_header->setFont(headerFont);
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::icon(QStringLiteral("status-training-on"), palette()).pixmap(32, 32));
    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(m_header, 1);

    m_consequence =
        plainLabel(QStringLiteral("• ") + OptOutWording::optInConsequence(newlyAvailable, regimeCoversNow), this);
    m_consequence->setObjectName(QStringLiteral("consequenceLabel"));
    m_undo = plainLabel(tr("• Turning training off again later stops future training only; models trained in the "
                           "meantime keep what they learned."),
                        this);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Turn training &on"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setAccessibleName(tr("Turn training on"));
    m_confirm->setAccessibleDescription(tr("Asks the server to allow AI training on your data"));
    m_keep = buttons->addButton(tr("&Keep it off"), QDialogButtonBox::RejectRole);
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_keep->setAccessibleName(tr("Keep training off"));
    m_keep->setAccessibleDescription(tr("Closes this question and changes nothing"));
    m_keep->setDefault(true); // Enter alone never exposes anything
    m_keep->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(m_consequence);
    layout->addWidget(m_undo);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

QString ConfirmOptInDialog::text() const
{
    return QStringList{m_header->text(), m_consequence->text(), m_undo->text()}.join(u'\n');
}

} // namespace pd
