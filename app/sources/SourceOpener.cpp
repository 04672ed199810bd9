#include "sources/SourceOpener.h"

#include "archive/ArchiveDataSource.h"
#include "core/BuildInfo.h"
#include "core/DemoDataSource.h"
#include "core/PolicyLoader.h"
#include "net/ApiDataSource.h"
#include "net/LinkedInSnapshotSource.h"
#include "net/ServerConnection.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace pd {

namespace {
// The context spelt at each call: lupdate cannot see a class here (free functions in pd).

Result<std::unique_ptr<MemberDataSource>> openServer(const SourceSpec &spec, const Clock &clock,
                                                     const OpenOptions &options)
{
    if (!spec.caFile.isEmpty() && !QFileInfo(spec.caFile).isReadable())
        return Error{
            ErrorKind::Usage,
            QCoreApplication::translate("pd::SourceOpener", "cannot read the certificate file %1").arg(spec.caFile)};
    // No token given: the session of a browser sign-in (login), from the keychain.
    const bool signedIn = spec.tokenFile.isEmpty() && qEnvironmentVariableIsEmpty("PRIVACY_DASHBOARD_TOKEN");
    Result<QByteArray> token = signedIn ? Result<QByteArray>(QByteArray()) : readBearerToken(spec.tokenFile);
    if (!token)
        return token.error();
    const Result<QString> outbox = outboxDirectory();
    if (!outbox)
        return outbox.error();
    auto source =
        std::make_unique<ApiDataSource>(ServerConnection{spec.serverUrl, spec.caFile, std::move(token).value()}, clock);
    if (signedIn) {
        if (auto session = source->useSignIn(sessionSecretStore()); !session)
            return session.error();
    }
    source->useOutbox(*outbox);
    source->setWritesMatchLastRefresh(options.writesMatchLastRefresh);
    source->setSendsWaitingChanges(options.sendsWaitingChanges);
    return std::unique_ptr<MemberDataSource>(std::move(source));
}

Result<std::unique_ptr<MemberDataSource>> openArchive(const SourceSpec &spec, const Clock &clock)
{
    if (!QFileInfo(spec.archivePath).isFile())
        return Error::invalidInput(
            QCoreApplication::translate("pd::SourceOpener", "cannot read the archive %1").arg(spec.archivePath));
    Result<Policy> policy = PolicyLoader::bundled();
    if (!policy)
        return policy.error();
    const ImportOptions import{normaliseRegion(spec.region).value_or(QString()), spec.optedOutSince};
    return std::unique_ptr<MemberDataSource>(
        std::make_unique<ArchiveDataSource>(spec.archivePath, std::move(policy).value(), import, clock));
}
Result<std::unique_ptr<MemberDataSource>> openLinkedInApi(const SourceSpec &spec, const Clock &clock)
{
    if (!spec.caFile.isEmpty() && !QFileInfo(spec.caFile).isReadable())
        return Error{
            ErrorKind::Usage,
            QCoreApplication::translate("pd::SourceOpener", "cannot read the certificate file %1").arg(spec.caFile)};
    QByteArray token = spec.token;
    if (token.isEmpty()) {
        Result<QByteArray> read = readBearerToken(spec.tokenFile);
        if (!read)
            return read.error();
        token = std::move(read).value();
    }
    Result<Policy> policy = PolicyLoader::bundled();
    if (!policy)
        return policy.error();
    LinkedInApiConnection connection;
    if (!spec.apiBase.isEmpty())
        connection.base = spec.apiBase;
    connection.caFile = spec.caFile;
    connection.token = std::move(token);
    auto source = std::make_unique<LinkedInSnapshotSource>(
        std::move(connection), std::move(policy).value(),
        LinkedInSnapshotSource::MemberAnswers{normaliseRegion(spec.region).value_or(QString()), spec.optedOutSince},
        clock);
    // The time of the last look (no personal data) dates "new since your last look".
    if (const QString data = appDataDirectory(); !data.isEmpty() && QDir().mkpath(data))
        source->setLastLookFile(data + QStringLiteral("/linkedin-api-last-look"));
    return std::unique_ptr<MemberDataSource>(std::move(source));
}
} // namespace

std::shared_ptr<SecretStore> sessionSecretStore()
{
    static std::shared_ptr<SecretStore> store = makeSystemSecretStore();
    return store;
}

QString appDataDirectory()
{
    const QString overridden = qEnvironmentVariable("PRIVACY_DASHBOARD_DATA_DIR");
    if (!overridden.isEmpty())
        return QDir::cleanPath(overridden);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base.isEmpty() ? QString() : base + u'/' + QStringLiteral(PD_APP_ID);
}

Result<QString> outboxDirectory()
{
    const QString data = appDataDirectory();
    if (data.isEmpty())
        return Error::internal(QCoreApplication::translate(
            "pd::SourceOpener", "there is no folder to keep unsent changes in (no home folder?)"));
    const QString dir = data + QStringLiteral("/outbox");
    if (!QDir().mkpath(dir))
        return Error::internal(
            QCoreApplication::translate("pd::SourceOpener", "cannot create the folder for unsent changes %1").arg(dir));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir;
}

Result<std::unique_ptr<MemberDataSource>> openSource(const SourceSpec &spec, const Clock &clock,
                                                     const OpenOptions &options)
{
    if (const Result<void> valid = spec.validate(); !valid)
        return valid.error();
    switch (spec.kind) {
    case SourceSpec::Kind::None:
        break;
    case SourceSpec::Kind::Demo: {
        Result<DemoDataSource *> demo = DemoDataSource::create(clock);
        if (!demo)
            return demo.error();
        return std::unique_ptr<MemberDataSource>(demo.value());
    }
    case SourceSpec::Kind::Server:
        return openServer(spec, clock, options);
    case SourceSpec::Kind::Archive:
        return openArchive(spec, clock);
    case SourceSpec::Kind::LinkedInApi:
        return openLinkedInApi(spec, clock);
    }
    return Error{ErrorKind::Usage, QCoreApplication::translate("pd::SourceOpener", "No data source chosen.")};
}

} // namespace pd
