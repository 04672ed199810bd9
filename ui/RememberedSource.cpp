#include "RememberedSource.h"

#include "Settings.h"

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
    }
    if (!spec.validate())
        return {};
    return spec;
}

void save(const SourceSpec &spec)
{
    switch (spec.kind) {
    case SourceSpec::Kind::None:
    case SourceSpec::Kind::Archive: // the archive is opened with its own questions each time
        Settings::remove(Settings::Key::SourceKind);
        return;
    case SourceSpec::Kind::Demo:
        Settings::setValue(Settings::Key::SourceKind, QStringLiteral("demo"));
        return;
    case SourceSpec::Kind::Server:
        break;
    }
    Settings::setValue(Settings::Key::SourceKind, QStringLiteral("server"));
    Settings::setValue(Settings::Key::ServerUrl, spec.serverUrl.toString());
    Settings::setValue(Settings::Key::ServerCaFile, spec.caFile);
    Settings::setValue(Settings::Key::ServerTokenFile, spec.tokenFile);
}

} // namespace pd::RememberedSource
