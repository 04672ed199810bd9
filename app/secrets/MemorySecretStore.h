#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace pd {

// Secrets kept in this process only: what the app falls back to when no keychain answers, so a
// member can still sign in for the session (RELIABILITY P0 8). Nothing is ever written to disk;
// the values are overwritten with zeros when removed or when the store goes away.
class MemorySecretStore final : public SecretStore
{
public:
    // `limitation`: why secrets are not kept after this session, for the member (limitation()).
    explicit MemorySecretStore(QString limitation = {});
    ~MemorySecretStore() override;
    MemorySecretStore(const MemorySecretStore &) = delete;
    MemorySecretStore &operator=(const MemorySecretStore &) = delete;

    Result<void> write(const QString &name, const QByteArray &secret) override;
    Result<std::optional<QByteArray>> read(const QString &name) override;
    Result<void> remove(const QString &name) override;
    bool isPersistent() const override { return false; }
    QString limitation() const override { return m_limitation; }

private:
    QHash<QString, QByteArray> m_secrets;
    QString m_limitation;
};

} // namespace pd
