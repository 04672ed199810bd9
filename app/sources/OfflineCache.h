#pragma once

#include "core/Result.h"
#include "core/UsageSummary.h"
#include "secrets/EncryptedCache.h"
#include "secrets/SecretStore.h"
#include "sources/SourceSpec.h"

#include <QMutex>
#include <QStringList>

#include <memory>
#include <optional>

namespace pd {

// What the front ends keep of the member's data between runs, all of it in the EncryptedCache:
// the last usage summary per source (so the dashboard opens at once and works offline, marked
// "as of … (offline)") and small records such as the remembered source (ui/RememberedSource).
// Shares the process's one secret store with the rest of the app (tokens, the platform API token).
//
// Without a persistent keychain the cache is off: nothing is read or written, limitation() says
// why, and the store still keeps this session's secrets in memory.
//
// The cache calls may come from a worker thread (the desktop app keeps a summary off the GUI
// thread): they are serialised, so sign-out waits for a write under way and later ones find the
// cache off. secrets() is for the thread that owns the object (QtKeychain's jobs).
class OfflineCache final
{
public:
    // The process's one secret store (sessionSecretStore(): the OS keychain, probed once, shared with
    // the sign-ins) and the cache in EncryptedCache::defaultDirectory().
    static std::unique_ptr<OfflineCache> openSystem();
    OfflineCache(std::shared_ptr<SecretStore> store, const QString &directory);

    SecretStore &secrets() { return *m_store; }
    bool isOn() const;
    // Why nothing is kept between runs, for the member; empty when the cache is on.
    QString limitation() const;

    // The summary last shown for the source `spec` names, marked stale (SourceInfo::stale) with
    // its own asOf; none for the demo, when nothing is kept, or when the file did not authenticate
    // (then it is gone).
    std::optional<UsageSummary> lastSummary(const SourceSpec &spec);
    // Keeps `summary` as the last one of `spec`'s source (best effort: a failure is only logged).
    void keepSummary(const SourceSpec &spec, const UsageSummary &summary);
    void dropSummary(const SourceSpec &spec);

    // Small records by name ("remembered-source"); std::nullopt when the cache is off or empty.
    std::optional<QByteArray> record(const QString &name);
    Result<void> keepRecord(const QString &name, const QByteArray &bytes);
    void dropRecord(const QString &name);

    // Sign-out: the tokens named (besides the cache key and "linkedin-api-token"), the cache and
    // the opt-out outbox, all deleted (forgetEverything). The cache stays off afterwards.
    Result<void> forgetEverything(const QStringList &tokenNames);

private:
    mutable QMutex m_mutex; // guards m_cache and m_limitation
    std::shared_ptr<SecretStore> m_store;
    QString m_directory;
    std::optional<EncryptedCache> m_cache;
    QString m_limitation;
};

} // namespace pd
