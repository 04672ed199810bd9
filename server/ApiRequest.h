#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>

class QHttpServerRequest;

namespace pd {

// The parts of an HTTP request the API looks at, copied out of Qt's QHttpServerRequest (which
// Qt reuses for the connection's next request, so it must not outlive handleRequest()).
// Header names are lower-case; repeated headers are joined with ", " (RFC 9110 §5.3).
struct ApiRequest {
    QByteArray method; // "GET", "PUT", ...; "UNKNOWN" for methods Qt does not name
    QString path;      // decoded path without the query
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QHostAddress peer;

    static ApiRequest from(const QHttpServerRequest &request);

    bool hasHeader(const QByteArray &lowerName) const { return headers.contains(lowerName); }
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName).trimmed(); }
};

} // namespace pd
