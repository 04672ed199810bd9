#pragma once

#include "MemberDataSource.h"
#include "Result.h"

#include <memory>

namespace pd {
class Clock;
}

namespace pd::cli {

struct CliOptions;

// Opens the source the command line chose (--demo, --server URL, import ARCHIVE.zip).
Result<std::unique_ptr<MemberDataSource>> makeDataSource(const CliOptions &options, const Clock &clock);

} // namespace pd::cli
