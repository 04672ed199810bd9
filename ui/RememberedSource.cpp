#include "ui/RememberedSource.h"

#include "ui/Settings.h"

namespace pd::RememberedSource {

SourceSpec load()
{
    SourceSpec spec;
    const QString kind = Settings::value(Settings::Key::SourceKind).toString();
    if (kind == u"demo") {
        spec.kind = SourceSpec::Kind::Demo;
    } else if (kind == u"server") {
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
    if (!spec.validate())
        return {};
    return spec;
}

void save(const SourceSpec &spec)
{
    switch (spec.kind) {
    case SourceSpec::Kind::None:
        Settings::remove(Settings::Key::SourceKind);
        return;
    case SourceSpec::Kind::Archive:
        // The export and the member's answers, so that it reopens without asking again.
        Settings::setValue(Settings::Key::SourceKind, QStringLiteral("archive"));
        Settings::setValue(Settings::Key::ArchivePath, spec.archivePath);
        Settings::setValue(Settings::Key::ArchiveRegion, spec.region);
        Settings::setValue(Settings::Key::ArchiveOptedOutSince,
                           spec.optedOutSince ? spec.optedOutSince->toString(Qt::ISODate) : QString());
        return;
    case SourceSpec::Kind::Demo:
        Settings::setValue(Settings::Key::SourceKind, QStringLiteral("demo"));
        return;
    case SourceSpec::Kind::LinkedInApi:
        return; // the token is for this session only: the choice is not remembered without it
    case SourceSpec::Kind::Server:
        break;
    }
    Settings::setValue(Settings::Key::SourceKind, QStringLiteral("server"));
    Settings::setValue(Settings::Key::ServerUrl, spec.serverUrl.toString());
    Settings::setValue(Settings::Key::ServerCaFile, spec.caFile);
    Settings::setValue(Settings::Key::ServerTokenFile, spec.tokenFile);
}

} // namespace pd::RememberedSource
