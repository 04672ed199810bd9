#pragma once

#include "core/UsageSummary.h"

#include <QString>

namespace pd::cli {

// The human-readable forms of the summary, its opt-out state and its history for a terminal.
QString formatSummary(const UsageSummary &summary);
QString formatOptOutState(const OptOutState &state, const UsageSummary *summary);
QString formatHistory(const QList<OptOutChange> &history);
QString formatUtc(const QDateTime &time); // "2 Oct 2024, 08:15 UTC" in the member's locale

} // namespace pd::cli
