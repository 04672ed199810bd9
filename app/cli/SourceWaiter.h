#pragma once

#include "core/MemberDataSource.h"
#include "core/Result.h"

#include <QDeadlineTimer>

namespace pd::cli {

// Runs the event loop until the source answers: the CLI's blocking view of the asynchronous
// MemberDataSource. Progress, when the source reports it, goes to the callback.
// When `deadline` passes first, the answer is a Network error "no answer from the server within
// N s" (N = timeoutSeconds) and whatever the source still does is left to its destruction.
Result<UsageSummary> waitForSummary(MemberDataSource &source, const QDeadlineTimer &deadline = QDeadlineTimer::Forever,
                                    int timeoutSeconds = 0);
// The item list (MemberDataSource::requestItems), after a summary.
Result<ItemList> waitForItems(MemberDataSource &source, const QDeadlineTimer &deadline = QDeadlineTimer::Forever,
                              int timeoutSeconds = 0);
Result<OptOutState> waitForOptOut(MemberDataSource &source, bool optedOut,
                                  const QDeadlineTimer &deadline = QDeadlineTimer::Forever, int timeoutSeconds = 0);

} // namespace pd::cli
