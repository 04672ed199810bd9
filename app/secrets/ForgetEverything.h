#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace pd {

class SecretStore;

// Where the member's secrets and data are kept between runs: what sign-out forgets.
struct PersonalDataLocations {
    // Secrets to delete besides the cache key (always deleted): the tokens, e.g.
    // "oauth/<server host>" and "linkedin-api-token".
    QStringList secretNames;
    // The encrypted cache's folder (EncryptedCache::defaultDirectory()), deleted whole.
    QString cacheDirectory;
    // Other folders of the member's data, deleted whole: the opt-out outbox (outboxDirectory()).
    QStringList directories;
};

// Sign-out's "forget everything" (RELIABILITY P1 22): deletes the cache key first — from then on
// no cache file can be read even if deleting it failed — then the cache folder, the tokens and
// the other folders. Goes on past a failure and reports every one in one error at the end.
// Revoking tokens at the server is the caller's (best effort, before calling this).
Result<void> forgetEverything(SecretStore &store, const PersonalDataLocations &what);

} // namespace pd
