#include "ConnectionSettings.h"

#include "Settings.h"

#include <QCoreApplication>

namespace pd {

ConnectionSettings ConnectionSettings::load()
{
    ConnectionSettings settings;
    const QString kind = Settings::value(Settings::Key::SourceKind).toString();
    if (kind == u"demo") {
        settings.kind = Kind::Demo;
    } else if (kind == u"server") {
        settings.kind = Kind::Server;
        settings.serverUrl = QUrl(Settings::value(Settings::Key::ServerUrl).toString(), QUrl::StrictMode);
        settings.caFile = Settings::value(Settings::Key::ServerCaFile).toString();
        settings.tokenFile = Settings::value(Settings::Key::ServerTokenFile).toString();
        if (!validateServerUrl(settings.serverUrl).isEmpty())
            settings.kind = Kind::None;
    }
    return settings;
}

void ConnectionSettings::save() const
{
    switch (kind) {
    case Kind::None:
        Settings::remove(Settings::Key::SourceKind);
        return;
    case Kind::Demo:
        Settings::setValue(Settings::Key::SourceKind, QStringLiteral("demo"));
        return;
    case Kind::Server:
        break;
    }
    Settings::setValue(Settings::Key::SourceKind, QStringLiteral("server"));
    Settings::setValue(Settings::Key::ServerUrl, serverUrl.toString());
    Settings::setValue(Settings::Key::ServerCaFile, caFile);
    Settings::setValue(Settings::Key::ServerTokenFile, tokenFile);
}

QString validateServerUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || url.scheme() != u"https")
        return QCoreApplication::translate("pd::ConnectionSettings",
                                           "The server address must be an https:// URL, such as "
                                           "https://127.0.0.1:8443.");
    return {};
}

} // namespace pd
