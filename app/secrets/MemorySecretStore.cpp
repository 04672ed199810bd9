#include "secrets/MemorySecretStore.h"

#include <openssl/crypto.h>

namespace pd {

namespace {
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size())); // data() detaches first
}
} // namespace

MemorySecretStore::MemorySecretStore(QString limitation)
    : m_limitation(std::move(limitation))
{}

MemorySecretStore::~MemorySecretStore()
{
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        wipe(it.value());
}

Result<void> MemorySecretStore::write(const QString &name, const QByteArray &secret)
{
    if (auto it = m_secrets.find(name); it != m_secrets.end())
        wipe(it.value());
    m_secrets.insert(name, QByteArray(secret.constData(), secret.size())); // our own copy, wiped later
    return {};
}

Result<std::optional<QByteArray>> MemorySecretStore::read(const QString &name)
{
    const auto it = m_secrets.constFind(name);
    if (it == m_secrets.constEnd())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(it.value());
}

Result<void> MemorySecretStore::remove(const QString &name)
{
    if (auto it = m_secrets.find(name); it != m_secrets.end()) {
        wipe(it.value());
        m_secrets.erase(it);
    }
    return {};
}

} // namespace pd
