#include "sources/OfflineCache.h"

#include "core/JsonReader.h"
#include "core/UsageSummaryJson.h"
#include "secrets/ForgetEverything.h"
#include "sources/SourceOpener.h"

#include <QCoreApplication>

namespace pd {

namespace {

// The cache entry of a source: every field of its spec (another export, other answers or another
// token file is another entry). The name is HMAC'd by EncryptedCache, so none of it is on disk.
std::optional<QString> summaryPurpose(const SourceSpec &spec)
{
    switch (spec.kind) {
    case SourceSpec::Kind::None:
    case SourceSpec::Kind::Demo: // invented data, rebuilt in an instant: nothing to keep
        return std::nullopt;
    case SourceSpec::Kind::Server:
        return QStringLiteral("summary\nserver\n%1\n%2\n%3")
            .arg(spec.serverUrl.toString(QUrl::FullyEncoded), spec.caFile, spec.tokenFile);
    case SourceSpec::Kind::Archive:
        return QStringLiteral("summary\narchive\n%1\n%2\n%3")
            .arg(spec.archivePath, spec.region, spec.optedOutSince ? formatIsoDate(*spec.optedOutSince) : QString());
    case SourceSpec::Kind::LinkedInApi:
        return QStringLiteral("summary\nlinkedin-api\n%1\n%2\n%3\n%4")
            .arg(spec.apiBase.toString(QUrl::FullyEncoded), spec.tokenFile, spec.region,
                 spec.optedOutSince ? formatIsoDate(*spec.optedOutSince) : QString());
    }
    return std::nullopt;
}

QString recordPurpose(const QString &name)
{
    return QStringLiteral("record\n") + name;
}

} // namespace

std::unique_ptr<OfflineCache> OfflineCache::openSystem()
{
    return std::make_unique<OfflineCache>(sessionSecretStore(), EncryptedCache::defaultDirectory());
}

OfflineCache::OfflineCache(std::shared_ptr<SecretStore> store, const QString &directory)
    : m_store(std::move(store))
    , m_directory(directory)
{
    if (!m_store->isPersistent()) {
        m_limitation = m_store->limitation();
        return;
    }
    Result<EncryptedCache> cache = EncryptedCache::open(*m_store, directory);
    if (cache)
        m_cache.emplace(std::move(cache).value());
    else
        m_limitation = QCoreApplication::translate("pd::OfflineCache", "Nothing of your data is kept on this "
                                                                       "computer between sessions: %1")
                           .arg(cache.error().message);
}

bool OfflineCache::isOn() const
{
    const QMutexLocker lock(&m_mutex);
    return m_cache.has_value();
}

QString OfflineCache::limitation() const
{
    const QMutexLocker lock(&m_mutex);
    return m_limitation;
}

std::optional<UsageSummary> OfflineCache::lastSummary(const SourceSpec &spec)
{
    const QMutexLocker lock(&m_mutex);
    const std::optional<QString> purpose = summaryPurpose(spec);
    if (!m_cache || !purpose)
        return std::nullopt;
    const std::optional<QByteArray> bytes = m_cache->read(*purpose);
    if (!bytes)
        return std::nullopt;
    Result<UsageSummary> summary = UsageSummaryJson::decode(*bytes);
    if (!summary) { // authentic but not readable by this version: of no use
        (void)m_cache->remove(*purpose);
        return std::nullopt;
    }
    summary.value().source.stale = true;
    return std::move(summary).value();
}

void OfflineCache::keepSummary(const SourceSpec &spec, const UsageSummary &summary)
{
    const QMutexLocker lock(&m_mutex);
    const std::optional<QString> purpose = summaryPurpose(spec);
    if (!m_cache || !purpose || summary.source.stale)
        return;
    if (const Result<void> kept = m_cache->write(*purpose, UsageSummaryJson::toBytes(summary)); !kept)
        qWarning("the summary was not cached: %s", qPrintable(kept.error().message));
}

void OfflineCache::dropSummary(const SourceSpec &spec)
{
    const QMutexLocker lock(&m_mutex);
    if (const std::optional<QString> purpose = summaryPurpose(spec); m_cache && purpose)
        (void)m_cache->remove(*purpose);
}

std::optional<QByteArray> OfflineCache::record(const QString &name)
{
    const QMutexLocker lock(&m_mutex);
    return m_cache ? m_cache->read(recordPurpose(name)) : std::nullopt;
}

Result<void> OfflineCache::keepRecord(const QString &name, const QByteArray &bytes)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_cache)
        return Error::internal(m_limitation);
    return m_cache->write(recordPurpose(name), bytes);
}

void OfflineCache::dropRecord(const QString &name)
{
    const QMutexLocker lock(&m_mutex);
    if (m_cache)
        (void)m_cache->remove(recordPurpose(name));
}

Result<void> OfflineCache::forgetEverything(const QStringList &tokenNames)
{
    PersonalDataLocations what;
    what.secretNames = tokenNames;
    what.secretNames << QStringLiteral("linkedin-api-token");
    what.cacheDirectory = m_directory;
    if (const QString data = appDataDirectory(); !data.isEmpty())
        what.directories << data + QStringLiteral("/outbox"); // as outboxDirectory() names it, not created here
    const QMutexLocker lock(&m_mutex);                        // a write under way ends first
    m_cache.reset();
    m_limitation = QCoreApplication::translate("pd::OfflineCache", "You signed out: nothing is kept until you "
                                                                   "open a source again.");
    return pd::forgetEverything(*m_store, what);
}

} // namespace pd
