#pragma once

#include "Result.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>

#include <functional>

namespace pd {

class PrivacyApi;

// The HTTPS front of the API: Qt HttpServer's QAbstractHttpServer does TLS (via QSslServer),
// connections and HTTP parsing; each parsed request goes to PrivacyApi and its answer is
// written back, possibly later, or the connection is dropped when a test hook asks for it.
// Logs one line per request (method, path, status, milliseconds) and never a header value:
// tokens stay out of the log. A failed TLS handshake logs a "tls:" line and no request.
class ApiServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Logger = std::function<void(const QString &line)>;

    explicit ApiServer(PrivacyApi *api, QObject *parent = nullptr);

    void setLogger(Logger logger) { m_log = std::move(logger); }
    // TLS 1.2 or later with the given certificate chain (leaf first) and key; returns the port.
    Result<quint16> listenTls(const QHostAddress &address, quint16 port, const QList<QSslCertificate> &chain,
                              const QSslKey &key);
    void closeListeners();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    PrivacyApi *m_api;
    Logger m_log;
};

} // namespace pd
