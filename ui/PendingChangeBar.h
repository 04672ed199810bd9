#pragma once

#include "core/MemberDataSource.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace pd {

// "Waiting to send: turn training off (asked …) — Send now · Cancel": the member's pending
// opt-out change as the source holds it (the outbox), shown wherever the setting is shown.
// Visible only while a change is pending; while it is being sent the buttons are hidden.
// Cancel drops it at once through the source; Send now is the owner's to handle (turning
// training on needs the member's confirmation at that moment). Does not own the source.
class PendingChangeBar final : public QFrame
{
    Q_OBJECT

public:
    enum class Buttons {
        CancelOnly,
        SendAndCancel,
    };
    explicit PendingChangeBar(Buttons buttons, QWidget *parent = nullptr);

    void setSource(MemberDataSource *source);
    QString text() const;
    QPushButton *sendButton() const { return m_send; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    // The member pressed Send now for a change to this state.
    void sendRequested(bool optedOut);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<MemberDataSource> m_source;
    Buttons m_buttons;
    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace pd
