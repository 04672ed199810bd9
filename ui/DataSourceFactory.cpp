#include "DataSourceFactory.h"

#include "DemoDataSource.h"

#ifdef PD_HAVE_NET
#include "ApiDataSource.h"
#include "ServerConnection.h"

#include <QDir>
#include <QStandardPaths>
#endif
#ifdef PD_HAVE_ARCHIVE
#include "ArchiveDataSource.h"
#endif

#include <QCoreApplication>

namespace pd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pd::DataSourceFactory", text);
}

#ifdef PD_HAVE_NET
// Unfinished opt-out writes live in the app's own data directory (created 0700).
QString outboxDirectory()
{
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/outbox");
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir;
}
#endif
} // namespace

bool DataSourceFactory::hasServerSupport()
{
#ifdef PD_HAVE_NET
    return true;
#else
    return false;
#endif
}

bool DataSourceFactory::hasArchiveSupport()
{
#ifdef PD_HAVE_ARCHIVE
    return true;
#else
    return false;
#endif
}

Result<MemberDataSource *> DataSourceFactory::open(const ConnectionSettings &settings, const Clock &clock,
                                                   QObject *parent)
{
    switch (settings.kind) {
    case ConnectionSettings::Kind::None:
        break;
    case ConnectionSettings::Kind::Demo: {
        Result<DemoDataSource *> demo = DemoDataSource::create(clock, parent);
        if (!demo)
            return demo.error();
        return static_cast<MemberDataSource *>(demo.value());
    }
    case ConnectionSettings::Kind::Server: {
        const QString problem = validateServerUrl(settings.serverUrl);
        if (!problem.isEmpty())
            return Error{ErrorKind::Usage, problem};
#ifdef PD_HAVE_NET
        Result<QByteArray> token = readBearerToken(settings.tokenFile);
        if (!token)
            return token.error();
        auto *source = new ApiDataSource(ServerConnection{settings.serverUrl, settings.caFile, token.value()}, clock,
                                         nullptr, parent);
        source->useOutbox(outboxDirectory());
        source->setWritesMatchLastRefresh(true); // the member acts on what the window shows
        return static_cast<MemberDataSource *>(source);
#else
        return Error{ErrorKind::Usage, tr("This build has no network support, so it cannot connect to a server.")};
#endif
    }
    }
    return Error{ErrorKind::Usage, tr("No data source chosen.")};
}

Result<MemberDataSource *> DataSourceFactory::openArchive(const QString &zipPath, const ImportAnswers &answers,
                                                          const Policy &policy, const Clock &clock, QObject *parent)
{
#ifdef PD_HAVE_ARCHIVE
    const ImportOptions options{answers.region, answers.optedOutSince};
    return static_cast<MemberDataSource *>(new ArchiveDataSource(zipPath, policy, options, clock, parent));
#else
    Q_UNUSED(zipPath)
    Q_UNUSED(answers)
    Q_UNUSED(policy)
    Q_UNUSED(clock)
    Q_UNUSED(parent)
    return Error{ErrorKind::Usage, tr("This build cannot read data-export archives.")};
#endif
}

} // namespace pd
