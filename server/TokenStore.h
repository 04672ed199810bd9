#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pd {

class Clock;
class Database;

// Bearer tokens. Only SHA-256 hashes reach the database: a copy of the file does not hand out
// working tokens. A token is 256 bits from the CSPRNG, so an unsalted fast hash is enough.
class TokenStore final
{
public:
    TokenStore(Database *database, const Clock *clock)
        : m_database(database)
        , m_clock(clock)
    {}

    static QString hashOf(const QString &token);

    // A fresh token for the member; an invalid expiry means it never expires.
    Result<QString> issue(const QString &memberId, const QString &label, const QDateTime &expiresAt = {});
    // Who a valid token belongs to, and the version of that member's AI-training setting read
    // in the same statement: one read (one SQLite read transaction, one PostgreSQL round trip)
    // gives a request both its member and what its cached summary must match.
    struct Bearer {
        QString memberId;
        qint64 settingVersion = 0; // 0: the member has no such setting (yet)
    };
    // nullopt when the token is unknown or expired.
    Result<std::optional<Bearer>> bearer(const QString &token) { return bearerOfHash(hashOf(token)); }
    // The same for a token's hashOf(), for a caller that needs the hash too (one SHA-256 a request).
    Result<std::optional<Bearer>> bearerOfHash(const QString &tokenHash);
    // The member id the token belongs to, nullopt when it is unknown or expired.
    Result<std::optional<QString>> memberFor(const QString &token);
    Result<int> revokeLabel(const QString &memberId, const QString &label);

private:
    Database *m_database;
    const Clock *m_clock;
};

} // namespace pd
