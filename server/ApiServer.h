#pragma once

#include "core/Result.h"
#include "server/HttpConnection.h"
#include "server/WorkerThread.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>

#include <memory>
#include <vector>

namespace pd {

class PrivacyApi;

// The HTTPS front of the API: accepts TCP connections and gives each to an HttpConnection (TLS,
// strict HTTP/1.1 framing, PrivacyApi). Logs one line per request (method, path, status,
// milliseconds) and never a header value: tokens stay out of the log. A failed TLS handshake
// logs a "tls:" line and no request. By default the lines go to ServerLog (stderr, written once
// per turn of each thread's event loop rather than once per line).
//
// Why not Qt HttpServer (6.4): its QSslServer counts connections still in their handshake as
// pending and stops accepting at 30 of them, and nothing resumes accepting when they die, so 30
// silent sockets lock the server out for good; and it parses leniently and buffers whole bodies
// before anyone can look at the head (see HttpRequestParser). Here accepting never waits for a
// handshake, every connection state has a deadline, and connections are capped per peer and in
// all. At a cap the new connection takes the place of the peer's (or anyone's) connection that
// has waited longest without asking for anything; only if none waits is it refused.
//
// Threads: this object accepts and keeps the books (the caps) on its own thread. With no
// workers, connections live there too, served by the PrivacyApi given to the constructor. After
// startWorkers(N), each accepted descriptor goes to one of N worker threads in turn (its own
// event loop, its own PrivacyApi and database connection, see WorkerThread); the QSslSocket is
// made there. A connection tells its end with a queued closed() and is deleted on its thread.
class ApiServer final : public QTcpServer
{
    Q_OBJECT

public:
    using Logger = HttpConnection::Logger;

    struct Limits {
        int maxConnections = 512;
        int maxConnectionsPerPeer = 32;
        ConnectionLimits connection;
    };

    explicit ApiServer(PrivacyApi *api, QObject *parent = nullptr);
    ApiServer(PrivacyApi *api, const Limits &limits, QObject *parent = nullptr);

    ~ApiServer() override;

    void setLogger(Logger logger) { m_log = std::move(logger); }
    // Serves from `count` worker threads from now on, each with what `factory` makes on it.
    Result<void> startWorkers(int count, const WorkerThread::Factory &factory);
    void stopWorkers();
    // TLS 1.2 or later with the given certificate chain (leaf first) and key; returns the port.
    Result<quint16> listenTls(const QHostAddress &address, quint16 port, const QList<QSslCertificate> &chain,
                              const QSslKey &key);
    void closeListeners() { close(); }
    qsizetype connectionCount() const { return m_connections.size(); }

protected:
    void incomingConnection(qintptr handle) override;

private:
    bool makeRoomFor(const QHostAddress &peer);
    void release(HttpConnection *connection);
    void forget(HttpConnection *connection);

    PrivacyApi *m_api;
    Limits m_limits;
    Logger m_log;
    QSslConfiguration m_tls;
    QList<HttpConnection *> m_connections;
    QHash<QHostAddress, int> m_perPeer;
    qint64 m_refused = 0;
    std::vector<std::unique_ptr<WorkerThread>> m_workers;
    size_t m_nextWorker = 0;
};

} // namespace pd
