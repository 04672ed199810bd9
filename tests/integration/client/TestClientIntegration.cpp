// The client against the real reference server over real HTTPS: the CLI's summary, opt-out and
// history, exit codes for a wrong token and an untrusted certificate, a killed server, and the
// write protocol (stale ETag -> 412 -> re-read; a lost response retried with the same key is
// applied once) through ApiClient + CurlTransport.
#include "net/ApiClient.h"
#include "net/CurlTransport.h"
#include "net/OptOutOutbox.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <optional>

using namespace pd;

namespace {

const QString BinDir = QStringLiteral(PD_BINARY_DIR "/bin");

// privacy-api-server on 127.0.0.1:0 in a fresh data directory (and a fresh PostgreSQL database
// under TestClientIntegrationPostgreSQL), with its log captured.
class ReferenceServer final
{
public:
    explicit ReferenceServer(QStringList extraArguments = {})
    {
        if (const QString database = test::testDatabaseUrl(); !database.isEmpty())
            extraArguments << QStringLiteral("--database") << database;
        m_process.setProgram(BinDir + QStringLiteral("/privacy-api-server"));
        m_process.setArguments(QStringList{QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:0"), QStringLiteral("--demo")} +
                               extraArguments);
        QObject::connect(&m_process, &QProcess::readyReadStandardError,
                         [this] { m_log += m_process.readAllStandardError(); });
        m_process.start();
        QElapsedTimer waited;
        waited.start();
        static const QRegularExpression listening(QStringLiteral("listening on (https://\\S+)"));
        while (waited.elapsed() < 15000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(200);
            m_stdout += m_process.readAllStandardOutput();
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_stdout));
            if (match.hasMatch()) {
                m_url = QUrl(match.captured(1));
                break;
            }
        }
    }
    ~ReferenceServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool ok() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }
    QString caFile() const { return dataDir() + QStringLiteral("/tls/ca.pem"); }
    QString tokenFile() const { return dataDir() + QStringLiteral("/demo-token"); }
    QByteArray token() const
    {
        QFile file(tokenFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
    }
    // The server's request log (one line per request: "GET /v1/... 200 1.2ms"). The server writes its
    // lines once per turn of its event loop, so one may reach us a moment after the answer: wait for it.
    QByteArray log()
    {
        QCoreApplication::processEvents();
        m_log += m_process.readAllStandardError();
        return m_log;
    }
    int requestLines(const QByteArray &method)
    {
        int count = 0;
        for (const QByteArray &line : log().split('\n'))
            count += line.startsWith(QByteArray(method + ' ')) ? 1 : 0;
        return count;
    }
    qint64 pid() const { return m_process.processId(); }
    void signal(int number) { ::kill(static_cast<pid_t>(m_process.processId()), number); }
    QString scratch() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_log;
    QUrl m_url;
};

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

CliRun runCli(const ReferenceServer &server, const QStringList &arguments, bool withCa = true,
              const QString &tokenFile = {})
{
    QStringList all{QStringLiteral("--server"), server.url().toString()};
    if (withCa)
        all << QStringLiteral("--ca-file") << server.caFile();
    all << QStringLiteral("--token-file") << (tokenFile.isEmpty() ? server.tokenFile() : tokenFile);
    all << arguments;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), server.scratch() + QStringLiteral("/xdg"));
    environment.remove(QStringLiteral("PRIVACY_DASHBOARD_TOKEN"));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(BinDir + QStringLiteral("/privacy-dashboard-cli"), all);
    process.waitForFinished(60000);
    CliRun run;
    run.ms = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonObject jsonOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

// Adds request headers (the server's --test-hooks) to chosen requests on their way out.
class HookTransport final : public HttpTransport
{
public:
    HookTransport(HttpTransport &inner, std::function<void(HttpRequest &)> edit)
        : m_inner(inner)
        , m_edit(std::move(edit))
    {}
    HttpReply *send(const HttpRequest &request) override
    {
        HttpRequest edited = request;
        m_edit(edited);
        return m_inner.send(edited);
    }

private:
    HttpTransport &m_inner;
    std::function<void(HttpRequest &)> m_edit;
};

template <typename T> Result<T> await(std::function<void(std::function<void(Result<T>)>)> start)
{
    std::optional<Result<T>> outcome;
    start([&outcome](Result<T> result) { outcome.emplace(std::move(result)); });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000))
        qFatal("no answer within 30 s");
    return std::move(*outcome);
}

} // namespace

class TestClientIntegration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryAsJson()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        const CliRun run = runCli(server, {QStringLiteral("summary"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject summary = jsonOf(run.out);
        QCOMPARE(summary.value(QStringLiteral("source")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("server"));
        QCOMPARE(summary.value(QStringLiteral("region")).toString(), QStringLiteral("US"));
        QCOMPARE(summary.value(QStringLiteral("policy")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("linkedin"));
        const QJsonObject optOut = summary.value(QStringLiteral("optOut")).toObject();
        QVERIFY(optOut.value(QStringLiteral("optedOut")).toBool());
        QVERIFY(!optOut.value(QStringLiteral("confirmationId")).toString().isEmpty());
        const QJsonArray categories = summary.value(QStringLiteral("categories")).toArray();
        QVERIFY(categories.size() >= 5);
        qint64 mayHaveBeenUsed = 0;
        qint64 exposedIfUsed = 0;
        for (const QJsonValue &category : categories) {
            for (const char *key : {"id", "label", "itemCount", "genAiTraining", "mayHaveBeenUsed", "exposedIfUsed",
                                    "notUsed", "futureUse"})
                QVERIFY2(category.toObject().contains(QLatin1StringView(key)), key);
            mayHaveBeenUsed += category.toObject().value(QStringLiteral("mayHaveBeenUsed")).toInteger();
            exposedIfUsed += category.toObject().value(QStringLiteral("exposedIfUsed")).toInteger();
        }
        QVERIFY(mayHaveBeenUsed > 0);
        // Both figures reach the client over HTTPS unmerged (the server sends raw facts).
        const QJsonObject totals = summary.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("mayHaveBeenUsed")).toInteger(), mayHaveBeenUsed);
        QCOMPARE(totals.value(QStringLiteral("exposedIfUsed")).toInteger(), exposedIfUsed);
        QVERIFY(exposedIfUsed > 0);
        QVERIFY(!run.out.contains(server.token()));
        QVERIFY(!run.err.contains(server.token()));
        QTRY_COMPARE_WITH_TIMEOUT(server.requestLines("GET"), 1, 5000); // one request, the bundled policy matched
    }

    void optOutBothWaysAndHistory()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        static const QRegularExpression confirmation(QStringLiteral("c-[0-9a-f]{16}"));

        const CliRun off = runCli(server, {QStringLiteral("opt-out"), QStringLiteral("off")});
        QVERIFY2(off.exitCode == 0, off.err.constData());
        QVERIFY2(off.out.contains("Confirmed by the server"), off.out.constData());
        QVERIFY(off.out.contains("training on your data: ON"));
        const QString offId = confirmation.match(QString::fromUtf8(off.out)).captured();
        QVERIFY2(!offId.isEmpty(), off.out.constData());

        const CliRun status =
            runCli(server, {QStringLiteral("opt-out"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(jsonOf(status.out).value(QStringLiteral("optedOut")).toBool(), false);
        QCOMPARE(jsonOf(status.out).value(QStringLiteral("confirmationId")).toString(), offId);

        const CliRun on = runCli(server, {QStringLiteral("opt-out"), QStringLiteral("on")});
        QVERIFY2(on.exitCode == 0, on.err.constData());
        QVERIFY(on.out.contains("OFF (opted out)"));
        const QString onId = confirmation.match(QString::fromUtf8(on.out)).captured();
        QVERIFY(!onId.isEmpty() && onId != offId);
        QVERIFY2(on.out.contains("does not undo training that has already taken place"), on.out.constData());

        const CliRun history = runCli(server, {QStringLiteral("history"), QStringLiteral("--json")});
        QCOMPARE(history.exitCode, 0);
        const QJsonArray entries = jsonOf(history.out).value(QStringLiteral("history")).toArray();
        QVERIFY(entries.size() >= 3);
        const QJsonObject last = entries.at(entries.size() - 1).toObject();
        const QJsonObject before = entries.at(entries.size() - 2).toObject();
        QCOMPARE(before.value(QStringLiteral("confirmationId")).toString(), offId);
        QCOMPARE(before.value(QStringLiteral("optedOut")).toBool(), false);
        QCOMPARE(last.value(QStringLiteral("confirmationId")).toString(), onId);
        QCOMPARE(last.value(QStringLiteral("optedOut")).toBool(), true);
        QCOMPARE(last.value(QStringLiteral("channel")).toString(), QStringLiteral("api"));
        QTRY_COMPARE_WITH_TIMEOUT(server.requestLines("PUT"), 2, 5000);
        // The outbox held each intent while it was in flight and nothing is left pending.
        const QDir outbox(server.scratch() + QStringLiteral("/xdg/org.privacydashboard.PrivacyDashboard/outbox"));
        QVERIFY(outbox.exists());
        QCOMPARE(outbox.entryList({QStringLiteral("optout-*")}, QDir::Files), QStringList());
        // What is kept to bind a change to the member holds no secret: not the token, not a name.
        QFile token(server.tokenFile());
        QVERIFY(token.open(QIODevice::ReadOnly));
        const QByteArray secret = token.readAll().trimmed();
        QVERIFY(!secret.isEmpty());
        for (const QString &name : outbox.entryList(QDir::Files)) {
            QFile kept(outbox.filePath(name));
            QVERIFY(kept.open(QIODevice::ReadOnly));
            QCOMPARE(kept.permissions() & 0x0FFF, QFileDevice::ReadUser | QFileDevice::WriteUser); // 0600
            const QByteArray bytes = kept.readAll();
            QVERIFY2(!bytes.contains(secret), qPrintable(name));
            QVERIFY2(!bytes.contains("Alex Morgan"), qPrintable(name));
        }
    }

    void wrongTokenExits4()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        const QString wrong = server.scratch() + QStringLiteral("/wrong-token");
        QFile file(wrong);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not-the-real-token-0123456789\n");
        file.close();
        const CliRun run = runCli(server, {QStringLiteral("summary")}, true, wrong);
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains("did not accept the token"), run.err.constData());
        QVERIFY(!run.err.contains("not-the-real-token"));
        QVERIFY(run.out.isEmpty());
    }

    // Without --ca-file the development certificate is not trusted: refused before any request.
    void untrustedCertificateExits3WithoutARequest()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        const CliRun run = runCli(server, {QStringLiteral("summary")}, false);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.startsWith("privacy-dashboard-cli: cannot verify server 127.0.0.1:"), run.err.constData());
        QCOMPARE(server.requestLines("GET"), 0);
        // It did reach the server: refused in TLS (logged once the server has read the client's alert,
        // which may be after the CLI has exited).
        QTRY_VERIFY_WITH_TIMEOUT(server.log().contains("tls: handshake"), 5000);
        // The control: with the CA the same call goes through and is logged.
        QCOMPARE(runCli(server, {QStringLiteral("summary")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(server.requestLines("GET"), 1, 5000);
    }

    // The server dies while the CLI waits for it: exit 3 with one clear line.
    void serverKilledMidRequestExits3()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        server.signal(SIGSTOP); // accepts at the kernel, answers nothing
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), server.scratch() + QStringLiteral("/xdg"));
        cli.setProcessEnvironment(environment);
        cli.start(BinDir + QStringLiteral("/privacy-dashboard-cli"),
                  {QStringLiteral("--server"), server.url().toString(), QStringLiteral("--ca-file"), server.caFile(),
                   QStringLiteral("--token-file"), server.tokenFile(), QStringLiteral("summary")});
        QVERIFY(cli.waitForStarted());
        QTest::qWait(700);
        QCOMPARE(cli.state(), QProcess::Running);
        server.signal(SIGKILL);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitCode(), 3);
        const QByteArray err = cli.readAllStandardError();
        QCOMPARE(err.count('\n'), 1);
        QVERIFY2(err.contains("cannot connect to 127.0.0.1:") || err.contains("connection to 127.0.0.1:"),
                 err.constData());
        QVERIFY2(timer.elapsed() < 10000, "gave up in bounded time");
    }

    // RELIABILITY checklist 6: a stale ETag -> 412 -> re-read -> Confirmed or Conflict.
    void staleEtagIsReReadAndReportedCorrectly()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        CurlTransport transport(CurlTransport::Options{server.caFile()});
        SystemClock clock;
        ApiClient client(server.url(), server.token(), transport, clock);

        const Result<ApiSetting> first = await<ApiSetting>([&](auto done) { client.fetchSetting(done); });
        QVERIFY(first.ok());
        QVERIFY(first->state.optedOut);
        // Changed elsewhere: opted back in.
        const Result<OptOutState> elsewhere =
            await<OptOutState>([&](auto done) { client.setOptedOut(OutboxKey{}, false, done); });
        QVERIFY(elsewhere.ok());

        // Our stale view wants "opted out": the server holds the other state -> Conflict.
        const Result<OptOutState> conflict =
            await<OptOutState>([&](auto done) { client.setOptedOut(OutboxKey{}, true, done, first->etag); });
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.error().kind, ErrorKind::Conflict);
        QVERIFY2(conflict.error().message.contains(QStringLiteral("now opted in")),
                 qPrintable(conflict.error().message));
        // Our stale view wants "opted in": the server already has it -> Confirmed, nothing applied.
        const Result<OptOutState> already =
            await<OptOutState>([&](auto done) { client.setOptedOut(OutboxKey{}, false, done, first->etag); });
        QVERIFY(already.ok());
        QCOMPARE(already->confirmationId, elsewhere->confirmationId);

        const Result<QList<OptOutChange>> history =
            await<QList<OptOutChange>>([&](auto done) { client.fetchHistory(done); });
        QVERIFY(history.ok());
        QCOMPARE(history->constLast().confirmationId, elsewhere->confirmationId);
        QTRY_VERIFY_WITH_TIMEOUT(server.log().contains(" 412 "), 5000);
    }

    // A response lost after the server applied the change (X-Test-Fail: after-apply): the
    // client retries with the same Idempotency-Key, the server replays, one history entry.
    void lostResponseRetriedWithTheSameKeyIsAppliedOnce()
    {
        ReferenceServer server({QStringLiteral("--test-hooks")});
        QVERIFY(server.ok());
        CurlTransport curl(CurlTransport::Options{server.caFile()});
        int puts = 0;
        QList<QByteArray> keys;
        HookTransport transport(curl, [&](HttpRequest &request) {
            if (request.method != "PUT")
                return;
            keys.append(request.headers.value("Idempotency-Key"));
            if (puts++ == 0)
                request.headers.add("X-Test-Fail", "after-apply");
        });
        SystemClock clock;
        ApiClient client(server.url(), server.token(), transport, clock);
        const Result<QList<OptOutChange>> before =
            await<QList<OptOutChange>>([&](auto done) { client.fetchHistory(done); });
        QVERIFY(before.ok());

        const Result<OptOutState> outcome =
            await<OptOutState>([&](auto done) { client.setOptedOut(OutboxKey{}, false, done); });
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
        QVERIFY(!outcome->optedOut);
        // libcurl itself may resend on a fresh connection when a reused one died without an
        // answer, so the retry is not always ours: either way every PUT carried the same key.
        QVERIFY(!keys.isEmpty());
        QVERIFY(
            std::all_of(keys.cbegin(), keys.cend(), [&keys](const QByteArray &key) { return key == keys.first(); }));
        QTRY_COMPARE_WITH_TIMEOUT(server.requestLines("PUT"), 2, 5000);

        const Result<QList<OptOutChange>> after =
            await<QList<OptOutChange>>([&](auto done) { client.fetchHistory(done); });
        QVERIFY(after.ok());
        QCOMPARE(after->size(), before->size() + 1);
        QCOMPARE(after->constLast().confirmationId, outcome->confirmationId);
        QTRY_VERIFY_WITH_TIMEOUT(server.log().contains("PUT /v1/me/settings/ai-training dropped"), 5000);
    }

    // The raw protocol: the same key and body sent twice -> the stored answer, applied once.
    void replayedIdempotencyKeyAppliesOnce()
    {
        ReferenceServer server;
        QVERIFY(server.ok());
        CurlTransport transport(CurlTransport::Options{server.caFile()});
        SystemClock clock;
        ApiClient client(server.url(), server.token(), transport, clock);
        const Result<ApiSetting> setting = await<ApiSetting>([&](auto done) { client.fetchSetting(done); });
        QVERIFY(setting.ok());

        HttpRequest put;
        put.method = "PUT";
        put.url = server.url().resolved(QUrl(QStringLiteral("/v1/me/settings/ai-training")));
        put.headers.add("Authorization", "Bearer " + server.token());
        put.headers.add("Content-Type", "application/json");
        put.headers.add("If-Match", setting->etag);
        put.headers.add("Idempotency-Key", ApiClient::newIdempotencyKey());
        put.body = "{\"optedOut\":false}";
        QList<HttpResult> results;
        for (int i = 0; i < 2; ++i) {
            std::unique_ptr<HttpReply> reply(transport.send(put));
            QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
            results.append(reply->result());
        }
        QCOMPARE(results.at(0).status, 200);
        QCOMPARE(results.at(1).status, 200);
        QCOMPARE(results.at(1).body, results.at(0).body);
        QCOMPARE(results.at(1).headers.value("Idempotent-Replayed"), QByteArray("true"));
        const Result<QList<OptOutChange>> history =
            await<QList<OptOutChange>>([&](auto done) { client.fetchHistory(done); });
        QVERIFY(history.ok());
        QCOMPARE(std::count_if(history->cbegin(), history->cend(),
                               [](const OptOutChange &change) { return change.channel == u"api"; }),
                 1);
    }

    // 429 with Retry-After from the server's rate limiter is waited out, then the call succeeds.
    void rateLimitIsWaitedOut()
    {
        ReferenceServer server({QStringLiteral("--rate-limit"), QStringLiteral("1")});
        QVERIFY(server.ok());
        CurlTransport transport(CurlTransport::Options{server.caFile()});
        SystemClock clock;
        ApiClient client(server.url(), server.token(), transport, clock);
        int succeeded = 0;
        for (int i = 0; i < 4; ++i) {
            const Result<ApiSetting> setting = await<ApiSetting>([&](auto done) { client.fetchSetting(done); });
            QVERIFY2(setting.ok(), setting.ok() ? "" : qPrintable(setting.error().message));
            ++succeeded;
        }
        QCOMPARE(succeeded, 4);
        QTRY_VERIFY_WITH_TIMEOUT(server.log().contains(" 429 "), 5000);
    }
};

QTEST_GUILESS_MAIN(TestClientIntegration)
#include "TestClientIntegration.moc"
