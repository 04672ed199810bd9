#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace pd {

// One HTTP response, written by ApiServer to the socket as an HTTP/1.1 message. The API builds
// these as values so a response can be stored (Idempotency-Key replay) or sent later (delays).
struct ApiResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Length is added when serialising
    QByteArray body;

    static ApiResponse json(int status, const QJsonObject &object);
    static ApiResponse empty(int status);

    ApiResponse &withHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    QByteArray serialize() const;
};

QByteArray reasonPhrase(int status);

} // namespace pd
