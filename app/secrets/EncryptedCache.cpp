#include "secrets/EncryptedCache.h"

#include "core/BuildInfo.h"
#include "core/SafeFile.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace pd {

namespace {

constexpr char magic[] = {'P', 'D', 'E', 'C'};
constexpr char formatVersion = 1;
constexpr int keyBytes = 32; // AES-256
constexpr int ivBytes = 12;  // the 96-bit nonce GCM is made for
constexpr int idBytes = 16;  // purpose id: the first half of an HMAC-SHA256
constexpr int tagBytes = 16; // the full GCM tag
constexpr int headerBytes = int(sizeof magic) + 1 + ivBytes + idBytes;
constexpr qint64 maxFileBytes = 64 * 1024 * 1024; // a summary is a few hundred KiB at most
const QString fileSuffix = QStringLiteral(".pdc");

QString text(const char *source)
{
    return QCoreApplication::translate("pd::EncryptedCache", source);
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
}

const unsigned char *bytesOf(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytesOf(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    QByteArray out(EVP_MAX_MD_SIZE, '\0');
    size_t length = 0;
    if (EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, key.constData(), static_cast<size_t>(key.size()),
                  bytesOf(message), static_cast<size_t>(message.size()), bytesOf(out), static_cast<size_t>(out.size()),
                  &length) == nullptr)
        return {};
    out.truncate(static_cast<qsizetype>(length));
    return out;
}

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext newContext()
{
    return CipherContext(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
}

// Removes every cache file in `directory` (those of a key that is gone cannot be read any more).
void removeCacheFiles(const QString &directory)
{
    QDir dir(directory);
    const QStringList names = dir.entryList({QStringLiteral("*") + fileSuffix}, QDir::Files | QDir::Hidden);
    for (const QString &name : names)
        dir.remove(name);
}

} // namespace

EncryptedCache::EncryptedCache(QString directory, QByteArray encryptionKey, QByteArray namingKey)
    : m_directory(std::move(directory))
    , m_encryptionKey(std::move(encryptionKey))
    , m_namingKey(std::move(namingKey))
{}

EncryptedCache::~EncryptedCache()
{
    wipe(m_encryptionKey);
    wipe(m_namingKey);
}

QString EncryptedCache::defaultDirectory()
{
    const QString overridden = qEnvironmentVariable("PRIVACY_DASHBOARD_CACHE_DIR");
    if (!overridden.isEmpty())
        return QDir::cleanPath(overridden);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return base.isEmpty() ? QString() : base + u'/' + QStringLiteral(PD_APP_ID);
}

Result<EncryptedCache> EncryptedCache::open(SecretStore &store, const QString &directory)
{
    if (!store.isPersistent())
        return Error::internal(text("Nothing is kept between sessions: %1").arg(store.limitation()));
    if (directory.isEmpty())
        return Error::internal(text("there is no folder for the cache (no home folder?)"));
    const QString name = QString::fromLatin1(keyName);
    Result<std::optional<QByteArray>> stored = store.read(name);
    if (!stored)
        return stored.error();
    QByteArray key;
    if (stored.value() && stored.value()->size() == keyBytes) {
        key = *stored.value();
    } else {
        key = QByteArray(keyBytes, '\0');
        if (RAND_bytes(bytesOf(key), keyBytes) != 1)
            return Error::internal(text("the system's random number generator failed"));
        if (Result<void> kept = store.write(name, key); !kept) {
            wipe(key);
            return kept.error();
        }
        // Files of an earlier key (lost with a reset keychain) can never be read again.
        removeCacheFiles(directory);
    }
    if (stored.value())
        wipe(*stored.value());
    if (Result<void> made = makePrivateDirectory(directory); !made) {
        wipe(key);
        return made.error();
    }
    // One key in the keychain, two uses kept apart: encrypting, and naming the files.
    QByteArray encryption = hmacSha256(key, "privacy-dashboard cache encryption v1");
    QByteArray naming = hmacSha256(key, "privacy-dashboard cache file names v1");
    wipe(key);
    if (encryption.size() != keyBytes || naming.size() != keyBytes)
        return Error::internal(text("the cache key could not be derived"));
    return EncryptedCache(QDir::cleanPath(directory), std::move(encryption), std::move(naming));
}

QByteArray EncryptedCache::purposeId(const QString &purpose) const
{
    return hmacSha256(m_namingKey, purpose.toUtf8()).left(idBytes);
}

QString EncryptedCache::filePath(const QString &purpose) const
{
    return m_directory + u'/' + QString::fromLatin1(purposeId(purpose).toHex()) + fileSuffix;
}

Result<void> EncryptedCache::write(const QString &purpose, const QByteArray &plaintext)
{
    const auto failed = [] { return Error::internal(text("the cache could not be encrypted")); };
    if (plaintext.size() > maxFileBytes - headerBytes - tagBytes)
        return failed();
    QByteArray iv(ivBytes, '\0');
    if (RAND_bytes(bytesOf(iv), ivBytes) != 1)
        return failed();
    QByteArray file;
    file.reserve(headerBytes + plaintext.size() + tagBytes);
    file.append(magic, sizeof magic).append(formatVersion).append(iv).append(purposeId(purpose));

    const CipherContext context = newContext();
    int length = 0;
    QByteArray ciphertext(plaintext.size() + EVP_MAX_BLOCK_LENGTH, '\0');
    int finalLength = 0;
    QByteArray tag(tagBytes, '\0');
    if (!context || EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, ivBytes, nullptr) != 1 ||
        EVP_EncryptInit_ex(context.get(), nullptr, nullptr, bytesOf(m_encryptionKey), bytesOf(iv)) != 1 ||
        EVP_EncryptUpdate(context.get(), nullptr, &length, bytesOf(file), headerBytes) != 1 || // AAD
        EVP_EncryptUpdate(context.get(), bytesOf(ciphertext), &length, bytesOf(plaintext),
                          static_cast<int>(plaintext.size())) != 1 ||
        EVP_EncryptFinal_ex(context.get(), bytesOf(ciphertext) + length, &finalLength) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, tagBytes, tag.data()) != 1)
        return failed();
    ciphertext.truncate(length + finalLength);
    file.append(ciphertext).append(tag);
    if (Result<void> made = makePrivateDirectory(m_directory); !made)
        return made.error();
    return writeFileAtomically(filePath(purpose), file); // 0600 before the first byte
}

std::optional<QByteArray> EncryptedCache::read(const QString &purpose)
{
    const QString path = filePath(purpose);
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    QByteArray bytes;
    if (file.size() <= maxFileBytes && file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    file.close();
    const auto discard = [&path]() -> std::optional<QByteArray> {
        QFile::remove(path);
        return std::nullopt;
    };
    if (bytes.size() < headerBytes + tagBytes || !bytes.startsWith(QByteArray(magic, sizeof magic)) ||
        bytes.at(sizeof magic) != formatVersion || bytes.mid(sizeof magic + 1 + ivBytes, idBytes) != purposeId(purpose))
        return discard();

    const QByteArray iv = bytes.mid(sizeof magic + 1, ivBytes);
    const qsizetype cipherBytes = bytes.size() - headerBytes - tagBytes;
    QByteArray tag = bytes.right(tagBytes);
    QByteArray plaintext(cipherBytes + EVP_MAX_BLOCK_LENGTH, '\0');
    const CipherContext context = newContext();
    int length = 0;
    int finalLength = 0;
    const bool authentic =
        context && EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, ivBytes, nullptr) == 1 &&
        EVP_DecryptInit_ex(context.get(), nullptr, nullptr, bytesOf(m_encryptionKey), bytesOf(iv)) == 1 &&
        EVP_DecryptUpdate(context.get(), nullptr, &length, bytesOf(bytes), headerBytes) == 1 &&
        EVP_DecryptUpdate(context.get(), bytesOf(plaintext), &length, bytesOf(bytes) + headerBytes,
                          static_cast<int>(cipherBytes)) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, tagBytes, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(context.get(), bytesOf(plaintext) + length, &finalLength) == 1;
    if (!authentic) {
        wipe(plaintext); // never hand out the part decrypted before the tag failed
        return discard();
    }
    plaintext.truncate(length + finalLength);
    return plaintext;
}

Result<void> EncryptedCache::remove(const QString &purpose)
{
    const QString path = filePath(purpose);
    if (QFile::exists(path) && !QFile::remove(path))
        return Error::internal(text("cannot delete %1").arg(path));
    return {};
}

} // namespace pd
