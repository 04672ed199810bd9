#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>

namespace pd {

// The parts of an HTTP request the API looks at, as HttpRequestParser read them from the head
// (the body and the peer are filled in by HttpConnection).
// Header names are lower-case; repeated headers are joined with ", " (RFC 9110 §5.3).
struct ApiRequest {
    QByteArray method; // as sent: a token such as "GET" or "PUT"
    QString path;      // decoded path without the query
    QByteArray query;  // the raw query after '?' (percent-encoded), empty when none
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QHostAddress peer;

    bool hasHeader(const QByteArray &lowerName) const { return headers.contains(lowerName); }
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName).trimmed(); }
};

} // namespace pd
