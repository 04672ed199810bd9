#include "CliSource.h"

#include "CliOptions.h"
#include "DemoSource.h"
#include "MemberRecord.h"
#include "PolicyLoader.h"

namespace pd::cli {

namespace {
const SystemClock &systemClock()
{
    static const SystemClock clock;
    return clock;
}
} // namespace

Result<std::unique_ptr<CliSource>> makeCliSource(const CliOptions &options)
{
    switch (options.source) {
    case CliOptions::Source::Demo: {
        Result<Policy> policy = PolicyLoader::bundled();
        if (!policy)
            return policy.error();
        Result<MemberRecord> record = loadDemoMember();
        if (!record)
            return record.error();
        return std::unique_ptr<CliSource>(
            std::make_unique<DemoSource>(std::move(policy).value(), std::move(record).value(), systemClock()));
    }
    case CliOptions::Source::Server:
        return Error{ErrorKind::Usage, QStringLiteral("--server is not available in this build")};
    case CliOptions::Source::Archive:
        break;
    }
    return Error{ErrorKind::Usage, QStringLiteral("import is not available in this build")};
}

} // namespace pd::cli
