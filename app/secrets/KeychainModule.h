#pragma once

#include "secrets/SecretStore.h"

#include <chrono>
#include <memory>

namespace pd {

// The QtKeychain backend as a module (privacy-dashboard-keychain, in lib/privacy-dashboard/ beside
// bin/; core/ProjectModule.h): QtKeychain, Qt D-Bus and libdbus are loaded by the first use of the
// keychain (KeychainSecretStore), not by every start of every program. Built from the same tree as
// its caller (Qt and project types cross the boundary); version is the build's PD_VERSION.
struct KeychainModuleApi {
    const char *version;
    // A store on the keychain under `service`; each call gives up after `timeout`.
    std::unique_ptr<SecretStore> (*create)(const QString &service, std::chrono::milliseconds timeout);
};

// The module's one exported symbol: extern "C" const KeychainModuleApi *pd_keychain_module_api().
inline constexpr char KeychainModuleEntry[] = "pd_keychain_module_api";
using KeychainModuleEntryFunction = const KeychainModuleApi *(*)();

} // namespace pd
