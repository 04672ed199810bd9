#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace pd {

// Header fields of one HTTP message, in arrival order; names compare ignoring case (RFC 9110 §5.1).
class HttpHeaders final
{
public:
    void add(const QByteArray &name, const QByteArray &value) { m_fields.append({name, value}); }
    // Replaces every field of that name by one.
    void set(const QByteArray &name, const QByteArray &value);
    void clear() { m_fields.clear(); }

    bool contains(const QByteArray &name) const;
    // The first value of that name, or a null QByteArray.
    QByteArray value(const QByteArray &name) const;
    const QList<QPair<QByteArray, QByteArray>> &fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty(); }

private:
    QList<QPair<QByteArray, QByteArray>> m_fields;
};

// One request as the ApiClient hands it to a transport. The transport adds nothing the caller
// did not ask for except its own fixed settings (TLS, protocols, timeouts; see CurlTransport).
struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    int timeoutMs = 30'000;                    // whole request, connect included
    qint64 maxResponseBytes = 8 * 1024 * 1024; // the body is cut off (TooLarge) beyond this
};

// Why a request produced no HTTP status. None means the server answered (any status).
enum class TransportError {
    None,
    Connect,        // no TCP connection (refused, unreachable, DNS)
    Tls,            // the server's certificate could not be verified, or the handshake failed
    Timeout,        // the request or the connect timed out, or the transfer stalled (low-speed limit)
    ConnectionLost, // the connection closed before a complete response
    TooLarge,       // the body passed HttpRequest::maxResponseBytes
    Protocol,       // refused by policy (non-https URL) or a malformed response
    Cancelled,      // HttpReply::abort() or the transport was destroyed
};

QString transportErrorName(TransportError error); // "tls", "timeout", ... for logs and tests

// The outcome of one request: either an HTTP status with headers and body, or a transport error.
struct HttpResult {
    int status = 0; // 0 when error != None
    HttpHeaders headers;
    QByteArray body;
    TransportError error = TransportError::None;
    QString errorMessage; // one line for people; never holds request headers

    bool isTransportError() const { return error != TransportError::None; }

    static HttpResult transportError(TransportError error, QString message)
    {
        HttpResult result;
        result.error = error;
        result.errorMessage = std::move(message);
        return result;
    }
};

} // namespace pd
