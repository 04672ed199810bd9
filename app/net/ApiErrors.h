#pragma once

#include "core/Result.h"
#include "net/HttpTypes.h"

namespace pd::ApiErrors {

// The mapping of a finished request that is not the expected 2xx to one clear Error: network,
// TLS, timeouts and 5xx -> Network; 401/403 -> Authentication; 412 -> Conflict; a body too
// large -> InvalidInput; anything else -> Internal. `server` names the host in messages
// ("cannot verify server HOST: ...").
Error fromResult(const HttpResult &result, const QString &server);
// Whether a request with this outcome may be sent again with the same Idempotency-Key.
bool isRetryable(const HttpResult &result);
// The problem+json "detail" (or "title") of an error body, on one line, at most 200 characters and
// an ellipsis; empty when the body is not such a document (also used by the fuzz targets).
QString problemDetail(const HttpResult &result);

} // namespace pd::ApiErrors
