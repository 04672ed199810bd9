#include "net/ServerConnection.h"

#include <QFile>

namespace pd {

Result<QByteArray> readBearerToken(const QString &tokenFile)
{
    QByteArray token;
    QString origin;
    if (!tokenFile.isEmpty()) {
        QFile file(tokenFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorKind::Authentication,
                         QObject::tr("cannot read the token file %1: %2").arg(tokenFile, file.errorString())};
        token = file.read(8 * 1024 + 1);
        origin = tokenFile;
    } else {
        token = qgetenv("PRIVACY_DASHBOARD_TOKEN");
        origin = QStringLiteral("PRIVACY_DASHBOARD_TOKEN");
        if (token.isEmpty())
            return Error{ErrorKind::Authentication,
                         QObject::tr("no token: give --token-file FILE or set PRIVACY_DASHBOARD_TOKEN")};
    }
    token = token.trimmed();
    if (token.isEmpty() || token.size() > 8 * 1024)
        return Error{ErrorKind::Authentication, QObject::tr("the token in %1 is empty or too long").arg(origin)};
    // RFC 6750 b64token characters only: nothing that could split or inject a header.
    for (const char c : std::as_const(token)) {
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                             c == '.' || c == '_' || c == '~' || c == '+' || c == '/' || c == '=';
        if (!allowed)
            return Error{ErrorKind::Authentication,
                         QObject::tr("the token in %1 holds characters a bearer token cannot have").arg(origin)};
    }
    return token;
}

} // namespace pd
