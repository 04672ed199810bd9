// CurlTransport without a server: the fixed safety settings of every handle (never relaxed),
// asynchronous replies, refused plain http, timeouts, abort and destruction mid-request.
#include "net/CurlTransport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace pd;

namespace {

// A TCP port that accepts connections and never says a word (a hung server).
class SilentServer final
{
public:
    SilentServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                m_sockets.emplace_back(socket);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    std::vector<std::unique_ptr<QTcpSocket>> m_sockets;
    int m_connections = 0;
};

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort(); // closed again when `server` goes
}

HttpRequest requestTo(const QString &url, int timeoutMs = 5000)
{
    HttpRequest request;
    request.url = QUrl(url);
    request.timeoutMs = timeoutMs;
    request.headers.add("Authorization", "Bearer secret-token");
    return request;
}

std::unique_ptr<HttpReply> sendAndWait(CurlTransport &transport, const HttpRequest &request, int waitMs = 10000)
{
    std::unique_ptr<HttpReply> reply(transport.send(request));
    QSignalSpy finished(reply.get(), &HttpReply::finished);
    if (!reply->isFinished())
        finished.wait(waitMs);
    return reply;
}

} // namespace

class TestCurlTransport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RELIABILITY "libcurl settings on every handle", read back from what was set: verification
    // on, TLS >= 1.2, https only, no redirects, timeouts, no signals, no debug output.
    void everyHandleGetsTheSafeSettings()
    {
        CurlTransport::Options options;
        options.caFile = QStringLiteral("/nonexistent/ca.pem");
        CurlTransport transport(options);
        const HttpRequest request =
            requestTo(QStringLiteral("https://127.0.0.1:%1/v1/me/usage-summary").arg(closedPort()));
        std::unique_ptr<HttpReply> reply(transport.send(request));
        QVERIFY(!reply->isFinished()); // asynchronous, always

        const CurlHandleSettings settings = transport.lastHandleSettings();
        QCOMPARE(settings.verifyPeer, 1L);
        QCOMPARE(settings.verifyHost, 2L);
        QCOMPARE(settings.sslVersion, 6L); // CURL_SSLVERSION_TLSv1_2
        QCOMPARE(settings.protocols, QStringLiteral("https"));
        QCOMPARE(settings.redirProtocols, QStringLiteral("https"));
        QCOMPARE(settings.followLocation, 0L);
        QCOMPARE(settings.noSignal, 1L);
        QCOMPARE(settings.verbose, 0L);
        QCOMPARE(settings.connectTimeoutMs, 10000L);
        QCOMPARE(settings.timeoutMs, 5000L);
        QCOMPARE(settings.lowSpeedLimit, 16L);
        QCOMPARE(settings.lowSpeedTime, 15L);
        QCOMPARE(settings.caInfo, options.caFile);

        QSignalSpy finished(reply.get(), &HttpReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->result().error, TransportError::Connect);
        QCOMPARE(reply->result().status, 0);
        QVERIFY(!reply->result().errorMessage.contains(QStringLiteral("secret-token")));
    }

    void plainHttpIsRefusedBeforeConnecting()
    {
        SilentServer server;
        CurlTransport transport;
        const auto reply = sendAndWait(transport, requestTo(QStringLiteral("http://127.0.0.1:%1/").arg(server.port())));
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->result().error, TransportError::Protocol);
        QTest::qWait(50);
        QCOMPARE(server.connections(), 0);
    }

    // A server that accepts but never answers: the request's own timeout ends it, on time.
    void silentServerTimesOut()
    {
        SilentServer server;
        CurlTransport transport;
        QElapsedTimer elapsed;
        elapsed.start();
        const auto reply =
            sendAndWait(transport, requestTo(QStringLiteral("https://127.0.0.1:%1/").arg(server.port()), 400));
        QCOMPARE(reply->result().error, TransportError::Timeout);
        QVERIFY2(elapsed.elapsed() >= 350 && elapsed.elapsed() < 3000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(server.connections(), 1);
        QCOMPARE(transport.activeTransfers(), 0);
    }

    void abortAnswersCancelledAndFreesTheTransfer()
    {
        SilentServer server;
        CurlTransport transport;
        std::unique_ptr<HttpReply> reply(
            transport.send(requestTo(QStringLiteral("https://127.0.0.1:%1/").arg(server.port()))));
        QTRY_COMPARE(server.connections(), 1);
        QSignalSpy finished(reply.get(), &HttpReply::finished);
        reply->abort();
        QCOMPARE(transport.activeTransfers(), 0);
        QVERIFY(finished.wait(1000));
        QCOMPARE(reply->result().error, TransportError::Cancelled);

        // Destroying an unfinished reply cancels it too; the transport keeps working.
        HttpReply *dropped = transport.send(requestTo(QStringLiteral("https://127.0.0.1:%1/").arg(server.port())));
        QTRY_COMPARE(server.connections(), 2);
        delete dropped;
        QCOMPARE(transport.activeTransfers(), 0);
        const auto next = sendAndWait(transport, requestTo(QStringLiteral("https://127.0.0.1:%1/").arg(closedPort())));
        QCOMPARE(next->result().error, TransportError::Connect);
    }

    void destroyingTheTransportCancelsWhatRuns()
    {
        SilentServer server;
        auto transport = std::make_unique<CurlTransport>();
        std::unique_ptr<HttpReply> reply(
            transport->send(requestTo(QStringLiteral("https://127.0.0.1:%1/").arg(server.port()))));
        QTRY_COMPARE(server.connections(), 1);
        QSignalSpy finished(reply.get(), &HttpReply::finished);
        transport.reset();
        QVERIFY(finished.wait(1000));
        QCOMPARE(reply->result().error, TransportError::Cancelled);
    }

    void manyConcurrentRequestsAllAnswer()
    {
        CurlTransport transport;
        const quint16 port = closedPort();
        std::vector<std::unique_ptr<HttpReply>> replies;
        for (int i = 0; i < 20; ++i)
            replies.emplace_back(transport.send(requestTo(QStringLiteral("https://127.0.0.1:%1/%2").arg(port).arg(i))));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](const auto &r) { return r->isFinished(); }), 10000);
        for (const auto &reply : replies)
            QCOMPARE(reply->result().error, TransportError::Connect);
    }
};

QTEST_GUILESS_MAIN(TestCurlTransport)
#include "TestCurlTransport.moc"
