#pragma once

#include "CliSource.h"
#include "Clock.h"
#include "MemberRecord.h"
#include "Policy.h"

namespace pd::cli {

// The bundled demo member: no network, read-only.
class DemoSource final : public CliSource
{
public:
    DemoSource(Policy policy, MemberRecord record, const Clock &clock);
    Result<UsageSummary> fetchSummary() override;
    Result<OptOutState> setOptedOut(bool optedOut) override;

private:
    Policy m_policy;
    MemberRecord m_record;
    const Clock &m_clock;
};

} // namespace pd::cli
