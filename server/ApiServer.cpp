#include "ApiServer.h"

#include "ApiRequest.h"
#include "PrivacyApi.h"
#include "ProblemResponse.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>

#include <cstdio>

namespace pd {

namespace {

void logToStderr(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    std::fflush(stderr);
}

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

} // namespace

ApiServer::ApiServer(PrivacyApi *api, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_log(logToStderr)
{}

Result<quint16> ApiServer::listenTls(const QHostAddress &address, quint16 port, const QList<QSslCertificate> &chain,
                                     const QSslKey &key)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    sslSetup(tls);
    const quint16 bound = listen(address, port);
    if (bound == 0)
        return Error{ErrorKind::Network,
                     QStringLiteral("cannot listen on %1 port %2").arg(address.toString()).arg(port)};
    for (QTcpServer *server : servers()) {
        if (auto *sslServer = qobject_cast<QSslServer *>(server)) {
            connect(sslServer, &QSslServer::errorOccurred, this,
                    [this](QSslSocket *socket, QAbstractSocket::SocketError) {
                        m_log(QStringLiteral("tls: handshake with %1 failed: %2")
                                  .arg(socket->peerAddress().toString(), socket->errorString()));
                    });
        }
    }
    return bound;
}

void ApiServer::closeListeners()
{
    for (QTcpServer *server : servers())
        server->close();
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    const ApiRequest apiRequest = ApiRequest::from(request);
    const QString what = QString::fromLatin1(apiRequest.method) + u' ' + printablePath(apiRequest.path);
    const bool closeAfter = apiRequest.header(QByteArrayLiteral("connection")).toLower().contains("close");
    // The socket may be gone by the time a delayed answer is ready (client gave up).
    QPointer<QTcpSocket> guard(socket);
    m_api->handle(apiRequest, [this, guard, timer, what, closeAfter](const PrivacyApi::Outcome &outcome) {
        const QString elapsed = QString::number(static_cast<double>(timer.nsecsElapsed()) / 1e6, 'f', 1);
        if (!guard) {
            m_log(what + QStringLiteral(" gone ") + elapsed + QStringLiteral("ms"));
            return;
        }
        if (outcome.closeWithoutAnswer) {
            guard->abort();
            m_log(what + QStringLiteral(" dropped ") + elapsed + QStringLiteral("ms"));
            return;
        }
        guard->write(outcome.response.serialize());
        if (closeAfter)
            guard->disconnectFromHost();
        m_log(what + u' ' + QString::number(outcome.response.status) + u' ' + elapsed + QStringLiteral("ms"));
    });
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers every request; this is only the base class's contract.
    Q_UNUSED(request);
    socket->write(ProblemResponse::notFound(QStringLiteral("There is no resource at this path.")).serialize());
}

} // namespace pd
