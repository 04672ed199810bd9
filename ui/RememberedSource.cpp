#include "ui/RememberedSource.h"

#include "core/JsonReader.h"
#include "sources/OfflineCache.h"
#include "ui/Settings.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pd::RememberedSource {

namespace {

const QString recordName = QStringLiteral("remembered-source");

// The keys an earlier version kept in clear; read once to move them into the cache.
constexpr Settings::Key legacyKeys[] = {Settings::Key::ServerUrl,       Settings::Key::ServerCaFile,
                                        Settings::Key::ServerTokenFile, Settings::Key::ArchivePath,
                                        Settings::Key::ArchiveRegion,   Settings::Key::ArchiveOptedOutSince};

QByteArray encode(const SourceSpec &spec)
{
    QJsonObject object{{QStringLiteral("format"), 1}};
    if (spec.kind == SourceSpec::Kind::Server) {
        object.insert(QStringLiteral("kind"), QStringLiteral("server"));
        object.insert(QStringLiteral("serverUrl"), spec.serverUrl.toString());
        object.insert(QStringLiteral("caFile"), spec.caFile);
        object.insert(QStringLiteral("tokenFile"), spec.tokenFile);
    } else {
        object.insert(QStringLiteral("kind"), QStringLiteral("archive"));
        object.insert(QStringLiteral("archivePath"), spec.archivePath);
        object.insert(QStringLiteral("region"), spec.region);
        object.insert(QStringLiteral("optedOutSince"),
                      spec.optedOutSince ? formatIsoDate(*spec.optedOutSince) : QString());
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

SourceSpec decode(const QByteArray &bytes)
{
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    if (object.value(QStringLiteral("format")).toInt() != 1)
        return {};
    const auto text = [&object](const char *key) { return object.value(QLatin1String(key)).toString(); };
    SourceSpec spec;
    if (text("kind") == u"server") {
        spec.kind = SourceSpec::Kind::Server;
        spec.serverUrl = QUrl(text("serverUrl"), QUrl::StrictMode);
        spec.caFile = text("caFile");
        spec.tokenFile = text("tokenFile");
    } else if (text("kind") == u"archive") {
        spec.kind = SourceSpec::Kind::Archive;
        spec.archivePath = text("archivePath");
        spec.region = text("region");
        if (const QString since = text("optedOutSince"); !since.isEmpty()) {
            const QDate day = parseIsoDate(since);
            if (!day.isValid())
                return {};
            spec.optedOutSince = day;
        }
    }
    return spec;
}

// What an earlier version kept in the settings, as a spec (Kind::None when nothing).
SourceSpec legacySpec(const QString &kind)
{
    SourceSpec spec;
    if (kind == u"server") {
        spec.kind = SourceSpec::Kind::Server;
        spec.serverUrl = QUrl(Settings::value(Settings::Key::ServerUrl).toString(), QUrl::StrictMode);
        spec.caFile = Settings::value(Settings::Key::ServerCaFile).toString();
        spec.tokenFile = Settings::value(Settings::Key::ServerTokenFile).toString();
    } else if (kind == u"archive") {
        spec.kind = SourceSpec::Kind::Archive;
        spec.archivePath = Settings::value(Settings::Key::ArchivePath).toString();
        spec.region = Settings::value(Settings::Key::ArchiveRegion).toString();
        const QString since = Settings::value(Settings::Key::ArchiveOptedOutSince).toString();
        if (!since.isEmpty()) {
            const QDate day = QDate::fromString(since, Qt::ISODate);
            if (!day.isValid())
                return {};
            spec.optedOutSince = day;
        }
    }
    return spec;
}

void removeLegacyKeys()
{
    for (const Settings::Key key : legacyKeys)
        Settings::remove(key);
}

} // namespace

SourceSpec load(OfflineCache *cache)
{
    const QString kind = Settings::value(Settings::Key::SourceKind).toString();
    SourceSpec spec;
    if (kind == u"demo") {
        spec = SourceSpec::demo();
    } else if (!Settings::value(Settings::Key::ServerUrl).toString().isEmpty() ||
               !Settings::value(Settings::Key::ArchivePath).toString().isEmpty()) {
        // Kept in clear by an earlier version: into the cache, out of the settings.
        spec = legacySpec(kind);
        removeLegacyKeys();
        Settings::remove(Settings::Key::SourceKind);
        if (spec.kind != SourceSpec::Kind::None && spec.validate())
            save(cache, spec);
    } else if (cache) {
        if (const std::optional<QByteArray> bytes = cache->record(recordName))
            spec = decode(*bytes);
    }
    if (!spec.validate())
        return {};
    return spec;
}

void save(OfflineCache *cache, const SourceSpec &spec)
{
    removeLegacyKeys();
    switch (spec.kind) {
    case SourceSpec::Kind::None:
        Settings::remove(Settings::Key::SourceKind);
        if (cache)
            cache->dropRecord(recordName);
        return;
    case SourceSpec::Kind::Demo:
        Settings::setValue(Settings::Key::SourceKind, QStringLiteral("demo"));
        if (cache)
            cache->dropRecord(recordName);
        return;
    case SourceSpec::Kind::LinkedInApi:
        return; // the token is for this session only: the choice is not remembered without it
    case SourceSpec::Kind::Server:
    case SourceSpec::Kind::Archive:
        break;
    }
    // The choice is personal: only in the cache; without one it is not remembered at all.
    Settings::remove(Settings::Key::SourceKind);
    if (cache && cache->isOn()) {
        if (const Result<void> kept = cache->keepRecord(recordName, encode(spec)); !kept)
            qWarning("the source was not remembered: %s", qPrintable(kept.error().message));
    }
}

void forget(OfflineCache *cache)
{
    removeLegacyKeys();
    Settings::remove(Settings::Key::SourceKind);
    if (cache)
        cache->dropRecord(recordName);
}

} // namespace pd::RememberedSource
