#include "server/DevCertificateAuthority.h"

#include "server/SecureRandom.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace pd {

namespace {

template <typename T, void (*Free)(T *)> struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BigNumPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using NamePtr = std::unique_ptr<X509_NAME, Deleter<X509_NAME, X509_NAME_free>>;

Error opensslError(const char *what)
{
    return Error::internal(
        QStringLiteral("making the development certificates failed at %1").arg(QLatin1StringView(what)));
}

KeyPtr makeKey()
{
    return KeyPtr(EVP_EC_gen("P-256"));
}

NamePtr makeName(const char *commonName)
{
    NamePtr name(X509_NAME_new());
    if (!name)
        return name;
    const auto add = [&](const char *field, const char *value) {
        return X509_NAME_add_entry_by_txt(name.get(), field, MBSTRING_ASC,
                                          reinterpret_cast<const unsigned char *>(value), -1, -1, 0) == 1;
    };
    if (!add("O", "Privacy Dashboard (development)") || !add("CN", commonName))
        return nullptr;
    return name;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool ok = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

// A certificate with a random 128-bit serial, signed by issuerKey (the subject's own key for the CA).
CertPtr makeCertificate(EVP_PKEY *subjectKey, const X509_NAME *subject, X509 *issuer, const X509_NAME *issuerName,
                        EVP_PKEY *issuerKey, int days)
{
    CertPtr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return nullptr;
    QByteArray serialBytes = SecureRandom::bytes(16);
    serialBytes[0] = static_cast<char>(serialBytes[0] & 0x7f); // positive
    BigNumPtr serial(BN_bin2bn(reinterpret_cast<const unsigned char *>(serialBytes.constData()),
                               static_cast<int>(serialBytes.size()), nullptr));
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return nullptr;
    // Back-date by an hour so a client whose clock is a little behind still accepts it.
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) ||
        !X509_gmtime_adj(X509_getm_notAfter(cert.get()), static_cast<long>(days) * 24 * 3600))
        return nullptr;
    if (X509_set_subject_name(cert.get(), subject) != 1 || X509_set_issuer_name(cert.get(), issuerName) != 1 ||
        X509_set_pubkey(cert.get(), subjectKey) != 1)
        return nullptr;
    X509 *issuerCert = issuer ? issuer : cert.get();
    const bool isCa = issuer == nullptr;
    const bool extensionsOk =
        isCa ? addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") &&
                   addExtension(cert.get(), issuerCert, NID_key_usage, "critical,keyCertSign,cRLSign") &&
                   addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash")
             : addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:FALSE") &&
                   addExtension(cert.get(), issuerCert, NID_key_usage, "critical,digitalSignature") &&
                   addExtension(cert.get(), issuerCert, NID_ext_key_usage, "serverAuth") &&
                   addExtension(cert.get(), issuerCert, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1") &&
                   addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash") &&
                   addExtension(cert.get(), issuerCert, NID_authority_key_identifier, "keyid:always");
    if (!extensionsOk)
        return nullptr;
    if (X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0)
        return nullptr;
    return cert;
}

QByteArray certificatePem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

Result<bool> writeFile(const QString &path, const QByteArray &data, QFile::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::internal(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    // QSaveFile creates with 0666 & ~umask: narrow it before any byte is written.
    file.setPermissions(permissions);
    if (file.write(data) != data.size() || !file.commit())
        return Error::internal(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

DevCertificateAuthority::Files filesIn(const QString &tlsDir)
{
    const QDir dir(tlsDir);
    return {dir.filePath(QStringLiteral("ca.pem")), dir.filePath(QStringLiteral("server.pem")),
            dir.filePath(QStringLiteral("server.key")), false};
}

} // namespace

Result<DevCertificateAuthority::Files> DevCertificateAuthority::ensure(const QString &tlsDir, const QDateTime &now)
{
    const Files files = filesIn(tlsDir);
    if (QFileInfo::exists(files.caCertificate) && QFileInfo::exists(files.serverCertificate) &&
        QFileInfo::exists(files.serverKey)) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(files.serverCertificate, QSsl::Pem);
        if (!certs.isEmpty() && certs.constFirst().expiryDate() > now.addDays(1) &&
            certs.constFirst().effectiveDate() <= now)
            return files;
    }
    return create(tlsDir);
}

Result<DevCertificateAuthority::Files> DevCertificateAuthority::create(const QString &tlsDir)
{
    if (!QDir().mkpath(tlsDir))
        return Error::internal(QStringLiteral("cannot create %1").arg(tlsDir));
    QFile::setPermissions(tlsDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const KeyPtr caKey = makeKey();
    const KeyPtr serverKey = makeKey();
    if (!caKey || !serverKey)
        return opensslError("key generation");
    const NamePtr caName = makeName("Privacy Dashboard development CA");
    const NamePtr serverName = makeName("localhost");
    if (!caName || !serverName)
        return opensslError("naming");
    const CertPtr caCert =
        makeCertificate(caKey.get(), caName.get(), nullptr, caName.get(), caKey.get(), CaValidityDays);
    if (!caCert)
        return opensslError("the CA certificate");
    const CertPtr serverCert =
        makeCertificate(serverKey.get(), serverName.get(), caCert.get(), caName.get(), caKey.get(), ServerValidityDays);
    if (!serverCert)
        return opensslError("the server certificate");

    const QByteArray caPem = certificatePem(caCert.get());
    const QByteArray serverPem = certificatePem(serverCert.get());
    const QByteArray keyPem = privateKeyPem(serverKey.get());
    if (caPem.isEmpty() || serverPem.isEmpty() || keyPem.isEmpty())
        return opensslError("PEM encoding");

    Files files = filesIn(tlsDir);
    const QFile::Permissions secret = QFile::ReadOwner | QFile::WriteOwner;
    const QFile::Permissions publicFile = secret | QFile::ReadGroup | QFile::ReadOther;
    for (const auto &[path, data, permissions] :
         {std::tuple{files.serverKey, keyPem, secret}, std::tuple{files.serverCertificate, serverPem, publicFile},
          std::tuple{files.caCertificate, caPem, publicFile}}) {
        if (auto written = writeFile(path, data, permissions); !written)
            return written.error();
    }
    files.created = true;
    return files;
}

} // namespace pd
