#pragma once

#include "MemberDataSource.h"
#include "Result.h"

namespace pd::cli {

// Runs the event loop until the source answers: the CLI's blocking view of the asynchronous
// MemberDataSource. Progress, when the source reports it, goes to the callback.
Result<UsageSummary> waitForSummary(MemberDataSource &source);
Result<OptOutState> waitForOptOut(MemberDataSource &source, bool optedOut);

} // namespace pd::cli
