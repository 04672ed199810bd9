#pragma once

#include "server/ApiResponse.h"

#include <QString>

namespace pd {

// Errors as application/problem+json (RFC 9457):
// {"type": "https://privacy-dashboard.example/problems/<slug>", "title", "status", "detail"}.
// One builder per error the API can answer with, so status, slug and extra headers always agree.
class ProblemResponse final
{
public:
    static ApiResponse make(int status, const QString &slug, const QString &title, const QString &detail);

    static ApiResponse unauthorized(bool tokenGiven);
    static ApiResponse notFound(const QString &detail);
    static ApiResponse methodNotAllowed(const QByteArray &allow);
    static ApiResponse payloadTooLarge(qsizetype limit);
    static ApiResponse unsupportedMediaType();
    static ApiResponse invalidBody(const QString &detail);
    static ApiResponse invalidIdempotencyKey(const QString &detail);
    static ApiResponse preconditionRequired();
    static ApiResponse preconditionFailed(const QByteArray &currentEtag);
    static ApiResponse idempotencyKeyReused();
    static ApiResponse idempotencyKeyInFlight();
    static ApiResponse rateLimited(int retryAfterSeconds);
    static ApiResponse tooManyFailedAuthentications(int retryAfterSeconds);
    static ApiResponse badRequest(const QString &detail); // a request head HTTP/1.1 does not allow
    static ApiResponse unavailable(const QString &detail);
    static ApiResponse internal();
};

} // namespace pd
