#pragma once

#include "secrets/MemorySecretStore.h"

namespace pd::test {

// A keychain for tests that must not reach the member's own: keeps its secrets in this process
// but says they outlive it, as the OS keychain does (the encrypted cache refuses session-only
// stores). The real keychain is tested against GNOME Keyring (tests/integration/secrets).
class TestKeychain final : public SecretStore
{
public:
    Result<void> write(const QString &name, const QByteArray &secret) override { return m_store.write(name, secret); }
    Result<std::optional<QByteArray>> read(const QString &name) override { return m_store.read(name); }
    Result<void> remove(const QString &name) override { return m_store.remove(name); }
    bool isPersistent() const override { return true; }
    QString limitation() const override { return {}; }

private:
    MemorySecretStore m_store;
};

} // namespace pd::test
