#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace pd {

// Where the app keeps its secrets: OAuth tokens, the platform API token, the cache key
// (RELIABILITY §Known traps, P0 8, P1 19). The system store is the OS keychain through QtKeychain
// with the insecure fallback off; without a keychain the app keeps secrets in memory for this session
// only and says so. Never a plaintext file.
//
// Names are short, stable identifiers ("oauth/<server-host>", "cache-key", "linkedin-api-token");
// the values are opaque bytes. Calls block the calling thread until the keychain answered (they run
// a local event loop for QtKeychain's jobs), so callers on the GUI thread keep them off hot paths.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // Stores or replaces one secret.
    virtual Result<void> write(const QString &name, const QByteArray &secret) = 0;
    // The secret, std::nullopt when there is none under that name; an Error when the store failed.
    virtual Result<std::optional<QByteArray>> read(const QString &name) = 0;
    // Deletes one secret; deleting a missing one is success.
    virtual Result<void> remove(const QString &name) = 0;

    // True when secrets outlive this process (a keychain), false for the session-only store.
    virtual bool isPersistent() const = 0;
    // Why secrets are kept for this session only, for the member (empty when persistent).
    virtual QString limitation() const = 0;
};

// The OS keychain (Secret Service on Linux) under the app id's service name; when none answers,
// a session-only store whose limitation() says that no keychain was found.
std::unique_ptr<SecretStore> makeSystemSecretStore();

} // namespace pd
