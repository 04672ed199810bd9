#pragma once

#include "core/Result.h"
#include "net/OAuthTokens.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

class QTcpServer;
class QTcpSocket;

namespace pd {

class Clock;
class HttpTransport;
class HttpReply;

// One sign-in through the system browser (RFC 8252 with PKCE, RFC 7636): start() binds a loopback
// receiver (QTcpServer on 127.0.0.1, else ::1, an ephemeral port) and answers the URL to open in
// the browser. The server redirects the browser to http://127.0.0.1:PORT/callback?code&state; a
// callback whose state is wrong or missing gets 400 and no token request; the first valid one
// closes the listener, the code is exchanged over the transport (CurlTransport: TLS rules) and the
// browser gets a friendly page saying how it went. finished() is emitted exactly once (success,
// failure, timeout or cancel()), always after start() returned. The transport and clock are borrowed.
class OAuthFlow final : public QObject
{
    Q_OBJECT

public:
    struct Options {
        int timeoutMs = 5 * 60 * 1000; // the member may take a while to type a password
        QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    };

    OAuthFlow(QUrl server, HttpTransport &transport, const Clock &clock, Options options, QObject *parent = nullptr);
    OAuthFlow(QUrl server, HttpTransport &transport, const Clock &clock, QObject *parent = nullptr);
    ~OAuthFlow() override;

    // Binds the receiver and returns the authorization URL to open; an Error when nothing could be bound.
    Result<QUrl> start();
    void cancel();

    // While waiting: where the receiver listens (tests check it is loopback only).
    QHostAddress listenAddress() const;
    quint16 listenPort() const;
    bool isListening() const;
    QString redirectUri() const { return m_redirectUri; }

    // The outcome once finished() was emitted (an Error before).
    Result<OAuthTokens> result() const;

Q_SIGNALS:
    void finished();

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QString &title, const QString &message);
    void finish(Result<OAuthTokens> result);
    void stopListening();

    QUrl m_server;
    HttpTransport &m_transport;
    const Clock &m_clock;
    Options m_options;
    QTcpServer *m_listener = nullptr;
    QTimer m_timeout;
    QByteArray m_state;
    QByteArray m_verifier;
    QString m_redirectUri;
    QPointer<HttpReply> m_exchange;
    bool m_done = false;
    std::optional<Result<OAuthTokens>> m_result;
};

} // namespace pd
