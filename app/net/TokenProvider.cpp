#include "net/TokenProvider.h"

#include "core/Clock.h"
#include "net/HttpTransport.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace pd {

namespace {

QString serverName(const QUrl &server)
{
    return server.port() > 0 ? server.host() + u':' + QString::number(server.port()) : server.host();
}

void later(QObject *context, std::function<void()> step)
{
    QTimer::singleShot(0, context, std::move(step));
}

} // namespace

TokenProvider::TokenProvider(QUrl server, HttpTransport &transport, const Clock &clock, SecretStore *store,
                             QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_transport(transport)
    , m_clock(clock)
    , m_store(store)
{}

TokenProvider::~TokenProvider()
{
    delete m_refreshing;
}

QString TokenProvider::secretName(const QUrl &server)
{
    return QStringLiteral("oauth/") + serverName(server);
}

Result<bool> TokenProvider::load()
{
    if (!m_store)
        return false;
    const auto secret = m_store->read(secretName(m_server));
    if (!secret)
        return secret.error();
    if (!secret->has_value())
        return false;
    const std::optional<OAuthTokens> tokens = OAuthTokens::fromSecret(**secret);
    if (!tokens)
        return false;
    m_tokens = *tokens;
    return true;
}

Result<void> TokenProvider::setTokens(const OAuthTokens &tokens)
{
    m_tokens = tokens;
    if (!m_store)
        return {};
    return m_store->write(secretName(m_server), tokens.toSecret());
}

void TokenProvider::refresh(Done done, const QByteArray &rejectedToken)
{
    if (!m_refreshing && !rejectedToken.isEmpty() && isSignedIn() && rejectedToken != m_tokens.accessToken)
        return later(this, [done = std::move(done)] { done({}); });
    m_waiting.append(std::move(done));
    if (m_refreshing)
        return; // single flight: this caller waits for the refresh already under way
    if (m_tokens.refreshToken.isEmpty()) {
        later(this, [this] {
            const QList<Done> waiting = std::exchange(m_waiting, {});
            for (const Done &one : waiting)
                one(Error{ErrorKind::Authentication,
                          QCoreApplication::translate("OAuth", "not signed in to %1").arg(serverName(m_server))});
        });
        return;
    }
    ++m_refreshRequests;
    m_refreshing = m_transport.send(OAuthClient::refresh(m_server, m_tokens.refreshToken));
    m_refreshing->setParent(this);
    connect(m_refreshing, &HttpReply::finished, this, [this] {
        HttpReply *reply = m_refreshing;
        m_refreshing = nullptr;
        reply->deleteLater();
        Result<OAuthTokens> tokens =
            OAuthClient::parseTokenResponse(reply->result(), m_clock.now(), serverName(m_server));
        Result<void> outcome;
        if (tokens) {
            if (tokens->refreshToken.isEmpty())
                tokens.value().refreshToken = m_tokens.refreshToken;
            outcome = setTokens(*tokens);
        } else if (tokens.error().kind == ErrorKind::Authentication) {
            forget();
            outcome = tokens.error();
            Q_EMIT signedOut(tokens.error().message);
        } else {
            outcome = tokens.error(); // transient: the tokens stay for the next try
        }
        const QList<Done> waiting = std::exchange(m_waiting, {});
        for (const Done &one : waiting)
            one(outcome);
    });
}

void TokenProvider::signOut(Done done)
{
    const QByteArray token = m_tokens.refreshToken.isEmpty() ? m_tokens.accessToken : m_tokens.refreshToken;
    auto finishSignOut = [this, done = std::move(done)] {
        forget();
        Result<void> removed;
        if (m_store)
            removed = m_store->remove(secretName(m_server));
        done(removed);
    };
    if (token.isEmpty())
        return later(this, finishSignOut);
    HttpRequest request = OAuthClient::revoke(m_server, token);
    request.timeoutMs = 5'000; // best effort: an unreachable server does not keep the member signed in
    HttpReply *reply = m_transport.send(request);
    reply->setParent(this);
    connect(reply, &HttpReply::finished, this, [reply, finishSignOut] {
        reply->deleteLater();
        finishSignOut();
    });
}

void TokenProvider::forget()
{
    m_tokens.accessToken.fill('\0');
    m_tokens.refreshToken.fill('\0');
    m_tokens = OAuthTokens{};
    if (m_store) {
        if (auto removed = m_store->remove(secretName(m_server)); !removed)
            qWarning("privacy-dashboard: %s", qPrintable(removed.error().message));
    }
}

} // namespace pd
