#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pd {

class SecretStore;

// What the app keeps of the member's data between runs — the last usage summary per source, the
// remembered data-export path — encrypted (RELIABILITY P1 19). One file per purpose in a 0700
// directory, each file 0600 from its first byte and replaced atomically (writeFileAtomically):
//
//   "PDEC" | version 1 | IV (12 random bytes, new on every write) | purpose id (16) | ciphertext | tag (16)
//
// AES-256-GCM through OpenSSL 3's EVP, the first 33 bytes (magic to purpose id) as additional
// authenticated data, so a file moved to another purpose's name fails too. The purpose id and the
// file name are an HMAC of the purpose under the key: the names tell nothing about what is cached.
// The 256-bit key (RAND_bytes) lives in the SecretStore under "cache-key"; with a session-only
// store there is no cache at all (open() fails), never a key on disk.
//
// A file that does not authenticate — a flipped byte anywhere, cut short, another key — is deleted
// and read as absent: the caller fetches afresh and never shows a part of it.
class EncryptedCache final
{
public:
    static constexpr const char *keyName = "cache-key";

    // The cache in `directory` (created 0700; an existing one is tightened to 0700), its key read
    // from `store` or made and stored there on first use. Files left from a key that is gone
    // cannot be read any more and are deleted. Fails when `store` is not persistent.
    static Result<EncryptedCache> open(SecretStore &store, const QString &directory);
    // <XDG cache home>/<app id> ($PRIVACY_DASHBOARD_CACHE_DIR when set); empty without a home.
    static QString defaultDirectory();

    EncryptedCache(EncryptedCache &&) noexcept = default;
    EncryptedCache &operator=(EncryptedCache &&) noexcept = default;
    EncryptedCache(const EncryptedCache &) = delete;
    EncryptedCache &operator=(const EncryptedCache &) = delete;
    ~EncryptedCache(); // wipes the keys held in memory

    Result<void> write(const QString &purpose, const QByteArray &plaintext);
    // The bytes last written for `purpose`; std::nullopt when there are none or the file did not
    // authenticate (then it is deleted).
    std::optional<QByteArray> read(const QString &purpose);
    Result<void> remove(const QString &purpose);

    const QString &directory() const { return m_directory; }
    // The file that holds `purpose` (whether or not it exists), for tests and forgetEverything().
    QString filePath(const QString &purpose) const;

private:
    EncryptedCache(QString directory, QByteArray encryptionKey, QByteArray namingKey);
    QByteArray purposeId(const QString &purpose) const;

    QString m_directory;
    QByteArray m_encryptionKey;
    QByteArray m_namingKey;
};

} // namespace pd
