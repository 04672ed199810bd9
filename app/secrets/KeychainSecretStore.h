#pragma once

#include "secrets/SecretStore.h"

#include <chrono>
#include <memory>
#include <optional>

namespace pd {

// The OS keychain through QtKeychain (the Secret Service on Linux: GNOME Keyring, KWallet's
// Secret Service, KeePassXC), with the insecure fallback off: QtKeychain never writes a secret
// to a plaintext settings file here. Each call runs QtKeychain's job on a local event loop and
// gives up after `timeout` (a keychain waiting for a prompt nobody answers must not hang the app),
// so it needs a QCoreApplication and is meant for the thread that runs it. QtKeychain itself is
// the privacy-dashboard-keychain module (KeychainModule.h), loaded by the first store made; without
// it every call fails with ErrorKind::Internal naming the missing file.
class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr std::chrono::milliseconds defaultTimeout{10000};

    explicit KeychainSecretStore(const QString &service, std::chrono::milliseconds timeout = defaultTimeout);
    ~KeychainSecretStore() override;
    KeychainSecretStore(const KeychainSecretStore &) = delete;
    KeychainSecretStore &operator=(const KeychainSecretStore &) = delete;

    Result<void> write(const QString &name, const QByteArray &secret) override;
    Result<std::optional<QByteArray>> read(const QString &name) override;
    Result<void> remove(const QString &name) override;
    bool isPersistent() const override { return true; }
    QString limitation() const override { return {}; }

    // Whether a keychain answers at all, within `timeout`: a read of an entry that does not exist
    // succeeds (as "absent") only when a backend is there. Without a D-Bus session bus it answers
    // false at once, without starting one (dbus-launch) as a side effect.
    static bool probe(const QString &service, std::chrono::milliseconds timeout);

private:
    std::unique_ptr<SecretStore> m_backend; // from the privacy-dashboard-keychain module
    std::optional<Error> m_unavailable;     // why there is no backend (the module could not be loaded)
};

} // namespace pd
