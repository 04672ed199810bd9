#pragma once

#include <QUrl>

#include <functional>

namespace pd {

// Opens platform pages (the setting, the objection form, policy sources) in the member's
// browser. Tests install a handler and see the URL instead of a browser starting.
class DesktopServices final
{
public:
    static bool openUrl(const QUrl &url);
    // Shows a folder the application itself chose or was given by the member (where a report
    // was saved) in the file manager. Never for paths that come from data.
    static bool showFolder(const QString &directory);
    // Test hook: while set, openUrl calls this instead of QDesktopServices.
    static void setUrlHandler(std::function<void(const QUrl &)> handler);
};

} // namespace pd
