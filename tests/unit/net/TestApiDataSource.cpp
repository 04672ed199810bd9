// ApiDataSource over the stateful FakeMemberApi: the summary is built by the core from the
// server's ledger and history (never the server's figures), the opt-out round-trips with a
// confirmation id, and failures arrive as refreshFailed / optOutFailed.
#include "ApiDataSource.h"
#include "DemoDataSource.h"
#include "FakeTransport.h"
#include "OptOutOutbox.h"
#include "ServerConnection.h"

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

    // An opt-out left in the outbox by a crashed run is replayed on the first refresh, and the
    // summary that follows shows its outcome.
    void pendingOptOutIsReplayedOnStart()
    {
        QTemporaryDir dir;
        FakeTransport transport;
        FakeMemberApi api(transport);
        {
            OptOutOutbox outbox(dir.path());
            const QByteArray etag = "\"v" + QByteArray::number(api.version()) + '"';
            QVERIFY(outbox.store({ServerUrl.toString(), false, "pd-crashed-run", etag, m_clock.now()}).ok());
        }
        ApiDataSource source({ServerUrl, {}, api.token()}, m_clock, &transport);
        source.useOutbox(dir.path());
        QSignalSpy confirmed(&source, &MemberDataSource::optOutConfirmed);
        const UsageSummary summary = waitSummary(source);
        QCOMPARE(confirmed.size(), 1);
        QCOMPARE(api.appliedWrites(), 1);
        QVERIFY(!summary.optOut.optedOut);
        QCOMPARE(transport.requests().constFirst().headers.value("Idempotency-Key"), QByteArray("pd-crashed-run"));
        QVERIFY(!OptOutOutbox(dir.path()).pending(ServerUrl.toString()).value().has_value());
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
