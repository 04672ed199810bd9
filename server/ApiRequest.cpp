#include "ApiRequest.h"

#include <QHttpServerRequest>

namespace pd {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

} // namespace

ApiRequest ApiRequest::from(const QHttpServerRequest &request)
{
    ApiRequest out;
    out.method = methodName(request.method());
    out.path = request.url().path(QUrl::FullyDecoded);
    for (const auto &[name, value] : request.headers()) {
        const QByteArray key = name.toLower();
        auto it = out.headers.find(key);
        if (it == out.headers.end())
            out.headers.insert(key, value);
        else
            *it += QByteArrayLiteral(", ") + value;
    }
    out.body = request.body();
    out.peer = request.remoteAddress();
    return out;
}

} // namespace pd
