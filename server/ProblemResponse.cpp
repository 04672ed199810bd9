#include "server/ProblemResponse.h"

#include "core/ApiCodec.h"

#include <QJsonDocument>

namespace pd {

ApiResponse ProblemResponse::make(int status, const QString &slug, const QString &title, const QString &detail)
{
    ApiResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/problem+json")});
    response.body =
        QJsonDocument(ApiCodec::encodeProblem({slug, title, status, detail})).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ProblemResponse::unauthorized(bool tokenGiven)
{
    ApiResponse response = make(401, QStringLiteral("unauthorized"), QStringLiteral("Authentication required"),
                                tokenGiven ? QStringLiteral("The bearer token is unknown, expired or malformed.")
                                           : QStringLiteral("Send an Authorization: Bearer <token> header."));
    // RFC 6750 §3: no error code when the request carried no credentials at all.
    response.withHeader(QByteArrayLiteral("WWW-Authenticate"),
                        tokenGiven ? QByteArrayLiteral(R"(Bearer realm="privacy-api", error="invalid_token")")
                                   : QByteArrayLiteral(R"(Bearer realm="privacy-api")"));
    return response;
}

ApiResponse ProblemResponse::notFound(const QString &detail)
{
    return make(404, QStringLiteral("not-found"), QStringLiteral("Not found"), detail);
}

ApiResponse ProblemResponse::methodNotAllowed(const QByteArray &allow)
{
    return make(405, QStringLiteral("method-not-allowed"), QStringLiteral("Method not allowed"),
                QStringLiteral("This resource allows %1.").arg(QString::fromLatin1(allow)))
        .withHeader(QByteArrayLiteral("Allow"), allow);
}

ApiResponse ProblemResponse::payloadTooLarge(qsizetype limit)
{
    return make(413, QStringLiteral("payload-too-large"), QStringLiteral("Request body too large"),
                QStringLiteral("The request body is larger than %1 bytes.").arg(limit));
}

ApiResponse ProblemResponse::unsupportedMediaType()
{
    return make(415, QStringLiteral("unsupported-media-type"), QStringLiteral("Unsupported media type"),
                QStringLiteral("The request body must be application/json."));
}

ApiResponse ProblemResponse::invalidBody(const QString &detail)
{
    return make(400, QStringLiteral("invalid-body"), QStringLiteral("Invalid request body"), detail);
}

ApiResponse ProblemResponse::invalidIdempotencyKey(const QString &detail)
{
    return make(400, QStringLiteral("invalid-idempotency-key"), QStringLiteral("Missing or invalid Idempotency-Key"),
                detail);
}

ApiResponse ProblemResponse::preconditionRequired()
{
    return make(428, QStringLiteral("precondition-required"), QStringLiteral("If-Match required"),
                QStringLiteral("Send If-Match with the ETag of the setting you read, e.g. If-Match: \"v3\"."));
}

ApiResponse ProblemResponse::preconditionFailed(const QByteArray &currentEtag)
{
    return make(412, QStringLiteral("precondition-failed"), QStringLiteral("The setting changed"),
                QStringLiteral("If-Match does not match the current version %1 of the setting: it was changed "
                               "elsewhere. Read it again before changing it.")
                    .arg(QString::fromLatin1(currentEtag)));
}

ApiResponse ProblemResponse::idempotencyKeyReused()
{
    return make(422, QStringLiteral("idempotency-key-reused"), QStringLiteral("Idempotency-Key reused"),
                QStringLiteral("This Idempotency-Key was already used for a different request."));
}

ApiResponse ProblemResponse::idempotencyKeyInFlight()
{
    return make(409, QStringLiteral("idempotency-key-in-flight"), QStringLiteral("Request still in progress"),
                QStringLiteral("A request with this Idempotency-Key is still being processed; retry later."));
}

ApiResponse ProblemResponse::rateLimited(int retryAfterSeconds)
{
    return make(429, QStringLiteral("rate-limited"), QStringLiteral("Too many requests"),
                QStringLiteral("Too many requests with this token; retry after %1 s.").arg(retryAfterSeconds))
        .withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds));
}

ApiResponse ProblemResponse::tooManyFailedAuthentications(int retryAfterSeconds)
{
    return make(429, QStringLiteral("too-many-failed-authentications"),
                QStringLiteral("Too many failed authentications"),
                QStringLiteral("Too many requests from this address had no valid token; retry after %1 s.")
                    .arg(retryAfterSeconds))
        .withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds));
}

ApiResponse ProblemResponse::badRequest(const QString &detail)
{
    return make(400, QStringLiteral("bad-request"), QStringLiteral("Malformed request"), detail);
}

ApiResponse ProblemResponse::unavailable(const QString &detail)
{
    return make(503, QStringLiteral("unavailable"), QStringLiteral("Service unavailable"), detail);
}

ApiResponse ProblemResponse::internal()
{
    return make(500, QStringLiteral("internal"), QStringLiteral("Internal server error"),
                QStringLiteral("The server could not complete the request; see its log."));
}

} // namespace pd
