#include "net/ApiErrors.h"

#include "core/ApiCodec.h"

#include <QObject>

namespace pd {

namespace {

QString withDetail(const QString &message, const HttpResult &result)
{
    const QString detail = ApiErrors::problemDetail(result);
    return detail.isEmpty() ? message : message + QStringLiteral(": ") + detail;
}

} // namespace

namespace ApiErrors {

QString problemDetail(const HttpResult &result)
{
    const std::optional<ApiProblem> problem = ApiCodec::decodeProblem(result.body);
    if (!problem)
        return {};
    QString text = (problem->detail.isEmpty() ? problem->title : problem->detail).simplified();
    if (text.size() > 200)
        text = text.left(200) + u'…';
    return text;
}

bool isRetryable(const HttpResult &result)
{
    switch (result.error) {
    case TransportError::Connect:
    case TransportError::Timeout:
    case TransportError::ConnectionLost:
        return true;
    case TransportError::None:
        break;
    case TransportError::Tls: // a certificate does not become valid by asking again
    case TransportError::TooLarge:
    case TransportError::Protocol:
    case TransportError::Cancelled:
        return false;
    }
    return result.status == 429 || result.status == 502 || result.status == 503 || result.status == 504;
}

Error fromResult(const HttpResult &result, const QString &server)
{
    const QString detail = result.errorMessage.simplified();
    switch (result.error) {
    case TransportError::None:
        break;
    case TransportError::Tls:
        return {ErrorKind::Network, QObject::tr("cannot verify server %1: %2").arg(server, detail)};
    case TransportError::Connect:
        return {ErrorKind::Network, QObject::tr("cannot connect to %1: %2").arg(server, detail)};
    case TransportError::Timeout:
        return {ErrorKind::Network, QObject::tr("%1 did not answer in time: %2").arg(server, detail)};
    case TransportError::ConnectionLost:
        return {ErrorKind::Network,
                QObject::tr("the connection to %1 was lost before it answered: %2").arg(server, detail)};
    case TransportError::TooLarge:
        return ApiCodec::invalidResponse(detail);
    case TransportError::Protocol:
        return {ErrorKind::Network, QObject::tr("request to %1 refused: %2").arg(server, detail)};
    case TransportError::Cancelled:
        return {ErrorKind::Cancelled, QObject::tr("cancelled")};
    }
    const int status = result.status;
    if (status >= 300 && status < 400)
        return {ErrorKind::Network,
                QObject::tr("%1 answered with a redirect (%2), which is never followed").arg(server).arg(status)};
    if (status == 401)
        return {ErrorKind::Authentication,
                withDetail(QObject::tr("%1 did not accept the token (401); check --token-file or "
                                       "PRIVACY_DASHBOARD_TOKEN")
                               .arg(server),
                           result)};
    if (status == 403)
        return {ErrorKind::Authentication,
                withDetail(QObject::tr("the token is not allowed to do this (403)"), result)};
    // 409 is the API's "a request with this Idempotency-Key is still being processed": the
    // outcome is not known yet, like a timeout (found by the fault suite: it was reported as a
    // conflict, "nothing was kept", while the change still waited in the outbox).
    if (status == 409)
        return {ErrorKind::Network,
                withDetail(QObject::tr("%1 is still processing an earlier attempt of this change (409)").arg(server),
                           result)};
    if (status == 412)
        return {ErrorKind::Conflict,
                withDetail(QObject::tr("the setting was changed elsewhere (%1)").arg(status), result)};
    if (status == 429)
        return {ErrorKind::Network, withDetail(QObject::tr("%1 is rate limiting requests (429)").arg(server), result)};
    if (status >= 500)
        return {ErrorKind::Network, withDetail(QObject::tr("server error %1 from %2").arg(status).arg(server), result)};
    return {ErrorKind::Internal,
            withDetail(QObject::tr("%1 refused the request (%2)").arg(server).arg(status), result)};
}

} // namespace ApiErrors

} // namespace pd
