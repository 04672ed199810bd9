// The reference server's parts through pd_server_lib, with real SQLite files and OpenSSL but no
// sockets: options, rate limiter, entity tags, migrations, tokens, idempotency keys, the demo
// seeding, the development CA and PrivacyApi's answers at a fixed clock.
#include "core/Clock.h"
#include "core/JsonReader.h"
#include "server/ApiRequest.h"
#include "server/Database.h"
#include "server/DemoSeeder.h"
#include "server/DevCertificateAuthority.h"
#include "server/EntityTag.h"
#include "server/IdempotencyStore.h"
#include "server/MemberStore.h"
#include "server/PrivacyApi.h"
#include "server/RateLimiter.h"
#include "server/ServerLog.h"
#include "server/ServerOptions.h"
#include "server/TokenStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <unistd.h>

using namespace pd;

namespace {

const QDateTime Noon = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

} // namespace

class TestServerComponents final : public QObject
{
    Q_OBJECT

private:
    // A database with the demo member, at a fixed clock.
    struct Fixture {
        QTemporaryDir dir;
        FixedClock clock{Noon};
        Database database;
        QString token;

        bool open()
        {
            if (!dir.isValid() || !database.open(dir.filePath(QStringLiteral("db.sqlite3"))))
                return false;
            const auto seeded = DemoSeeder::ensure(&database, clock, dir.filePath(QStringLiteral("demo-token")));
            QFile file(dir.filePath(QStringLiteral("demo-token")));
            if (!seeded || !file.open(QIODevice::ReadOnly))
                return false;
            token = QString::fromLatin1(file.readAll());
            return true;
        }
    };

    static PrivacyApi::Outcome call(PrivacyApi &api, ApiRequest request)
    {
        PrivacyApi::Outcome result;
        bool answered = false;
        api.handle(request, [&](const PrivacyApi::Outcome &outcome) {
            result = outcome;
            answered = true;
        });
        if (!answered)
            qFatal("PrivacyApi did not answer synchronously");
        return result;
    }

    static ApiRequest request(const QByteArray &method, const QString &path, const QString &token)
    {
        ApiRequest r;
        r.method = method;
        r.path = path;
        if (!token.isEmpty())
            r.headers.insert("authorization", "Bearer " + token.toLatin1());
        return r;
    }

private Q_SLOTS:
    void optionsParse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<double>("rate");
        const QString d = QStringLiteral("--data-dir");
        QTest::newRow("defaults") << QStringList{d, QStringLiteral("x")} << true << QStringLiteral("127.0.0.1") << 8443
                                  << 20.0;
        QTest::newRow("port 0") << QStringList{d, QStringLiteral("x"), QStringLiteral("--listen"),
                                               QStringLiteral("127.0.0.1:0")}
                                << true << QStringLiteral("127.0.0.1") << 0 << 20.0;
        QTest::newRow("localhost") << QStringList{d, QStringLiteral("x"), QStringLiteral("--listen"),
                                                  QStringLiteral("localhost:9000")}
                                   << true << QStringLiteral("localhost") << 9000 << 20.0;
        QTest::newRow("ipv6") << QStringList{d, QStringLiteral("x"), QStringLiteral("--listen"),
                                             QStringLiteral("[::1]:443")}
                              << true << QStringLiteral("::1") << 443 << 20.0;
        QTest::newRow("rate off") << QStringList{d, QStringLiteral("x"), QStringLiteral("--rate-limit"),
                                                 QStringLiteral("0")}
                                  << true << QStringLiteral("127.0.0.1") << 8443 << 0.0;
        QTest::newRow("no data dir") << QStringList{QStringLiteral("--demo")} << false << QString() << 0 << 0.0;
        QTest::newRow("bad port") << QStringList{d, QStringLiteral("x"), QStringLiteral("--listen"),
                                                 QStringLiteral("127.0.0.1:70000")}
                                  << false << QString() << 0 << 0.0;
        QTest::newRow("no port") << QStringList{d, QStringLiteral("x"), QStringLiteral("--listen"),
                                                QStringLiteral("127.0.0.1")}
                                 << false << QString() << 0 << 0.0;
        QTest::newRow("host name") << QStringList{d, QStringLiteral("x"), QStringLiteral("--listen"),
                                                  QStringLiteral("example.org:1")}
                                   << false << QString() << 0 << 0.0;
        QTest::newRow("negative rate") << QStringList{d, QStringLiteral("x"), QStringLiteral("--rate-limit"),
                                                      QStringLiteral("-1")}
                                       << false << QString() << 0 << 0.0;
        QTest::newRow("negative auth-failure limit")
            << QStringList{d, QStringLiteral("x"), QStringLiteral("--auth-failure-limit"), QStringLiteral("-1")}
            << false << QString() << 0 << 0.0;
        QTest::newRow("fractional auth-failure limit")
            << QStringList{d, QStringLiteral("x"), QStringLiteral("--auth-failure-limit"), QStringLiteral("2.5")}
            << false << QString() << 0 << 0.0;
        QTest::newRow("threads 0") << QStringList{d, QStringLiteral("x"), QStringLiteral("--threads"),
                                                  QStringLiteral("0")}
                                   << false << QString() << 0 << 0.0;
        QTest::newRow("threads word") << QStringList{d, QStringLiteral("x"), QStringLiteral("--threads"),
                                                     QStringLiteral("many")}
                                      << false << QString() << 0 << 0.0;
        QTest::newRow("stray argument") << QStringList{d, QStringLiteral("x"), QStringLiteral("extra")} << false
                                        << QString() << 0 << 0.0;
    }

    void optionsParse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, ok);
        const auto options = ServerOptions::parse(QStringList{QStringLiteral("privacy-api-server")} + arguments);
        QCOMPARE(options.ok(), ok);
        if (!ok) {
            QCOMPARE(options.error().kind, ErrorKind::Usage);
            return;
        }
        QTEST(options->listenHost, "host");
        QTEST(static_cast<int>(options->port), "port");
        QTEST(options->rateLimit, "rate");
        QCOMPARE(options->authFailureLimit, ServerOptions::DefaultAuthFailureLimit);
    }

    void threadsOption()
    {
        const QStringList base{QStringLiteral("privacy-api-server"), QStringLiteral("--data-dir"), QStringLiteral("x")};
        QCOMPARE(ServerOptions::parse(base)->threads, 0); // one per core, decided by main()
        const auto four = ServerOptions::parse(base + QStringList{QStringLiteral("--threads"), QStringLiteral("4")});
        QVERIFY(four.ok());
        QCOMPARE(four->threads, 4);
        QVERIFY(four->helpText.contains(QStringLiteral("--threads")));
    }

    void authFailureLimitOption()
    {
        const auto options =
            ServerOptions::parse({QStringLiteral("privacy-api-server"), QStringLiteral("--data-dir"),
                                  QStringLiteral("x"), QStringLiteral("--auth-failure-limit"), QStringLiteral("0")});
        QVERIFY(options.ok());
        QCOMPARE(options->authFailureLimit, 0);
        QVERIFY(options->helpText.contains(QStringLiteral("--auth-failure-limit")));
    }

    // check() and charge(): a budget spent only by some outcomes (failed authentications).
    void rateLimiterCheckAndCharge()
    {
        qint64 now = 0;
        RateLimiter failures(20 / 60.0, 20, [&] { return now; }); // 20 per minute, all at once
        for (int i = 0; i < 20; ++i) {
            QVERIFY(failures.check(QStringLiteral("peer")).allowed);
            QVERIFY(failures.check(QStringLiteral("peer")).allowed); // checking spends nothing
            failures.charge(QStringLiteral("peer"));
        }
        const RateLimiter::Decision refused = failures.check(QStringLiteral("peer"));
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.retryAfterSeconds, 3);  // one more every 3 s
        failures.charge(QStringLiteral("peer")); // never below empty
        now += 3000;
        QVERIFY(failures.check(QStringLiteral("peer")).allowed);
        QVERIFY(failures.check(QStringLiteral("other")).allowed);
    }

    void rateLimiterBucket()
    {
        qint64 now = 0;
        RateLimiter limiter(2.0, [&] { return now; }); // 2/s, burst 4
        for (int i = 0; i < 4; ++i)
            QVERIFY(limiter.admit(QStringLiteral("a")).allowed);
        const RateLimiter::Decision refused = limiter.admit(QStringLiteral("a"));
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.retryAfterSeconds, 1);
        QVERIFY(limiter.admit(QStringLiteral("b")).allowed); // per key
        now += 499;
        QVERIFY(!limiter.admit(QStringLiteral("a")).allowed); // refusals do not drain it
        now += 1;
        QVERIFY(limiter.admit(QStringLiteral("a")).allowed);
        QVERIFY(!limiter.admit(QStringLiteral("a")).allowed);
        now += 60'000;
        for (int i = 0; i < 4; ++i)
            QVERIFY(limiter.admit(QStringLiteral("a")).allowed); // refilled to the burst, not beyond
        QVERIFY(!limiter.admit(QStringLiteral("a")).allowed);

        RateLimiter slow(0.1, [&] { return now; }); // one per 10 s, burst 0.2 < 1: the first waits
        QCOMPARE(slow.admit(QStringLiteral("a")).retryAfterSeconds, 8);

        RateLimiter off(0.0, [&] { return now; });
        for (int i = 0; i < 1000; ++i)
            QVERIFY(off.admit(QStringLiteral("a")).allowed);
    }

    void entityTags_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("ifMatch");
        QTest::addColumn<bool>("ifNoneMatch");
        QTest::newRow("same") << QByteArrayLiteral("\"v3\"") << true << true;
        QTest::newRow("other") << QByteArrayLiteral("\"v2\"") << false << false;
        QTest::newRow("star") << QByteArrayLiteral("*") << true << true;
        QTest::newRow("list") << QByteArrayLiteral("\"v1\", \"v3\"") << true << true;
        QTest::newRow("weak") << QByteArrayLiteral("W/\"v3\"") << false << true;
        QTest::newRow("unquoted") << QByteArrayLiteral("v3") << false << false;
        QTest::newRow("unterminated") << QByteArrayLiteral("\"v3") << false << false;
        QTest::newRow("empty") << QByteArray() << false << false;
        QTest::newRow("prefix only") << QByteArrayLiteral("\"v\"") << false << false;
    }

    void entityTags()
    {
        QFETCH(QByteArray, header);
        QTEST(EntityTag::ifMatch(header, QByteArrayLiteral("\"v3\"")), "ifMatch");
        QTEST(EntityTag::ifNoneMatch(header, QByteArrayLiteral("\"v3\"")), "ifNoneMatch");
    }

    void migrationsRunInOrderAndRefuseNewerFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite3"));
        {
            Database v1;
            QVERIFY(v1.open(path, 1));
            QCOMPARE(v1.schemaVersion(), 1);
            QSqlQuery query(v1.connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO members VALUES ('m', 'n', 'e', 'US', 'h', '2020-01-01', "
                                              "'linkedin', '2020-01-01T00:00:00Z')")));
            QVERIFY(!query.exec(QStringLiteral("SELECT * FROM idempotency_keys")));
        }
        {
            Database latest;
            QVERIFY(latest.open(path));
            QCOMPARE(latest.schemaVersion(), Database::SchemaVersion);
            QSqlQuery query(latest.connection());
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM idempotency_keys")));
            QVERIFY(query.exec(QStringLiteral("SELECT name FROM members WHERE id = 'm'")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("n"));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        Database newer;
        const auto opened = newer.open(path);
        QVERIFY(!opened);
        QVERIFY(opened.error().message.contains(QStringLiteral("newer")));
    }

    void tokensAreStoredHashedAndExpire()
    {
        Fixture f;
        QVERIFY(f.open());
        TokenStore tokens(&f.database, &f.clock);
        QVERIFY(f.token.startsWith(QStringLiteral("pdt_")));
        QCOMPARE(tokens.memberFor(f.token)->value_or(QString()), QStringLiteral("demo-member-0001"));
        QVERIFY(!tokens.memberFor(f.token + u'x')->has_value());

        const auto shortLived =
            tokens.issue(QStringLiteral("demo-member-0001"), QStringLiteral("test"), Noon.addSecs(60));
        QVERIFY(shortLived);
        QVERIFY(tokens.memberFor(*shortLived)->has_value());
        f.clock.advanceSeconds(60);
        QVERIFY(!tokens.memberFor(*shortLived)->has_value());
        QVERIFY(tokens.memberFor(f.token)->has_value()); // the demo token does not expire

        // Nothing in the database is a token; the hashes are.
        QSqlQuery query(f.database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT hash FROM tokens")));
        QStringList hashes;
        while (query.next())
            hashes.append(query.value(0).toString());
        QCOMPARE(hashes.size(), 2);
        QVERIFY(hashes.contains(TokenStore::hashOf(f.token)));
        QVERIFY(!hashes.contains(f.token));
        QFile file(f.dir.filePath(QStringLiteral("db.sqlite3")));
        f.database.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(f.token.toLatin1()));
    }

    void idempotencyKeyLifecycle()
    {
        Fixture f;
        QVERIFY(f.open());
        IdempotencyStore keys(&f.database, &f.clock);
        const QString member = QStringLiteral("demo-member-0001");
        QCOMPARE(keys.begin(member, QStringLiteral("k"), QStringLiteral("fp1"))->outcome,
                 IdempotencyStore::Outcome::Reserved);
        QCOMPARE(keys.begin(member, QStringLiteral("k"), QStringLiteral("fp1"))->outcome,
                 IdempotencyStore::Outcome::InFlight);
        QCOMPARE(keys.begin(member, QStringLiteral("k"), QStringLiteral("fp2"))->outcome,
                 IdempotencyStore::Outcome::Mismatch);
        QVERIFY(keys.complete(member, QStringLiteral("k"),
                              StoredReply{200, QByteArrayLiteral("{}"), QStringLiteral("\"v2\"")}));
        const auto replay = keys.begin(member, QStringLiteral("k"), QStringLiteral("fp1"));
        QCOMPARE(replay->outcome, IdempotencyStore::Outcome::Replay);
        QCOMPARE(replay->reply.status, 200);
        QCOMPARE(replay->reply.body, QByteArrayLiteral("{}"));
        QCOMPARE(replay->reply.etag, QStringLiteral("\"v2\""));

        QCOMPARE(keys.begin(member, QStringLiteral("free"), QStringLiteral("fp"))->outcome,
                 IdempotencyStore::Outcome::Reserved);
        QVERIFY(keys.release(member, QStringLiteral("free")));
        QCOMPARE(keys.begin(member, QStringLiteral("free"), QStringLiteral("fp"))->outcome,
                 IdempotencyStore::Outcome::Reserved);
        QCOMPARE(*keys.releaseAllInFlight(), 1);

        // Stored answers are kept for 24 hours.
        f.clock.advanceSeconds(IdempotencyStore::RetentionSeconds - 1);
        QCOMPARE(keys.begin(member, QStringLiteral("k"), QStringLiteral("fp1"))->outcome,
                 IdempotencyStore::Outcome::Replay);
        f.clock.advanceSeconds(2);
        QCOMPARE(keys.begin(member, QStringLiteral("k"), QStringLiteral("fp1"))->outcome,
                 IdempotencyStore::Outcome::Reserved);
    }

    void demoSeedingKeepsTheMemberAndItsToken()
    {
        Fixture f;
        QVERIFY(f.open());
        const QString tokenFile = f.dir.filePath(QStringLiteral("demo-token"));
        QCOMPARE((QFileInfo(tokenFile).permissions() & (QFile::ReadGroup | QFile::ReadOther)).toInt(), 0);
        MemberStore members(&f.database);
        QVERIFY(members.applyAiTraining(QStringLiteral("demo-member-0001"),
                                        OptOutChange{Noon, false, QStringLiteral("api"), QStringLiteral("c-1")}));
        const auto again = DemoSeeder::ensure(&f.database, f.clock, tokenFile);
        QVERIFY(again);
        QVERIFY(!again->memberCreated && !again->tokenWritten);
        QCOMPARE(members.history(QStringLiteral("demo-member-0001"))->size(), 2); // kept the change

        // A lost token file: a fresh token, and the old one stops working.
        QVERIFY(QFile::remove(tokenFile));
        const auto reissued = DemoSeeder::ensure(&f.database, f.clock, tokenFile);
        QVERIFY(reissued && reissued->tokenWritten && !reissued->memberCreated);
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString fresh = QString::fromLatin1(file.readAll());
        QVERIFY(fresh != f.token);
        TokenStore tokens(&f.database, &f.clock);
        QVERIFY(tokens.memberFor(fresh)->has_value());
        QVERIFY(!tokens.memberFor(f.token)->has_value());
    }

    // The summary reads a history of any length as a digest (latest changes, count, months)
    // instead of whole; it must say exactly what the whole history says. 100,000 changes, as
    // many as a script toggling for years would leave; the times of both reads are printed.
    void historyDigestAgreesWithTheWholeHistory()
    {
        Fixture f;
        QVERIFY(f.open());
        const QString member = QStringLiteral("demo-member-0001");
        constexpr int Changes = 100000;
        const auto inserted = f.database.transaction<void>([&]() -> Result<void> {
            QSqlQuery insert(f.database.connection());
            insert.prepare(QStringLiteral("INSERT INTO history (member_id, setting, at, opted_out, channel, "
                                          "confirmation_id) VALUES (?, ?, ?, ?, 'api', ?)"));
            for (int i = 0; i < Changes; ++i) {
                // Every ~40 minutes from 2021 on, so the changes cover a few dozen months.
                insert.bindValue(0, member);
                insert.bindValue(1, MemberStore::AiTrainingSetting);
                insert.bindValue(
                    2, formatIsoDateTime(QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i) * 2400)));
                insert.bindValue(3, i % 2);
                insert.bindValue(4, QStringLiteral("c-%1").arg(i));
                if (!insert.exec())
                    return Error::internal(QStringLiteral("insert failed"));
            }
            return {};
        });
        QVERIFY(inserted);
        MemberStore members(&f.database);
        QElapsedTimer timer;
        timer.start();
        const auto whole = members.history(member);
        const qint64 wholeMs = timer.restart();
        const auto digest = members.historyDigest(member, 50);
        const qint64 digestMs = timer.elapsed();
        QVERIFY(whole && digest);
        qInfo("history of %lld changes: whole %lld ms, digest %lld ms", static_cast<long long>(whole->size()),
              static_cast<long long>(wholeMs), static_cast<long long>(digestMs));
        QCOMPARE(whole->size(), Changes + 1); // and the demo member's own change
        QCOMPARE(digest->total, whole->size());
        QCOMPARE(digest->latest, whole->last(50));
        QSet<QDate> months;
        for (const OptOutChange &change : *whole)
            months.insert(QDate(change.at.toUTC().date().year(), change.at.toUTC().date().month(), 1));
        QCOMPARE(digest->months, months);
        QVERIFY(months.size() > 40);

        // A member with no history yet: nothing, and no error.
        const auto none = members.historyDigest(QStringLiteral("no-such-member"), 50);
        QVERIFY(none && none->total == 0 && none->latest.isEmpty() && none->months.isEmpty());
    }

    void developmentCertificates()
    {
        QTemporaryDir dir;
        const QString tls = dir.filePath(QStringLiteral("tls"));
        const auto made = DevCertificateAuthority::ensure(tls, QDateTime::currentDateTimeUtc());
        QVERIFY(made);
        QVERIFY(made->created);
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(made->caCertificate);
        const QList<QSslCertificate> server = QSslCertificate::fromPath(made->serverCertificate);
        QCOMPARE(ca.size(), 1);
        QCOMPARE(server.size(), 1);
        QCOMPARE(server.constFirst().issuerDisplayName(), ca.constFirst().subjectDisplayName());
        QVERIFY(ca.constFirst().isSelfSigned());
        const auto names = server.constFirst().subjectAlternativeNames();
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("0:0:0:0:0:0:0:1")) ||
                names.values(QSsl::IpAddressEntry).contains(QStringLiteral("::1")));
        QFile keyFile(made->serverKey);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey key(keyFile.readAll(), QSsl::Ec);
        QVERIFY(!key.isNull());
        QCOMPARE(key.type(), QSsl::PrivateKey);
        QCOMPARE(key.algorithm(), QSsl::Ec);
        QCOMPARE(server.constFirst().publicKey().algorithm(), QSsl::Ec);
        QCOMPARE((QFileInfo(made->serverKey).permissions() & (QFile::ReadGroup | QFile::ReadOther)).toInt(), 0);
        QVERIFY(!QFile::exists(QDir(tls).filePath(QStringLiteral("ca.key")))); // the CA key is never written

        // Reused while valid; remade (a new CA) once the server certificate is about to expire.
        const auto reused = DevCertificateAuthority::ensure(tls, QDateTime::currentDateTimeUtc());
        QVERIFY(reused && !reused->created);
        QCOMPARE(QSslCertificate::fromPath(reused->caCertificate), ca);
        const auto renewed = DevCertificateAuthority::ensure(
            tls, QDateTime::currentDateTimeUtc().addDays(DevCertificateAuthority::ServerValidityDays));
        QVERIFY(renewed && renewed->created);
        QVERIFY(QSslCertificate::fromPath(renewed->caCertificate) != ca);
    }

    void summaryAndWritesAtAFixedClock()
    {
        Fixture f;
        QVERIFY(f.open());
        PrivacyApi api(&f.database, &f.clock, {0.0, false});
        const auto summary = call(api, request("GET", QStringLiteral("/v1/me/usage-summary"), f.token));
        QCOMPARE(summary.response.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(summary.response.body).object();
        QCOMPARE(body.value(QStringLiteral("asOf")).toString(), QStringLiteral("2026-03-01T12:00:00Z"));
        const QJsonObject articles =
            body.value(QStringLiteral("ledger")).toObject().value(QStringLiteral("articles")).toObject();
        // The first item's month by day, a quiet month as a total.
        QCOMPARE(articles.value(QStringLiteral("daily")).toObject().constBegin().key(), QStringLiteral("2019-08-29"));
        QCOMPARE(articles.value(QStringLiteral("monthly")).toObject().value(QStringLiteral("2020-11")).toInt(), 3);
        QCOMPARE(body.value(QStringLiteral("settingEtag")).toString(), QStringLiteral("\"v1\""));

        // The ETag ignores asOf.
        f.clock.advanceSeconds(3600);
        const auto later = call(api, request("GET", QStringLiteral("/v1/me/usage-summary"), f.token));
        QCOMPARE(later.response.header("ETag"), summary.response.header("ETag"));
        QVERIFY(later.response.body != summary.response.body);

        ApiRequest put = request("PUT", QStringLiteral("/v1/me/settings/ai-training"), f.token);
        put.headers.insert("content-type", "application/json");
        put.headers.insert("if-match", "\"v1\"");
        put.headers.insert("idempotency-key", "k-1");
        put.body = R"({"optedOut":false})";
        const auto applied = call(api, put);
        QCOMPARE(applied.response.status, 200);
        const QJsonObject state = QJsonDocument::fromJson(applied.response.body).object();
        QCOMPARE(state.value(QStringLiteral("changedAt")).toString(), QStringLiteral("2026-03-01T13:00:00Z"));
        // Whitespace does not make it another request.
        put.body = R"({ "optedOut" : false })";
        const auto replayed = call(api, put);
        QCOMPARE(replayed.response.header("Idempotent-Replayed"), QByteArrayLiteral("true"));
        QCOMPARE(replayed.response.body, applied.response.body);

        // Test hooks are ignored unless enabled.
        put.headers.insert("idempotency-key", "k-2");
        put.headers.insert("if-match", "\"v2\"");
        put.headers.insert("x-test-fail", "before-apply");
        const auto ignored = call(api, put);
        QVERIFY(!ignored.closeWithoutAnswer);
        QCOMPARE(ignored.response.status, 200);
    }

    // Two connections on one file, as two worker threads or two instances have: each PrivacyApi
    // keeps its summary, keyed by the setting version it reads with the token, so a write through
    // the other is in this one's next summary, and a token revoked through the other is refused
    // by this one's next request.
    void summaryAndTokenFollowWritesThroughAnotherConnection()
    {
        Fixture f;
        QVERIFY(f.open());
        Database other;
        QVERIFY(other.open(f.dir.filePath(QStringLiteral("db.sqlite3"))));
        PrivacyApi reader(&f.database, &f.clock, {0.0, false});
        PrivacyApi writer(&other, &f.clock, {0.0, false});
        const QString summaryPath = QStringLiteral("/v1/me/usage-summary");
        auto optedOut = [&] {
            const auto summary = call(reader, request("GET", summaryPath, f.token));
            const QJsonObject body = QJsonDocument::fromJson(summary.response.body).object();
            return std::make_pair(body.value(QStringLiteral("optOut")).toObject().value(QStringLiteral("optedOut")),
                                  body.value(QStringLiteral("settingEtag")).toString());
        };
        TokenStore tokens(&f.database, &f.clock);
        const auto bearer = tokens.bearer(f.token);
        QVERIFY(bearer && bearer->has_value());
        QCOMPARE((*bearer)->memberId, QStringLiteral("demo-member-0001"));
        QCOMPARE((*bearer)->settingVersion, qint64(1));
        QCOMPARE(optedOut(), std::make_pair(QJsonValue(true), QStringLiteral("\"v1\"")));

        for (int version = 2; version <= 4; ++version) {
            ApiRequest put = request("PUT", QStringLiteral("/v1/me/settings/ai-training"), f.token);
            put.headers.insert("content-type", "application/json");
            put.headers.insert("if-match", "*");
            put.headers.insert("idempotency-key", "other-" + QByteArray::number(version));
            put.body = version % 2 ? R"({"optedOut":true})" : R"({"optedOut":false})";
            QCOMPARE(call(writer, put).response.status, 200);
            QCOMPARE((*tokens.bearer(f.token))->settingVersion, qint64(version));
            // The reader's summary for the version before is not served again.
            QCOMPARE(optedOut(), std::make_pair(QJsonValue(version % 2 == 1), QStringLiteral("\"v%1\"").arg(version)));
        }

        const auto issued = TokenStore(&other, &f.clock).issue(QStringLiteral("demo-member-0001"), QStringLiteral("t"));
        QVERIFY(issued);
        QCOMPARE(call(reader, request("GET", summaryPath, *issued)).response.status, 200);
        QCOMPARE(*TokenStore(&other, &f.clock).revokeLabel(QStringLiteral("demo-member-0001"), QStringLiteral("t")), 1);
        QCOMPARE(call(reader, request("GET", summaryPath, *issued)).response.status, 401);
        QVERIFY(!tokens.bearer(*issued)->has_value());
    }

    // ServerLog: lines wait in their thread's buffer only while its event loop is busy: they are
    // out once the loop has nothing to do, and a thread's last lines once it ends (none lost).
    void serverLogWritesWhenTheLoopWaitsAndWhenTheThreadEnds()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile captured(dir.filePath(QStringLiteral("stderr")));
        QVERIFY(captured.open(QIODevice::ReadWrite));
        std::fflush(stderr);
        const int saved = ::dup(STDERR_FILENO);
        QVERIFY(saved >= 0 && ::dup2(captured.handle(), STDERR_FILENO) >= 0);
        auto restore = qScopeGuard([&] {
            ::dup2(saved, STDERR_FILENO);
            ::close(saved);
        });
        auto written = [&] { return QFile(captured.fileName()).size(); };

        QThread thread;
        QObject onThread;
        onThread.moveToThread(&thread);
        thread.start();
        // Many lines in one turn of the loop: buffered, then all out once the loop would wait.
        qint64 sizeInTheTurn = -1;
        QMetaObject::invokeMethod(&onThread, [&] {
            for (int i = 0; i < 100; ++i)
                ServerLog::append(QStringLiteral("GET /line-%1 200 0.1ms").arg(i));
            sizeInTheTurn = written();
        });
        qint64 expected = 0;
        for (int i = 0; i < 100; ++i)
            expected += QStringLiteral("GET /line-%1 200 0.1ms\n").arg(i).size();
        QTRY_COMPARE_WITH_TIMEOUT(written(), expected, 5000);
        QCOMPARE(sizeInTheTurn, qint64(0));
        // A thread that ends with lines in its buffer writes them as it ends.
        QMetaObject::invokeMethod(&onThread, [&] {
            ServerLog::append(QStringLiteral("GET /last 200 0.1ms"));
            thread.quit();
        });
        QVERIFY(thread.wait(5000));
        const qint64 before = written();
        // now() writes at once.
        ServerLog::now(QStringLiteral("stopped"));
        restore.dismiss();
        ::dup2(saved, STDERR_FILENO);
        ::close(saved);
        QFile file(captured.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray log = file.readAll();
        QVERIFY(log.startsWith("GET /line-0 200 0.1ms\nGET /line-1 200"));
        QVERIFY(log.contains("GET /line-99 200 0.1ms\nGET /last 200 0.1ms\n"));
        QVERIFY(log.endsWith("GET /last 200 0.1ms\nstopped\n"));
        QCOMPARE(before, log.size() - qint64(sizeof "stopped"));
    }

    // RFC 6750 §2.1's credentials: "Bearer" (any case), one or more spaces, a b64token, nothing more.
    void bearerCredentials_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<QByteArray>("suffix");
        QTest::addColumn<int>("status");
        QTest::newRow("as sent") << QByteArray("Bearer ") << QByteArray() << 200;
        QTest::newRow("scheme in lower case") << QByteArray("bearer ") << QByteArray() << 200;
        QTest::newRow("scheme in upper case") << QByteArray("BEARER ") << QByteArray() << 200;
        QTest::newRow("several spaces") << QByteArray("Bearer   ") << QByteArray() << 200;
        QTest::newRow("spaces around the field") << QByteArray("  Bearer ") << QByteArray("  ") << 200;
        QTest::newRow("well formed, another token (padding)") << QByteArray("Bearer ") << QByteArray("==") << 401;
        QTest::newRow("no space") << QByteArray("Bearer") << QByteArray() << 401;
        QTest::newRow("a tab") << QByteArray("Bearer\t") << QByteArray() << 401;
        QTest::newRow("another scheme") << QByteArray("Basic ") << QByteArray() << 401;
        QTest::newRow("a longer scheme") << QByteArray("Bearerx ") << QByteArray() << 401;
        QTest::newRow("something after") << QByteArray("Bearer ") << QByteArray(" x") << 401;
        QTest::newRow("a character outside b64token") << QByteArray("Bearer ") << QByteArray("!") << 401;
        QTest::newRow("after the padding") << QByteArray("Bearer ") << QByteArray("=a") << 401;
        QTest::newRow("a control character") << QByteArray("Bearer ") << QByteArray("\x01") << 401;
    }

    void bearerCredentials()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(QByteArray, suffix);
        QFETCH(int, status);
        Fixture f;
        QVERIFY(f.open());
        PrivacyApi api(&f.database, &f.clock, {0.0, false, 100});
        ApiRequest r = request("GET", QStringLiteral("/v1/me/usage-summary"), {});
        r.headers.insert("authorization", prefix + f.token.toLatin1() + suffix);
        const PrivacyApi::Admission admitted = api.admit(r);
        QCOMPARE(admitted.refusal ? admitted.refusal->status : 200, status);
        if (status == 200)
            QCOMPARE(admitted.memberId, QStringLiteral("demo-member-0001"));
    }

    // admit() judges a head alone: 404/405 first, then the peer's failed-authentication budget
    // (429 without a token check once spent), the token (401), the token's rate (429).
    void admitJudgesTheHead()
    {
        Fixture f;
        QVERIFY(f.open());
        PrivacyApi api(&f.database, &f.clock, {0.0, false, 3});
        auto from = [](ApiRequest r, const char *peer) {
            r.peer = QHostAddress(QString::fromLatin1(peer));
            return r;
        };
        const QString setting = QStringLiteral("/v1/me/settings/ai-training");
        QCOMPARE(api.admit(from(request("GET", QStringLiteral("/nope"), {}), "10.0.0.1")).refusal->status, 404);
        QCOMPARE(api.admit(from(request("DELETE", setting, f.token), "10.0.0.1")).refusal->status, 405);
        const PrivacyApi::Admission ok = api.admit(from(request("PUT", setting, f.token), "10.0.0.1"));
        QVERIFY(!ok.refusal);
        QCOMPARE(ok.memberId, QStringLiteral("demo-member-0001"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(api.admit(from(request("GET", setting, QStringLiteral("wrong")), "10.0.0.1")).refusal->status,
                     401);
        const PrivacyApi::Admission limited = api.admit(from(request("GET", setting, f.token), "10.0.0.1"));
        QCOMPARE(limited.refusal->status, 429);
        QVERIFY(limited.refusal->body.contains("too-many-failed-authentications"));
        QVERIFY(!limited.refusal->header("Retry-After").isEmpty());
        QVERIFY(!api.admit(from(request("GET", setting, f.token), "10.0.0.2")).refusal);
        // 404 and 405 do not depend on the token, so they stay as they were.
        QCOMPARE(api.admit(from(request("GET", QStringLiteral("/nope"), {}), "10.0.0.1")).refusal->status, 404);
    }
};

QTEST_GUILESS_MAIN(TestServerComponents)
#include "TestServerComponents.moc"
