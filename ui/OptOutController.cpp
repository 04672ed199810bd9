#include "ui/OptOutController.h"

namespace pd {

OptOutController::OptOutController(QObject *parent)
    : QObject(parent)
{}

void OptOutController::setSource(MemberDataSource *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (source) {
        connect(source, &MemberDataSource::optOutConfirmed, this, &OptOutController::onConfirmed);
        connect(source, &MemberDataSource::optOutFailed, this, &OptOutController::onFailed);
    }
    m_confirmed.reset();
    setPhase(Phase::Idle);
}

void OptOutController::request(bool optedOut)
{
    if (m_phase == Phase::Pending || !m_source)
        return;
    m_target = optedOut;
    setPhase(Phase::Pending);
    m_source->requestOptOut(optedOut);
}

void OptOutController::reset()
{
    if (m_phase != Phase::Pending)
        setPhase(Phase::Idle);
}

void OptOutController::onConfirmed(const OptOutState &state)
{
    if (m_phase != Phase::Pending)
        return;
    m_confirmed = state;
    setPhase(Phase::Confirmed);
}

void OptOutController::onFailed(const Error &error)
{
    if (m_phase != Phase::Pending)
        return;
    m_error = error;
    setPhase(error.kind == ErrorKind::Conflict ? Phase::Conflict : Phase::Failed);
}

void OptOutController::setPhase(Phase phase)
{
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

} // namespace pd
