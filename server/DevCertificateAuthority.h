#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

namespace pd {

// A development certificate authority made with OpenSSL 3 on first start: an EC P-256 CA
// ("Privacy Dashboard development CA") and a server certificate it signs for DNS:localhost,
// IP:127.0.0.1 and IP:::1. Files in DIR (mode 0700):
//   ca.pem      the CA certificate, what clients pass as --ca-file
//   server.pem  the server certificate
//   server.key  its private key (0600)
// The CA's own key is used once and never written: nobody can mint more certificates with it.
// Existing files are reused while the server certificate is readable and valid for at least
// another day; otherwise the CA and certificate are made anew (clients must take the new ca.pem).
class DevCertificateAuthority final
{
public:
    struct Files {
        QString caCertificate;
        QString serverCertificate;
        QString serverKey;
        bool created = false; // made now, rather than reused
    };

    static constexpr int CaValidityDays = 3650;
    static constexpr int ServerValidityDays = 397;

    static Result<Files> ensure(const QString &tlsDir, const QDateTime &now);
    static Result<Files> create(const QString &tlsDir);
};

} // namespace pd
