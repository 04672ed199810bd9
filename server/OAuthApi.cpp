#include "server/OAuthApi.h"

#include "core/Clock.h"
#include "server/Database.h"
#include "server/RateLimiter.h"
#include "server/SecureRandom.h"
#include "server/TokenStore.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>

namespace pd {

namespace {

const QString AuthorizePath = QStringLiteral("/oauth/authorize");
const QString TokenPath = QStringLiteral("/oauth/token");
const QString RevokePath = QStringLiteral("/oauth/revoke");
constexpr qsizetype MaxParameterChars = 2048;

// application/x-www-form-urlencoded (or a query): each name once, '+' is a space.
struct Form {
    QHash<QString, QString> values;
    bool repeated = false;
    QString value(const QString &name) const { return values.value(name); }
    bool has(const QString &name) const { return values.contains(name); }
};

Form parseForm(const QByteArray &encoded)
{
    Form form;
    QByteArray text = encoded;
    text.replace('+', "%20");
    const QUrlQuery query(QString::fromLatin1(text));
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (form.values.contains(name))
            form.repeated = true;
        form.values.insert(name, value.left(MaxParameterChars));
    }
    return form;
}

bool isFormBody(const ApiRequest &request)
{
    return request.header(QByteArrayLiteral("content-type")).split(';').constFirst().trimmed().toLower() ==
           "application/x-www-form-urlencoded";
}

ApiResponse oauthError(int status, const QString &code, const QString &description)
{
    ApiResponse response = ApiResponse::json(
        status, QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("error_description"), description}});
    response.withHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    return response;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped(); // only ever placed in text or double-quoted attributes
}

ApiResponse htmlPage(int status, const QString &title, const QString &bodyHtml)
{
    ApiResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")});
    response.withHeader(QByteArrayLiteral("Content-Security-Policy"),
                        QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
                                          "base-uri 'none'"));
    response.withHeader(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
    response.withHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<title>%1</title><style>body{font-family:sans-serif;max-width:32em;margin:2em auto;"
                       "padding:0 1em;line-height:1.5}label{display:block;margin-top:1em}input[type=email],"
                       "input[type=password]{width:100%;padding:.4em;font-size:1em}button{font-size:1em;"
                       "padding:.4em 1.2em;margin:1em 1em 0 0}.error{color:#a00000;font-weight:bold}"
                       ":focus{outline:3px solid #1a5fb4}</style></head><body><main>%2</main></body></html>\n")
            .arg(escaped(title), bodyHtml);
    response.body = html.toUtf8();
    return response;
}

ApiResponse errorPage(int status, const QString &message)
{
    return htmlPage(status, QStringLiteral("Sign-in failed"),
                    QStringLiteral("<h1>Sign-in failed</h1><p role=\"alert\" class=\"error\">%1</p>"
                                   "<p>Close this tab and try again from Privacy Dashboard.</p>")
                        .arg(escaped(message)));
}

// The parameters of an authorization request (RFC 6749 §4.1.1, RFC 7636 §4.3).
struct AuthorizeRequest {
    QString clientId;
    QString redirectUri;
    QString state;
    QString challenge;
    QString scope;
};

const QStringList ForwardedParameters{QStringLiteral("response_type"),  QStringLiteral("client_id"),
                                      QStringLiteral("redirect_uri"),   QStringLiteral("state"),
                                      QStringLiteral("code_challenge"), QStringLiteral("code_challenge_method"),
                                      QStringLiteral("scope")};

QString redirectWith(const QString &redirectUri, const QList<QPair<QString, QString>> &items)
{
    QUrl url(redirectUri);
    QUrlQuery query;
    for (const auto &[name, value] : items)
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

ApiResponse redirect(const QString &location)
{
    ApiResponse response = ApiResponse::empty(302);
    response.withHeader(QByteArrayLiteral("Location"), location.toUtf8());
    response.withHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    return response;
}

// Checks a request; on failure either an error page (client or redirect URI not to be trusted,
// RFC 6749 §4.1.2.1) or a redirect carrying the error.
std::optional<ApiResponse> checkAuthorize(const Form &form, AuthorizeRequest *out)
{
    if (form.repeated)
        return errorPage(400, QStringLiteral("The sign-in request repeats a parameter."));
    out->clientId = form.value(QStringLiteral("client_id"));
    out->redirectUri = form.value(QStringLiteral("redirect_uri"));
    if (out->clientId != OAuthApi::ClientId)
        return errorPage(400, QStringLiteral("This app is not registered with the server."));
    if (!OAuthApi::isRegisteredRedirect(out->clientId, out->redirectUri))
        return errorPage(400, QStringLiteral("The app asked to be answered at an address it did not register."));
    out->state = form.value(QStringLiteral("state"));
    auto refuse = [&](const QString &error, const QString &description) {
        QList<QPair<QString, QString>> items{{QStringLiteral("error"), error},
                                             {QStringLiteral("error_description"), description}};
        if (!out->state.isEmpty())
            items.append({QStringLiteral("state"), out->state});
        return redirect(redirectWith(out->redirectUri, items));
    };
    if (form.value(QStringLiteral("response_type")) != QStringLiteral("code"))
        return refuse(QStringLiteral("unsupported_response_type"), QStringLiteral("only response_type=code"));
    static const QRegularExpression stateShape(QStringLiteral("^[\\x21-\\x7e]{8,512}\\z"));
    if (!stateShape.match(out->state).hasMatch())
        return refuse(QStringLiteral("invalid_request"), QStringLiteral("state is required (8 to 512 characters)"));
    if (form.value(QStringLiteral("code_challenge_method")) != QStringLiteral("S256"))
        return refuse(QStringLiteral("invalid_request"), QStringLiteral("PKCE with code_challenge_method=S256 is "
                                                                        "required"));
    out->challenge = form.value(QStringLiteral("code_challenge"));
    static const QRegularExpression challengeShape(QStringLiteral("^[A-Za-z0-9_-]{43}\\z"));
    if (!challengeShape.match(out->challenge).hasMatch())
        return refuse(QStringLiteral("invalid_request"), QStringLiteral("code_challenge must be a base64url SHA-256"));
    const QString scope = form.value(QStringLiteral("scope")).simplified();
    const QStringList known = OAuthApi::Scopes.split(u' ');
    const QStringList asked = scope.isEmpty() ? known : scope.split(u' ');
    for (const QString &one : asked) {
        if (!known.contains(one))
            return refuse(QStringLiteral("invalid_scope"), QStringLiteral("unknown scope"));
    }
    out->scope = asked.join(u' ');
    return std::nullopt;
}

QString signInForm(const Form &form, const AuthorizeRequest &request, const QString &login, const QString &problem)
{
    QString hidden;
    for (const QString &name : ForwardedParameters) {
        if (form.has(name))
            hidden +=
                QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">").arg(name, escaped(form.value(name)));
    }
    const bool writes = request.scope.split(u' ').contains(QStringLiteral("privacy.write"));
    QString html = QStringLiteral("<h1>Sign in to Privacy Dashboard</h1>");
    if (!problem.isEmpty())
        html += QStringLiteral("<p role=\"alert\" class=\"error\" id=\"problem\">%1</p>").arg(escaped(problem));
    html += QStringLiteral("<p>The Privacy Dashboard app on this computer asks to:</p><ul>"
                           "<li>read which of your data may have been used to train generative AI</li>");
    if (writes)
        html += QStringLiteral("<li>change your setting for AI training (opt out or back in)</li>");
    html += QStringLiteral("</ul><form method=\"post\" action=\"/oauth/authorize\">") + hidden +
            QStringLiteral("<label for=\"login\">E-mail</label>"
                           "<input type=\"email\" id=\"login\" name=\"login\" autocomplete=\"username\" required "
                           "value=\"%1\"%2>"
                           "<label for=\"password\">Password</label>"
                           "<input type=\"password\" id=\"password\" name=\"password\" "
                           "autocomplete=\"current-password\" required>"
                           "<label><input type=\"checkbox\" name=\"consent\" value=\"yes\" required> "
                           "I allow Privacy Dashboard to do this</label>"
                           "<button type=\"submit\" name=\"decision\" value=\"allow\">Allow</button>"
                           "<button type=\"submit\" name=\"decision\" value=\"deny\" formnovalidate>Deny</button>"
                           "</form><p>Your password goes only to this server, never to the app.</p>")
                .arg(escaped(login), problem.isEmpty() ? QString() : QStringLiteral(" aria-describedby=\"problem\""));
    return html;
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

ApiResponse tokenResponse(const OAuthStore::Tokens &tokens)
{
    ApiResponse response = ApiResponse::json(200, QJsonObject{{QStringLiteral("access_token"), tokens.accessToken},
                                                              {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                                              {QStringLiteral("expires_in"), tokens.expiresIn},
                                                              {QStringLiteral("refresh_token"), tokens.refreshToken},
                                                              {QStringLiteral("scope"), tokens.scope}});
    response.withHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    return response;
}

void logError(const Error &error)
{
    qWarning("privacy-api-server: %s", qPrintable(error.message));
}

} // namespace

OAuthApi::OAuthApi(Database *database, const Clock *clock, TokenStore *tokens, RateLimiter *authFailures, Config config)
    : m_store(database, clock, tokens)
    , m_authFailures(authFailures)
    , m_config(config)
{}

bool OAuthApi::isRegisteredRedirect(const QString &clientId, const QString &redirectUri)
{
    if (clientId != ClientId)
        return false;
    // Exact, except the port (RFC 8252 §7.3): http://127.0.0.1:{port}/callback or http://[::1]:{port}/callback.
    static const QRegularExpression loopback(
        QStringLiteral("^http://(127\\.0\\.0\\.1|\\[::1\\]):([1-9][0-9]{0,4})/callback\\z"));
    const QRegularExpressionMatch match = loopback.match(redirectUri);
    return match.hasMatch() && match.captured(2).toInt() <= 65535;
}

ApiResponse OAuthApi::handle(const ApiRequest &request)
{
    if (request.path == AuthorizePath) {
        if (request.method == "GET")
            return authorizePage(request);
        if (request.method == "POST")
            return authorizeSubmit(request);
        return ApiResponse::empty(405).withHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, POST"));
    }
    if (request.path == TokenPath || request.path == RevokePath) {
        if (request.method != "POST")
            return ApiResponse::empty(405).withHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("POST"));
        if (!isFormBody(request))
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("the body must be application/x-www-form-urlencoded"));
        return request.path == TokenPath ? token(request) : revoke(request);
    }
    return oauthError(404, QStringLiteral("not_found"), QStringLiteral("there is no OAuth endpoint at this path"));
}

ApiResponse OAuthApi::authorizePage(const ApiRequest &request)
{
    const Form form = parseForm(request.query);
    AuthorizeRequest checked;
    if (auto refused = checkAuthorize(form, &checked))
        return *refused;
    return htmlPage(200, QStringLiteral("Sign in to Privacy Dashboard"), signInForm(form, checked, {}, {}));
}

ApiResponse OAuthApi::authorizeSubmit(const ApiRequest &request)
{
    if (!isFormBody(request))
        return errorPage(415, QStringLiteral("The form was not sent as a form."));
    const Form form = parseForm(request.body);
    AuthorizeRequest checked;
    if (auto refused = checkAuthorize(form, &checked))
        return *refused;
    if (form.value(QStringLiteral("decision")) != QStringLiteral("allow"))
        return redirect(redirectWith(checked.redirectUri, {{QStringLiteral("error"), QStringLiteral("access_denied")},
                                                           {QStringLiteral("state"), checked.state}}));
    const QString login = form.value(QStringLiteral("login"));
    if (form.value(QStringLiteral("consent")) != QStringLiteral("yes"))
        return htmlPage(200, QStringLiteral("Sign in to Privacy Dashboard"),
                        signInForm(form, checked, login, QStringLiteral("Tick the box to allow the app, or Deny.")));

    const QString peer = request.peer.toString();
    if (const RateLimiter::Decision decision = m_authFailures->check(peer); !decision.allowed) {
        ApiResponse busy = errorPage(429, QStringLiteral("Too many failed sign-ins. Wait a minute and try again."));
        busy.withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(decision.retryAfterSeconds));
        return busy;
    }
    const auto member = m_store.checkPassword(login, form.value(QStringLiteral("password")));
    if (!member) {
        logError(member.error());
        return errorPage(500, QStringLiteral("The server could not check the password."));
    }
    if (!member->has_value()) {
        m_authFailures->charge(peer);
        return htmlPage(401, QStringLiteral("Sign in to Privacy Dashboard"),
                        signInForm(form, checked, login, QStringLiteral("The e-mail or the password is not right.")));
    }
    const auto code = m_store.issueCode(
        {**member, checked.clientId, checked.redirectUri, checked.challenge, checked.scope}, m_config.codeSeconds);
    if (!code) {
        logError(code.error());
        return errorPage(500, QStringLiteral("The server could not complete the sign-in."));
    }
    return redirect(
        redirectWith(checked.redirectUri, {{QStringLiteral("code"), *code}, {QStringLiteral("state"), checked.state}}));
}

ApiResponse OAuthApi::token(const ApiRequest &request)
{
    const Form form = parseForm(request.body);
    if (form.repeated)
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("a parameter is repeated"));
    const QString clientId = form.value(QStringLiteral("client_id"));
    if (clientId != ClientId)
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("unknown client"));
    const QString grantType = form.value(QStringLiteral("grant_type"));
    auto invalidGrant = [](const QString &why) { return oauthError(400, QStringLiteral("invalid_grant"), why); };

    if (grantType == QStringLiteral("authorization_code")) {
        const QString verifier = form.value(QStringLiteral("code_verifier"));
        static const QRegularExpression verifierShape(QStringLiteral("^[A-Za-z0-9._~-]{43,128}\\z"));
        if (!verifierShape.match(verifier).hasMatch())
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("code_verifier must be 43 to 128 unreserved characters"));
        const QString code = form.value(QStringLiteral("code"));
        const auto grant = m_store.consumeCode(code);
        if (!grant) {
            logError(grant.error());
            return oauthError(500, QStringLiteral("server_error"), QStringLiteral("try again later"));
        }
        if (!grant->has_value())
            return invalidGrant(QStringLiteral("the code is unknown, expired or already used"));
        const OAuthStore::CodeGrant &g = **grant;
        if (g.clientId != clientId || g.redirectUri != form.value(QStringLiteral("redirect_uri")))
            return invalidGrant(QStringLiteral("the code was issued for another client or redirect URI"));
        if (s256(verifier) != g.challenge)
            return invalidGrant(QStringLiteral("the code_verifier does not match the code_challenge"));
        const auto tokens = m_store.startFamily(g.memberId, clientId, g.scope, m_config.tokens);
        if (!tokens) {
            logError(tokens.error());
            return oauthError(500, QStringLiteral("server_error"), QStringLiteral("try again later"));
        }
        if (auto bound = m_store.bindCodeToFamily(code, tokens->family); !bound)
            logError(bound.error());
        return tokenResponse(*tokens);
    }
    if (grantType == QStringLiteral("refresh_token")) {
        const auto tokens = m_store.refresh(form.value(QStringLiteral("refresh_token")), clientId, m_config.tokens);
        if (!tokens) {
            logError(tokens.error());
            return oauthError(500, QStringLiteral("server_error"), QStringLiteral("try again later"));
        }
        if (!tokens->has_value())
            return invalidGrant(QStringLiteral("the refresh token is unknown, expired, revoked or already used"));
        return tokenResponse(**tokens);
    }
    return oauthError(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("grant_type must be authorization_code or refresh_token"));
}

ApiResponse OAuthApi::revoke(const ApiRequest &request)
{
    const Form form = parseForm(request.body);
    if (form.value(QStringLiteral("client_id")) != ClientId)
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("unknown client"));
    if (!form.has(QStringLiteral("token")))
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("token is required"));
    if (auto revoked = m_store.revoke(form.value(QStringLiteral("token"))); !revoked) {
        logError(revoked.error());
        return oauthError(503, QStringLiteral("server_error"), QStringLiteral("try again later"))
            .withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    }
    return ApiResponse::empty(200);
}

Result<bool> OAuthApi::ensureDemoPassword(Database *database, const Clock &clock, const QString &memberId,
                                          const QString &login, const QString &passwordFile)
{
    TokenStore tokens(database, &clock);
    OAuthStore store(database, &clock, &tokens);
    const auto has = store.hasPassword(memberId);
    if (!has)
        return has.error();
    if (*has && QFileInfo::exists(passwordFile))
        return false;
    const QString password = SecureRandom::hex(12);
    QSaveFile file(passwordFile);
    if (!file.open(QIODevice::WriteOnly))
        return Error::internal(QStringLiteral("cannot write %1: %2").arg(passwordFile, file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // before the password is in it
    const QByteArray bytes = password.toLatin1();
    if (file.write(bytes) != bytes.size())
        return Error::internal(QStringLiteral("cannot write %1: %2").arg(passwordFile, file.errorString()));
    if (auto set = store.setPassword(memberId, login.toLower(), password); !set)
        return set.error();
    if (!file.commit())
        return Error::internal(QStringLiteral("cannot write %1: %2").arg(passwordFile, file.errorString()));
    return true;
}

} // namespace pd
