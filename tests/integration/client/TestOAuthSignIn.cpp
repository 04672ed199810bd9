// Sign-in through the browser (issue 16) against the real reference server over HTTPS: the test
// is the browser (support/OAuthBrowser: it reads the server's form, posts the demo member's
// credentials and consent, follows the redirect to the app's loopback receiver). The app side is
// the product's OAuthFlow, TokenProvider and ApiClient on CurlTransport.
#include "core/Clock.h"
#include "core/MemberRecord.h"
#include "net/ApiClient.h"
#include "net/CurlTransport.h"
#include "net/OAuthFlow.h"
#include "net/TokenProvider.h"
#include "secrets/SecretStore.h"
#include "support/OAuthBrowser.h"
#include "support/ReferenceServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace pd;
using pd::test::OAuthBrowser;
using pd::test::ReferenceServer;

namespace {

// Records every request to the token endpoint, then sends it over the real transport.
class RecordingTransport final : public HttpTransport
{
public:
    explicit RecordingTransport(HttpTransport &inner)
        : m_inner(inner)
    {}
    HttpReply *send(const HttpRequest &request) override
    {
        if (request.url.path() == QStringLiteral("/oauth/token"))
            tokenRequests.append(request);
        return m_inner.send(request);
    }
    QList<HttpRequest> tokenRequests;

private:
    HttpTransport &m_inner;
};

// A SecretStore in memory (the product's is the keychain; its own tests cover it).
class MemoryStore final : public SecretStore
{
public:
    Result<void> write(const QString &name, const QByteArray &secret) override
    {
        secrets.insert(name, secret);
        return {};
    }
    Result<std::optional<QByteArray>> read(const QString &name) override
    {
        return secrets.contains(name) ? std::optional<QByteArray>(secrets.value(name)) : std::nullopt;
    }
    Result<void> remove(const QString &name) override
    {
        secrets.remove(name);
        return {};
    }
    bool isPersistent() const override { return false; }
    QString limitation() const override { return {}; }
    QHash<QString, QByteArray> secrets;
};

// Every Qt message of this process while a test runs, to grep for secrets.
QMutex logMutex;
QString capturedLog;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&logMutex);
    capturedLog += message + u'\n';
}

QString formValue(const QByteArray &body, const QString &name)
{
    QByteArray text = body;
    text.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(text)).queryItemValue(name, QUrl::FullyDecoded);
}

struct SignedIn {
    Result<OAuthTokens> tokens = Error::internal(QStringLiteral("not run"));
    OAuthBrowser::Page finalPage;
};

} // namespace

class TestOAuthSignIn final : public QObject
{
    Q_OBJECT

private:
    QString m_login;
    QString m_memberName;
    const SystemClock m_clock{};

    static QString password(const ReferenceServer &server)
    {
        QFile file(server.passwordFile());
        return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).trimmed() : QString();
    }

    // The whole flow as the member does it: the app starts, the browser signs in and is redirected.
    SignedIn signIn(const ReferenceServer &server, HttpTransport &transport, OAuthFlow::Options options = {})
    {
        SignedIn outcome;
        OAuthFlow flow(server.url(), transport, m_clock, options);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        const Result<QUrl> url = flow.start();
        if (!url)
            return outcome;
        OAuthBrowser browser(server.caFile());
        const OAuthBrowser::Page redirect = browser.signIn(*url, m_login, password(server));
        if (redirect.status != 302)
            return outcome;
        outcome.finalPage = OAuthBrowser::visitLoopback(QUrl(QString::fromLatin1(redirect.location)));
        if (finished.isEmpty() && !finished.wait(15000))
            return outcome;
        outcome.tokens = flow.result();
        return outcome;
    }

    // A code for a PKCE pair of the test's own, without a receiver (the server never calls it).
    struct Code {
        QByteArray code;
        QByteArray verifier;
        QString redirectUri = QStringLiteral("http://127.0.0.1:9/callback");
    };
    Code codeFor(const ReferenceServer &server)
    {
        Code code;
        code.verifier = OAuthClient::newVerifier().value();
        const QUrl url = OAuthClient::authorizeUrl(server.url(), code.redirectUri, "state-of-the-test",
                                                   OAuthClient::challengeFor(code.verifier));
        OAuthBrowser browser(server.caFile());
        const OAuthBrowser::Page redirect = browser.signIn(url, m_login, password(server));
        const QUrlQuery query(QUrl(QString::fromLatin1(redirect.location)));
        code.code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toLatin1();
        return code;
    }

    static HttpResult call(HttpTransport &transport, const HttpRequest &request)
    {
        std::unique_ptr<HttpReply> reply(transport.send(request));
        QSignalSpy finished(reply.get(), &HttpReply::finished);
        finished.wait(20000);
        return reply->result();
    }

    static int summaryStatus(HttpTransport &transport, const QUrl &server, const QByteArray &accessToken)
    {
        HttpRequest request;
        request.url = server.resolved(QUrl(QStringLiteral("/v1/me/usage-summary")));
        request.headers.add("Authorization", "Bearer " + accessToken);
        return call(transport, request).status;
    }

    static QString oauthError(const HttpResult &result)
    {
        return QJsonDocument::fromJson(result.body).object().value(QStringLiteral("error")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Result<MemberRecord> demo = loadDemoMember();
        QVERIFY(demo.ok());
        m_login = demo->email;
        m_memberName = demo->member.name;
    }

    void signInLoadsTheMembersData()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        CurlTransport curl(CurlTransport::Options{server.caFile()});
        RecordingTransport transport(curl);
        const SignedIn signedIn = signIn(server, transport);
        QVERIFY2(signedIn.tokens.ok(), qPrintable(signedIn.tokens.ok() ? QString() : signedIn.tokens.error().message));
        QCOMPARE(signedIn.finalPage.status, 200);
        QVERIFY(signedIn.finalPage.body.contains("You are signed in"));
        QCOMPARE(transport.tokenRequests.size(), 1);
        QVERIFY(!signedIn.tokens->refreshToken.isEmpty());
        QVERIFY(signedIn.tokens->expiresAt > m_clock.now());

        // The dashboard's calls with the new token.
        MemoryStore store;
        TokenProvider tokens(server.url(), transport, m_clock, &store);
        QVERIFY(tokens.setTokens(*signedIn.tokens).ok());
        QVERIFY(store.secrets.contains(TokenProvider::secretName(server.url())));
        ApiClient client(server.url(), {}, transport, m_clock);
        client.setTokenProvider(&tokens);
        std::optional<Result<ApiUsageSummary>> summary;
        client.fetchSummary([&](Result<ApiUsageSummary> result) { summary = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 20000);
        QVERIFY2(summary->ok(), qPrintable(summary->ok() ? QString() : summary->error().message));
        QCOMPARE((*summary)->member.name, m_memberName);
        QCOMPARE(tokens.refreshRequests(), 0);
    }

    void wrongOrMissingStateGets400AndNoTokenRequest()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        CurlTransport curl(CurlTransport::Options{server.caFile()});
        RecordingTransport transport(curl);
        OAuthFlow flow(server.url(), transport, m_clock);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        const Result<QUrl> url = flow.start();
        QVERIFY(url.ok());
        QCOMPARE(QUrlQuery(*url).queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        OAuthBrowser browser(server.caFile());
        const OAuthBrowser::Page redirect = browser.signIn(*url, m_login, password(server));
        QCOMPARE(redirect.status, 302);
        const QUrl callback(QString::fromLatin1(redirect.location));
        QUrlQuery query(callback);
        const QString state = query.queryItemValue(QStringLiteral("state"));

        QUrl forged = callback;
        QUrlQuery wrong = query;
        wrong.removeAllQueryItems(QStringLiteral("state"));
        wrong.addQueryItem(QStringLiteral("state"), state.left(state.size() - 1) + QStringLiteral("x"));
        forged.setQuery(wrong);
        OAuthBrowser::Page page = OAuthBrowser::visitLoopback(forged);
        QCOMPARE(page.status, 400);
        wrong.removeAllQueryItems(QStringLiteral("state"));
        forged.setQuery(wrong);
        page = OAuthBrowser::visitLoopback(forged);
        QCOMPARE(page.status, 400);
        QTest::qWait(200);
        QCOMPARE(transport.tokenRequests.size(), 0);
        QVERIFY(finished.isEmpty());
        QVERIFY(flow.isListening());

        // The browser's real redirect still completes it, and closes the receiver.
        const quint16 port = flow.listenPort();
        page = OAuthBrowser::visitLoopback(callback);
        QCOMPARE(page.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QVERIFY(flow.result().ok());
        QCOMPARE(transport.tokenRequests.size(), 1);
        QVERIFY(!flow.isListening());
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!late.waitForConnected(2000));
    }

    void plainChallengeAndForeignRedirectRefused()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        OAuthBrowser browser(server.caFile());
        QUrl url = OAuthClient::authorizeUrl(server.url(), QStringLiteral("http://127.0.0.1:4567/callback"),
                                             "a-state-123", "verifier-sent-in-the-clear-is-not-allowed-0123");
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("code_challenge_method"));
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("plain"));
        url.setQuery(query);
        OAuthBrowser::Page page = browser.get(url);
        QCOMPARE(page.status, 302);
        QVERIFY(page.location.startsWith("http://127.0.0.1:4567/callback?error=invalid_request"));
        QVERIFY(!page.location.contains("code="));

        // Not the registered path, another host: an error page, no redirect at all.
        for (const QString &redirect :
             {QStringLiteral("http://127.0.0.1:4567/other"), QStringLiteral("http://evil.example:4567/callback"),
              QStringLiteral("https://127.0.0.1:4567/callback")}) {
            const QUrl foreign =
                OAuthClient::authorizeUrl(server.url(), redirect, "a-state-123", OAuthClient::challengeFor("x"));
            page = browser.get(foreign);
            QCOMPARE(page.status, 400);
            QVERIFY(page.location.isEmpty());
        }
        // Everything echoed is escaped.
        QUrl hostile = OAuthClient::authorizeUrl(server.url(), QStringLiteral("http://[::1]:4567/callback"),
                                                 "\"><script>alert(1)</script>", OAuthClient::challengeFor("x"));
        page = browser.get(hostile);
        QCOMPARE(page.status, 200);
        QVERIFY(!page.body.contains("<script>"));
        QVERIFY(page.body.contains("&quot;&gt;&lt;script&gt;"));
    }

    void reusedCodeRefusedAndItsTokensRevoked()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        CurlTransport transport(CurlTransport::Options{server.caFile()});
        const Code code = codeFor(server);
        QVERIFY(!code.code.isEmpty());
        const HttpResult first =
            call(transport, OAuthClient::codeExchange(server.url(), code.code, code.redirectUri, code.verifier));
        QCOMPARE(first.status, 200);
        const auto tokens = OAuthClient::parseTokenResponse(first, m_clock.now(), {});
        QVERIFY(tokens.ok());
        QCOMPARE(summaryStatus(transport, server.url(), tokens->accessToken), 200);
        const HttpResult second =
            call(transport, OAuthClient::codeExchange(server.url(), code.code, code.redirectUri, code.verifier));
        QCOMPARE(second.status, 400);
        QCOMPARE(oauthError(second), QStringLiteral("invalid_grant"));
        QCOMPARE(summaryStatus(transport, server.url(), tokens->accessToken), 401);
    }

    void readOnlyScopeCannotChangeTheSetting()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        CurlTransport transport(CurlTransport::Options{server.caFile()});
        auto tokenFor = [&](const QString &scope) -> QByteArray {
            Code code;
            code.verifier = OAuthClient::newVerifier().value();
            QUrl url = OAuthClient::authorizeUrl(server.url(), code.redirectUri, "state-of-the-test",
                                                 OAuthClient::challengeFor(code.verifier));
            QUrlQuery query(url);
            query.removeAllQueryItems(QStringLiteral("scope"));
            query.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(scope)));
            url.setQuery(query);
            OAuthBrowser browser(server.caFile());
            const OAuthBrowser::Page redirect = browser.signIn(url, m_login, password(server));
            code.code = QUrlQuery(QUrl(QString::fromLatin1(redirect.location)))
                            .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded)
                            .toLatin1();
            const auto tokens = OAuthClient::parseTokenResponse(
                call(transport, OAuthClient::codeExchange(server.url(), code.code, code.redirectUri, code.verifier)),
                m_clock.now(), {});
            return tokens ? tokens->accessToken : QByteArray();
        };
        auto putStatus = [&](const QByteArray &token) {
            HttpRequest request;
            request.method = "PUT";
            request.url = server.url().resolved(QUrl(QStringLiteral("/v1/me/settings/ai-training")));
            request.headers.add("Authorization", "Bearer " + token);
            request.headers.add("Content-Type", "application/json");
            request.body = R"({"optedOut": true})";
            return call(transport, request).status;
        };
        const QByteArray readOnly = tokenFor(QStringLiteral("privacy.read"));
        QVERIFY(!readOnly.isEmpty());
        QCOMPARE(summaryStatus(transport, server.url(), readOnly), 200);
        QCOMPARE(putStatus(readOnly), 403);
        const QByteArray readWrite = tokenFor(QStringLiteral("privacy.read privacy.write"));
        QVERIFY(!readWrite.isEmpty());
        QCOMPARE(putStatus(readWrite), 400); // past the scope: the missing Idempotency-Key is next
    }

    void verifierMismatchRefused()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        CurlTransport transport(CurlTransport::Options{server.caFile()});
        const Code code = codeFor(server);
        QVERIFY(!code.code.isEmpty());
        const QByteArray other = OAuthClient::newVerifier().value();
        HttpResult result =
            call(transport, OAuthClient::codeExchange(server.url(), code.code, code.redirectUri, other));
        QCOMPARE(result.status, 400);
        QCOMPARE(oauthError(result), QStringLiteral("invalid_grant"));
        // The code is spent: the right verifier afterwards does not rescue it.
        result = call(transport, OAuthClient::codeExchange(server.url(), code.code, code.redirectUri, code.verifier));
        QCOMPARE(result.status, 400);
        // A verifier shorter than RFC 7636's 43 characters is malformed.
        const Code fresh = codeFor(server);
        result = call(transport,
                      OAuthClient::codeExchange(server.url(), fresh.code, fresh.redirectUri, fresh.verifier.left(42)));
        QCOMPARE(result.status, 400);
        QCOMPARE(oauthError(result), QStringLiteral("invalid_request"));
    }

    void expiredCodeFailsInTheFlow()
    {
        ReferenceServer server(false, {QStringLiteral("--oauth-lifetimes"), QStringLiteral("1,3600,30")});
        QVERIFY(server.ok());
        CurlTransport curl(CurlTransport::Options{server.caFile()});
        RecordingTransport transport(curl);
        OAuthFlow flow(server.url(), transport, m_clock);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        const Result<QUrl> url = flow.start();
        QVERIFY(url.ok());
        OAuthBrowser browser(server.caFile());
        const OAuthBrowser::Page redirect = browser.signIn(*url, m_login, password(server));
        QCOMPARE(redirect.status, 302);
        QTest::qWait(2100); // the code lived 1 s
        const OAuthBrowser::Page page = OAuthBrowser::visitLoopback(QUrl(QString::fromLatin1(redirect.location)));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("could not be completed"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const auto outcome = flow.result();
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().kind, ErrorKind::Authentication);
        QCOMPARE(transport.tokenRequests.size(), 1);
    }

    void refreshRotatesWithOneGraceUse()
    {
        ReferenceServer server(false, {QStringLiteral("--oauth-lifetimes"), QStringLiteral("60,3600,2")});
        QVERIFY(server.ok());
        CurlTransport transport(CurlTransport::Options{server.caFile()});
        auto exchange = [&] {
            const Code code = codeFor(server);
            return OAuthClient::parseTokenResponse(
                call(transport, OAuthClient::codeExchange(server.url(), code.code, code.redirectUri, code.verifier)),
                m_clock.now(), {});
        };
        auto refresh = [&](const QByteArray &token) {
            return call(transport, OAuthClient::refresh(server.url(), token));
        };

        const auto first = exchange();
        QVERIFY(first.ok());
        HttpResult result = refresh(first->refreshToken);
        QCOMPARE(result.status, 200);
        const auto second = OAuthClient::parseTokenResponse(result, m_clock.now(), {});
        QVERIFY(second.ok());
        QVERIFY(second->refreshToken != first->refreshToken);
        QVERIFY(second->accessToken != first->accessToken);
        // The answer was "lost": the old refresh token works once more within the grace ...
        result = refresh(first->refreshToken);
        QCOMPARE(result.status, 200);
        const auto third = OAuthClient::parseTokenResponse(result, m_clock.now(), {});
        QVERIFY(third.ok());
        // ... and not a second time: that is a replay, and the whole sign-in ends.
        result = refresh(first->refreshToken);
        QCOMPARE(result.status, 400);
        QCOMPARE(oauthError(result), QStringLiteral("invalid_grant"));
        QCOMPARE(refresh(second->refreshToken).status, 400);
        QCOMPARE(refresh(third->refreshToken).status, 400);
        QCOMPARE(summaryStatus(transport, server.url(), third->accessToken), 401);

        // After the grace window the old token is refused at once, and the family ends too.
        const auto other = exchange();
        QVERIFY(other.ok());
        result = refresh(other->refreshToken);
        QCOMPARE(result.status, 200);
        const auto rotated = OAuthClient::parseTokenResponse(result, m_clock.now(), {});
        QTest::qWait(3100);
        QCOMPARE(refresh(other->refreshToken).status, 400);
        QCOMPARE(refresh(rotated->refreshToken).status, 400);
    }

    void tenCallsWithAnExpiredTokenRefreshOnce()
    {
        ReferenceServer server(false, {QStringLiteral("--oauth-lifetimes"), QStringLiteral("60,2,30")});
        QVERIFY(server.ok());
        CurlTransport curl(CurlTransport::Options{server.caFile()});
        RecordingTransport transport(curl);
        const SignedIn signedIn = signIn(server, transport);
        QVERIFY(signedIn.tokens.ok());
        QTest::qWait(2500); // the access token lived 2 s
        QCOMPARE(summaryStatus(transport, server.url(), signedIn.tokens->accessToken), 401);

        MemoryStore store;
        TokenProvider tokens(server.url(), transport, m_clock, &store);
        QVERIFY(tokens.setTokens(*signedIn.tokens).ok());
        ApiClient client(server.url(), {}, transport, m_clock);
        client.setTokenProvider(&tokens);
        transport.tokenRequests.clear();
        int ok = 0;
        int answered = 0;
        for (int i = 0; i < 10; ++i) {
            client.fetchSummary([&](Result<ApiUsageSummary> result) {
                ++answered;
                ok += result.ok() && result->member.name == m_memberName ? 1 : 0;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, 10, 30000);
        QCOMPARE(ok, 10);
        QCOMPARE(transport.tokenRequests.size(), 1);
        QCOMPARE(tokens.refreshRequests(), 1);
        QVERIFY(tokens.accessToken() != signedIn.tokens->accessToken);
        // The rotated tokens are what the store holds now.
        const auto stored = OAuthTokens::fromSecret(store.secrets.value(TokenProvider::secretName(server.url())));
        QVERIFY(stored && stored->accessToken == tokens.accessToken());
    }

    void invalidGrantSignsOutTransientKeepsTokens()
    {
        ReferenceServer server(false, {QStringLiteral("--oauth-lifetimes"), QStringLiteral("60,2,30")});
        QVERIFY(server.ok());
        CurlTransport transport(CurlTransport::Options{server.caFile()});
        const SignedIn signedIn = signIn(server, transport);
        QVERIFY(signedIn.tokens.ok());

        // A server that does not answer: the refresh fails, the session stays.
        {
            MemoryStore store;
            QUrl down = server.url();
            down.setPort(1);
            TokenProvider tokens(down, transport, m_clock, &store);
            QVERIFY(tokens.setTokens(*signedIn.tokens).ok());
            std::optional<Result<void>> outcome;
            tokens.refresh([&](Result<void> result) { outcome = result; });
            QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
            QVERIFY(!outcome->ok());
            QCOMPARE(outcome->error().kind, ErrorKind::Network);
            QVERIFY(tokens.isSignedIn());
            QCOMPARE(store.secrets.size(), 1);
        }
        // The sign-in revoked elsewhere: invalid_grant ends the session cleanly.
        QCOMPARE(call(transport, OAuthClient::revoke(server.url(), signedIn.tokens->refreshToken)).status, 200);
        QTest::qWait(2500);
        MemoryStore store;
        TokenProvider tokens(server.url(), transport, m_clock, &store);
        QVERIFY(tokens.setTokens(*signedIn.tokens).ok());
        QSignalSpy signedOut(&tokens, &TokenProvider::signedOut);
        ApiClient client(server.url(), {}, transport, m_clock);
        client.setTokenProvider(&tokens);
        std::optional<Result<ApiUsageSummary>> summary;
        client.fetchSummary([&](Result<ApiUsageSummary> result) { summary = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 20000);
        QVERIFY(!summary->ok());
        QCOMPARE(summary->error().kind, ErrorKind::Authentication);
        QCOMPARE(signedOut.size(), 1);
        QVERIFY(!tokens.isSignedIn());
        QVERIFY(store.secrets.isEmpty());
    }

    void signOutRevokesAndForgets()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        CurlTransport transport(CurlTransport::Options{server.caFile()});
        const SignedIn signedIn = signIn(server, transport);
        QVERIFY(signedIn.tokens.ok());
        MemoryStore store;
        TokenProvider tokens(server.url(), transport, m_clock, &store);
        QVERIFY(tokens.setTokens(*signedIn.tokens).ok());
        std::optional<Result<void>> outcome;
        tokens.signOut([&](Result<void> result) { outcome = result; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QVERIFY(outcome->ok());
        QVERIFY(!tokens.isSignedIn());
        QVERIFY(store.secrets.isEmpty());
        QCOMPARE(summaryStatus(transport, server.url(), signedIn.tokens->accessToken), 401);
        QCOMPARE(call(transport, OAuthClient::refresh(server.url(), signedIn.tokens->refreshToken)).status, 400);
    }

    void receiverListensOnLoopbackOnly()
    {
        const SystemClock clock;
        CurlTransport transport;
        OAuthFlow flow(QUrl(QStringLiteral("https://127.0.0.1:1")), transport, clock);
        QVERIFY(flow.start().ok());
        QVERIFY(flow.listenAddress().isLoopback());
        QVERIFY(flow.listenAddress() == QHostAddress(QHostAddress::LocalHost) ||
                flow.listenAddress() == QHostAddress(QHostAddress::LocalHostIPv6));
        QVERIFY(flow.listenPort() >= 1024); // ephemeral
        QVERIFY(flow.redirectUri().startsWith(QStringLiteral("http://127.0.0.1:")));
        int tried = 0;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.isLinkLocal())
                continue;
            ++tried;
            QTcpSocket socket;
            socket.connectToHost(address, flow.listenPort());
            QVERIFY2(!socket.waitForConnected(3000), qPrintable(address.toString()));
        }
        if (tried == 0)
            QSKIP("this machine has no non-loopback address to try");
        // Loopback does connect (the check above is not vacuous).
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, flow.listenPort());
        QVERIFY(socket.waitForConnected(3000));
    }

    void timeoutEndsTheWait()
    {
        const SystemClock clock;
        CurlTransport transport;
        OAuthFlow::Options options;
        options.timeoutMs = 300;
        OAuthFlow flow(QUrl(QStringLiteral("https://127.0.0.1:1")), transport, clock, options);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        QVERIFY(flow.start().ok());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY(!flow.result().ok());
        QVERIFY(!flow.isListening());
    }

    void secretsAppearInNoLogOrUrl()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        CurlTransport curl(CurlTransport::Options{server.caFile()});
        RecordingTransport transport(curl);
        {
            QMutexLocker lock(&logMutex);
            capturedLog.clear();
        }
        const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
        OAuthFlow flow(server.url(), transport, m_clock);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        const Result<QUrl> url = flow.start();
        OAuthBrowser browser(server.caFile());
        OAuthBrowser::Page formPage;
        const OAuthBrowser::Page redirect = browser.signIn(*url, m_login, password(server), true, &formPage);
        OAuthBrowser::visitLoopback(QUrl(QString::fromLatin1(redirect.location)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const auto tokens = flow.result();
        qWarning("a line so the capture is known to work");
        qInstallMessageHandler(previous);
        QVERIFY(tokens.ok());
        QCOMPARE(transport.tokenRequests.size(), 1);
        const QByteArray body = transport.tokenRequests.constFirst().body;
        const QString code = formValue(body, QStringLiteral("code"));
        const QString verifier = formValue(body, QStringLiteral("code_verifier"));
        QVERIFY(verifier.size() >= 43 && verifier.size() <= 128);
        QVERIFY(!code.isEmpty());
        const QStringList secrets{QString::fromLatin1(tokens->accessToken), QString::fromLatin1(tokens->refreshToken),
                                  code, verifier, password(server)};
        QVERIFY(capturedLog.contains(QStringLiteral("the capture is known to work")));
        const QString authorizeUrl = url->toString(QUrl::FullyEncoded);
        for (const QString &secret : secrets) {
            QVERIFY(!capturedLog.contains(secret));
            QVERIFY(!authorizeUrl.contains(secret)); // the challenge travels, the verifier does not
            QVERIFY(!formPage.body.contains(secret.toUtf8()));
        }
        // The code is in exactly the URL the protocol puts it in (the redirect to the receiver).
        QVERIFY(redirect.location.contains(QUrl::toPercentEncoding(code)));
        QVERIFY(!transport.tokenRequests.constFirst().url.toString().contains(code));
    }
};

QTEST_GUILESS_MAIN(TestOAuthSignIn)
#include "TestOAuthSignIn.moc"
