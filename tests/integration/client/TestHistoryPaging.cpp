// A member who toggled 100,000 times: the summary stays small (the latest 50 changes and
// historyTotal), the client pages the whole history before computing exposure (so an old
// opted-in interval still counts), and `history` pages through all of it. Seeded directly in the
// reference server's SQLite database, against the real server over HTTPS.
#include "net/CurlTransport.h"
#include "support/ReferenceServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace pd;

namespace {

constexpr int Changes = 100'000;

// History rows, in time (and id) order: 99,949 toggles every 30 minutes from 2016 (the last one
// opting in), the demo member's own opt-out of 2024-10-02, then 50 repeated opt-outs from 2025-01-01.
// The training windows are therefore exactly the demo member's: 2024-09-18 to 2024-10-02. A client
// that read only the latest 50 changes would take the default (opted in) before 2025-01-01 and count
// three more months of items as used.
const char *SeedScript = R"(import datetime, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
member = db.execute('SELECT id FROM members').fetchone()[0]
db.execute('DELETE FROM history')
rows = []
t = datetime.datetime(2016, 1, 1, tzinfo=datetime.timezone.utc)
old = 99949
for i in range(old):
    rows.append((t + datetime.timedelta(minutes=30 * i), i % 2 == 1, 'web', 'old-%d' % i))
rows.append((datetime.datetime(2024, 10, 2, 8, 15, tzinfo=datetime.timezone.utc), True, 'web', 'demo-conf-7f3a91'))
for i in range(50):
    rows.append((datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(days=i), True,
                 'api', 'tail-%d' % i))
assert len(rows) == int(sys.argv[2])
db.executemany('INSERT INTO history (member_id, setting, at, opted_out, channel, confirmation_id) '
               'VALUES (?, ?, ?, ?, ?, ?)',
               [(member, 'ai-training', at.strftime('%Y-%m-%dT%H:%M:%SZ'), int(out), ch, conf)
                for at, out, ch, conf in rows])
last = rows[-1]
db.execute('UPDATE settings SET opted_out = 1, changed_at = ?, confirmation_id = ?, version = version + 1',
           (last[0].strftime('%Y-%m-%dT%H:%M:%SZ'), last[3]))
db.commit()
)";

QJsonObject json(const test::ReferenceServer::CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QMap<QString, qint64> usedByCategory(const QJsonObject &summary)
{
    QMap<QString, qint64> used;
    for (const QJsonValue &category : summary.value(QStringLiteral("categories")).toArray())
        used.insert(category[QStringLiteral("id")].toString(),
                    category[QStringLiteral("mayHaveBeenUsed")].toInteger() * 1'000'000 +
                        category[QStringLiteral("exposedIfUsed")].toInteger());
    return used;
}

} // namespace

class TestHistoryPaging final : public QObject
{
    Q_OBJECT

private slots:
    void aHundredThousandChanges()
    {
        test::ReferenceServer server;
        QVERIFY(server.ok());
        const test::ReferenceServer::CliRun before = server.cli({QStringLiteral("--json"), QStringLiteral("summary")});
        QCOMPARE(before.exitCode, 0);
        const QMap<QString, qint64> expected = usedByCategory(json(before));
        QVERIFY(!expected.isEmpty());

        // The summary on the wire before: the demo member's ledger and one change.
        QFile tokenFile(server.tokenFile());
        QVERIFY(tokenFile.open(QIODevice::ReadOnly));
        const QByteArray token = tokenFile.readAll().trimmed();
        const auto rawSummary = [&] {
            CurlTransport transport(CurlTransport::Options{server.caFile()});
            HttpRequest request;
            request.url = QUrl(server.url().toString() + QStringLiteral("/v1/me/usage-summary"));
            request.headers.add("Authorization", "Bearer " + token);
            std::unique_ptr<HttpReply> reply(transport.send(request));
            if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 20000))
                return HttpResult();
            return reply->result();
        };
        const qsizetype sizeBefore = rawSummary().body.size();
        QVERIFY(sizeBefore > 0);

        server.stop();
        QProcess seed;
        seed.start(QStringLiteral("/usr/bin/python3"),
                   {QStringLiteral("-c"), QString::fromUtf8(SeedScript),
                    server.dataDir() + QStringLiteral("/privacy-api.sqlite3"), QString::number(Changes)});
        QVERIFY(seed.waitForFinished(60000));
        QVERIFY2(seed.exitCode() == 0, seed.readAllStandardError().constData());
        QVERIFY(server.start());

        // After: 49 more changes than before (~110 bytes each), not 100,000 (~11 MB). The compact
        // ledger gives by day every month with a change (here each month of 2016 to 2021), so it
        // grows too, but never past every day of the ledger (the demo member's: 140 KB).
        const HttpResult after = rawSummary();
        QCOMPARE(after.status, 200);
        QVERIFY2(after.body.size() < sizeBefore + 8 * 1024 + 140 * 1024,
                 qPrintable(QStringLiteral("%1 bytes, %2 before").arg(after.body.size()).arg(sizeBefore)));
        const QJsonObject wire = QJsonDocument::fromJson(after.body).object();
        QCOMPARE(wire.value(QStringLiteral("historyTotal")).toInteger(), Changes);
        QCOMPARE(wire.value(QStringLiteral("history")).toArray().size(), 50);

        // The CLI: the exposure is the one of the whole history (the demo member's own figures).
        QElapsedTimer elapsed;
        elapsed.start();
        const test::ReferenceServer::CliRun summary = server.cli({QStringLiteral("--json"), QStringLiteral("summary")});
        QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
        qInfo("summary with %d changes: %lld ms", Changes, elapsed.elapsed());
        QCOMPARE(usedByCategory(json(summary)), expected);
        QCOMPARE(json(summary)[QStringLiteral("optOut")][QStringLiteral("confirmationId")].toString(),
                 QStringLiteral("tail-49"));
        const test::ReferenceServer::CliRun status = server.cli({QStringLiteral("opt-out"), QStringLiteral("status")});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));

        // `history` pages through every change, oldest first.
        const test::ReferenceServer::CliRun history = server.cli({QStringLiteral("--json"), QStringLiteral("history")});
        QVERIFY2(history.exitCode == 0, qPrintable(history.err));
        const QJsonArray changes = json(history).value(QStringLiteral("history")).toArray();
        QCOMPARE(changes.size(), Changes);
        QCOMPARE(changes.first()[QStringLiteral("confirmationId")].toString(), QStringLiteral("old-0"));
        QCOMPARE(changes.last()[QStringLiteral("confirmationId")].toString(), QStringLiteral("tail-49"));
    }

    void pagesAreBoundedAndCursorsChecked()
    {
        test::ReferenceServer server;
        QVERIFY(server.ok());
        QFile tokenFile(server.tokenFile());
        QVERIFY(tokenFile.open(QIODevice::ReadOnly));
        const QByteArray token = tokenFile.readAll().trimmed();
        CurlTransport transport(CurlTransport::Options{server.caFile()});
        const auto get = [&](const QString &query) {
            HttpRequest request;
            request.url = QUrl(server.url().toString() + QStringLiteral("/v1/me/settings/ai-training/history") + query);
            request.headers.add("Authorization", "Bearer " + token);
            std::unique_ptr<HttpReply> reply(transport.send(request));
            if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 20000))
                return HttpResult();
            return reply->result();
        };
        QCOMPARE(get(QStringLiteral("?limit=0")).status, 400);
        QCOMPARE(get(QStringLiteral("?limit=5001")).status, 400);
        QCOMPARE(get(QStringLiteral("?cursor=abc")).status, 400);
        QCOMPARE(get(QStringLiteral("?page=2")).status, 400);
        const HttpResult last = get(QStringLiteral("?limit=5000"));
        QCOMPARE(last.status, 200);
        QVERIFY(!QJsonDocument::fromJson(last.body).object().contains(QStringLiteral("next")));
    }
};

QTEST_GUILESS_MAIN(TestHistoryPaging)
#include "TestHistoryPaging.moc"
