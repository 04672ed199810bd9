#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace pd {

// How to reach a Member Privacy API server: its base URL, the CA to trust (empty: the system
// store) and the bearer token. The token is a secret: never printed, logged or put in a URL.
struct ServerConnection {
    QUrl url;
    QString caFile;
    QByteArray token;
};

// The bearer token from `tokenFile` when given, else from PRIVACY_DASHBOARD_TOKEN. Surrounding
// whitespace is trimmed; an empty, multi-line or non-printable token is an Authentication error.
Result<QByteArray> readBearerToken(const QString &tokenFile);

} // namespace pd
