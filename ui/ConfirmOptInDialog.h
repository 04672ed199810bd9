#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace pd {

// Asked before the member turns training ON — the direction that cannot be undone: "N of your
// items would become available for training, and training that happens cannot be undone by
// opting out again." Accept = "Turn training on"; reject = "Keep it off", the default button,
// so Enter alone never exposes anything.
class ConfirmOptInDialog final : public QDialog
{
    Q_OBJECT

public:
    ConfirmOptInDialog(qint64 newlyAvailable, bool regimeCoversNow, QWidget *parent = nullptr);

    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *keepButton() const { return m_keep; }
    QString text() const; // everything the dialog says, for tests

private:
    QLabel *m_header = nullptr;
    QLabel *m_consequence = nullptr;
    QLabel *m_undo = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_keep = nullptr;
};

} // namespace pd
