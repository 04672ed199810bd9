#pragma once

#include "cli/CliSignIn.h"

namespace pd::cli {

// `login` as a module (privacy-dashboard-signin, in lib/privacy-dashboard/ beside bin/;
// core/ProjectModule.h): OAuthFlow's loopback receiver is Qt Network's QTcpServer, and with it in
// a module no other command loads Qt Network (issue 13). Built from the same tree as the CLI;
// version is the build's PD_VERSION.
struct SignInModuleApi {
    const char *version;
    Result<QString> (*login)(const SourceSpec &server, const LoginOptions &options,
                             const std::function<void(QString)> &say);
};

// The module's one exported symbol: extern "C" const SignInModuleApi *pd_signin_module_api().
inline constexpr char SignInModuleEntry[] = "pd_signin_module_api";
using SignInModuleEntryFunction = const SignInModuleApi *(*)();

} // namespace pd::cli
