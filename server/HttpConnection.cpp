#include "server/HttpConnection.h"

#include "server/HttpRequestParser.h"
#include "server/ProblemResponse.h"

#include <QPointer>
#include <QSslSocket>

#include <unistd.h>

namespace pd {

namespace {

// Paths are attacker-chosen: no control characters (log injection), bounded length.
QString printablePath(const QString &path)
{
    QString out = path.left(200);
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'?';
    }
    return out;
}

QString milliseconds(const QElapsedTimer &timer)
{
    return QString::number(static_cast<double>(timer.nsecsElapsed()) / 1e6, 'f', 1) + QStringLiteral("ms");
}

} // namespace

HttpConnection::HttpConnection(qintptr descriptor, const QHostAddress &peer, const QSslConfiguration &tls,
                               PrivacyApi *api, const ConnectionLimits &limits, Logger log, QObject *parent)
    : QObject(parent)
    , m_descriptor(descriptor)
    , m_tls(tls)
    , m_api(api)
    , m_limits(limits)
    , m_log(std::move(log))
    , m_peer(peer)
    , m_deadline(this)
{
    m_clock.start();
    m_waitingSinceMs = m_clock.msecsSinceReference() + m_clock.elapsed();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::onTimeout);
}

void HttpConnection::start()
{
    if (m_state == State::Closed) // evicted before it started
        return;
    m_socket = new QSslSocket(this);
    if (!m_socket->setSocketDescriptor(m_descriptor)) {
        ::close(static_cast<int>(m_descriptor));
        finish();
        return;
    }
    m_socket->setSslConfiguration(m_tls);
    // Bytes we do not read yet (while an answer is pending) stay in the kernel, not in Qt.
    m_socket->setReadBufferSize(HttpRequestParser::MaxHeadBytes + PrivacyApi::MaxBodyBytes);
    connect(m_socket, &QSslSocket::encrypted, this, &HttpConnection::onEncrypted);
    connect(m_socket, &QIODevice::readyRead, this, &HttpConnection::processInput);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::processInput);
    connect(m_socket, &QAbstractSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_state == State::Handshake)
            m_log(QStringLiteral("tls: handshake with %1 failed: %2").arg(m_peer.toString(), m_socket->errorString()));
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            finish();
    });
    enter(State::Handshake, m_limits.handshakeTimeoutMs);
    m_socket->startServerEncryption();
}

void HttpConnection::abort()
{
    if (m_state == State::Closed)
        return;
    if (m_socket)
        m_socket->abort();
    else
        ::close(static_cast<int>(m_descriptor)); // evicted before start(): nobody owns it yet
    finish();
}

void HttpConnection::finish()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_deadline.stop();
    Q_EMIT closed(this);
}

void HttpConnection::enter(State state, int timeoutMs)
{
    m_state = state;
    if (timeoutMs > 0)
        m_deadline.start(timeoutMs);
    else
        m_deadline.stop();
    if (isWaiting())
        m_waitingSinceMs = m_clock.msecsSinceReference() + m_clock.elapsed();
    if (state == State::ReadingHead)
        m_headStarted = false;
}

void HttpConnection::onEncrypted()
{
    enter(State::ReadingHead, m_limits.headTimeoutMs);
    processInput();
}

void HttpConnection::onTimeout()
{
    if (m_state == State::Closing) {
        // The linger is over. An answer a slow reader has not taken yet gets a bounded time
        // to finish; then the connection closes in order (close_notify, FIN), never by a reset
        // that would cut the answer.
        if (unsentBytes() > 0 && !m_flushing) {
            m_flushing = true;
            m_deadline.start(m_limits.flushTimeoutMs);
            return;
        }
        if (unsentBytes() == 0) {
            m_deadline.start(m_limits.flushTimeoutMs); // the peer's close, or abort at last
            if (m_socket->state() != QAbstractSocket::ClosingState) {
                m_socket->disconnectFromHost();
                return;
            }
        }
        abort();
        return;
    }
    if (m_state == State::Handshake)
        m_log(QStringLiteral("tls: handshake with %1 timed out").arg(m_peer.toString()));
    else if ((m_state == State::ReadingHead && !m_input.isEmpty()) || m_state == State::ReadingBody)
        m_log(QStringLiteral("request from %1 timed out").arg(m_peer.toString()));
    // Idle kept-alive connections and lingering ones just close.
    abort();
}

void HttpConnection::processInput()
{
    for (;;) {
        switch (m_state) {
        case State::ReadingHead:
            if (!readHead())
                return;
            break;
        case State::ReadingBody:
            if (!readBody())
                return;
            break;
        case State::Closing:
            // A refused request's body: dropped unread, up to a bound.
            m_lingered += m_socket->skip(m_socket->bytesAvailable());
            if (m_lingered > m_limits.lingerBytes && unsentBytes() == 0)
                abort();
            return;
        case State::Handshake:
        case State::Handling:
        case State::Closed:
            return;
        }
    }
}

qint64 HttpConnection::unsentBytes() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

// True when the state moved on and processInput() should go on.
bool HttpConnection::readHead()
{
    if (unsentBytes() > m_limits.maxUnsentBytes)
        return false; // encryptedBytesWritten() calls again once the client has read some
    const qint64 room = HttpRequestParser::MaxHeadBytes - m_input.size();
    if (room > 0)
        m_input += m_socket->read(room);
    if (m_input.isEmpty())
        return false;
    if (!m_headStarted) {
        // The first byte of a request (perhaps received with the one before): from now on the
        // whole head has headTimeoutMs to arrive.
        m_headStarted = true;
        m_requestTimer.start();
        m_deadline.start(m_limits.headTimeoutMs);
    }
    const HttpRequestParser::Result parsed = HttpRequestParser::parse(m_input);
    switch (parsed.status) {
    case HttpRequestParser::Status::Incomplete:
        return false;
    case HttpRequestParser::Status::Invalid:
        m_request = ApiRequest{};
        refuse(ProblemResponse::badRequest(parsed.error));
        return true;
    case HttpRequestParser::Status::Complete:
        break;
    }
    m_request = parsed.request;
    m_request.peer = m_peer;
    m_keepAlive = parsed.keepAlive;
    m_bodyLength = parsed.contentLength;
    m_input.remove(0, parsed.headBytes);
    m_admission = m_api->admit(m_request);
    if (m_admission.refusal) {
        if (m_bodyLength > 0) {
            refuse(*m_admission.refusal); // its body is never read
            return true;
        }
        ApiResponse response = *m_admission.refusal;
        PrivacyApi::addCommonHeaders(&response);
        answer(PrivacyApi::Outcome{response});
        return false; // answer() goes on with the next request later
    }
    if (m_bodyLength > PrivacyApi::MaxBodyBytes) {
        refuse(ProblemResponse::payloadTooLarge(PrivacyApi::MaxBodyBytes));
        return true;
    }
    enter(State::ReadingBody, m_limits.bodyTimeoutMs);
    return true;
}

bool HttpConnection::readBody()
{
    const qint64 missing = m_bodyLength - m_input.size();
    if (missing > 0)
        m_input += m_socket->read(missing);
    if (m_input.size() < m_bodyLength)
        return false;
    m_request.body = m_input.left(m_bodyLength);
    m_input.remove(0, m_bodyLength);
    dispatch();
    return false;
}

void HttpConnection::dispatch()
{
    enter(State::Handling, 0);
    ++m_requests;
    QPointer<HttpConnection> self(this);
    const QElapsedTimer timer = m_requestTimer;
    m_api->handle(m_request, m_admission,
                  [self, log = m_log, method = m_request.method, path = m_request.path,
                   timer](const PrivacyApi::Outcome &outcome) {
                      // The client may have gone by the time a delayed answer is ready.
                      if (!self)
                          log(QString::fromLatin1(method) + u' ' + printablePath(path) + QStringLiteral(" gone ") +
                              milliseconds(timer));
                      else
                          self->answer(outcome);
                  });
}

void HttpConnection::answer(const PrivacyApi::Outcome &outcome)
{
    if (outcome.closeWithoutAnswer) {
        m_log(QString::fromLatin1(m_request.method) + u' ' + printablePath(m_request.path) +
              QStringLiteral(" dropped ") + milliseconds(m_requestTimer));
        abort();
        return;
    }
    ApiResponse response = outcome.response;
    if (outcome.truncate) {
        // --faults: half an answer, then the connection closes (a response cut short on the way).
        const QByteArray bytes = response.serialize();
        m_socket->write(bytes.left(bytes.size() / 2));
        m_log(QString::fromLatin1(m_request.method) + u' ' + printablePath(m_request.path) +
              QStringLiteral(" truncated ") + milliseconds(m_requestTimer));
        enter(State::Closing, m_limits.lingerMs);
        m_socket->disconnectFromHost();
        return;
    }
    response = response.encodedFor(m_request.header(QByteArrayLiteral("accept-encoding")));
    if (!m_keepAlive)
        response.withHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    m_socket->write(response.serializeHead());
    if (response.status != 304)
        m_socket->write(response.body);
    logRequest(response.status);
    if (!m_keepAlive) {
        enter(State::Closing, m_limits.lingerMs);
        m_socket->disconnectFromHost();
        return;
    }
    enter(State::ReadingHead, m_limits.idleTimeoutMs);
    // A next request may already be buffered; read it from the event loop, not from in here.
    // Nothing buffered: readyRead() says when it comes (one posted event less per request).
    if (!m_input.isEmpty() || m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::processInput, Qt::QueuedConnection);
}

void HttpConnection::refuse(ApiResponse response)
{
    PrivacyApi::addCommonHeaders(&response);
    response.withHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    m_socket->write(response.serialize());
    logRequest(response.status);
    m_input.clear();
    m_lingered = 0;
    enter(State::Closing, m_limits.lingerMs);
}

void HttpConnection::logRequest(int status) const
{
    const QString what = m_request.method.isEmpty()
                             ? QString(QStringLiteral("request from ") + m_peer.toString())
                             : QString(QString::fromLatin1(m_request.method) + u' ' + printablePath(m_request.path));
    m_log(what + u' ' + QString::number(status) + u' ' + milliseconds(m_requestTimer));
}

} // namespace pd
