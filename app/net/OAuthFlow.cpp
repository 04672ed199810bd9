#include "net/OAuthFlow.h"

#include "core/Clock.h"
#include "net/HttpTransport.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <openssl/crypto.h>

namespace pd {

namespace {

constexpr qsizetype MaxRequestHeadBytes = 8 * 1024;

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace

OAuthFlow::OAuthFlow(QUrl server, HttpTransport &transport, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_transport(transport)
    , m_clock(clock)
    , m_options(std::move(options))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(Error{ErrorKind::Network, tr("the sign-in was not completed in the browser in time")});
    });
}

OAuthFlow::OAuthFlow(QUrl server, HttpTransport &transport, const Clock &clock, QObject *parent)
    : OAuthFlow(std::move(server), transport, clock, Options{}, parent)
{}

OAuthFlow::~OAuthFlow()
{
    delete m_exchange;
}

Result<QUrl> OAuthFlow::start()
{
    auto verifier = OAuthClient::newVerifier();
    auto state = OAuthClient::newState();
    if (!verifier)
        return verifier.error();
    if (!state)
        return state.error();
    m_verifier = *verifier;
    m_state = *state;

    m_listener = new QTcpServer(this);
    m_listener->setMaxPendingConnections(8);
    QHostAddress address = m_options.bindAddress;
    if (!m_listener->listen(address, 0)) {
        // No IPv4 loopback (an IPv6-only host): ::1, which RFC 8252 §7.3 allows as well.
        address = QHostAddress(QHostAddress::LocalHostIPv6);
        if (!address.isLoopback() || !m_listener->listen(address, 0))
            return Error{ErrorKind::Network,
                         tr("cannot open a loopback port to receive the sign-in: %1").arg(m_listener->errorString())};
    }
    connect(m_listener, &QTcpServer::newConnection, this, &OAuthFlow::onConnection);
    const QString host =
        address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[::1]") : QStringLiteral("127.0.0.1");
    m_redirectUri = QStringLiteral("http://%1:%2/callback").arg(host).arg(m_listener->serverPort());
    m_timeout.start(m_options.timeoutMs);
    return OAuthClient::authorizeUrl(m_server, m_redirectUri, m_state, OAuthClient::challengeFor(m_verifier));
}

void OAuthFlow::cancel()
{
    finish(Error{ErrorKind::Cancelled, tr("the sign-in was cancelled")});
}

QHostAddress OAuthFlow::listenAddress() const
{
    return isListening() ? m_listener->serverAddress() : QHostAddress();
}

quint16 OAuthFlow::listenPort() const
{
    return isListening() ? m_listener->serverPort() : 0;
}

bool OAuthFlow::isListening() const
{
    return m_listener && m_listener->isListening();
}

void OAuthFlow::onConnection()
{
    while (m_listener && m_listener->hasPendingConnections()) {
        QTcpSocket *socket = m_listener->nextPendingConnection();
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void OAuthFlow::onReadable(QTcpSocket *socket)
{
    if (socket->property("pd_answered").toBool())
        return;
    QByteArray head = socket->property("pd_head").toByteArray() + socket->readAll();
    if (head.size() > MaxRequestHeadBytes)
        return answer(socket, 400, tr("Sign-in failed"), tr("The request was too long."));
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("pd_head", head);
        return;
    }
    socket->setProperty("pd_answered", true);
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine[0] != "GET")
        return answer(socket, 405, tr("Sign-in failed"), tr("Only the browser's redirect is expected here."));
    const QUrl target(QString::fromLatin1(requestLine[1]));
    if (target.path() != QStringLiteral("/callback"))
        return answer(socket, 404, tr("Not found"), tr("Nothing here."));
    const QUrlQuery query(target);
    const QByteArray state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toLatin1();
    if (state.isEmpty() || !sameBytes(state, m_state))
        return answer(socket, 400, tr("Sign-in failed"),
                      tr("This answer does not belong to the sign-in the app started. Start again from the app."));

    // The first valid callback: nothing else is accepted from now on.
    stopListening();
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    const QByteArray code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toLatin1();
    if (!error.isEmpty() || code.isEmpty()) {
        const bool denied = error == QStringLiteral("access_denied");
        answer(socket, 200, tr("Sign-in cancelled"),
               denied ? tr("You did not allow Privacy Dashboard. You can close this tab.")
                      : tr("The server did not sign you in. You can close this tab and try again."));
        return finish(
            Error{ErrorKind::Authentication, denied ? tr("the sign-in was not allowed in the browser")
                                                    : tr("the server refused the sign-in (%1)").arg(error.left(40))});
    }
    m_timeout.stop();
    m_exchange = m_transport.send(OAuthClient::codeExchange(m_server, code, m_redirectUri, m_verifier));
    m_exchange->setParent(this);
    QPointer<QTcpSocket> browser(socket);
    connect(m_exchange, &HttpReply::finished, this, [this, browser] {
        HttpReply *reply = m_exchange;
        m_exchange = nullptr;
        reply->deleteLater();
        const QString server =
            m_server.port() > 0 ? m_server.host() + u':' + QString::number(m_server.port()) : m_server.host();
        Result<OAuthTokens> tokens = OAuthClient::parseTokenResponse(reply->result(), m_clock.now(), server);
        if (browser) {
            if (tokens)
                answer(browser, 200, tr("Signed in"),
                       tr("You are signed in to Privacy Dashboard. You can close this tab and return to the app."));
            else
                answer(browser, 200, tr("Sign-in failed"),
                       tr("The sign-in could not be completed. Close this tab and try again from the app."));
        }
        finish(std::move(tokens));
    });
}

void OAuthFlow::answer(QTcpSocket *socket, int status, const QString &title, const QString &message)
{
    socket->setProperty("pd_answered", true);
    const QByteArray body =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
                       "<style>body{font-family:sans-serif;max-width:32em;margin:3em auto;padding:0 1em}</style>"
                       "</head><body><main><h1>%1</h1><p>%2</p></main></body></html>\n")
            .arg(title.toHtmlEscaped(), message.toHtmlEscaped())
            .toUtf8();
    const QByteArray reason = status == 200   ? "OK"
                              : status == 400 ? "Bad Request"
                              : status == 404 ? "Not Found"
                                              : "Method Not Allowed";
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                          "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                          "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"
                          "Referrer-Policy: no-referrer\r\nConnection: close\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}

void OAuthFlow::stopListening()
{
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
}

void OAuthFlow::finish(Result<OAuthTokens> result)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    stopListening();
    delete m_exchange;
    m_verifier.fill('\0');
    m_result = std::move(result);
    // Always after start() returned: the callers' slots run from the event loop.
    QMetaObject::invokeMethod(this, &OAuthFlow::finished, Qt::QueuedConnection);
}

Result<OAuthTokens> OAuthFlow::result() const
{
    if (!m_result)
        return Error::internal(tr("the sign-in has not finished"));
    return *m_result;
}

} // namespace pd

// Its moc output in this object, not in the target's mocs_compilation: a program that never signs in
// (the CLI: the sign-in is a module) then links neither this file nor Qt Network (issue 13).
#include "moc_OAuthFlow.cpp"
