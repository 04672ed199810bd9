#pragma once

#include "ui/RememberedSource.h"

#include <QDialog>

class QPushButton;

#include <memory>

namespace pd {

namespace Ui {
class ConnectDialog;
}

// Asks where the data comes from: the demo member, the member's server (URL, CA file, token
// file), LinkedIn's Member Data Portability API (a token pasted once: kept for the session or in
// the keychain, never shown again; the API's base is api.linkedin.com unless a test sets another
// with setLinkedInTestBase) or the member's data export ("Open my data export…" closes the dialog and emits
// openExportRequested; the caller runs the same flow as File › Open data export…). Checks the URL before it accepts;
// the caller opens the source and remembers the choice. When the build has no network layer the server option is
// disabled, saying why.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(const SourceSpec &current, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    SourceSpec settings() const;
    void accept() override;
    // Tests and the demo: the emulation's base and CA instead of https://api.linkedin.com.
    void setLinkedInTestBase(const QUrl &base, const QString &caFile);
    // A token saved earlier (the keychain, or this session): used when the field is left empty.
    void setSavedLinkedInToken(const QByteArray &token);
    // Where "How do I get a token?" leads: the installed guide, else the one beside the build.
    static QUrl linkedInGuideUrl();

Q_SIGNALS:
    void openExportRequested();

private:
    void updateFields();
    void signIn();

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    QPushButton *m_signIn = nullptr;
    SourceSpec m_current; // kept: a token saved earlier is never put back into the field
    QUrl m_linkedInBase;  // empty: the platform's own
    QString m_linkedInCaFile;
    QByteArray m_savedToken;
};

} // namespace pd
