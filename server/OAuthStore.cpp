#include "server/OAuthStore.h"

#include "core/Clock.h"
#include "core/JsonReader.h"
#include "server/Database.h"
#include "server/SecureRandom.h"
#include "server/TokenStore.h"

#include <QSqlQuery>
#include <QVariant>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace pd {

namespace {

constexpr int Pbkdf2Iterations = 210'000; // OWASP's figure for PBKDF2-HMAC-SHA256
const QString FamilyLabelPrefix = QStringLiteral("oauth:");

QString pbkdf2(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray secret = password.toUtf8();
    unsigned char out[32];
    if (PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()), reinterpret_cast<const unsigned char *>(salt.data()),
                          int(salt.size()), iterations, EVP_sha256(), sizeof out, out) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

bool sameText(const QString &a, const QString &b)
{
    const QByteArray x = a.toLatin1();
    const QByteArray y = b.toLatin1();
    return x.size() == y.size() && CRYPTO_memcmp(x.constData(), y.constData(), size_t(x.size())) == 0;
}

QString refreshToken()
{
    return QStringLiteral("pdr_") + SecureRandom::bearerToken().mid(4);
}

} // namespace

Result<void> OAuthStore::setPassword(const QString &memberId, const QString &login, const QString &password)
{
    const QByteArray salt = SecureRandom::bytes(16);
    const QString hash = pbkdf2(password, salt, Pbkdf2Iterations);
    if (hash.isEmpty())
        return Error::internal(QStringLiteral("PBKDF2 failed"));
    QSqlQuery remove(m_database->connection());
    remove.prepare(QStringLiteral("DELETE FROM oauth_passwords WHERE member_id = ? OR login = ?"));
    remove.addBindValue(memberId);
    remove.addBindValue(login);
    if (!remove.exec())
        return sqlError(QStringLiteral("replacing a password"), remove);
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
        "INSERT INTO oauth_passwords (member_id, login, salt, hash, iterations) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(memberId);
    query.addBindValue(login);
    query.addBindValue(QString::fromLatin1(salt.toHex()));
    query.addBindValue(hash);
    query.addBindValue(Pbkdf2Iterations);
    if (!query.exec())
        return sqlError(QStringLiteral("storing a password"), query);
    return {};
}

Result<bool> OAuthStore::hasPassword(const QString &memberId)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT 1 FROM oauth_passwords WHERE member_id = ?"));
    query.addBindValue(memberId);
    if (!query.exec())
        return sqlError(QStringLiteral("looking up a password"), query);
    return query.next();
}

Result<std::optional<QString>> OAuthStore::checkPassword(const QString &login, const QString &password)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT member_id, salt, hash, iterations FROM oauth_passwords WHERE login = ?"));
    query.addBindValue(login.trimmed().toLower());
    if (!query.exec())
        return sqlError(QStringLiteral("checking a password"), query);
    if (!query.next()) {
        pbkdf2(password, QByteArray(16, 'x'), Pbkdf2Iterations); // an unknown login costs the same
        return std::optional<QString>();
    }
    const QString hash =
        pbkdf2(password, QByteArray::fromHex(query.value(1).toString().toLatin1()), query.value(3).toInt());
    if (hash.isEmpty() || !sameText(hash, query.value(2).toString()))
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Result<QString> OAuthStore::issueCode(const CodeGrant &grant, int lifetimeSeconds)
{
    const QString code = QStringLiteral("pdc_") + SecureRandom::bearerToken().mid(4);
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("INSERT INTO oauth_codes (hash, member_id, client_id, redirect_uri, challenge, scope, "
                                 "expires_at, used) VALUES (?, ?, ?, ?, ?, ?, ?, 0)"));
    query.addBindValue(sha256Hex(code.toLatin1()));
    query.addBindValue(grant.memberId);
    query.addBindValue(grant.clientId);
    query.addBindValue(grant.redirectUri);
    query.addBindValue(grant.challenge);
    query.addBindValue(grant.scope);
    query.addBindValue(formatIsoDateTime(m_clock->now().addSecs(lifetimeSeconds)));
    if (!query.exec())
        return sqlError(QStringLiteral("storing an authorization code"), query);
    return code;
}

Result<std::optional<OAuthStore::CodeGrant>> OAuthStore::consumeCode(const QString &code)
{
    using Found = std::optional<CodeGrant>;
    return m_database->transaction<Found>([&]() -> Result<Found> {
        const QString hash = sha256Hex(code.toLatin1());
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("SELECT member_id, client_id, redirect_uri, challenge, scope, expires_at, used, "
                                     "family FROM oauth_codes WHERE hash = ?"));
        query.addBindValue(hash);
        if (!query.exec())
            return sqlError(QStringLiteral("reading an authorization code"), query);
        if (!query.next())
            return Found();
        const CodeGrant grant{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                              query.value(3).toString(), query.value(4).toString()};
        const QDateTime expiresAt = parseIsoDateTime(query.value(5).toString());
        const bool used = query.value(6).toInt() != 0;
        const QString family = query.value(7).toString();
        if (used) {
            if (!family.isEmpty()) {
                if (auto revoked = revokeFamily(family); !revoked)
                    return revoked.error();
            }
            return Found();
        }
        QSqlQuery mark(m_database->connection());
        mark.prepare(QStringLiteral("UPDATE oauth_codes SET used = 1 WHERE hash = ?"));
        mark.addBindValue(hash);
        if (!mark.exec())
            return sqlError(QStringLiteral("using an authorization code"), mark);
        if (!expiresAt.isValid() || expiresAt <= m_clock->now())
            return Found();
        return Found(grant);
    });
}

Result<void> OAuthStore::bindCodeToFamily(const QString &code, const QString &family)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE oauth_codes SET family = ? WHERE hash = ?"));
    query.addBindValue(family);
    query.addBindValue(sha256Hex(code.toLatin1()));
    if (!query.exec())
        return sqlError(QStringLiteral("recording a sign-in"), query);
    return {};
}

Result<OAuthStore::Tokens> OAuthStore::issuePair(const QString &family, const QString &memberId,
                                                 const QString &clientId, const QString &scope,
                                                 const Lifetimes &lifetimes)
{
    const QDateTime now = m_clock->now();
    const auto access = m_tokens->issue(memberId, FamilyLabelPrefix + family, now.addSecs(lifetimes.accessSeconds));
    if (!access)
        return access.error();
    const QString refresh = refreshToken();
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("INSERT INTO oauth_refresh_tokens (hash, family, member_id, client_id, scope, "
                                 "expires_at, grace_used) VALUES (?, ?, ?, ?, ?, ?, 0)"));
    query.addBindValue(sha256Hex(refresh.toLatin1()));
    query.addBindValue(family);
    query.addBindValue(memberId);
    query.addBindValue(clientId);
    query.addBindValue(scope);
    query.addBindValue(formatIsoDateTime(now.addDays(lifetimes.refreshDays)));
    if (!query.exec())
        return sqlError(QStringLiteral("storing a refresh token"), query);
    return Tokens{*access, refresh, lifetimes.accessSeconds, scope, family};
}

Result<OAuthStore::Tokens> OAuthStore::startFamily(const QString &memberId, const QString &clientId,
                                                   const QString &scope, const Lifetimes &lifetimes)
{
    const QString family = SecureRandom::hex(16);
    return m_database->transaction<Tokens>(
        [&]() -> Result<Tokens> { return issuePair(family, memberId, clientId, scope, lifetimes); });
}

Result<std::optional<OAuthStore::Tokens>> OAuthStore::refresh(const QString &token, const QString &clientId,
                                                              const Lifetimes &lifetimes)
{
    using Found = std::optional<Tokens>;
    return m_database->transaction<Found>([&]() -> Result<Found> {
        const QString hash = sha256Hex(token.toLatin1());
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("SELECT family, member_id, client_id, scope, expires_at, rotated_at, grace_used "
                                     "FROM oauth_refresh_tokens WHERE hash = ?"));
        query.addBindValue(hash);
        if (!query.exec())
            return sqlError(QStringLiteral("reading a refresh token"), query);
        if (!query.next())
            return Found();
        const QString family = query.value(0).toString();
        const QString memberId = query.value(1).toString();
        const QString scope = query.value(3).toString();
        const QDateTime now = m_clock->now();
        const QDateTime expiresAt = parseIsoDateTime(query.value(4).toString());
        const bool rotated = !query.value(5).isNull();
        const QDateTime rotatedAt = rotated ? parseIsoDateTime(query.value(5).toString()) : QDateTime();
        const bool graceUsed = query.value(6).toInt() != 0;
        if (query.value(2).toString() != clientId || !expiresAt.isValid() || expiresAt <= now)
            return Found();
        QSqlQuery mark(m_database->connection());
        if (!rotated) {
            mark.prepare(QStringLiteral("UPDATE oauth_refresh_tokens SET rotated_at = ? WHERE hash = ?"));
            mark.addBindValue(formatIsoDateTime(now));
        } else if (!graceUsed && rotatedAt.isValid() && rotatedAt.secsTo(now) <= lifetimes.refreshGraceSeconds) {
            mark.prepare(QStringLiteral("UPDATE oauth_refresh_tokens SET grace_used = 1 WHERE hash = ?"));
        } else {
            // Replayed outside the grace: someone else may hold a copy. End the whole sign-in.
            if (auto revoked = revokeFamily(family); !revoked)
                return revoked.error();
            return Found();
        }
        mark.addBindValue(hash);
        if (!mark.exec())
            return sqlError(QStringLiteral("rotating a refresh token"), mark);
        auto pair = issuePair(family, memberId, clientId, scope, lifetimes);
        if (!pair)
            return pair.error();
        return Found(*pair);
    });
}

Result<void> OAuthStore::revokeFamily(const QString &family)
{
    QSqlQuery refresh(m_database->connection());
    refresh.prepare(QStringLiteral("DELETE FROM oauth_refresh_tokens WHERE family = ?"));
    refresh.addBindValue(family);
    if (!refresh.exec())
        return sqlError(QStringLiteral("revoking refresh tokens"), refresh);
    QSqlQuery access(m_database->connection());
    access.prepare(QStringLiteral("DELETE FROM tokens WHERE label = ?"));
    access.addBindValue(QString(FamilyLabelPrefix + family));
    if (!access.exec())
        return sqlError(QStringLiteral("revoking access tokens"), access);
    return {};
}

Result<bool> OAuthStore::allowsWrite(const QString &accessToken)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT label FROM tokens WHERE hash = ?"));
    query.addBindValue(TokenStore::hashOf(accessToken));
    if (!query.exec())
        return sqlError(QStringLiteral("checking a token's scope"), query);
    if (!query.next())
        return false;
    const QString label = query.value(0).toString();
    if (!label.startsWith(FamilyLabelPrefix))
        return true;
    QSqlQuery scope(m_database->connection());
    scope.prepare(QStringLiteral("SELECT scope FROM oauth_refresh_tokens WHERE family = ? LIMIT 1"));
    scope.addBindValue(label.mid(FamilyLabelPrefix.size()));
    if (!scope.exec())
        return sqlError(QStringLiteral("checking a token's scope"), scope);
    return scope.next() && scope.value(0).toString().split(u' ').contains(QStringLiteral("privacy.write"));
}

Result<void> OAuthStore::revoke(const QString &token)
{
    return m_database->transaction<void>([&]() -> Result<void> {
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("SELECT family FROM oauth_refresh_tokens WHERE hash = ?"));
        query.addBindValue(sha256Hex(token.toLatin1()));
        if (!query.exec())
            return sqlError(QStringLiteral("revoking a token"), query);
        if (query.next())
            return revokeFamily(query.value(0).toString());
        // An access token: only the ones a sign-in issued (not the demo or scripts' tokens).
        QSqlQuery access(m_database->connection());
        access.prepare(QStringLiteral("DELETE FROM tokens WHERE hash = ? AND label LIKE 'oauth:%'"));
        access.addBindValue(TokenStore::hashOf(token));
        if (!access.exec())
            return sqlError(QStringLiteral("revoking a token"), access);
        return {};
    });
}

} // namespace pd
