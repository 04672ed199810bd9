// privacy-dashboard-signin: the CLI's `login` (OAuthFlow's loopback receiver needs Qt Network)
// behind one entry point (SignInModule.h), so that no other command loads Qt Network.
#include "cli/SignInModule.h"

#include "core/BuildInfo.h"
#include "core/Clock.h"
#include "net/CurlTransport.h"
#include "net/OAuthFlow.h"
#include "net/TokenProvider.h"
#include "secrets/SecretStore.h"
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

Result<QString> loginHere(const SourceSpec &server, const LoginOptions &options,
                          const std::function<void(QString)> &say)
{
    if (auto valid = server.validate(); !valid)
        return valid.error();
    const std::shared_ptr<SecretStore> store = sessionSecretStore();
    if (!store->isPersistent())
        return Error{ErrorKind::Authentication,
                     tr("cannot keep a sign-in: %1; use --token-file FILE or PRIVACY_DASHBOARD_TOKEN instead")
                         .arg(store->limitation())};
    const SystemClock clock;
    CurlTransport::Options transportOptions;
    transportOptions.caFile = server.caFile;
    CurlTransport transport(transportOptions);
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

const SignInModuleApi Api{PD_VERSION, &loginHere};

} // namespace

} // namespace pd::cli

extern "C" Q_DECL_EXPORT const pd::cli::SignInModuleApi *pd_signin_module_api()
{
    return &pd::cli::Api;
}
