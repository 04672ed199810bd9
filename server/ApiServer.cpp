#include "server/ApiServer.h"

#include "server/PrivacyApi.h"

#include <QSslSocket>

#include <cstdio>

namespace pd {

namespace {

void logToStderr(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    std::fflush(stderr);
}

} // namespace

ApiServer::ApiServer(PrivacyApi *api, QObject *parent)
    : ApiServer(api, Limits{}, parent)
{}

ApiServer::ApiServer(PrivacyApi *api, const Limits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_api(api)
    , m_limits(limits)
    , m_log(logToStderr)
{}

Result<quint16> ApiServer::listenTls(const QHostAddress &address, quint16 port, const QList<QSslCertificate> &chain,
                                     const QSslKey &key)
{
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setLocalCertificateChain(chain);
    m_tls.setPrivateKey(key);
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    // A burst of connections waits in the kernel rather than being dropped (the kernel caps it
    // at net.core.somaxconn); the accept loop empties the queue as fast as it fills.
    setListenBacklogSize(1024);
    if (!listen(address, port))
        return Error{
            ErrorKind::Network,
            QStringLiteral("cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(errorString())};
    return serverPort();
}

void ApiServer::incomingConnection(qintptr handle)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    if (!makeRoomFor(peer)) {
        // Logged once per 100 so that a flood does not flood the log too.
        if (m_refused++ % 100 == 0)
            m_log(QStringLiteral("refused a connection from %1: every connection is busy with a request (%2 refused)")
                      .arg(peer.toString())
                      .arg(m_refused));
        socket->abort();
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_tls);
    auto *connection = new HttpConnection(socket, m_api, m_limits.connection, m_log, this);
    connect(connection, &HttpConnection::closed, this, &ApiServer::forget);
    m_connections.append(connection);
    ++m_perPeer[peer];
}

bool ApiServer::makeRoomFor(const QHostAddress &peer)
{
    const bool peerFull = m_perPeer.value(peer) >= m_limits.maxConnectionsPerPeer;
    if (!peerFull && m_connections.size() < m_limits.maxConnections)
        return true;
    HttpConnection *oldest = nullptr;
    for (HttpConnection *connection : std::as_const(m_connections)) {
        if (!connection->isWaiting() || (peerFull && connection->peer() != peer))
            continue;
        if (!oldest || connection->waitingSinceMs() < oldest->waitingSinceMs())
            oldest = connection;
    }
    if (!oldest)
        return false;
    oldest->abort(); // emits closed(): forget() frees its place
    return true;
}

void ApiServer::forget(HttpConnection *connection)
{
    if (!m_connections.removeOne(connection))
        return;
    auto it = m_perPeer.find(connection->peer());
    if (it != m_perPeer.end() && --*it <= 0)
        m_perPeer.erase(it);
    connection->deleteLater();
}

} // namespace pd
