#pragma once

#include "core/MemberDataSource.h"
#include "core/Result.h"
#include "sources/SourceSpec.h"

#include <memory>

namespace pd {

class Clock;

// How the front end will use the source.
struct OpenOptions {
    // The desktop app shows the state before the member acts, so a change must match the version
    // the member saw (If-Match); the CLI acts without showing first.
    bool writesMatchLastRefresh = false;
    // Whether a refresh sends a change that waits to turn training off (ApiDataSource). The CLI
    // turns it off for the commands that only look at or cancel the pending change.
    bool sendsWaitingChanges = true;
};

// Opens what `spec` names — the demo member, a Member Privacy API server (token from the file
// or PRIVACY_DASHBOARD_TOKEN, unsent changes in outboxDirectory()) or a data-export archive
// (with the bundled policy) — for the desktop app and the CLI alike. Validates the spec first;
// errors are Usage (a wrong choice), Authentication (no usable token) or InvalidInput (a file
// that cannot be read). The clock must outlive the source.
Result<std::unique_ptr<MemberDataSource>> openSource(const SourceSpec &spec, const Clock &clock,
                                                     const OpenOptions &options = {});

class SecretStore;
// The process's one secret store (makeSystemSecretStore() on first use): sign-ins are written and
// read through the same one, so a session-only store (no keychain) still serves this process.
std::shared_ptr<SecretStore> sessionSecretStore();

// The app's own data folder, shared by the desktop app and the CLI:
// $PRIVACY_DASHBOARD_DATA_DIR when set, else <XDG data home>/<app id>. Empty when neither exists.
QString appDataDirectory();
// Where changes not yet confirmed by the server wait (0700). An error when there is no data folder.
Result<QString> outboxDirectory();

} // namespace pd
