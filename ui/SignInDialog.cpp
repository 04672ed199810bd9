#include "ui/SignInDialog.h"

#include "net/CurlTransport.h"
#include "net/OAuthFlow.h"
#include "net/TokenProvider.h"
#include "sources/SourceOpener.h"
#include "ui/DesktopServices.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

SignInDialog::SignInDialog(const SourceSpec &server, QWidget *parent)
    : QDialog(parent)
    , m_server(server)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setText(
        tr("Sign in to %1 in your browser. This window waits until you are done.").arg(server.serverUrl.host()));
    layout->addWidget(m_status);
    auto *linkRow = new QHBoxLayout;
    m_link = new QLineEdit(this);
    m_link->setObjectName(QStringLiteral("signInLink"));
    m_link->setReadOnly(true);
    m_link->setAccessibleName(tr("Sign-in link"));
    m_link->setMinimumWidth(420);
    m_copy = new QPushButton(tr("&Copy link"), this);
    m_copy->setObjectName(QStringLiteral("copyLinkButton"));
    m_copy->setAccessibleName(tr("Copy link"));
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_copy);
    layout->addLayout(linkRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);

    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_link->text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_flow)
            m_flow->cancel();
        reject();
    });

    CurlTransport::Options options;
    options.caFile = server.caFile;
    m_transport = std::make_unique<CurlTransport>(options);
    m_flow = std::make_unique<OAuthFlow>(server.serverUrl, *m_transport, m_clock);
    connect(m_flow.get(), &OAuthFlow::finished, this, &SignInDialog::finished);
}

SignInDialog::~SignInDialog() = default;

QString SignInDialog::link() const
{
    return m_link->text();
}

void SignInDialog::start()
{
    const Result<QUrl> url = m_flow->start();
    if (!url) {
        m_status->setText(tr("Cannot sign in: %1").arg(url.error().message));
        return;
    }
    m_link->setText(url->toString(QUrl::FullyEncoded));
    if (!DesktopServices::openUrl(*url))
        m_status->setText(tr("No browser could be opened. Open this link in your browser to sign in to %1; this "
                             "window waits until you are done.")
                              .arg(m_server.serverUrl.host()));
}

void SignInDialog::finished()
{
    const Result<OAuthTokens> tokens = m_flow->result();
    if (tokens) {
        TokenProvider session(m_server.serverUrl, *m_transport, m_clock, sessionSecretStore().get());
        if (const Result<void> stored = session.setTokens(*tokens); stored) {
            accept();
            return;
        } else {
            m_status->setText(tr("Signed in, but the sign-in cannot be kept: %1").arg(stored.error().message));
        }
    } else if (tokens.error().kind != ErrorKind::Cancelled) {
        m_status->setText(tr("The sign-in did not complete: %1").arg(tokens.error().message));
    }
    m_cancel->setText(tr("Close"));
    m_cancel->setAccessibleName(tr("Close"));
}

} // namespace pd
