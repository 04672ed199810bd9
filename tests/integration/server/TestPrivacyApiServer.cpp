// The reference server as its clients see it: the real privacy-api-server executable on a free
// loopback port, over HTTPS that trusts only the server's own development CA. Every response
// received is recorded and checked against the OpenAPI contract at the end.
#include "ServerProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <zlib.h>

using pd::test::ServerPath;
using pd::test::ServerProcess;

namespace {

// RFC 1952 gzip -> bytes (zlib; at most 64 MiB).
QByteArray gunzip(const QByteArray &data)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return {};
    QByteArray out(64 << 20, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int status = inflate(&stream, Z_FINISH);
    out.truncate(qsizetype(stream.total_out));
    inflateEnd(&stream);
    return status == Z_STREAM_END ? out : QByteArray();
}

const QString SourceDir = QStringLiteral(PD_SOURCE_DIR);
const QString SettingPath = QStringLiteral("/v1/me/settings/ai-training");
const QStringList MainServerArguments{QStringLiteral("--demo"), QStringLiteral("--test-hooks"),
                                      QStringLiteral("--rate-limit"), QStringLiteral("0")};

struct Response {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

using Header = QPair<QByteArray, QByteArray>;
using Headers = QList<Header>;

} // namespace

class TestPrivacyApiServer final : public QObject
{
    Q_OBJECT

private:
    QNetworkReply *startRequest(const QByteArray &method, const QString &path, const Headers &headers = {},
                                const QByteArray &body = {}, const QString &base = {})
    {
        QNetworkRequest request(QUrl((base.isEmpty() ? m_server->baseUrl() : base) + path));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_server->file(QStringLiteral("tls/ca.pem"))));
        request.setSslConfiguration(tls);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setTransferTimeout(20000);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return m_network.sendCustomRequest(request, method, body);
    }

    Response finish(QNetworkReply *reply, const QString &path)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        Response response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.error = reply->error();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            response.headers.insert(name.toLower(), value);
        response.body = reply->readAll();
        if (response.status != 0)
            record(methodOf(reply), path, response);
        reply->deleteLater();
        return response;
    }

    static QByteArray methodOf(const QNetworkReply *reply)
    {
        switch (reply->operation()) {
        case QNetworkAccessManager::GetOperation:
            return QByteArrayLiteral("GET");
        case QNetworkAccessManager::PutOperation:
            return QByteArrayLiteral("PUT");
        case QNetworkAccessManager::CustomOperation:
            return reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        default:
            return QByteArrayLiteral("OTHER");
        }
    }

    static int groupAndOtherBits(const QString &path)
    {
        return (QFileInfo(path).permissions() & QFileDevice::Permissions(0x0077)).toInt();
    }

    Response send(const QByteArray &method, const QString &path, const Headers &headers = {},
                  const QByteArray &body = {})
    {
        return finish(startRequest(method, path, headers, body), path);
    }

    Headers auth() const { return {{"Authorization", "Bearer " + m_token}}; }

    Headers putHeaders(const QByteArray &ifMatch, const QByteArray &key) const
    {
        Headers headers = auth();
        headers.append(Header("Content-Type", "application/json"));
        if (!ifMatch.isEmpty())
            headers.append(Header("If-Match", ifMatch));
        if (!key.isEmpty())
            headers.append(Header("Idempotency-Key", key));
        return headers;
    }

    static QByteArray optedOutBody(bool optedOut)
    {
        return optedOut ? QByteArrayLiteral(R"({"optedOut": true})") : QByteArrayLiteral(R"({"optedOut": false})");
    }

    QByteArray currentEtag()
    {
        const Response response = send("GET", SettingPath, auth());
        return response.header("etag");
    }

    qsizetype historyCount()
    {
        const Response response = send("GET", SettingPath + QStringLiteral("/history"), auth());
        return response.json().value(QStringLiteral("history")).toArray().size();
    }

    // A request over a raw TLS socket, for answers QNetworkAccessManager would hide: a dropped
    // connection. Returns whatever bytes came back before the server closed the connection.
    QByteArray rawExchange(const QByteArray &request)
    {
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_server->file(QStringLiteral("tls/ca.pem"))));
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port(), QStringLiteral("localhost"));
        if (!socket.waitForEncrypted(10000))
            return QByteArrayLiteral("<no TLS>");
        socket.write(request);
        QByteArray received;
        QElapsedTimer timer;
        timer.start();
        while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 10000) {
            socket.waitForReadyRead(200);
            received += socket.readAll();
        }
        received += socket.readAll();
        return received;
    }

    QByteArray rawPut(const QByteArray &ifMatch, const QByteArray &key, const QByteArray &failHook, bool optedOut)
    {
        const QByteArray body = optedOutBody(optedOut);
        return rawExchange("PUT /v1/me/settings/ai-training HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " +
                           m_token + "\r\nContent-Type: application/json\r\nIf-Match: " + ifMatch +
                           "\r\nIdempotency-Key: " + key + "\r\nX-Test-Fail: " + failHook +
                           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    void record(const QByteArray &method, const QString &path, const Response &response)
    {
        QJsonObject headers;
        for (auto it = response.headers.constBegin(); it != response.headers.constEnd(); ++it)
            headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
        const QJsonObject line{{QStringLiteral("method"), QString::fromLatin1(method)},
                               {QStringLiteral("path"), path},
                               {QStringLiteral("status"), response.status},
                               {QStringLiteral("headers"), headers},
                               {QStringLiteral("body"), QString::fromUtf8(response.body)}};
        m_manifest.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        m_manifest.flush();
        ++m_recorded;
    }

    static void verifyProblem(const Response &response, int status, const QString &slug)
    {
        QCOMPARE(response.status, status);
        QCOMPARE(response.header("content-type"), QByteArrayLiteral("application/problem+json"));
        const QJsonObject problem = response.json();
        QCOMPARE(problem.value(QStringLiteral("type")).toString(),
                 QStringLiteral("https://privacy-dashboard.example/problems/") + slug);
        QCOMPARE(problem.value(QStringLiteral("status")).toInt(), status);
        QVERIFY(!problem.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(!problem.value(QStringLiteral("detail")).toString().isEmpty());
    }

    int runValidator(const QString &manifest, QByteArray *output)
    {
        QProcess python;
        python.setProcessChannelMode(QProcess::MergedChannels);
        python.start(QStringLiteral("/usr/bin/python3"),
                     {SourceDir + QStringLiteral("/tests/integration/server/validate_responses.py"),
                      SourceDir + QStringLiteral("/resources/api/member-privacy-v1.yaml"), manifest});
        if (!python.waitForFinished(60000))
            return -1;
        *output = python.readAll();
        return python.exitStatus() == QProcess::NormalExit ? python.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(ServerPath), qPrintable(ServerPath));
        QVERIFY(m_dir.isValid());
        m_manifest.setFileName(m_dir.filePath(QStringLiteral("responses.jsonl")));
        QVERIFY(m_manifest.open(QIODevice::WriteOnly));
        m_server = std::make_unique<ServerProcess>(m_dir.filePath(QStringLiteral("data")));
        // No rate limit here: rateLimitAnswers429WithRetryAfter has a server of its own.
        QVERIFY2(m_server->start(MainServerArguments), qPrintable(m_server->log()));
        QFile tokenFile(m_server->file(QStringLiteral("demo-token")));
        QVERIFY(tokenFile.open(QIODevice::ReadOnly));
        m_token = tokenFile.readAll().trimmed();
        QVERIFY(m_token.size() >= 32);
    }

    void filesArePrivate()
    {
        QCOMPARE(groupAndOtherBits(m_server->file(QStringLiteral("demo-token"))), 0);
        QCOMPARE(groupAndOtherBits(m_server->file(QStringLiteral("tls/server.key"))), 0);
        QCOMPARE(groupAndOtherBits(m_server->file(QStringLiteral("tls"))), 0);
        if (m_server->databaseUrl().isEmpty())
            QCOMPARE(groupAndOtherBits(m_server->file(QStringLiteral("privacy-api.sqlite3"))), 0);
        QVERIFY(QFileInfo::exists(m_server->file(QStringLiteral("tls/ca.pem"))));
        QVERIFY(QFileInfo::exists(m_server->file(QStringLiteral("tls/server.pem"))));
    }

    void unauthorizedWithoutToken()
    {
        const Response response = send("GET", QStringLiteral("/v1/me/usage-summary"));
        verifyProblem(response, 401, QStringLiteral("unauthorized"));
        QCOMPARE(response.header("www-authenticate"), QByteArrayLiteral(R"(Bearer realm="privacy-api")"));
    }

    void unauthorizedWithUnknownToken_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("unknown token") << QByteArrayLiteral("Bearer pdt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("not a bearer token") << QByteArrayLiteral("Basic dXNlcjpwYXNz");
        QTest::newRow("empty bearer") << QByteArrayLiteral("Bearer ");
    }

    void unauthorizedWithUnknownToken()
    {
        QFETCH(QByteArray, authorization);
        const Response response = send("GET", SettingPath, {{"Authorization", authorization}});
        verifyProblem(response, 401, QStringLiteral("unauthorized"));
        QCOMPARE(response.header("www-authenticate"),
                 QByteArrayLiteral(R"(Bearer realm="privacy-api", error="invalid_token")"));
    }

    void usageSummaryHasEtagAnd304()
    {
        const Response response = send("GET", QStringLiteral("/v1/me/usage-summary"), auth());
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("content-type"), QByteArrayLiteral("application/json"));
        QCOMPARE(response.header("cache-control"), QByteArrayLiteral("no-store"));
        const QByteArray etag = response.header("etag");
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^"s-[0-9a-f]+"$)")).match(QString::fromLatin1(etag)).hasMatch(),
                 etag.constData());
        const QJsonObject summary = response.json();
        QCOMPARE(summary.value(QStringLiteral("member")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("demo-member-0001"));
        QCOMPARE(summary.value(QStringLiteral("member")).toObject().value(QStringLiteral("region")).toString(),
                 QStringLiteral("US"));
        QCOMPARE(summary.value(QStringLiteral("policy")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("linkedin"));
        const QJsonObject optOut = summary.value(QStringLiteral("optOut")).toObject();
        QCOMPARE(optOut.value(QStringLiteral("optedOut")).toBool(), true);
        QCOMPARE(optOut.value(QStringLiteral("changedAt")).toString(), QStringLiteral("2024-10-02T08:15:00Z"));
        QCOMPARE(optOut.value(QStringLiteral("confirmationId")).toString(), QStringLiteral("demo-conf-7f3a91"));

        QCOMPARE(summary.value(QStringLiteral("settingEtag")).toString(), QStringLiteral("\"v1\""));

        // Compact ledger: each month by day or as a total, never both; by day around the opt-out
        // of 2024-10-02 and the US regime's start (2024-09-18); profile has undated ones.
        const QJsonObject ledger = summary.value(QStringLiteral("ledger")).toObject();
        QCOMPARE(ledger.size(), 19);
        const QJsonObject posts = ledger.value(QStringLiteral("posts")).toObject();
        qint64 dated = 0;
        QSet<QString> dailyMonths;
        const QJsonObject daily = posts.value(QStringLiteral("daily")).toObject();
        for (auto it = daily.constBegin(); it != daily.constEnd(); ++it) {
            dated += it.value().toInteger();
            dailyMonths.insert(it.key().left(7));
        }
        const QJsonObject monthly = posts.value(QStringLiteral("monthly")).toObject();
        for (auto it = monthly.constBegin(); it != monthly.constEnd(); ++it) {
            dated += it.value().toInteger();
            QVERIFY2(!dailyMonths.contains(it.key()), qPrintable(it.key()));
        }
        QVERIFY(dated > 100);
        QVERIFY(!monthly.isEmpty());
        QVERIFY(dailyMonths.contains(QStringLiteral("2024-09")) && dailyMonths.contains(QStringLiteral("2024-10")));
        QVERIFY(daily.contains(QStringLiteral("2024-09-20")));
        QCOMPARE(ledger.value(QStringLiteral("profile")).toObject().value(QStringLiteral("undated")).toInt(), 23);

        const Response again =
            send("GET", QStringLiteral("/v1/me/usage-summary"), auth() + Headers{{"If-None-Match", etag}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        QCOMPARE(again.header("etag"), etag);
        const Response stale =
            send("GET", QStringLiteral("/v1/me/usage-summary"), auth() + Headers{{"If-None-Match", "\"s-0\""}});
        QCOMPARE(stale.status, 200);
        QCOMPARE(stale.header("etag"), etag); // asOf moved on, the ETag did not
        m_summaryEtag = etag;
    }

    // Accept-Encoding: gzip (curl --compressed, our CurlTransport): the same JSON gzipped, with
    // Vary; asked again within the second, the very same bytes (compressed once, then kept);
    // refused with q=0 or not asked for: as it is. Not recorded: the contract check reads JSON.
    void usageSummaryIsGzippedWhenAccepted()
    {
        auto get = [&](const QByteArray &acceptEncoding) {
            Headers headers = auth();
            if (!acceptEncoding.isEmpty())
                headers.append({"Accept-Encoding", acceptEncoding});
            QNetworkReply *reply = startRequest("GET", QStringLiteral("/v1/me/usage-summary"), headers);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                finished.wait(20000);
            Response response;
            response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            for (const auto &[name, value] : reply->rawHeaderPairs())
                response.headers.insert(name.toLower(), value);
            response.body = reply->readAll();
            reply->deleteLater();
            return response;
        };
        Response zipped = get("gzip, deflate");
        Response zippedAgain = get("gzip");
        for (int i = 0; i < 3 && zippedAgain.body != zipped.body; ++i) { // a new second between the two
            zipped = zippedAgain;
            zippedAgain = get("gzip");
        }
        QCOMPARE(zipped.status, 200);
        QCOMPARE(zipped.header("content-encoding"), QByteArrayLiteral("gzip"));
        QCOMPARE(zipped.header("vary"), QByteArrayLiteral("Accept-Encoding"));
        QVERIFY(!zipped.header("etag").isEmpty());
        QCOMPARE(zippedAgain.body, zipped.body);
        const QByteArray inflated = gunzip(zipped.body);
        const QJsonObject summary = QJsonDocument::fromJson(inflated).object();
        QCOMPARE(summary.value(QStringLiteral("member")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("demo-member-0001"));
        QVERIFY2(zipped.body.size() * 4 < inflated.size(), qPrintable(QString::number(zipped.body.size())));

        for (const QByteArray &identity : {QByteArray(), QByteArrayLiteral("gzip;q=0, identity")}) {
            const Response plain = get(identity.isEmpty() ? QByteArrayLiteral("identity") : identity);
            QCOMPARE(plain.status, 200);
            QVERIFY(plain.header("content-encoding").isEmpty());
            QCOMPARE(plain.header("vary"), QByteArrayLiteral("Accept-Encoding"));
            QVERIFY(QJsonDocument::fromJson(plain.body).isObject());
        }
    }

    void settingGetPutAndIdempotency()
    {
        const Response initial = send("GET", SettingPath, auth());
        QCOMPARE(initial.status, 200);
        QCOMPARE(initial.header("etag"), QByteArrayLiteral("\"v1\""));
        QCOMPARE(initial.json().value(QStringLiteral("optedOut")).toBool(), true);
        const qsizetype entries = historyCount();
        QCOMPARE(entries, 1);

        verifyProblem(send("PUT", SettingPath, putHeaders({}, "key-1"), optedOutBody(false)), 428,
                      QStringLiteral("precondition-required"));
        verifyProblem(send("PUT", SettingPath, putHeaders("\"v1\"", {}), optedOutBody(false)), 400,
                      QStringLiteral("invalid-idempotency-key"));
        verifyProblem(send("PUT", SettingPath, putHeaders("\"v1\"", "bad key/with spaces"), optedOutBody(false)), 400,
                      QStringLiteral("invalid-idempotency-key"));
        verifyProblem(send("PUT", SettingPath, putHeaders("\"v1\"", QByteArray(129, 'k')), optedOutBody(false)), 400,
                      QStringLiteral("invalid-idempotency-key"));
        const Response stale = send("PUT", SettingPath, putHeaders("\"v7\"", "key-stale"), optedOutBody(false));
        verifyProblem(stale, 412, QStringLiteral("precondition-failed"));
        QCOMPARE(stale.header("etag"), QByteArrayLiteral("\"v1\""));
        QCOMPARE(historyCount(), entries);

        const Response applied = send("PUT", SettingPath, putHeaders("\"v1\"", "key-1"), optedOutBody(false));
        QCOMPARE(applied.status, 200);
        QCOMPARE(applied.header("etag"), QByteArrayLiteral("\"v2\""));
        QVERIFY(applied.header("idempotent-replayed").isEmpty());
        const QJsonObject state = applied.json();
        QCOMPARE(state.value(QStringLiteral("optedOut")).toBool(), false);
        const QString confirmation = state.value(QStringLiteral("confirmationId")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^c-[0-9a-f]{16}$")).match(confirmation).hasMatch(),
                 qPrintable(confirmation));
        QCOMPARE(historyCount(), entries + 1);

        // A retry with the same key and body: the stored answer, nothing applied.
        const Response replay = send("PUT", SettingPath, putHeaders("\"v1\"", "key-1"), optedOutBody(false));
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.header("idempotent-replayed"), QByteArrayLiteral("true"));
        QCOMPARE(replay.header("etag"), QByteArrayLiteral("\"v2\""));
        QCOMPARE(replay.body, applied.body);
        QCOMPARE(historyCount(), entries + 1);
        QCOMPARE(currentEtag(), QByteArrayLiteral("\"v2\""));

        verifyProblem(send("PUT", SettingPath, putHeaders("\"v2\"", "key-1"), optedOutBody(true)), 422,
                      QStringLiteral("idempotency-key-reused"));
        QCOMPARE(historyCount(), entries + 1);

        // The same value again is still a change: an entry and a new version.
        const Response same = send("PUT", SettingPath, putHeaders("\"v2\"", "key-2"), optedOutBody(false));
        QCOMPARE(same.status, 200);
        QCOMPARE(same.header("etag"), QByteArrayLiteral("\"v3\""));
        QCOMPARE(historyCount(), entries + 2);

        const Response history = send("GET", SettingPath + QStringLiteral("/history"), auth());
        const QJsonArray changes = history.json().value(QStringLiteral("history")).toArray();
        QCOMPARE(changes.at(0).toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("web"));
        QCOMPARE(changes.at(1).toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("api"));
        QCOMPARE(changes.at(1).toObject().value(QStringLiteral("confirmationId")).toString(), confirmation);
        for (qsizetype i = 1; i < changes.size(); ++i)
            QVERIFY(changes.at(i - 1).toObject().value(QStringLiteral("at")).toString() <=
                    changes.at(i).toObject().value(QStringLiteral("at")).toString());

        // The summary shows the change, so its ETag moved.
        const Response summary =
            send("GET", QStringLiteral("/v1/me/usage-summary"), auth() + Headers{{"If-None-Match", m_summaryEtag}});
        QCOMPARE(summary.status, 200);
        QVERIFY(summary.header("etag") != m_summaryEtag);
        QCOMPARE(summary.json().value(QStringLiteral("optOut")).toObject().value(QStringLiteral("optedOut")).toBool(),
                 false);
    }

    void keyInFlightIs409()
    {
        const QByteArray etag = currentEtag();
        const qsizetype entries = historyCount();
        QNetworkReply *slow =
            startRequest("PUT", SettingPath, putHeaders(etag, "key-slow") + Headers{{"X-Test-Delay-Ms", "2500"}},
                         optedOutBody(true));
        QTest::qWait(500); // it travels on a connection opened earlier, the retry below on a new one
        verifyProblem(send("PUT", SettingPath, putHeaders(etag, "key-slow"), optedOutBody(true)), 409,
                      QStringLiteral("idempotency-key-in-flight"));
        const Response first = finish(slow, SettingPath);
        QCOMPARE(first.status, 200);
        QCOMPARE(historyCount(), entries + 1);
        const Response replay = send("PUT", SettingPath, putHeaders(etag, "key-slow"), optedOutBody(true));
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.header("idempotent-replayed"), QByteArrayLiteral("true"));
        QCOMPARE(historyCount(), entries + 1);
    }

    void lostResponseAfterApplyReplaysWithoutApplyingTwice()
    {
        const QByteArray etag = currentEtag();
        const qsizetype entries = historyCount();
        QCOMPARE(rawPut(etag, "key-lost", "after-apply", false), QByteArray()); // closed, no answer
        QCOMPARE(historyCount(), entries + 1);
        QVERIFY(currentEtag() != etag);
        const Response retry = send("PUT", SettingPath, putHeaders(etag, "key-lost"), optedOutBody(false));
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.header("idempotent-replayed"), QByteArrayLiteral("true"));
        QCOMPARE(historyCount(), entries + 1);
    }

    void dropBeforeApplyAndStatus503ApplyNothing()
    {
        const QByteArray etag = currentEtag();
        const qsizetype entries = historyCount();
        QCOMPARE(rawPut(etag, "key-early", "before-apply", true), QByteArray());
        const Response refused =
            send("PUT", SettingPath, putHeaders(etag, "key-503") + Headers{{"X-Test-Fail", "status-503"}},
                 optedOutBody(true));
        verifyProblem(refused, 503, QStringLiteral("unavailable"));
        QCOMPARE(historyCount(), entries);
        QCOMPARE(currentEtag(), etag);
        // The keys were freed: a retry applies, once.
        const Response retry = send("PUT", SettingPath, putHeaders(etag, "key-early"), optedOutBody(true));
        QCOMPARE(retry.status, 200);
        QVERIFY(retry.header("idempotent-replayed").isEmpty());
        QCOMPARE(historyCount(), entries + 1);
        verifyProblem(send("PUT", SettingPath, putHeaders("\"v1\"", "bad-hook") + Headers{{"X-Test-Fail", "sometimes"}},
                           optedOutBody(true)),
                      400, QStringLiteral("invalid-test-hook"));
    }

    // Issue 15: the items endpoint, apart from the summary; every response is recorded and
    // checked against the contract (api-items.schema.json) with the others.
    void itemsArePagedApartFromTheSummary()
    {
        const Response summary = send("GET", QStringLiteral("/v1/me/usage-summary"), auth());
        QCOMPARE(summary.status, 200);
        QVERIFY(!summary.body.contains("\"items\""));
        const Response first = send("GET", QStringLiteral("/v1/me/items?category=articles&limit=10"), auth());
        QCOMPARE(first.status, 200);
        const QJsonObject page = first.json();
        QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 10);
        const QString next = page.value(QStringLiteral("next")).toString();
        QVERIFY(!next.isEmpty());
        const Response second =
            send("GET", QStringLiteral("/v1/me/items?category=articles&limit=10&cursor=") + next, auth());
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json().value(QStringLiteral("items")).toArray().size(), 10);
        const Response last = send("GET",
                                   QStringLiteral("/v1/me/items?category=articles&limit=10&cursor=") +
                                       second.json().value(QStringLiteral("next")).toString(),
                                   auth());
        QCOMPARE(last.json().value(QStringLiteral("items")).toArray().size(), 3); // 23 articles
        QVERIFY(!last.json().contains(QStringLiteral("next")));
        verifyProblem(send("GET", QStringLiteral("/v1/me/items?limit=5000"), auth()), 400,
                      QStringLiteral("bad-request"));
    }

    void racingPutsOnOneEtagOneWins_data()
    {
        QTest::addColumn<QByteArray>("delay");
        QTest::newRow("back to back") << QByteArrayLiteral("0");
        QTest::newRow("overlapping (both held 300 ms)") << QByteArrayLiteral("300");
    }

    void racingPutsOnOneEtagOneWins()
    {
        QFETCH(QByteArray, delay);
        const QByteArray etag = currentEtag();
        const qsizetype entries = historyCount();
        const QByteArray suffix = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        QNetworkReply *a =
            startRequest("PUT", SettingPath, putHeaders(etag, "race-a-" + suffix) + Headers{{"X-Test-Delay-Ms", delay}},
                         optedOutBody(false));
        QNetworkReply *b =
            startRequest("PUT", SettingPath, putHeaders(etag, "race-b-" + suffix) + Headers{{"X-Test-Delay-Ms", delay}},
                         optedOutBody(true));
        QList<int> statuses{finish(a, SettingPath).status, finish(b, SettingPath).status};
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{200, 412}));
        QCOMPARE(historyCount(), entries + 1);
    }

    void policyDocument()
    {
        const Response policy = send("GET", QStringLiteral("/v1/policies/linkedin"), auth());
        QCOMPARE(policy.status, 200);
        QFile bundled(SourceDir + QStringLiteral("/resources/policy/linkedin.json"));
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QCOMPARE(policy.body, bundled.readAll());
        verifyProblem(send("GET", QStringLiteral("/v1/policies/myspace"), auth()), 404, QStringLiteral("not-found"));
        verifyProblem(send("GET", QStringLiteral("/v1/policies/linkedin"), {}), 401, QStringLiteral("unauthorized"));
    }

    void unknownPathsAndMethods()
    {
        verifyProblem(send("GET", QStringLiteral("/v1/me/everything"), auth()), 404, QStringLiteral("not-found"));
        const Response wrongMethod = send("DELETE", SettingPath, auth());
        verifyProblem(wrongMethod, 405, QStringLiteral("method-not-allowed"));
        QCOMPARE(wrongMethod.header("allow"), QByteArrayLiteral("GET, PUT"));
        QCOMPARE(send("POST", QStringLiteral("/v1/me/usage-summary"), auth()).header("allow"),
                 QByteArrayLiteral("GET"));
    }

    void badBodies_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("slug");
        QTest::newRow("70 KiB, over the 8 KiB limit")
            << QByteArrayLiteral("application/json") << QByteArray(70 * 1024, ' ') << 413
            << QStringLiteral("payload-too-large");
        QTest::newRow("text/plain") << QByteArrayLiteral("text/plain") << QByteArrayLiteral("optedOut=true") << 415
                                    << QStringLiteral("unsupported-media-type");
        QTest::newRow("malformed JSON") << QByteArrayLiteral("application/json")
                                        << QByteArrayLiteral("{\"optedOut\": tru") << 400
                                        << QStringLiteral("invalid-body");
        QTest::newRow("wrong type") << QByteArrayLiteral("application/json; charset=utf-8")
                                    << QByteArrayLiteral(R"({"optedOut": "yes"})") << 400
                                    << QStringLiteral("invalid-body");
        QTest::newRow("unknown key") << QByteArrayLiteral("application/json")
                                     << QByteArrayLiteral(R"({"optedOut": true, "force": true})") << 400
                                     << QStringLiteral("invalid-body");
        QTest::newRow("array") << QByteArrayLiteral("application/json") << QByteArrayLiteral("[true]") << 400
                               << QStringLiteral("invalid-body");
    }

    void badBodies()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, slug);
        const qsizetype entries = historyCount();
        Headers headers = auth();
        headers.append({{"Content-Type", contentType}, {"If-Match", currentEtag()}, {"Idempotency-Key", "bad-body"}});
        verifyProblem(send("PUT", SettingPath, headers, body), status, slug);
        QCOMPARE(historyCount(), entries);
    }

    void hostnameLocalhostVerifies()
    {
        const QString base = QStringLiteral("https://localhost:%1").arg(m_server->port());
        const Response response = finish(startRequest("GET", SettingPath, auth(), {}, base), SettingPath);
        QCOMPARE(response.status, 200);
    }

    void untrustedCertificateIsRefusedAndNotLogged()
    {
        const QString before = m_server->log();
        // A manager of its own: the shared one would reuse a connection that is already trusted.
        QNetworkAccessManager fresh;
        QNetworkRequest request(QUrl(m_server->baseUrl() + SettingPath));
        request.setRawHeader("Authorization", "Bearer " + m_token);
        const Response response = finish(fresh.get(request), SettingPath);
        QCOMPARE(response.status, 0);
        QCOMPARE(response.error, QNetworkReply::SslHandshakeFailedError);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->log().mid(before.size()).contains(QStringLiteral("tls: handshake")), 5000);
        const QString added = m_server->log().mid(before.size());
        QVERIFY2(!added.contains(QStringLiteral("GET /v1")), qPrintable(added));
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        QTemporaryDir dir;
        ServerProcess limited(dir.filePath(QStringLiteral("data")));
        QVERIFY2(limited.start({QStringLiteral("--demo"), QStringLiteral("--rate-limit"), QStringLiteral("1")}),
                 qPrintable(limited.log()));
        QFile tokenFile(limited.file(QStringLiteral("demo-token")));
        QVERIFY(tokenFile.open(QIODevice::ReadOnly));
        const Headers headers{{"Authorization", "Bearer " + tokenFile.readAll().trimmed()}};
        auto get = [&] {
            QNetworkRequest request(QUrl(limited.baseUrl() + SettingPath));
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates(QSslCertificate::fromPath(limited.file(QStringLiteral("tls/ca.pem"))));
            request.setSslConfiguration(tls);
            for (const auto &[name, value] : headers)
                request.setRawHeader(name, value);
            return finish(m_network.get(request), SettingPath);
        };
        // Burst 2 at 1 request/s: two pass at once, and requests in a row soon meet a 429 (the
        // loop only allows for a slow machine refilling the bucket meanwhile).
        QCOMPARE(get().status, 200);
        QCOMPARE(get().status, 200);
        Response refused = get();
        for (int i = 0; i < 5 && refused.status == 200; ++i)
            refused = get();
        verifyProblem(refused, 429, QStringLiteral("rate-limited"));
        bool ok = false;
        const int retryAfter = refused.header("retry-after").toInt(&ok);
        QVERIFY(ok);
        QVERIFY(retryAfter >= 1 && retryAfter <= 2);
        QTest::qWait(retryAfter * 1000 + 100);
        QCOMPARE(get().status, 200);
        QCOMPARE(limited.terminate(), 0);
    }

    void logsHoldNoToken()
    {
        const QString log = m_server->log();
        QVERIFY(log.contains(QStringLiteral("GET /v1/me/usage-summary 200")));
        QVERIFY(!log.contains(QString::fromLatin1(m_token)));
        QVERIFY(!log.contains(QStringLiteral("Bearer")));
    }

    void sigtermExitsZeroAndRestartKeepsDataAndToken()
    {
        const qsizetype entries = historyCount();
        const QByteArray etag = currentEtag();
        QFile ca(m_server->file(QStringLiteral("tls/ca.pem")));
        QVERIFY(ca.open(QIODevice::ReadOnly));
        const QByteArray caBefore = ca.readAll();
        ca.close();

        QCOMPARE(m_server->terminate(), 0);
        QVERIFY(m_server->log().contains(QStringLiteral("stopped")));
        QVERIFY2(m_server->start(MainServerArguments), qPrintable(m_server->log()));

        QFile tokenFile(m_server->file(QStringLiteral("demo-token")));
        QVERIFY(tokenFile.open(QIODevice::ReadOnly));
        QCOMPARE(tokenFile.readAll().trimmed(), m_token);
        QVERIFY(ca.open(QIODevice::ReadOnly));
        QCOMPARE(ca.readAll(), caBefore);
        QCOMPARE(historyCount(), entries); // the old token still works, the history is kept
        QCOMPARE(currentEtag(), etag);
    }

    // Last: every response the tests above received, against the OpenAPI contract.
    void everyResponseMatchesTheContract()
    {
        m_manifest.close();
        QVERIFY(m_recorded > 40);
        QByteArray output;
        const int status = runValidator(m_manifest.fileName(), &output);
        QVERIFY2(status == 0 && output.contains(" 0 invalid"), output.constData());
        qInfo("%s", output.trimmed().constData());

        // The validator can fail: a setting without confirmationId and a bad ETag.
        QFile bad(m_dir.filePath(QStringLiteral("bad.jsonl")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        const QJsonObject wrong{{QStringLiteral("method"), QStringLiteral("GET")},
                                {QStringLiteral("path"), SettingPath},
                                {QStringLiteral("status"), 200},
                                {QStringLiteral("headers"),
                                 QJsonObject{{QStringLiteral("content-type"), QStringLiteral("application/json")},
                                             {QStringLiteral("etag"), QStringLiteral("v1")}}},
                                {QStringLiteral("body"), QStringLiteral("{\"optedOut\": true}")}};
        bad.write(QJsonDocument(wrong).toJson(QJsonDocument::Compact) + '\n');
        bad.close();
        QCOMPARE(runValidator(bad.fileName(), &output), 1);
        QVERIFY(output.contains("confirmationId"));
    }

    void cleanupTestCase()
    {
        if (m_server && QTest::currentTestFailed())
            qInfo("server log:\n%s", qPrintable(m_server->log()));
        m_server.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QNetworkAccessManager m_network;
    QByteArray m_token;
    QByteArray m_summaryEtag;
    QFile m_manifest;
    int m_recorded = 0;
};

QTEST_GUILESS_MAIN(TestPrivacyApiServer)
#include "TestPrivacyApiServer.moc"
