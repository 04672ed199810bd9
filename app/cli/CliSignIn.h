#pragma once

#include "core/Result.h"
#include "sources/SourceSpec.h"

#include <QString>

#include <functional>

namespace pd::cli {

// `login` and `logout` (DESIGN §5): the browser sign-in of net/OAuthFlow for a terminal. login
// says the address to open (stdout, through `say`), opens the browser unless told not to, waits
// for the loopback callback and keeps the tokens in the keychain, so later commands need no
// --token-file. Without a keychain it refuses before anything opens: a sign-in that ends with this
// process would help no later command. logout revokes (best effort) and deletes the tokens.
// Both answer the line to print on success.
struct LoginOptions {
    bool openBrowser = true;
    int timeoutSeconds = 300;
};
Result<QString> login(const SourceSpec &server, const LoginOptions &options, const std::function<void(QString)> &say);
Result<QString> logout(const SourceSpec &server);

} // namespace pd::cli
