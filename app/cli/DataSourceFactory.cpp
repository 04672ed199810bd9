#include "DataSourceFactory.h"

#include "ApiDataSource.h"
#include "ArchiveDataSource.h"
#include "CliOptions.h"
#include "DemoDataSource.h"
#include "PolicyLoader.h"

#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>

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
    case CliOptions::Source::Server: {
        if (!options.caFile.isEmpty() && !QFileInfo(options.caFile).isReadable())
            return Error{ErrorKind::Usage, QStringLiteral("cannot read the --ca-file %1").arg(options.caFile)};
        Result<QByteArray> token = readBearerToken(options.tokenFile);
        if (!token)
            return token.error();
        auto source = std::make_unique<ApiDataSource>(
            ServerConnection{options.serverUrl, options.caFile, std::move(token).value()}, clock);
        // Unfinished opt-out writes survive a crash here and are replayed on the next run.
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (!dataDir.isEmpty())
            source->useOutbox(dataDir + QStringLiteral("/outbox"));
        return std::unique_ptr<MemberDataSource>(std::move(source));
    }
    case CliOptions::Source::Archive: {
        Result<Policy> policy = PolicyLoader::bundled();
        if (!policy)
            return policy.error();
        if (!QFileInfo(options.archivePath).isFile())
            return Error::invalidInput(QStringLiteral("cannot read the archive %1").arg(options.archivePath));
        auto source = std::make_unique<ArchiveDataSource>(options.archivePath, std::move(policy).value(),
                                                          ImportOptions{options.region, options.optedOutSince}, clock);
        // What the import read, skipped and could not tell goes to stderr; stdout stays the summary.
        QObject::connect(source.get(), &ArchiveDataSource::importReportReady, source.get(),
                         [](const ImportReport &report) {
                             const QByteArray text = report.toText().toUtf8();
                             std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
                         });
        return std::unique_ptr<MemberDataSource>(std::move(source));
    }
    }
    return Error{ErrorKind::Internal, QStringLiteral("unknown data source")};
}

} // namespace pd::cli
