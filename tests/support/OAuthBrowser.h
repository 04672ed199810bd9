#pragma once

#include "net/CurlTransport.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

namespace pd::test {

// The browser's side of a sign-in, for tests: it opens the authorization URL over real HTTPS
// (CurlTransport, the reference server's CA), reads the sign-in form the server sent (its hidden
// fields, as a browser would), posts the credentials and the consent, and follows the redirect to
// the app's loopback receiver with plain HTTP on a socket. Waits spin the event loop, so an
// OAuthFlow in the same thread answers meanwhile.
class OAuthBrowser final
{
public:
    explicit OAuthBrowser(const QString &caFile);

    struct Page {
        int status = 0; // 0: no answer (transport error or timeout)
        QByteArray body;
        QByteArray location; // the Location of a redirect
    };

    Page get(const QUrl &url);
    Page postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields);
    // GET the authorization page, submit it as the member would (allow or deny); the answer to the
    // submit (a 302 to the receiver on success). formPage gets the sign-in page when given.
    Page signIn(const QUrl &authorizeUrl, const QString &login, const QString &password, bool allow = true,
                Page *formPage = nullptr);
    // GET a loopback http:// URL (the app's receiver) on a plain socket.
    static Page visitLoopback(const QUrl &url, int timeoutMs = 10'000);

    // The hidden inputs of a page's form, HTML entities decoded.
    static QList<QPair<QString, QString>> hiddenFields(const QByteArray &html);

private:
    Page wait(HttpReply *reply);

    CurlTransport m_transport;
};

} // namespace pd::test
