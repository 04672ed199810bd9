#pragma once

#include "MemberDataSource.h"
#include "Policy.h"

#include <QString>

namespace pd {

// Member-facing sentences about the opt-out that the desktop app and the CLI both say, worded
// once. (The setting's own name and effect come from the policy file.)
namespace OptOutWording {

// "turn training off" / "turn training on" — the change, in the member's words.
QString change(bool optedOut);
// "Waiting to send: turn training off (asked 1 Dec 2026, 09:30 UTC)."
QString waiting(const PendingOptOut &pending);
// What happens next to a waiting change, in the words of the front end that shows it.
enum class FrontEnd {
    Desktop,
    Cli,
};
QString waitingNext(const PendingOptOut &pending, FrontEnd frontEnd);
// Asked before turning training on: what it makes available, and that it cannot be taken back.
QString optInConsequence(qint64 newlyAvailable, bool regimeCoversNow);
// The figure optInConsequence needs: items of categories the platform uses for training that
// have not been exposed yet; opting in under a regime that covers the member now exposes them all.
qint64 itemsNewlyExposedByOptingIn(const UsageSummary &summary);
// Whether a regime of the policy covers the member's region on the summary's day.
bool regimeCoversNow(const Policy &policy, const UsageSummary &summary);

} // namespace OptOutWording
} // namespace pd
