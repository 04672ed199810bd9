#pragma once

#include "server/ApiRequest.h"
#include "server/ApiResponse.h"
#include "server/OAuthStore.h"

#include <QString>

namespace pd {

class Clock;
class Database;
class RateLimiter;
class TokenStore;

// The OAuth 2.0 authorization server of the reference server, for native apps (RFC 8252):
//   GET  /oauth/authorize  a plain HTML sign-in and consent page (no script, one form)
//   POST /oauth/authorize  credentials + consent -> 302 to the redirect URI with code and state
//   POST /oauth/token      authorization_code with PKCE S256 (RFC 7636; "plain" refused), or
//                          refresh_token with rotation and a grace window (RFC 9700 §4.14.2)
//   POST /oauth/revoke     RFC 7009
// One public client is registered: "privacy-dashboard", redirect URIs http://127.0.0.1:{port}/callback
// and http://[::1]:{port}/callback (any port, RFC 8252 §7.3; everything else matched exactly).
// Everything it echoes into the page is HTML-escaped and only ever into double-quoted attributes.
// The access tokens it issues are TokenStore tokens, so the API accepts them as they are.
class OAuthApi final
{
public:
    static inline const QString PathPrefix = QStringLiteral("/oauth/");
    static inline const QString ClientId = QStringLiteral("privacy-dashboard");
    static inline const QString Scopes = QStringLiteral("privacy.read privacy.write"); // the default grant

    struct Config {
        int codeSeconds = 60;
        OAuthStore::Lifetimes tokens;
    };

    OAuthApi(Database *database, const Clock *clock, TokenStore *tokens, RateLimiter *authFailures, Config config);

    static bool handles(const QString &path) { return path.startsWith(PathPrefix); }
    ApiResponse handle(const ApiRequest &request);

    // --demo: gives the member a sign-in password (login = e-mail) when it has none and writes it to
    // passwordFile (0600). Returns whether it wrote one.
    static Result<bool> ensureDemoPassword(Database *database, const Clock &clock, const QString &memberId,
                                           const QString &login, const QString &passwordFile);

    // Whether the access token may change the setting (scope privacy.write; other tokens may).
    Result<bool> allowsWrite(const QString &accessToken) { return m_store.allowsWrite(accessToken); }

    // Whether redirectUri is one of the client's (loopback, any port, path /callback).
    static bool isRegisteredRedirect(const QString &clientId, const QString &redirectUri);

private:
    ApiResponse authorizePage(const ApiRequest &request);
    ApiResponse authorizeSubmit(const ApiRequest &request);
    ApiResponse token(const ApiRequest &request);
    ApiResponse revoke(const ApiRequest &request);

    OAuthStore m_store;
    RateLimiter *m_authFailures;
    Config m_config;
};

} // namespace pd
