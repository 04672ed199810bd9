#pragma once

#include "Result.h"
#include "UsageSummary.h"

#include <memory>

namespace pd::cli {

struct CliOptions;

// Where the CLI gets a member's summary from, and whether it can change the opt-out there.
// Calls block: the CLI does one thing and exits (sources that need the event loop run it).
class CliSource
{
public:
    virtual ~CliSource() = default;
    virtual Result<UsageSummary> fetchSummary() = 0;
    // Changes the opt-out and returns the state the source confirmed.
    virtual Result<OptOutState> setOptedOut(bool optedOut) = 0;
};

Result<std::unique_ptr<CliSource>> makeCliSource(const CliOptions &options);

} // namespace pd::cli
