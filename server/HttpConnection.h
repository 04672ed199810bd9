#pragma once

#include "server/ApiRequest.h"
#include "server/PrivacyApi.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include <atomic>
#include <functional>

class QSslSocket;

namespace pd {

struct ApiResponse;

// Deadlines and sizes for one connection; ApiServer owns the values (docs/api.md, "Limits").
struct ConnectionLimits {
    int handshakeTimeoutMs = 5000; // TCP accepted -> TLS established
    int headTimeoutMs = 10000;     // first byte of a request (or end of the last) -> whole head
    int bodyTimeoutMs = 10000;     // head -> whole body
    int idleTimeoutMs = 30000;     // kept-alive connection with no request
    int lingerMs = 1000;           // after a refusal: unread body bytes discarded, then closed
    int flushTimeoutMs = 10000;    // after the linger: a last answer still being written may finish
    qint64 lingerBytes = 1 << 20;
    qint64 maxUnsentBytes = 512 * 1024; // answers the client has not taken yet; no next request past it
};

// One client connection: the TLS handshake, then HTTP/1.1 requests one after the other. Every
// state has a deadline, the head goes through HttpRequestParser, PrivacyApi::admit() judges it
// before a byte of body is read (a body nobody will use is never buffered), and answers go out
// in request order; while the client leaves more than maxUnsentBytes of answers unread, its next
// request is not read (a client that asks and never reads cannot pile answers up in memory; the
// idle deadline ends it). A refused request with a body is answered with "Connection: close" and
// its remaining bytes are read and dropped for a moment (lingerMs) so that the client sees the
// answer rather than a reset. Owns its socket; emits closed() once, after which ApiServer
// deletes it. Lives on one thread (ApiServer's or a worker's) with the PrivacyApi it is given.
class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Handshake,
        ReadingHead,
        ReadingBody,
        Handling, // waiting for PrivacyApi's answer; nothing more is read meanwhile
        Closing,
        Closed,
    };
    using Logger = std::function<void(const QString &line)>;

    // Made on the accepting thread for an accepted socket descriptor, then (perhaps) moved to a
    // worker thread; start() runs on the thread it lives on and makes the QSslSocket there.
    HttpConnection(qintptr descriptor, const QHostAddress &peer, const QSslConfiguration &tls, PrivacyApi *api,
                   const ConnectionLimits &limits, Logger log, QObject *parent = nullptr);

    void start();
    State state() const { return m_state; }
    QHostAddress peer() const { return m_peer; }
    // Waiting for a peer that has not (yet) asked for anything: what ApiServer may evict. Safe to
    // ask from another thread (ApiServer's), as is waitingSinceMs(); abort() is not: invoke it.
    bool isWaiting() const
    {
        const State state = m_state;
        return state == State::Handshake || state == State::ReadingHead;
    }
    // On the monotonic clock shared by every connection (QElapsedTimer's reference), so the
    // longest-waiting connection of all can be found.
    qint64 waitingSinceMs() const { return m_waitingSinceMs; }
    void abort();

Q_SIGNALS:
    void closed(pd::HttpConnection *connection);

private:
    void enter(State state, int timeoutMs);
    void onEncrypted();
    void onTimeout();
    void processInput();
    qint64 unsentBytes() const;
    bool readHead();
    bool readBody();
    void dispatch();
    void answer(const PrivacyApi::Outcome &outcome);
    void refuse(ApiResponse response);
    void finish();
    void logRequest(int status) const;

    qintptr m_descriptor;
    QSslConfiguration m_tls;
    QSslSocket *m_socket = nullptr;
    PrivacyApi *m_api;
    ConnectionLimits m_limits;
    Logger m_log;
    QHostAddress m_peer;
    std::atomic<State> m_state{State::Handshake};
    QTimer m_deadline; // a child, so that it moves with the connection to its thread
    QElapsedTimer m_clock;
    std::atomic<qint64> m_waitingSinceMs{0};
    int m_requests = 0;
    qint64 m_lingered = 0;
    bool m_flushing = false; // Closing, linger over: the last answer is still being written

    QByteArray m_input; // received, not yet consumed (at most a head and a body)
    ApiRequest m_request;
    PrivacyApi::Admission m_admission;
    bool m_headStarted = false;
    qint64 m_bodyLength = 0;
    bool m_keepAlive = true;
    QElapsedTimer m_requestTimer;
};

} // namespace pd
