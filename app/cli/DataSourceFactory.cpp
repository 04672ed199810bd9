#include "DataSourceFactory.h"

#include "CliOptions.h"
#include "DemoDataSource.h"

namespace pd::cli {

Result<std::unique_ptr<MemberDataSource>> makeDataSource(const CliOptions &options, const Clock &clock)
{
    switch (options.source) {
    case CliOptions::Source::Demo: {
        Result<DemoDataSource *> demo = DemoDataSource::create(clock);
        if (!demo)
            return demo.error();
        return std::unique_ptr<MemberDataSource>(demo.value());
    }
    case CliOptions::Source::Server:
        return Error{ErrorKind::Usage, QStringLiteral("--server is not available in this build")};
    case CliOptions::Source::Archive:
        break;
    }
    return Error{ErrorKind::Usage, QStringLiteral("import is not available in this build")};
}

} // namespace pd::cli
