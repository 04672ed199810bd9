#include "DemoSource.h"

namespace pd::cli {

DemoSource::DemoSource(Policy policy, MemberRecord record, const Clock &clock)
    : m_policy(std::move(policy))
    , m_record(std::move(record))
    , m_clock(clock)
{}

Result<UsageSummary> DemoSource::fetchSummary()
{
    const SourceInfo source{SourceInfo::Kind::Demo, QStringLiteral("bundled demo member"), {}, false};
    return buildUsageSummary(m_policy, m_record.member, m_record.ledger, m_record.history, source, m_clock);
}

Result<OptOutState> DemoSource::setOptedOut(bool /*optedOut*/)
{
    return Error{ErrorKind::Usage, QStringLiteral("the demo member is read-only; change the opt-out with --server URL "
                                                  "(the README's demo command starts a server)")};
}

} // namespace pd::cli
