#pragma once

#include "core/Clock.h"
#include "core/MemberDataSource.h"
#include "core/MemberRecord.h"
#include "core/Policy.h"

namespace pd {

// The bundled demo member (resources/demo/): no network, read-only opt-out.
class DemoDataSource final : public MemberDataSource
{
    Q_OBJECT

public:
    // Loads the bundled policy and demo member; fails only if the build lost its resources.
    static Result<DemoDataSource *> create(const Clock &clock, QObject *parent = nullptr);
    DemoDataSource(Policy policy, MemberRecord record, const Clock &clock, QObject *parent = nullptr);

    void refresh() override;
    bool canChangeOptOut() const override { return false; }
    QString optOutUnavailableReason() const override;
    void requestOptOut(bool optedOut) override;
    QString description() const override;

    UsageSummary summaryNow() const;

    // Issue 15: the demo member's items (makeDemoItems), made on first use and kept until
    // forgetItems().
    bool canListItems() const override { return true; }
    void requestItems() override;
    void forgetItems() override { m_items.reset(); }
    ItemList itemsNow() const; // the same list, at once (the CLI and tests)

private:
    Policy m_policy;
    MemberRecord m_record;
    const Clock &m_clock;
    mutable std::shared_ptr<const ItemStore> m_items;
};

} // namespace pd
