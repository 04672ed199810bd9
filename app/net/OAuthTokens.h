#pragma once

#include "core/Result.h"
#include "net/HttpTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace pd {

// What a sign-in leaves the app with. Secrets: never logged, printed or put in a URL; kept only
// in the SecretStore (as toSecret()) and in memory.
struct OAuthTokens {
    QByteArray accessToken;
    QByteArray refreshToken;
    QDateTime expiresAt; // UTC; invalid when the server did not say
    QString scope;

    bool isEmpty() const { return accessToken.isEmpty(); }
    QByteArray toSecret() const;
    static std::optional<OAuthTokens> fromSecret(const QByteArray &secret);
};

// The OAuth 2.0 client side of the reference server's /oauth/* (server/OAuthApi.h): the one
// public client id, PKCE (RFC 7636) from OpenSSL's CSPRNG, and the token endpoint's requests
// and answers.
namespace OAuthClient {

inline const QString ClientId = QStringLiteral("privacy-dashboard");
inline const QString Scope = QStringLiteral("privacy.read privacy.write");

// 43 base64url characters from 32 bytes of RAND_bytes (RFC 7636 §4.1); an Error when the CSPRNG fails.
Result<QByteArray> newVerifier();
// 22 base64url characters (128 bits) for `state`.
Result<QByteArray> newState();
// BASE64URL(SHA-256(verifier)) (RFC 7636 §4.2, S256).
QByteArray challengeFor(const QByteArray &verifier);

QUrl authorizeUrl(const QUrl &server, const QString &redirectUri, const QByteArray &state, const QByteArray &challenge);

HttpRequest codeExchange(const QUrl &server, const QByteArray &code, const QString &redirectUri,
                         const QByteArray &verifier);
HttpRequest refresh(const QUrl &server, const QByteArray &refreshToken);
HttpRequest revoke(const QUrl &server, const QByteArray &token);

// The token endpoint's answer: tokens, or an Error. Authentication (invalid_grant and other 4xx:
// the sign-in is over) is told apart from Network (transport errors, 5xx, 429: try later).
Result<OAuthTokens> parseTokenResponse(const HttpResult &result, const QDateTime &now, const QString &server);

} // namespace OAuthClient

} // namespace pd
