#include "ui/ConnectDialog.h"

#include "ui/DesktopServices.h"
#include "ui/FileDialog.h"
#include "ui/SignInDialog.h"
#include "ui_ConnectDialog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPushButton>

namespace pd {

ConnectDialog::ConnectDialog(const SourceSpec &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
    , m_current(current)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connectButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Connect"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_ui->errorLabel->hide();

    m_ui->serverUrlEdit->setText(current.serverUrl.toString());
    m_ui->caFileEdit->setText(current.caFile);
    m_ui->tokenFileEdit->setText(current.tokenFile);
    if (current.kind == SourceSpec::Kind::Server)
        m_ui->serverRadio->setChecked(true);
    else if (current.kind == SourceSpec::Kind::LinkedInApi)
        m_ui->linkedInRadio->setChecked(true);
    else
        m_ui->demoRadio->setChecked(true);
    if (current.kind == SourceSpec::Kind::LinkedInApi) {
        m_linkedInBase = current.apiBase;
        m_linkedInCaFile = current.caFile;
        m_ui->serverUrlEdit->clear();
        m_ui->caFileEdit->clear();
        m_ui->tokenFileEdit->clear();
    }
    if (current.kind == SourceSpec::Kind::LinkedInApi && !current.token.isEmpty())
        m_ui->apiTokenEdit->setPlaceholderText(tr("A token is saved; paste a new one only to replace it"));

    // A browser sign-in instead of a token file (ui/SignInDialog); the dialog connects after it.
    m_signIn = m_ui->buttonBox->addButton(tr("&Sign in with browser…"), QDialogButtonBox::ActionRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAccessibleName(tr("Sign in with browser"));
    connect(m_signIn, &QPushButton::clicked, this, &ConnectDialog::signIn);

    connect(m_ui->demoRadio, &QRadioButton::toggled, this, &ConnectDialog::updateFields);
    connect(m_ui->serverRadio, &QRadioButton::toggled, this, &ConnectDialog::updateFields);
    connect(m_ui->linkedInRadio, &QRadioButton::toggled, this, &ConnectDialog::updateFields);
    connect(m_ui->linkedInHelpButton, &QPushButton::clicked, this,
            [] { DesktopServices::openUrl(ConnectDialog::linkedInGuideUrl()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->openExportButton, &QPushButton::clicked, this, [this] {
        QDialog::reject(); // closed first: the file dialog and the questions come next
        Q_EMIT openExportRequested();
    });
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, [this] {
        const QString file = FileDialog::getOpenFileName(this, tr("CA certificate"), QString(),
                                                         tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_ui->caFileEdit->setText(file);
    });
    connect(m_ui->tokenBrowseButton, &QPushButton::clicked, this, [this] {
        const QString file = FileDialog::getOpenFileName(this, tr("Token file"), QString(), tr("All files (*)"));
        if (!file.isEmpty())
            m_ui->tokenFileEdit->setText(file);
    });
    updateFields();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::updateFields()
{
    m_ui->serverFields->setEnabled(m_ui->serverRadio->isChecked());
    m_signIn->setEnabled(m_ui->serverRadio->isChecked());
    m_ui->linkedInFields->setEnabled(m_ui->linkedInRadio->isChecked());
}

void ConnectDialog::signIn()
{
    SourceSpec spec = settings();
    spec.tokenFile.clear();
    if (const Result<void> valid = spec.validate(); !valid) {
        m_ui->errorLabel->setText(valid.error().message);
        m_ui->errorLabel->show();
        m_ui->serverUrlEdit->setFocus();
        return;
    }
    auto *dialog = new SignInDialog(spec, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_ui->tokenFileEdit->clear();
        accept();
    });
    dialog->open();
    dialog->start();
}

void ConnectDialog::setLinkedInTestBase(const QUrl &base, const QString &caFile)
{
    m_linkedInBase = base;
    m_linkedInCaFile = caFile;
    m_ui->apiTokenHint->setText(tr("The token is sent to %1 only, and never shown again.").arg(base.host()));
}

void ConnectDialog::setSavedLinkedInToken(const QByteArray &token)
{
    m_savedToken = token;
    if (!token.isEmpty())
        m_ui->apiTokenEdit->setPlaceholderText(tr("A token is saved; paste a new one only to replace it"));
}

QUrl ConnectDialog::linkedInGuideUrl()
{
    const QString bin = QCoreApplication::applicationDirPath();
    const QStringList candidates{bin + QStringLiteral("/../share/doc/privacy-dashboard/linkedin-api.md"),
                                 bin + QStringLiteral("/../../docs/linkedin-api.md")};
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate))
            return QUrl::fromLocalFile(QFileInfo(candidate).canonicalFilePath());
    }
    return QUrl::fromLocalFile(QStringLiteral("/usr/share/doc/privacy-dashboard/linkedin-api.md"));
}

SourceSpec ConnectDialog::settings() const
{
    SourceSpec settings;
    if (m_ui->demoRadio->isChecked()) {
        settings.kind = SourceSpec::Kind::Demo;
        return settings;
    }
    if (m_ui->linkedInRadio->isChecked()) {
        settings.kind = SourceSpec::Kind::LinkedInApi;
        settings.apiBase = m_linkedInBase;
        settings.caFile = m_linkedInCaFile;
        settings.token = m_ui->apiTokenEdit->text().trimmed().toUtf8();
        if (settings.token.isEmpty())
            settings.token = m_savedToken;
        if (settings.token.isEmpty() && m_current.kind == SourceSpec::Kind::LinkedInApi) {
            settings.token = m_current.token; // the one saved earlier, never shown
            settings.region = m_current.region;
            settings.optedOutSince = m_current.optedOutSince;
        }
        return settings;
    }
    settings.kind = SourceSpec::Kind::Server;
    settings.serverUrl = QUrl(m_ui->serverUrlEdit->text().trimmed(), QUrl::StrictMode);
    settings.caFile = m_ui->caFileEdit->text().trimmed();
    settings.tokenFile = m_ui->tokenFileEdit->text().trimmed();
    return settings;
}

void ConnectDialog::accept()
{
    const SourceSpec chosen = settings();
    if (chosen.kind == SourceSpec::Kind::LinkedInApi && chosen.token.isEmpty()) {
        m_ui->errorLabel->setText(tr("Paste the access token you generated for your own data (see \u201cHow do I get "
                                     "a token?\u201d)."));
        m_ui->errorLabel->show();
        m_ui->apiTokenEdit->setFocus();
        return;
    }
    if (chosen.kind == SourceSpec::Kind::LinkedInApi && chosen.token.contains('\n')) {
        m_ui->errorLabel->setText(tr("The token is one line; paste it again without line breaks."));
        m_ui->errorLabel->show();
        m_ui->apiTokenEdit->setFocus();
        return;
    }
    if (const Result<void> valid = chosen.validate(); !valid) {
        {
            m_ui->errorLabel->setText(valid.error().message);
            m_ui->errorLabel->show();
            m_ui->serverUrlEdit->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace pd
