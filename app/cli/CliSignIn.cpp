#include "cli/CliSignIn.h"
#include "cli/SignInModule.h"
#include "core/ProjectModule.h"

#include "core/Clock.h"
#include "net/CurlTransport.h"
#include "net/TokenProvider.h"
#include "secrets/SecretStore.h"
#include "sources/OfflineCache.h"
#include "sources/SourceOpener.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace pd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pd::cli", text);
}

CurlTransport::Options transportOptions(const SourceSpec &server)
{
    CurlTransport::Options options;
    options.caFile = server.caFile;
    return options;
}

} // namespace

Result<QString> login(const SourceSpec &server, const LoginOptions &options, const std::function<void(QString)> &say)
{
    // The sign-in itself is the privacy-dashboard-signin module (SignInModule.h): Qt Network only here.
    const Result<const SignInModuleApi *> module = loadProjectModule<SignInModuleApi>(
        QStringLiteral("sign-in"), QStringLiteral("privacy-dashboard-signin.so"), SignInModuleEntry);
    if (!module)
        return module.error();
    return (*module)->login(server, options, say);
}

Result<QString> logout(const SourceSpec &server)
{
    if (auto valid = server.validate(); !valid)
        return valid.error();
    const std::shared_ptr<SecretStore> store = sessionSecretStore();
    const SystemClock clock;
    CurlTransport transport(transportOptions(server));
    TokenProvider session(server.serverUrl, transport, clock, store.get());
    const Result<bool> loaded = session.load();
    if (!loaded)
        return loaded.error();
    if (!*loaded)
        return tr("Not signed in to %1.").arg(server.serverUrl.host());
    std::optional<Result<void>> outcome;
    QEventLoop loop;
    session.signOut([&](Result<void> result) {
        outcome = std::move(result);
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    if (!*outcome)
        return outcome->error();
    // RELIABILITY P2 22: the encrypted cache (and its key) and the outbox go with the tokens.
    if (const Result<void> forgotten =
            OfflineCache::openSystem()->forgetEverything({TokenProvider::secretName(server.serverUrl)});
        !forgotten)
        return forgotten.error();
    return tr("Signed out of %1.").arg(server.serverUrl.host());
}

} // namespace pd::cli
