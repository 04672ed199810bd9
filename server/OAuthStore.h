#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pd {

class Clock;
class Database;
class TokenStore;

// The OAuth 2.0 server's state in the database (schema 4), shared by every instance on it:
// sign-in passwords (PBKDF2-HMAC-SHA256), authorization codes and refresh tokens. Codes and
// tokens are stored as SHA-256 hashes only. A "family" is one sign-in: the refresh tokens that
// rotate from it and the access tokens (TokenStore label "oauth:<family>") issued along the way;
// revoking the family ends the whole sign-in. Borrows the database, the clock and the token store.
class OAuthStore final
{
public:
    OAuthStore(Database *database, const Clock *clock, TokenStore *tokens)
        : m_database(database)
        , m_clock(clock)
        , m_tokens(tokens)
    {}

    // Sets the member's sign-in name and password (replacing an older one).
    Result<void> setPassword(const QString &memberId, const QString &login, const QString &password);
    // The member id when login and password match, nullopt otherwise (the same time either way).
    Result<std::optional<QString>> checkPassword(const QString &login, const QString &password);
    Result<bool> hasPassword(const QString &memberId);

    struct CodeGrant {
        QString memberId;
        QString clientId;
        QString redirectUri;
        QString challenge; // S256
        QString scope;
    };
    // A fresh single-use code for the grant, valid for lifetimeSeconds.
    Result<QString> issueCode(const CodeGrant &grant, int lifetimeSeconds);
    // Marks the code used and returns its grant; nullopt when unknown, expired or already used
    // (a second use also revokes what the first one issued, RFC 9700 §4.2.4).
    Result<std::optional<CodeGrant>> consumeCode(const QString &code);
    // Records which family the code's exchange started (for the revocation above).
    Result<void> bindCodeToFamily(const QString &code, const QString &family);

    struct Tokens {
        QString accessToken;
        QString refreshToken;
        int expiresIn = 0;
        QString scope;
        QString family;
    };
    struct Lifetimes {
        int accessSeconds = 3600;
        int refreshGraceSeconds = 30;
        int refreshDays = 30;
    };
    // A new family (after a code exchange) with its first access and refresh token.
    Result<Tokens> startFamily(const QString &memberId, const QString &clientId, const QString &scope,
                               const Lifetimes &lifetimes);
    // Rotation: a current refresh token is exchanged for a new pair; the token just rotated is
    // accepted once more within the grace window (its answer was lost); any other reuse revokes
    // the family. nullopt: invalid_grant.
    Result<std::optional<Tokens>> refresh(const QString &refreshToken, const QString &clientId,
                                          const Lifetimes &lifetimes);
    // Whether an access token may change the setting: a sign-in's token needs the privacy.write
    // scope; any other token (the demo token, a script's) may.
    Result<bool> allowsWrite(const QString &accessToken);
    // RFC 7009: a refresh token ends its family; an access token ends itself. Unknown tokens are fine.
    Result<void> revoke(const QString &token);

private:
    Result<Tokens> issuePair(const QString &family, const QString &memberId, const QString &clientId,
                             const QString &scope, const Lifetimes &lifetimes);
    Result<void> revokeFamily(const QString &family);

    Database *m_database;
    const Clock *m_clock;
    TokenStore *m_tokens;
};

} // namespace pd
