#pragma once

#include "core/Clock.h"
#include "sources/SourceSpec.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pd {

class CurlTransport;
class OAuthFlow;

// Sign in to a server in the member's browser (net/OAuthFlow): opens the sign-in page through
// DesktopServices and waits without blocking the window (Cancel stops the wait). The link is
// always shown, selectable, with a Copy button; when no browser could be started the dialog says
// so and the link is how to go on. On success the tokens go to the app's secret store
// (sessionSecretStore()) and the dialog is accepted. Every label is plain text.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(const SourceSpec &server, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Starts the sign-in (binds the receiver, opens the browser); call once, after show()/open().
    void start();
    QString link() const;

private:
    void finished();

    SourceSpec m_server;
    SystemClock m_clock;
    std::unique_ptr<CurlTransport> m_transport;
    std::unique_ptr<OAuthFlow> m_flow;
    QLabel *m_status = nullptr;
    QLineEdit *m_link = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace pd
