#pragma once

#include <QVariant>

namespace pd {

// Typed settings keys (KeePassXC's ConfigKey habit): every value the desktop app remembers
// goes through this enum, so a key is spelt once and has one default. Stored with QSettings
// under the organisation and application names set in main.cpp. Never holds a token.
class Settings final
{
public:
    enum class Key {
        SourceKind,           // "demo", "server" or "archive"; empty until the member chose one
        ServerUrl,            // https://...
        ServerCaFile,         // PEM file to trust for the server, may be empty
        ServerTokenFile,      // file holding the bearer token, may be empty (then the environment)
        ArchivePath,          // the data export imported last (absolute path)
        ArchiveRegion,        // the member's answer: two letters, or empty for "read it from the export"
        ArchiveOptedOutSince, // the member's answer: yyyy-MM-dd, or empty for "never opted out"
        WindowGeometry,       // QByteArray from saveGeometry()
        WindowState,          // QByteArray from saveState()
        LastPage,             // index of the page shown last
        Language,             // "" for the system's, else a code of Translations::available() ("es")
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);
    static void remove(Key key);
    static QString keyName(Key key);
};

} // namespace pd
