#pragma once

#include "core/MemberDataSource.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace pd {

// The opt-out write as the member sees it: Idle → Pending (at once, the control disabled) →
// Confirmed (the state the server confirmed, with its time and confirmation id), Failed (a
// clear error, retry) or Conflict (changed elsewhere: reload). It never invents a state: the
// only OptOutState it holds is one a source confirmed. Does not own the source.
class OptOutController final : public QObject
{
    Q_OBJECT

public:
    enum class Phase {
        Idle,
        Pending,
        Confirmed,
        Failed,
        Conflict,
    };
    Q_ENUM(Phase)

    explicit OptOutController(QObject *parent = nullptr);

    void setSource(MemberDataSource *source);
    Phase phase() const { return m_phase; }
    // The last state a source confirmed through this controller (valid in Confirmed).
    const std::optional<OptOutState> &confirmed() const { return m_confirmed; }
    const Error &lastError() const { return m_error; }
    bool target() const { return m_target; }

    // Asks the source; ignored while a request is pending.
    void request(bool optedOut);
    // Back to Idle (a new summary was loaded after a conflict, or a new source).
    void reset();

Q_SIGNALS:
    void phaseChanged(pd::OptOutController::Phase phase);

private:
    void setPhase(Phase phase);
    void onConfirmed(const OptOutState &state);
    void onFailed(const Error &error);

    QPointer<MemberDataSource> m_source;
    Phase m_phase = Phase::Idle;
    bool m_target = false;
    std::optional<OptOutState> m_confirmed;
    Error m_error;
};

} // namespace pd
