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
// file) or the member's data export ("Open my data export…" closes the dialog and emits
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

Q_SIGNALS:
    void openExportRequested();

private:
    void updateFields();
    void signIn();

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    QPushButton *m_signIn = nullptr;
};

} // namespace pd
