#pragma once

#include "core/Policy.h"
#include "core/UsageSummary.h"
#include "ui/OptOutController.h"
#include "ui/Page.h"

#include <QPointer>

#include <memory>

namespace pd {

namespace Ui {
class OptOutContent;
}
class ConfirmOptInDialog;
class ConfirmOptOutDialog;
class MemberDataSource;
class PendingChangeBar;

// The Opt-out page: the setting as the server confirmed it, the switch (either direction asks
// first: ConfirmOptOutDialog to turn training off, ConfirmOptInDialog to turn it on), the
// write's progress (Pending → Confirmed, or an error, or a conflict with reload), a change that
// waits to be sent (PendingChangeBar: Send now, Cancel), the history with confirmation ids, and
// the related controls with buttons to the platform's pages. Owns its OptOutController; not the
// source.
class OptOutPage final : public Page
{
    Q_OBJECT

public:
    explicit OptOutPage(const Policy &policy, QWidget *parent = nullptr);
    ~OptOutPage() override;

    void setSource(MemberDataSource *source);
    void setSummary(const UsageSummary &summary);
    OptOutController *controller() const { return m_controller; }
    // The confirmation dialogs while open (tests drive them).
    ConfirmOptOutDialog *confirmDialog() const;
    ConfirmOptInDialog *confirmOptInDialog() const;

Q_SIGNALS:
    // The server confirmed a change: the summary (figures, history) should be fetched again.
    void optOutChanged();
    void reloadRequested();

private:
    void onSwitchClicked();
    // Asks the member (each direction has its own question), then the controller.
    void askToChange(bool optOut);
    // A change (a resend, or another window's) is on its way: nothing new is asked meanwhile.
    bool changeOnItsWay() const;
    // Try again / Send now: the same change once more.
    void sendAgain(bool optOut);
    void onPendingSent(const OptOutState &state);
    void onPendingFailed(const Error &error);
    void onPhaseChanged(OptOutController::Phase phase);
    void showConfirmedState(const OptOutState &state);
    void setStatus(const QString &icon, const QString &text, bool retry, bool reload);
    void buildRelatedControls();

    const Policy &m_policy;
    std::unique_ptr<Ui::OptOutContent> m_ui;
    OptOutController *m_controller = nullptr;
    QPointer<MemberDataSource> m_source;
    QPointer<ConfirmOptOutDialog> m_dialog;
    QPointer<ConfirmOptInDialog> m_optInDialog;
    PendingChangeBar *m_pendingBar = nullptr;
    std::optional<UsageSummary> m_summary;
};

} // namespace pd
