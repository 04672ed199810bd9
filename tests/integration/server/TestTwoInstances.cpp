// Two privacy-api-server instances on one database (issue 13): as TestTwoInstances on one SQLite
// file (WAL, two processes), as TestTwoInstancesPostgreSQL on one PostgreSQL database. Each
// serves from three worker threads (--threads 3), each thread with its own database connection,
// so writes race between threads as well as between processes. Opt-out writes race through both
// at once; afterwards nothing is lost, nothing applied twice, and the history is one consistent
// sequence. One rate limit holds across the worker threads of an instance.
#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using pd::test::ServerProcess;

namespace {

const QString SettingPath = QStringLiteral("/v1/me/settings/ai-training");
const QString SummaryPath = QStringLiteral("/v1/me/usage-summary");
const QString HistoryPath = QStringLiteral("/v1/me/settings/ai-training/history?limit=5000");
constexpr int Writes = 200;

struct Reply {
    int status = 0;
    QByteArray body;
    QByteArray replayed;
};

} // namespace

class TestTwoInstances final : public QObject
{
    Q_OBJECT

private:
    QNetworkReply *send(const QString &base, const QByteArray &method, const QString &path,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(base + path));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("data/tls/ca.pem"))));
        request.setSslConfiguration(tls);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setTransferTimeout(60000);
        request.setRawHeader("Authorization", "Bearer " + m_token);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return m_network.sendCustomRequest(request, method, body);
    }

    static Reply wait(QNetworkReply *reply)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                     reply->rawHeader("Idempotent-Replayed")};
        reply->deleteLater();
        return result;
    }

    QNetworkReply *put(const QString &base, const QByteArray &key, bool optedOut)
    {
        return send(base, "PUT", SettingPath,
                    {{"Content-Type", "application/json"}, {"If-Match", "*"}, {"Idempotency-Key", key}},
                    optedOut ? QByteArrayLiteral("{\"optedOut\":true}") : QByteArrayLiteral("{\"optedOut\":false}"));
    }

    QJsonArray history()
    {
        const Reply reply = wait(send(m_a->baseUrl(), "GET", HistoryPath));
        return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("history")).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString data = m_dir.filePath(QStringLiteral("data"));
        m_a = std::make_unique<ServerProcess>(data);
        const QStringList threads{QStringLiteral("--threads"), QStringLiteral("3")};
        QVERIFY2(m_a->start(QStringList{QStringLiteral("--demo"), QStringLiteral("--rate-limit"), QStringLiteral("0")} +
                            threads),
                 qPrintable(m_a->log()));
        // The same database (and data directory, so one CA); no --demo: the token stays A's.
        m_b = std::make_unique<ServerProcess>(data, m_a->databaseUrl());
        QVERIFY2(m_b->start(QStringList{QStringLiteral("--rate-limit"), QStringLiteral("0")} + threads),
                 qPrintable(m_b->log()));
        QVERIFY(m_a->port() != m_b->port());
        QFile token(m_a->file(QStringLiteral("demo-token")));
        QVERIFY(token.open(QIODevice::ReadOnly));
        m_token = token.readAll().trimmed();
        qInfo("database: %s",
              m_a->databaseUrl().isEmpty() ? "SQLite (one file, two processes)" : qPrintable(m_a->databaseUrl()));
    }

    // 200 writes with distinct keys, alternating instances, all in flight at once: every one
    // applied exactly once, in one history, each confirmation id once.
    void racingWritesThroughBothAreAllKeptOnce()
    {
        const int before = int(history().size());
        QList<QNetworkReply *> replies;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < Writes; ++i)
            replies.append(put(i % 2 ? m_b->baseUrl() : m_a->baseUrl(), "race-" + QByteArray::number(i), i % 3 == 0));
        QSet<QString> confirmations;
        for (QNetworkReply *reply : std::as_const(replies)) {
            const Reply done = wait(reply);
            QVERIFY2(done.status == 200, done.body.constData());
            confirmations.insert(
                QJsonDocument::fromJson(done.body).object().value(QStringLiteral("confirmationId")).toString());
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        qInfo("%d writes through 2 instances in %.2f s: %.0f writes/s", Writes, seconds, Writes / seconds);
        QCOMPARE(confirmations.size(), Writes);

        const QJsonArray after = history();
        QCOMPARE(after.size(), before + Writes); // 0 lost, 0 applied twice
        QSet<QString> inHistory;
        for (const QJsonValue &entry : after)
            inHistory.insert(entry.toObject().value(QStringLiteral("confirmationId")).toString());
        for (const QString &id : std::as_const(confirmations))
            QVERIFY2(inHistory.contains(id), qPrintable(id));
        // Both instances answer with the state of the last change in the history.
        const bool last = after.last().toObject().value(QStringLiteral("optedOut")).toBool();
        for (ServerProcess *server : {m_a.get(), m_b.get()}) {
            const Reply state = wait(send(server->baseUrl(), "GET", SettingPath));
            QCOMPARE(state.status, 200);
            QCOMPARE(QJsonDocument::fromJson(state.body).object().value(QStringLiteral("optedOut")).toBool(), last);
        }
    }

    // The same key sent to both instances at once, many times over: applied once per key; every
    // other answer is the stored reply (Idempotent-Replayed) or 409 (still in flight).
    void sameKeyThroughBothAppliesOnce()
    {
        const int before = int(history().size());
        constexpr int Keys = 40;
        QList<QPair<QNetworkReply *, QNetworkReply *>> pairs;
        for (int i = 0; i < Keys; ++i) {
            const QByteArray key = "dup-" + QByteArray::number(i);
            pairs.append(qMakePair(put(m_a->baseUrl(), key, true), put(m_b->baseUrl(), key, true)));
        }
        int applied = 0;
        for (const auto &[first, second] : std::as_const(pairs)) {
            const Reply one = wait(first);
            const Reply two = wait(second);
            for (const Reply &reply : {one, two}) {
                QVERIFY2(reply.status == 200 || reply.status == 409, reply.body.constData());
                if (reply.status == 200 && reply.replayed.isEmpty())
                    ++applied;
            }
            if (one.status == 200 && two.status == 200)
                QCOMPARE(QJsonDocument::fromJson(one.body).object().value(QStringLiteral("confirmationId")),
                         QJsonDocument::fromJson(two.body).object().value(QStringLiteral("confirmationId")));
        }
        // Each key once more through the other instance: a replay, nothing new.
        for (int i = 0; i < Keys; ++i) {
            const Reply again =
                wait(put(i % 2 ? m_a->baseUrl() : m_b->baseUrl(), "dup-" + QByteArray::number(i), true));
            QCOMPARE(again.status, 200);
            QCOMPARE(again.replayed, QByteArrayLiteral("true"));
        }
        QCOMPARE(applied, Keys);
        QCOMPARE(int(history().size()), before + Keys);
    }

    // Each worker thread of each instance keeps the summary it built, keyed by the setting version
    // it reads with the token on every request: a write through A is in B's very next summary,
    // whichever of B's threads answers (several connections at once reach all three).
    void aWriteThroughOneIsInTheOtherInstancesNextSummary()
    {
        constexpr int Readers = 6;
        auto summaries = [&](ServerProcess *server) {
            QList<QNetworkReply *> replies;
            for (int i = 0; i < Readers; ++i)
                replies.append(send(server->baseUrl(), "GET", SummaryPath)); // QNAM asks for gzip itself
            QList<QJsonObject> bodies;
            for (QNetworkReply *reply : std::as_const(replies)) {
                const Reply done = wait(reply);
                if (done.status != 200)
                    qWarning("summary: %d %s", done.status, done.body.constData());
                bodies.append(QJsonDocument::fromJson(done.body).object());
            }
            return bodies;
        };
        for (int round = 0; round < 4; ++round) {
            const QList<QJsonObject> before = summaries(m_b.get()); // cached on B's threads now
            QCOMPARE(before.size(), Readers);
            const bool optedOut =
                !before.first().value(QStringLiteral("optOut")).toObject().value(QStringLiteral("optedOut")).toBool();
            QNetworkReply *written = put(m_a->baseUrl(), "next-summary-" + QByteArray::number(round), optedOut);
            QVERIFY(written);
            const QByteArray etag = [&] {
                if (!written->isFinished()) {
                    QEventLoop loop;
                    connect(written, &QNetworkReply::finished, &loop, &QEventLoop::quit);
                    loop.exec();
                }
                written->deleteLater();
                return written->rawHeader("ETag");
            }();
            QVERIFY(!etag.isEmpty());
            for (const QJsonObject &after : summaries(m_b.get())) {
                QCOMPARE(after.value(QStringLiteral("optOut")).toObject().value(QStringLiteral("optedOut")).toBool(),
                         optedOut);
                QCOMPARE(after.value(QStringLiteral("settingEtag")).toString(), QString::fromLatin1(etag));
            }
        }
    }

    // One token's budget is one, whichever worker thread a connection lands on: with a rate of
    // 0.5/s (a burst of 1), twelve requests at once over several connections (spread over four
    // threads) let at most 2 through in the few seconds they take, where one budget per thread
    // would let 4 through.
    void rateLimitHoldsAcrossWorkerThreads()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ServerProcess limited(dir.filePath(QStringLiteral("data")));
        QVERIFY2(limited.start({QStringLiteral("--demo"), QStringLiteral("--threads"), QStringLiteral("4"),
                                QStringLiteral("--rate-limit"), QStringLiteral("0.5")}),
                 qPrintable(limited.log()));
        QFile tokenFile(limited.file(QStringLiteral("demo-token")));
        QVERIFY(tokenFile.open(QIODevice::ReadOnly));
        const QByteArray token = tokenFile.readAll().trimmed();
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(dir.filePath(QStringLiteral("data/tls/ca.pem"))));
        QList<QNetworkReply *> replies;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 12; ++i) {
            QNetworkRequest request(QUrl(limited.baseUrl() + SettingPath));
            request.setSslConfiguration(tls);
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            request.setRawHeader("Authorization", "Bearer " + token);
            replies.append(m_network.get(request));
        }
        int allowed = 0;
        int limitedCount = 0;
        for (QNetworkReply *reply : std::as_const(replies)) {
            const Reply done = wait(reply);
            allowed += done.status == 200;
            limitedCount += done.status == 429;
        }
        const qint64 ms = timer.elapsed();
        qInfo("12 requests in %lld ms over 4 threads: %d allowed, %d refused with 429", static_cast<long long>(ms),
              allowed, limitedCount);
        QVERIFY(allowed >= 1);
        QVERIFY2(allowed <= 1 + int(ms / 2000), qPrintable(limited.log()));
        QCOMPARE(allowed + limitedCount, 12);
        QTRY_VERIFY2_WITH_TIMEOUT(limited.log().contains(QStringLiteral(" 429 ")), qPrintable(limited.log()), 5000);
    }

    void cleanupTestCase()
    {
        if (QTest::currentTestFailed()) {
            if (m_a)
                qInfo("server A log:\n%s", qPrintable(m_a->log()));
            if (m_b)
                qInfo("server B log:\n%s", qPrintable(m_b->log()));
        }
        m_b.reset();
        m_a.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_a;
    std::unique_ptr<ServerProcess> m_b;
    QNetworkAccessManager m_network;
    QByteArray m_token;
};

QTEST_GUILESS_MAIN(TestTwoInstances)
#include "TestTwoInstances.moc"
