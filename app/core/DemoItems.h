#pragma once

#include "core/ItemStore.h"

#include <memory>

namespace pd {

class ActivityLedger;
class Policy;

// The demo member's items (issue 15): deterministic, invented items for every category the
// policy lists (Policy::listedCategories), one for each item the demo ledger counts on each day
// (and each undated one), so the demo's list holds exactly the items behind its figures — "396
// posts may have been used" lists 396 posts. The same every run and on every machine (no
// randomness, no hash seed), so the client's DemoDataSource and the reference server's demo
// seeder give the same items.
std::shared_ptr<ItemStore> makeDemoItems(const Policy &policy, const ActivityLedger &ledger,
                                         ItemStoreLimits limits = {});

} // namespace pd
