#include "ui/AboutDialog.h"

#include "core/BuildInfo.h"
#include "core/Policy.h"
#include "ui/DesktopServices.h"
#include "ui/Icons.h"
#include "ui_AboutDialog.h"

#include <QLocale>
#include <QPushButton>

namespace pd {

AboutDialog::AboutDialog(const Policy &policy, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(Icons::appIcon().pixmap(64, 64));
    m_ui->nameLabel->setText(tr("%1 %2").arg(QStringLiteral(PD_APP_NAME), QStringLiteral(PD_VERSION)));
    QFont heading = m_ui->nameLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    m_ui->nameLabel->setFont(heading);
    m_ui->policyLabel->setText(
        tr("%1, version %2 (checked against the platform's pages on %3)")
            .arg(policy.platform, policy.version, QLocale().toString(policy.retrieved, QLocale::LongFormat)));
    m_ui->licenceLabel->setText(
        tr("GNU General Public License, version 3 or later (%1)").arg(QStringLiteral(PD_LICENSE)));
    m_ui->qtLabel->setText(
        tr("built with %1, running on %2").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));

    const QIcon external = Icons::icon(QStringLiteral("link-external"));
    const std::pair<QPushButton *, QUrl> links[] = {
        {m_ui->homepageButton, homepageUrl()}, {m_ui->sourceButton, sourceUrl()}, {m_ui->licenceButton, licenceUrl()}};
    for (const auto &[button, url] : links) {
        button->setIcon(external);
        button->setToolTip(url.toString());
        // Captured by copy under a name of its own: clang 14 cannot capture a structured binding.
        connect(button, &QPushButton::clicked, this, [link = url] { DesktopServices::openUrl(link); });
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

QUrl AboutDialog::homepageUrl()
{
    return QUrl(QStringLiteral(PD_HOMEPAGE_URL));
}

QUrl AboutDialog::sourceUrl()
{
    return QUrl(QStringLiteral(PD_SOURCE_URL));
}

QUrl AboutDialog::licenceUrl()
{
    return QUrl(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html"));
}

} // namespace pd
