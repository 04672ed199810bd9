// ApiDataSource over the stateful FakeMemberApi: the summary is built by the core from the
// server's ledger and history (never the server's figures), the opt-out round-trips with a
// confirmation id, and failures arrive as refreshFailed / optOutFailed.
#include "core/DemoDataSource.h"
#include "net/ApiDataSource.h"
#include "net/OptOutOutbox.h"
#include "net/ServerConnection.h"
#include "support/FakeTransport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {
const QUrl ServerUrl(QStringLiteral("https://api.test:8443"));
}

// A FakeMemberApi with an outbox folder and a way to fail every PUT (the network gives up).
struct Pending {
    QTemporaryDir dir;
    FakeTransport transport;
    FakeMemberApi api{transport};
    RecordingRetryScheduler scheduler;
    bool failPuts = false;
    std::unique_ptr<ApiDataSource> source;

    Pending()
    {
        transport.setOverride([this](const HttpRequest &request) -> std::optional<FakeResponse> {
            if (failPuts && request.method == "PUT")
                return FakeResponse::failure(TransportError::Connect);
            return api.respond(request);
        });
    }
    OutboxKey key(const QString &member = {})
    {
        return OutboxKey{ServerUrl.toString(), member.isEmpty() ? api.record().member.id : member};
    }
    bool store(bool optedOut, OutboxRecord::State state, const QString &member = {})
    {
        const QByteArray etag = "\"v" + QByteArray::number(api.version()) + '"';
        return OptOutOutbox(dir.path())
            .store({key(member), optedOut, "pd-earlier-run", etag, QDateTime::currentDateTimeUtc(), state})
            .ok();
    }
    std::optional<OutboxRecord> stored(const QString &member = {})
    {
        return OptOutOutbox(dir.path()).pending(key(member)).value();
    }
    QList<QByteArray> putKeys() const
    {
        QList<QByteArray> keys;
        for (const HttpRequest &request : transport.requests()) {
            if (request.method == "PUT")
                keys.append(request.headers.value("Idempotency-Key"));
        }
        return keys;
    }
    ApiDataSource &open(const Clock &clock)
    {
        source = std::make_unique<ApiDataSource>(ServerConnection{ServerUrl, {}, api.token()}, clock, &transport);
        source->useOutbox(dir.path());
        source->client().setRetryScheduler(&scheduler);
        return *source;
    }
};

class TestApiDataSource final : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock{QDateTime(QDate(2026, 1, 2), QTime(12, 0), Qt::UTC)};

    static UsageSummary waitSummary(ApiDataSource &source)
    {
        QSignalSpy ready(&source, &MemberDataSource::summaryReady);
        QSignalSpy failed(&source, &MemberDataSource::refreshFailed);
        source.refresh();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(ready.size() + failed.size() > 0, 5000); }();
        if (!failed.isEmpty())
            qWarning() << failed.constFirst().constFirst().value<Error>().message;
        if (ready.isEmpty())
            return {};
        return ready.constFirst().constFirst().value<UsageSummary>();
    }

    // The next refresh finds the stored change overtaken by a change elsewhere: it is not sent,
    // it is dropped, and the front end is told (a conflict); the server keeps "training on".
    void refreshDropsTheChangeAsAConflict(Pending &fixture)
    {
        ApiDataSource &source = fixture.open(m_clock);
        QSignalSpy failed(&source, &MemberDataSource::pendingOptOutFailed);
        const UsageSummary summary = waitSummary(source);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().constFirst().value<Error>().kind, ErrorKind::Conflict);
        QVERIFY(!summary.optOut.optedOut);
        QCOMPARE(fixture.api.appliedWrites(), 0);
        QVERIFY(!fixture.stored().has_value());
    }

private Q_SLOTS:
    // The same member through the API and through the demo data gives the same figures: the
    // exposure comes from the core's rule on the server's raw ledger and history.
    void summaryIsComputedByTheCore()
    {
        FakeTransport transport;
        FakeMemberApi api(transport);
        ApiDataSource source({ServerUrl, {}, api.token()}, m_clock, &transport);
        const UsageSummary summary = waitSummary(source);
        QVERIFY(!summary.categories.isEmpty());

        Result<DemoDataSource *> demo = DemoDataSource::create(m_clock);
        QVERIFY(demo.ok());
        std::unique_ptr<DemoDataSource> demoSource(demo.value());
        const UsageSummary expected = demoSource->summaryNow();
        QVERIFY(summary.source.kind == SourceInfo::Kind::Server);
        QCOMPARE(summary.source.location, QStringLiteral("https://api.test:8443"));
        QCOMPARE(summary.member, expected.member);
        QCOMPARE(summary.categories, expected.categories);
        QCOMPARE(summary.totalMayHaveBeenUsed, expected.totalMayHaveBeenUsed);
        QVERIFY(summary.totalMayHaveBeenUsed > 0);
        QCOMPARE(summary.optOut, expected.optOut);
        QCOMPARE(summary.history, expected.history);
        QCOMPARE(summary.policyVersion, expected.policyVersion);
        QCOMPARE(transport.count("GET", QStringLiteral("/v1/policies/linkedin")), 0); // bundled one matched
    }

    // One request per refresh (issue 12): the summary carries the setting's version, so a front
    // end whose writes must match what the member saw reads nothing else, and sends that version.
    void oneRequestPerRefresh()
    {
        FakeTransport transport;
        FakeMemberApi api(transport);
        ApiDataSource source({ServerUrl, {}, api.token()}, m_clock, &transport);
        source.setWritesMatchLastRefresh(true);
        QVERIFY(!waitSummary(source).categories.isEmpty());
        QVERIFY(!waitSummary(source).categories.isEmpty());
        QCOMPARE(transport.requests().size(), 2);
        QCOMPARE(transport.count("GET", QStringLiteral("/v1/me/usage-summary")), 2);

        api.changeElsewhere(false, m_clock.now()); // the version moves on after the member looked
        QSignalSpy failed(&source, &MemberDataSource::optOutFailed);
        source.requestOptOut(true);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().constFirst().value<Error>().kind, ErrorKind::Conflict);
        QCOMPARE(transport.requests().at(2).method, QByteArray("PUT"));
        QCOMPARE(transport.requests().at(2).headers.value("If-Match"), QByteArray("\"v1\""));
        QCOMPARE(api.appliedWrites(), 0);
    }

    // The policy the summary names is the one exposure is computed with: another version than the
    // bundled one is fetched, once, and kept while the summaries name it.
    void thePolicyTheSummaryNamesIsFetchedOnce()
    {
        FakeTransport transport;
        FakeMemberApi api(transport);
        transport.setOverride([&api](const HttpRequest &request) -> std::optional<FakeResponse> {
            std::optional<FakeResponse> response = api.respond(request);
            const bool policy = request.url.path() == u"/v1/policies/linkedin";
            if (policy || request.url.path() == u"/v1/me/usage-summary") {
                QJsonObject body = QJsonDocument::fromJson(response->body).object();
                QJsonObject named = policy ? body : body.value(QStringLiteral("policy")).toObject();
                named.insert(QStringLiteral("version"), QStringLiteral("2099-01-01.1"));
                if (policy)
                    body = named;
                else
                    body.insert(QStringLiteral("policy"), named);
                response->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            }
            return response;
        });
        ApiDataSource source({ServerUrl, {}, api.token()}, m_clock, &transport);
        QCOMPARE(waitSummary(source).policyVersion, QStringLiteral("2099-01-01.1"));
        QCOMPARE(waitSummary(source).policyVersion, QStringLiteral("2099-01-01.1"));
        QCOMPARE(transport.count("GET", QStringLiteral("/v1/policies/linkedin")), 1);
    }

    void optOutRoundTripShowsTheConfirmedState()
    {
        FakeTransport transport;
        FakeMemberApi api(transport);
        ApiDataSource source({ServerUrl, {}, api.token()}, m_clock, &transport);
        QVERIFY(source.canChangeOptOut());

        QSignalSpy confirmed(&source, &MemberDataSource::optOutConfirmed);
        QSignalSpy failed(&source, &MemberDataSource::optOutFailed);
        source.requestOptOut(false);
        QCOMPARE(confirmed.size(), 0); // never answered from inside the call
        QTRY_COMPARE(confirmed.size(), 1);
        QCOMPARE(failed.size(), 0);
        const auto state = confirmed.constFirst().constFirst().value<OptOutState>();
        QVERIFY(!state.optedOut);
        QVERIFY(state.confirmationId.startsWith(QStringLiteral("c-")));

        const UsageSummary summary = waitSummary(source);
        QCOMPARE(summary.optOut, state);
        QCOMPARE(summary.history.constLast().confirmationId, state.confirmationId);
        QVERIFY(summary.futureUse); // opted back in while the US regime applies
        QCOMPARE(api.appliedWrites(), 1);
    }

    void wrongTokenFailsWithAuthentication()
    {
        FakeTransport transport;
        FakeMemberApi api(transport);
        ApiDataSource source({ServerUrl, {}, "wrong"}, m_clock, &transport);
        QSignalSpy failed(&source, &MemberDataSource::refreshFailed);
        source.refresh();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().constFirst().value<Error>().kind, ErrorKind::Authentication);
    }

    void serverStateDisagreeingWithItsHistoryIsRefused()
    {
        FakeTransport transport;
        FakeMemberApi api(transport);
        transport.setOverride([&api](const HttpRequest &request) -> std::optional<FakeResponse> {
            std::optional<FakeResponse> answer = api.respond(request);
            if (request.url.path() == u"/v1/me/usage-summary") {
                QJsonObject body = QJsonDocument::fromJson(answer->body).object();
                if (!body.value(QStringLiteral("optOut")).toObject().value(QStringLiteral("optedOut")).toBool())
                    qFatal("the demo member is expected to be opted out");
                body.insert(QStringLiteral("optOut"),
                            QJsonObject{{QStringLiteral("optedOut"), false},
                                        {QStringLiteral("changedAt"), QJsonValue::Null},
                                        {QStringLiteral("confirmationId"), QJsonValue::Null}});
                answer->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            }
            return answer;
        });
        ApiDataSource source({ServerUrl, {}, api.token()}, m_clock, &transport);
        QSignalSpy failed(&source, &MemberDataSource::refreshFailed);
        source.refresh();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().constFirst().value<Error>().kind, ErrorKind::InvalidInput);
    }

    void cancelAnswersCancelled()
    {
        FakeTransport transport;
        transport.on("GET", QStringLiteral("/v1/me/usage-summary"), FakeResponse::hanging());
        ApiDataSource source({ServerUrl, {}, "t"}, m_clock, &transport);
        QSignalSpy failed(&source, &MemberDataSource::refreshFailed);
        QSignalSpy ready(&source, &MemberDataSource::summaryReady);
        source.refresh();
        source.cancel();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().constFirst().value<Error>().kind, ErrorKind::Cancelled);
        QTest::qWait(100);
        QCOMPARE(ready.size(), 0);
    }

    // --- pending changes (the outbox): sent only on the member's word ---------------------

    // A change to turn training OFF that waits (the member was told so and left it) is sent by
    // the next refresh with its own key; the summary that follows shows its outcome.
    void waitingOptOutIsSentOnRefresh()
    {
        Pending fixture;
        fixture.api.changeElsewhere(false, m_clock.now().addDays(-1)); // training on now
        QVERIFY(fixture.store(true, OutboxRecord::State::Waiting));
        ApiDataSource &source = fixture.open(m_clock);
        QSignalSpy sent(&source, &MemberDataSource::pendingOptOutSent);
        const UsageSummary summary = waitSummary(source);
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.constFirst().constFirst().value<OptOutState>().optedOut);
        QCOMPARE(fixture.api.appliedWrites(), 1);
        QVERIFY(summary.optOut.optedOut);
        QCOMPARE(fixture.putKeys(), QList<QByteArray>{"pd-earlier-run"});
        QVERIFY(!source.pendingOptOut().has_value());
        QVERIFY(!fixture.stored().has_value());
    }

    // A change to turn training ON is never sent by a refresh: it waits for the member, and
    // requestOptOut with the same target sends it with its own key.
    void waitingOptInWaitsForTheMember()
    {
        Pending fixture;                                             // the demo member is opted out
        QVERIFY(fixture.store(false, OutboxRecord::State::Sending)); // the app stopped mid-send
        ApiDataSource &source = fixture.open(m_clock);
        QSignalSpy sent(&source, &MemberDataSource::pendingOptOutSent);
        const UsageSummary summary = waitSummary(source);
        QVERIFY(summary.optOut.optedOut);
        QCOMPARE(fixture.api.appliedWrites(), 0);
        QVERIFY(fixture.putKeys().isEmpty());
        QCOMPARE(sent.size(), 0);
        QVERIFY(source.pendingOptOut().has_value());
        QVERIFY(!source.pendingOptOut()->optedOut);
        QVERIFY(!source.pendingOptOut()->sending);
        QCOMPARE(fixture.stored()->state, OutboxRecord::State::Waiting); // no longer "sending"

        QSignalSpy confirmed(&source, &MemberDataSource::optOutConfirmed);
        source.requestOptOut(false); // the member's word, given now
        QTRY_COMPARE(confirmed.size(), 1);
        QCOMPARE(fixture.putKeys(), QList<QByteArray>{"pd-earlier-run"});
        QCOMPARE(fixture.api.appliedWrites(), 1);
        QVERIFY(!source.pendingOptOut().has_value());
    }

    // Bound to the member: a change stored for another member of the same server is neither
    // sent nor shown under this token.
    void anotherMembersChangeIsNeverSent()
    {
        Pending fixture;
        fixture.api.changeElsewhere(false, m_clock.now().addDays(-1));
        QVERIFY(fixture.store(true, OutboxRecord::State::Waiting, QStringLiteral("m-someone-else")));
        ApiDataSource &source = fixture.open(m_clock);
        const UsageSummary summary = waitSummary(source);
        QVERIFY(!summary.optOut.optedOut);
        QCOMPARE(fixture.api.appliedWrites(), 0);
        QVERIFY(!source.pendingOptOut().has_value());
        QVERIFY(fixture.stored(QStringLiteral("m-someone-else")).has_value()); // still theirs
    }

    // The server already holds the state asked for (the answer was lost): nothing is sent, the
    // record is settled, and the front end hears that the change arrived.
    void alreadyAppliedChangeIsSettledWithoutSending()
    {
        Pending fixture; // opted out already
        QVERIFY(fixture.store(true, OutboxRecord::State::Sending));
        ApiDataSource &source = fixture.open(m_clock);
        QSignalSpy sent(&source, &MemberDataSource::pendingOptOutSent);
        waitSummary(source);
        QCOMPARE(sent.size(), 1);
        QVERIFY(fixture.putKeys().isEmpty());
        QVERIFY(!fixture.stored().has_value());
    }

    // Changed elsewhere since the change was stored: the send gets 412, the state differs, so
    // the change is dropped and the front end is told (never a silent drop).
    void conflictingWaitingChangeIsReported()
    {
        Pending fixture;
        QVERIFY(fixture.store(true, OutboxRecord::State::Waiting)); // made against version 1
        fixture.api.changeElsewhere(false, m_clock.now().addDays(-2));
        fixture.api.changeElsewhere(true, m_clock.now().addDays(-1));
        fixture.api.changeElsewhere(false, m_clock.now().addSecs(-60));
        refreshDropsTheChangeAsAConflict(fixture);
    }

    // A write the network gave up on waits (and says so through pendingOptOut); the member can
    // cancel it, and then nothing is sent.
    void failedWriteWaitsAndCanBeCancelled()
    {
        Pending fixture;
        ApiDataSource &source = fixture.open(m_clock);
        waitSummary(source);
        fixture.failPuts = true;
        QSignalSpy failed(&source, &MemberDataSource::optOutFailed);
        source.requestOptOut(false);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(failed.constFirst().constFirst().value<Error>().kind, ErrorKind::Network);
        QVERIFY(source.pendingOptOut().has_value());
        QVERIFY(!source.pendingOptOut()->optedOut);
        QCOMPARE(fixture.stored()->state, OutboxRecord::State::Waiting);

        QSignalSpy changed(&source, &MemberDataSource::pendingOptOutChanged);
        source.cancelPendingOptOut();
        QCOMPARE(changed.size(), 1);
        QVERIFY(!source.pendingOptOut().has_value());
        QVERIFY(!fixture.stored().has_value());
        fixture.failPuts = false;
        waitSummary(source);
        QCOMPARE(fixture.api.appliedWrites(), 0);
    }

    // A 500 after the PUT left: the server may have applied it. A 409: the server is still
    // processing an earlier attempt with the same key. Neither is "known", so the change waits
    // (and the next refresh reconciles) rather than being dropped as "not changed"; and neither
    // is a conflict, which would tell the member nothing was kept (found by the fault suite).
    void serverErrorOnTheWriteLeavesTheChangeWaiting_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("409 key in flight") << 409;
    }
    void serverErrorOnTheWriteLeavesTheChangeWaiting()
    {
        QFETCH(int, status);
        Pending fixture;
        ApiDataSource &source = fixture.open(m_clock);
        waitSummary(source);
        fixture.transport.setOverride([&fixture, status](const HttpRequest &request) -> std::optional<FakeResponse> {
            if (request.method == "PUT")
                return FakeResponse::problem(status, QStringLiteral("not finished"));
            return fixture.api.respond(request);
        });
        QSignalSpy failed(&source, &MemberDataSource::optOutFailed);
        source.requestOptOut(false);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(failed.constFirst().constFirst().value<Error>().kind, ErrorKind::Network);
        QVERIFY(source.pendingOptOut().has_value());
        QCOMPARE(fixture.stored()->state, OutboxRecord::State::Waiting);
    }

    // Stored while the server could not be reached (no version), then the member changed the
    // setting on the website: their newer word wins; the stored change is dropped, and said so.
    void changeStoredOfflineNeverOverwritesALaterChange()
    {
        Pending fixture; // opted out
        {
            OutboxRecord offline{
                fixture.key(), true, "pd-offline", {}, m_clock.now().addSecs(-3600), OutboxRecord::State::Waiting};
            QVERIFY(OptOutOutbox(fixture.dir.path()).store(offline).ok());
        }
        fixture.api.changeElsewhere(false, m_clock.now().addSecs(-600)); // on the website, later
        refreshDropsTheChangeAsAConflict(fixture);
    }

    // Another window is sending this change right now (its process runs): this one neither
    // sends it again, nor rewrites it, nor lets the member cancel what is already on its way.
    void aChangeAnotherWindowIsSendingIsLeftAlone()
    {
        Pending fixture;
        fixture.api.changeElsewhere(false, m_clock.now().addDays(-1));
        {
            OutboxRecord sending{fixture.key(),
                                 true,
                                 "pd-other-window",
                                 "\"v2\"",
                                 m_clock.now(),
                                 OutboxRecord::State::Sending,
                                 1}; // pid 1 always runs
            QVERIFY(OptOutOutbox(fixture.dir.path()).store(sending).ok());
        }
        ApiDataSource &source = fixture.open(m_clock);
        waitSummary(source);
        QVERIFY(fixture.putKeys().isEmpty());
        QVERIFY(source.pendingOptOut().has_value());
        QVERIFY(source.pendingOptOut()->sending);
        source.cancelPendingOptOut();
        QVERIFY(fixture.stored().has_value());
        QCOMPARE(fixture.stored()->state, OutboxRecord::State::Sending);
    }

    void readBearerToken_data()
    {
        QTest::addColumn<QByteArray>("fileContent");
        QTest::addColumn<QByteArray>("environment");
        QTest::addColumn<QByteArray>("token"); // empty: an Authentication error
        QTest::newRow("file, trailing newline")
            << QByteArray("abc.DEF_123\n") << QByteArray() << QByteArray("abc.DEF_123");
        QTest::newRow("environment") << QByteArray() << QByteArray("env-token") << QByteArray("env-token");
        QTest::newRow("file wins") << QByteArray("file-token") << QByteArray("env-token") << QByteArray("file-token");
        QTest::newRow("header injection") << QByteArray("a\r\nX-Evil: 1") << QByteArray() << QByteArray();
        QTest::newRow("empty file") << QByteArray(" \n") << QByteArray() << QByteArray();
        QTest::newRow("nothing") << QByteArray() << QByteArray() << QByteArray();
    }

    void readBearerToken()
    {
        QFETCH(QByteArray, fileContent);
        QFETCH(QByteArray, environment);
        QFETCH(QByteArray, token);
        QTemporaryDir dir;
        QString path;
        if (!fileContent.isNull()) {
            path = dir.filePath(QStringLiteral("token"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(fileContent);
        }
        qputenv("PRIVACY_DASHBOARD_TOKEN", environment);
        const Result<QByteArray> read = pd::readBearerToken(path);
        qunsetenv("PRIVACY_DASHBOARD_TOKEN");
        if (token.isEmpty()) {
            QVERIFY(!read.ok());
            QCOMPARE(read.error().kind, ErrorKind::Authentication);
            QVERIFY(!read.error().message.contains(QString::fromLatin1(fileContent.trimmed())) ||
                    fileContent.trimmed().isEmpty());
        } else {
            QVERIFY(read.ok());
            QCOMPARE(read.value(), token);
        }
    }
};

QTEST_GUILESS_MAIN(TestApiDataSource)
#include "TestApiDataSource.moc"
