#pragma once

#include "core/MemberDataSource.h"
#include "core/Policy.h"

#include <QString>

namespace pd {

// Member-facing sentences about the opt-out that more than one output says (desktop app, CLI,
// reports), worded once and marked for translation. (The setting's own name and effect come
// from the policy file; dates and counts from MemberText.)
namespace OptOutWording {

// The statement every output makes: opting out stops future training and does not undo what
// has already taken place.
QString priorTraining();
// The figure of categories the platform has not said either way, beside "may have been used"
// and never added to it: "Separately, 4,813 items in categories … existed while …".
QString separatelyExposed(qint64 exposedIfUsed);
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
