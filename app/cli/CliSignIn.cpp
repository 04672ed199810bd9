#include "cli/CliSignIn.h"

#include "core/Clock.h"
#include "net/CurlTransport.h"
#include "net/OAuthFlow.h"
#include "net/TokenProvider.h"
#include "secrets/SecretStore.h"
#include "sources/OfflineCache.h"
#include "sources/SourceOpener.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>

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
    if (auto valid = server.validate(); !valid)
        return valid.error();
    const std::shared_ptr<SecretStore> store = sessionSecretStore();
    if (!store->isPersistent())
        return Error{ErrorKind::Authentication,
                     tr("cannot keep a sign-in: %1; use --token-file FILE or PRIVACY_DASHBOARD_TOKEN instead")
                         .arg(store->limitation())};
    const SystemClock clock;
    CurlTransport transport(transportOptions(server));
    OAuthFlow::Options flowOptions;
    flowOptions.timeoutMs = options.timeoutSeconds * 1000;
    OAuthFlow flow(server.serverUrl, transport, clock, flowOptions);
    const Result<QUrl> url = flow.start();
    if (!url)
        return url.error();
    const QString address = url->toString(QUrl::FullyEncoded);
    say(tr("Open this address in your browser to sign in (waiting up to %1 minutes):")
            .arg(options.timeoutSeconds / 60) +
        u'\n' + address + u'\n');
    if (options.openBrowser && !QProcess::startDetached(QStringLiteral("xdg-open"), {address}))
        say(tr("(No browser could be started: open the address yourself.)\n"));

    QEventLoop loop;
    QObject::connect(&flow, &OAuthFlow::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const Result<OAuthTokens> tokens = flow.result();
    if (!tokens)
        return tokens.error();
    TokenProvider session(server.serverUrl, transport, clock, store.get());
    if (auto stored = session.setTokens(*tokens); !stored)
        return stored.error();
    return tr("Signed in to %1. Commands for this server now use the sign-in; `logout` ends it.")
        .arg(server.serverUrl.host());
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
