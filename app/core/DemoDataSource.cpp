#include "core/DemoDataSource.h"

#include "core/DemoItems.h"
#include "core/PolicyLoader.h"

#include <QTimer>

namespace pd {

Result<DemoDataSource *> DemoDataSource::create(const Clock &clock, QObject *parent)
{
    Result<Policy> policy = PolicyLoader::bundled();
    if (!policy)
        return policy.error();
    Result<MemberRecord> record = loadDemoMember();
    if (!record)
        return record.error();
    return new DemoDataSource(std::move(policy).value(), std::move(record).value(), clock, parent);
}

DemoDataSource::DemoDataSource(Policy policy, MemberRecord record, const Clock &clock, QObject *parent)
    : MemberDataSource(parent)
    , m_policy(std::move(policy))
    , m_record(std::move(record))
    , m_clock(clock)
{}

UsageSummary DemoDataSource::summaryNow() const
{
    const SourceInfo source{SourceInfo::Kind::Demo, description(), {}, false};
    return buildUsageSummary(m_policy, m_record.member, m_record.ledger, m_record.history, source, m_clock);
}

void DemoDataSource::refresh()
{
    QTimer::singleShot(0, this, [this] { Q_EMIT summaryReady(summaryNow()); });
}

ItemList DemoDataSource::itemsNow() const
{
    if (!m_items)
        m_items = makeDemoItems(m_policy, m_record.ledger);
    return ItemList(m_items, summaryNow());
}

void DemoDataSource::requestItems()
{
    QTimer::singleShot(0, this, [this] { Q_EMIT itemsReady(itemsNow()); });
}

QString DemoDataSource::optOutUnavailableReason() const
{
    return tr("The demo member is read-only: the setting cannot be changed here. Connect to your own account to "
              "change it.");
}

void DemoDataSource::requestOptOut(bool /*optedOut*/)
{
    QTimer::singleShot(0, this, [this] { Q_EMIT optOutFailed(Error{ErrorKind::Usage, optOutUnavailableReason()}); });
}

QString DemoDataSource::description() const
{
    return tr("bundled demo member");
}

} // namespace pd
