#pragma once

#include "core/Policy.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace pd {

namespace Ui {
class ConfirmOptOutDialog;
}

// Asked before the member turns training off, in plain words: training stops from now on;
// models already trained are not retrained; N of their items may already be in them; the
// controls this does not cover, with links. Accept = "Turn training off", reject = "Keep it on".
class ConfirmOptOutDialog final : public QDialog
{
    Q_OBJECT

public:
    ConfirmOptOutDialog(const Policy &policy, qint64 mayHaveBeenUsed, QWidget *parent = nullptr);
    ~ConfirmOptOutDialog() override;

    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *keepButton() const { return m_keep; }
    QString text() const; // everything the dialog says, for tests

private:
    std::unique_ptr<Ui::ConfirmOptOutDialog> m_ui;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_keep = nullptr;
};

} // namespace pd
