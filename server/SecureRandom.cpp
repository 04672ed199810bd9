#include "server/SecureRandom.h"

#include <QCryptographicHash>

#include <openssl/rand.h>

#include <cstdio>
#include <cstdlib>

namespace pd {

namespace SecureRandom {

QByteArray bytes(int count)
{
    QByteArray out(count, '\0');
    // An id or token that might repeat is worse than no server at all.
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1) {
        std::fputs("privacy-api-server: the system's random generator failed\n", stderr);
        std::abort();
    }
    return out;
}

QString hex(int byteCount)
{
    return QString::fromLatin1(bytes(byteCount).toHex());
}

QString bearerToken()
{
    return QStringLiteral("pdt_") +
           QString::fromLatin1(bytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString confirmationId()
{
    return QStringLiteral("c-") + hex(8);
}

} // namespace SecureRandom

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace pd
