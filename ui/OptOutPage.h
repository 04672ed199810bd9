#pragma once

#include "OptOutController.h"
#include "Page.h"
#include "Policy.h"
#include "UsageSummary.h"

#include <QPointer>

#include <memory>

namespace pd {

namespace Ui {
class OptOutContent;
}
class ConfirmOptOutDialog;
class MemberDataSource;

// The Opt-out page: the setting as the server confirmed it, the switch (turning training off
// asks first, in ConfirmOptOutDialog), the write's progress (Pending → Confirmed, or an error
// with retry, or a conflict with reload), the history with confirmation ids, and the related
// controls with buttons to the platform's pages. Owns its OptOutController; not the source.
class OptOutPage final : public Page
{
    Q_OBJECT

public:
    explicit OptOutPage(const Policy &policy, QWidget *parent = nullptr);
    ~OptOutPage() override;

    void setSource(MemberDataSource *source);
    void setSummary(const UsageSummary &summary);
    OptOutController *controller() const { return m_controller; }
    // The confirmation dialog while it is open (tests drive it).
    ConfirmOptOutDialog *confirmDialog() const;

Q_SIGNALS:
    // The server confirmed a change: the summary (figures, history) should be fetched again.
    void optOutChanged();
    void reloadRequested();

private:
    void onSwitchClicked();
    void onPhaseChanged(OptOutController::Phase phase);
    void showConfirmedState(const OptOutState &state);
    void setStatus(const QString &icon, const QString &text, bool retry, bool reload);
    void buildRelatedControls();

    const Policy &m_policy;
    std::unique_ptr<Ui::OptOutContent> m_ui;
    OptOutController *m_controller = nullptr;
    QPointer<MemberDataSource> m_source;
    QPointer<ConfirmOptOutDialog> m_dialog;
    std::optional<UsageSummary> m_summary;
};

} // namespace pd
