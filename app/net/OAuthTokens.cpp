#include "net/OAuthTokens.h"

#include "core/JsonReader.h"
#include "net/ApiErrors.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <openssl/rand.h>

namespace pd {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Result<QByteArray> randomBase64Url(int bytes)
{
    QByteArray raw(bytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), bytes) != 1)
        return Error::internal(QCoreApplication::translate("OAuth", "the system's random generator failed"));
    return raw.toBase64(Base64Url);
}

QByteArray formBody(const QList<QPair<QString, QByteArray>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(QString::fromLatin1(value));
    }
    return body;
}

HttpRequest formPost(const QUrl &server, const QString &path, const QByteArray &body)
{
    HttpRequest request;
    request.method = "POST";
    request.url = server.resolved(QUrl(path));
    request.headers.add("Content-Type", "application/x-www-form-urlencoded");
    request.headers.add("Accept", "application/json");
    request.body = body;
    request.timeoutMs = 30'000;
    request.maxResponseBytes = 64 * 1024;
    return request;
}

} // namespace

QByteArray OAuthTokens::toSecret() const
{
    QJsonObject object{{QStringLiteral("access"), QString::fromLatin1(accessToken)},
                       {QStringLiteral("refresh"), QString::fromLatin1(refreshToken)},
                       {QStringLiteral("scope"), scope}};
    if (expiresAt.isValid())
        object.insert(QStringLiteral("expiresAt"), formatIsoDateTime(expiresAt));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<OAuthTokens> OAuthTokens::fromSecret(const QByteArray &secret)
{
    const QJsonObject object = QJsonDocument::fromJson(secret).object();
    OAuthTokens tokens;
    tokens.accessToken = object.value(QStringLiteral("access")).toString().toLatin1();
    tokens.refreshToken = object.value(QStringLiteral("refresh")).toString().toLatin1();
    tokens.scope = object.value(QStringLiteral("scope")).toString();
    tokens.expiresAt = parseIsoDateTime(object.value(QStringLiteral("expiresAt")).toString());
    if (tokens.accessToken.isEmpty())
        return std::nullopt;
    return tokens;
}

namespace OAuthClient {

Result<QByteArray> newVerifier()
{
    return randomBase64Url(32);
}

Result<QByteArray> newState()
{
    return randomBase64Url(16);
}

QByteArray challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(Base64Url);
}

QUrl authorizeUrl(const QUrl &server, const QString &redirectUri, const QByteArray &state, const QByteArray &challenge)
{
    QUrl url = server.resolved(QUrl(QStringLiteral("/oauth/authorize")));
    QUrlQuery query;
    auto add = [&query](const QString &name, const QString &value) {
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), ClientId);
    add(QStringLiteral("redirect_uri"), redirectUri);
    add(QStringLiteral("scope"), Scope);
    add(QStringLiteral("state"), QString::fromLatin1(state));
    add(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(query);
    return url;
}

HttpRequest codeExchange(const QUrl &server, const QByteArray &code, const QString &redirectUri,
                         const QByteArray &verifier)
{
    return formPost(server, QStringLiteral("/oauth/token"),
                    formBody({{QStringLiteral("grant_type"), "authorization_code"},
                              {QStringLiteral("code"), code},
                              {QStringLiteral("redirect_uri"), redirectUri.toLatin1()},
                              {QStringLiteral("client_id"), ClientId.toLatin1()},
                              {QStringLiteral("code_verifier"), verifier}}));
}

HttpRequest refresh(const QUrl &server, const QByteArray &refreshToken)
{
    return formPost(server, QStringLiteral("/oauth/token"),
                    formBody({{QStringLiteral("grant_type"), "refresh_token"},
                              {QStringLiteral("refresh_token"), refreshToken},
                              {QStringLiteral("client_id"), ClientId.toLatin1()}}));
}

HttpRequest revoke(const QUrl &server, const QByteArray &token)
{
    return formPost(server, QStringLiteral("/oauth/revoke"),
                    formBody({{QStringLiteral("token"), token}, {QStringLiteral("client_id"), ClientId.toLatin1()}}));
}

Result<OAuthTokens> parseTokenResponse(const HttpResult &result, const QDateTime &now, const QString &server)
{
    if (result.isTransportError() || result.status >= 500 || result.status == 429)
        return ApiErrors::fromResult(result, server);
    const QJsonObject object = QJsonDocument::fromJson(result.body).object();
    if (result.status != 200) {
        const QString error = object.value(QStringLiteral("error")).toString();
        if (result.status == 400 || result.status == 401)
            return Error{ErrorKind::Authentication,
                         error == QStringLiteral("invalid_grant")
                             ? QCoreApplication::translate("OAuth", "the sign-in is no longer valid; sign in again")
                             : QCoreApplication::translate("OAuth", "the server refused the sign-in (%1)")
                                   .arg(error.isEmpty() ? QString::number(result.status) : error.left(40))};
        return ApiErrors::fromResult(result, server);
    }
    OAuthTokens tokens;
    tokens.accessToken = object.value(QStringLiteral("access_token")).toString().toLatin1();
    tokens.refreshToken = object.value(QStringLiteral("refresh_token")).toString().toLatin1();
    tokens.scope = object.value(QStringLiteral("scope")).toString();
    const int expiresIn = object.value(QStringLiteral("expires_in")).toInt(-1);
    if (expiresIn > 0)
        tokens.expiresAt = now.addSecs(expiresIn);
    if (tokens.accessToken.isEmpty() ||
        object.value(QStringLiteral("token_type")).toString().compare(QStringLiteral("Bearer"), Qt::CaseInsensitive))
        return Error::invalidInput(QCoreApplication::translate("OAuth", "the server's token answer is not usable"));
    return tokens;
}

} // namespace OAuthClient

} // namespace pd
