#pragma once

#include "core/Result.h"
#include "net/OAuthTokens.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace pd {

class Clock;
class HttpReply;
class HttpTransport;
class SecretStore;

// The session of one server: its OAuth tokens, persisted in the SecretStore under
// "oauth/<host:port>" (never a file), and the refresh they need. refresh() is single-flight: however
// many calls hit 401 at once, one refresh request goes out and every caller gets its outcome.
// invalid_grant (or any other refusal) ends the session cleanly: tokens dropped from memory and the
// store, signedOut() emitted; a transient failure (network, 5xx, 429) keeps the tokens for later.
// The transport, clock and store are borrowed (the store may be null: memory only).
class TokenProvider final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<void>)>;

    TokenProvider(QUrl server, HttpTransport &transport, const Clock &clock, SecretStore *store,
                  QObject *parent = nullptr);
    ~TokenProvider() override;

    static QString secretName(const QUrl &server);

    // Reads the tokens a previous run stored; false when there are none (or the store failed: error()).
    Result<bool> load();
    // Adopts a fresh sign-in and stores it.
    Result<void> setTokens(const OAuthTokens &tokens);
    bool isSignedIn() const { return !m_tokens.isEmpty(); }
    QByteArray accessToken() const { return m_tokens.accessToken; }

    // Exchanges the refresh token for new tokens; `done` runs after this returned, exactly once.
    // rejectedToken: the access token a 401 answered. When a refresh has replaced it meanwhile (the
    // request left before the refresh ended), the caller just retries: no second refresh.
    void refresh(Done done, const QByteArray &rejectedToken = {});
    // Revokes the refresh token at the server (best effort, answered or not within a few seconds),
    // then forgets the tokens here and in the store. `done` gets the store's outcome.
    void signOut(Done done);

    int refreshRequests() const { return m_refreshRequests; } // refresh requests sent, for diagnostics

Q_SIGNALS:
    void signedOut(const QString &reason);

private:
    void forget();

    QUrl m_server;
    HttpTransport &m_transport;
    const Clock &m_clock;
    SecretStore *m_store;
    OAuthTokens m_tokens;
    QPointer<HttpReply> m_refreshing;
    QList<Done> m_waiting;
    int m_refreshRequests = 0;
};

} // namespace pd
