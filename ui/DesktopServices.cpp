#include "ui/DesktopServices.h"

#include <QDesktopServices>

namespace pd {

namespace {
std::function<void(const QUrl &)> s_handler;
} // namespace

bool DesktopServices::openUrl(const QUrl &url)
{
    // Only web pages: a policy document or server should never make us open a local file.
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return false;
    if (s_handler) {
        s_handler(url);
        return true;
    }
    return QDesktopServices::openUrl(url);
}

bool DesktopServices::showFolder(const QString &directory)
{
    const QUrl url = QUrl::fromLocalFile(directory);
    if (s_handler) {
        s_handler(url);
        return true;
    }
    return QDesktopServices::openUrl(url);
}

void DesktopServices::setUrlHandler(std::function<void(const QUrl &)> handler)
{
    s_handler = std::move(handler);
}

} // namespace pd
