#include "server/ApiServer.h"

#include "server/PrivacyApi.h"
#include "server/ServerLog.h"

#include <QSslSocket>

#include <sys/socket.h>
#include <unistd.h>

namespace pd {

ApiServer::ApiServer(PrivacyApi *api, QObject *parent)
    : ApiServer(api, Limits{}, parent)
{}

ApiServer::ApiServer(PrivacyApi *api, const Limits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_api(api)
    , m_limits(limits)
    , m_log(ServerLog::append)
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

ApiServer::~ApiServer()
{
    stopWorkers();
}

Result<void> ApiServer::startWorkers(int count, const WorkerThread::Factory &factory)
{
    for (int i = 0; i < count; ++i) {
        auto worker = std::make_unique<WorkerThread>(factory);
        worker->setObjectName(QStringLiteral("worker-%1").arg(i));
        if (auto started = worker->startAndWait(); !started) {
            stopWorkers();
            return started.error();
        }
        m_workers.push_back(std::move(worker));
    }
    return {};
}

void ApiServer::stopWorkers()
{
    // Each thread deletes its connections as it ends; forget nothing more about them here.
    for (HttpConnection *connection : std::as_const(m_connections))
        disconnect(connection, nullptr, this, nullptr);
    if (!m_workers.empty())
        m_connections.clear();
    m_perPeer.clear();
    for (auto &worker : m_workers)
        worker->stop();
    m_workers.clear();
}

namespace {

QHostAddress peerOf(qintptr descriptor)
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(static_cast<int>(descriptor), reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return {};
    return QHostAddress(reinterpret_cast<const sockaddr *>(&address));
}

} // namespace

void ApiServer::incomingConnection(qintptr handle)
{
    const QHostAddress peer = peerOf(handle);
    if (peer.isNull()) {
        ::close(static_cast<int>(handle));
        return;
    }
    if (!makeRoomFor(peer)) {
        // Logged once per 100 so that a flood does not flood the log too.
        if (m_refused++ % 100 == 0)
            m_log(QStringLiteral("refused a connection from %1: every connection is busy with a request (%2 refused)")
                      .arg(peer.toString())
                      .arg(m_refused));
        ::close(static_cast<int>(handle));
        return;
    }
    WorkerThread *worker = m_workers.empty() ? nullptr : m_workers[m_nextWorker++ % m_workers.size()].get();
    auto *connection = new HttpConnection(handle, peer, m_tls, worker ? worker->api() : m_api, m_limits.connection,
                                          m_log, worker ? nullptr : this);
    connect(connection, &HttpConnection::closed, this, &ApiServer::forget);
    m_connections.append(connection);
    ++m_perPeer[peer];
    if (!worker) {
        connection->start();
        return;
    }
    connection->moveToThread(worker);
    QObject *home = worker->home();
    QMetaObject::invokeMethod(home, [connection, home] {
        connection->setParent(home);
        connection->start();
    });
}

bool ApiServer::makeRoomFor(const QHostAddress &peer)
{
    // A connection its worker thread has closed holds its place until the closed() signal
    // crosses threads: its place is free already (forget() then only deletes it).
    for (qsizetype i = m_connections.size() - 1; i >= 0; --i) {
        const HttpConnection::State state = m_connections.at(i)->state();
        if (state == HttpConnection::State::Closing || state == HttpConnection::State::Closed)
            release(m_connections.at(i));
    }
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
    // Its place is free from now on, though a worker thread closes it a moment later.
    release(oldest);
    QMetaObject::invokeMethod(oldest, &HttpConnection::abort); // emits closed(): forget() deletes it
    return true;
}

void ApiServer::release(HttpConnection *connection)
{
    if (!m_connections.removeOne(connection))
        return;
    auto it = m_perPeer.find(connection->peer());
    if (it != m_perPeer.end() && --*it <= 0)
        m_perPeer.erase(it);
}

void ApiServer::forget(HttpConnection *connection)
{
    release(connection);
    connection->deleteLater();
}

} // namespace pd
