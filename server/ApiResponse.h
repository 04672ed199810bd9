#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <memory>

namespace pd {

// One HTTP response, written by ApiServer to the socket as an HTTP/1.1 message. The API builds
// these as values so a response can be stored (Idempotency-Key replay) or sent later (delays).
struct ApiResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Length is added when serialising
    QByteArray body;

    static constexpr qsizetype MinCompressedBytes = 1024; // smaller bodies go as they are
    static constexpr int GzipLevel = 6;                   // zlib's default

    static ApiResponse json(int status, const QJsonObject &object);

    // Marks this response as one that is kept and sent again (the summary's cache): its gzip
    // encoding is then made once, on first use, and shared by every copy of it.
    ApiResponse &keepEncodings();
    // What goes on the wire for a request with this Accept-Encoding header: the body gzipped
    // (Content-Encoding: gzip) when the client accepts gzip and the body is worth it, else as
    // it is; Vary: Accept-Encoding whenever the body could have been compressed.
    ApiResponse encodedFor(const QByteArray &acceptEncoding) const;
    static bool acceptsGzip(const QByteArray &acceptEncoding);
    static ApiResponse empty(int status);

    ApiResponse &withHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    QByteArray serialize() const;
    // The status line and headers alone (serialize() is head + body): the body goes to the
    // socket as it is, without one more copy of it.
    QByteArray serializeHead() const;

private:
    std::shared_ptr<QByteArray> m_gzip; // shared by copies; empty until first needed
};

// RFC 1952 gzip of data at the given zlib level.
QByteArray gzipCompress(const QByteArray &data, int level = ApiResponse::GzipLevel);

QByteArray reasonPhrase(int status);

} // namespace pd
