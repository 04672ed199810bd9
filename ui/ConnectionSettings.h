#pragma once

#include <QString>
#include <QUrl>

namespace pd {

// Which data source the desktop app opens: chosen in the Connect dialog (remembered) or on the
// command line (--demo, --server URL --ca-file PEM --token-file FILE; not remembered).
struct ConnectionSettings {
    enum class Kind {
        None, // first run: ask
        Demo,
        Server,
    };
    Kind kind = Kind::None;
    QUrl serverUrl;
    QString caFile;
    QString tokenFile; // empty: the token comes from PRIVACY_DASHBOARD_TOKEN

    static ConnectionSettings load();
    void save() const;
    bool operator==(const ConnectionSettings &) const = default;
};

// The check the CLI applies to --server: an https URL with a host. Empty string when fine.
QString validateServerUrl(const QUrl &url);

} // namespace pd
