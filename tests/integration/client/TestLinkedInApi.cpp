// LinkedIn's Member Data Portability API as a source, against the reference server's emulation
// (privacy-api-server --linkedin-emulation) over real TLS on loopback: every domain read across
// pages whatever `total` says, 429 then success, an expired token, an unknown domain, an
// unreadable date, a 20 MB page, a next link to another host, the changes since the last look —
// and the one member read through the API and through its export ZIP gives the same figures.
// The expected per-domain counts come from the member's description (written by
// tests/fixtures/make_linkedin_api_member.py), not from our reader.
#include "core/Clock.h"
#include "core/PolicyLoader.h"
#include "net/LinkedInSnapshotSource.h"
#include "net/ServerConnection.h"
#include "support/ReferenceServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(pd::LinkedInLimits)

using namespace pd;

namespace {

const QString Description = QStringLiteral(PD_SOURCE_DIR "/resources/demo/linkedin-api-member.json");

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QMap<QString, qint64> recordsPerDomain()
{
    QFile file(Description);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QMap<QString, qint64> counts;
    for (const QJsonValue &domain : QJsonDocument::fromJson(file.readAll()).object().value(u"domains").toArray())
        counts.insert(domain[u"domain"].toString(), domain[u"rows"].toArray().size());
    return counts;
}

// Category id -> the four figures of DESIGN §5, as the CLI's --json summary prints them.
QMap<QString, QList<qint64>> figures(const QJsonObject &summary)
{
    QMap<QString, QList<qint64>> out;
    for (const QJsonValue &category : summary.value(u"categories").toArray()) {
        const QJsonObject c = category.toObject();
        out.insert(c[u"id"].toString(), {qint64(c[u"itemCount"].toDouble()), qint64(c[u"mayHaveBeenUsed"].toDouble()),
                                         qint64(c[u"exposedIfUsed"].toDouble()), qint64(c[u"notUsed"].toDouble())});
    }
    return out;
}

} // namespace

class TestLinkedInApi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsEveryDomainAcrossPagesWhateverTotalSays();
    void unknownDomainIsReportedNotDropped();
    void unreadableDateCountsUndated();
    void rateLimitedThenSuccess();
    void expiredTokenExitsFourWithOneClearLine();
    void oversizedPageIsRefusedWithinTheBounds();
    void nextLinkToAnotherHostIsRefusedAndTheTokenStaysHome();
    void boundsStopTheRead_data();
    void boundsStopTheRead();
    void tlsVerificationStaysOnAndBaseMustBeHttps();
    void changesSinceTheLastLook();
    void sameMemberSameFiguresAsTheExportZip();

private:
    struct Outcome {
        std::optional<UsageSummary> summary;
        std::optional<Error> error;
        LinkedInReadReport report;
        qint64 elapsedMs = 0;
    };
    Outcome refresh(const QString &scenario, const LinkedInLimits &limits = {});
    QStringList cliArguments(const QString &scenario) const;

    QTcpServer m_elsewhere; // "another host": 127.0.0.2, which must never hear from the client
    int m_elsewhereConnections = 0;
    std::unique_ptr<test::ReferenceServer> m_server;
    SystemClock m_clock;
};

void TestLinkedInApi::initTestCase()
{
    QVERIFY(m_elsewhere.listen(QHostAddress(QStringLiteral("127.0.0.2")), 0));
    connect(&m_elsewhere, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_elsewhere.nextPendingConnection()) {
            ++m_elsewhereConnections;
            socket->deleteLater();
        }
    });
    m_server = std::make_unique<test::ReferenceServer>(
        QStringList{QStringLiteral("--linkedin-emulation"), QStringLiteral("--linkedin-foreign-base"),
                    QStringLiteral("https://127.0.0.2:%1").arg(m_elsewhere.serverPort())});
    QVERIFY(m_server->ok());
    QVERIFY(QFile::exists(m_server->linkedInTokenFile(QStringLiteral("member"))));
}

TestLinkedInApi::Outcome TestLinkedInApi::refresh(const QString &scenario, const LinkedInLimits &limits)
{
    Outcome outcome;
    Result<Policy> policy = PolicyLoader::bundled();
    if (!policy)
        return outcome;
    Result<QByteArray> token = readBearerToken(m_server->linkedInTokenFile(scenario));
    if (!token)
        return outcome;
    LinkedInApiConnection connection{m_server->url(), m_server->caFile(), *token};
    LinkedInSnapshotSource source(connection, std::move(policy).value(), {}, m_clock);
    source.setLimits(limits);
    QSignalSpy ready(&source, &MemberDataSource::summaryReady);
    QSignalSpy failed(&source, &MemberDataSource::refreshFailed);
    QElapsedTimer timer;
    timer.start();
    source.refresh();
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 30000))
        return outcome;
    outcome.elapsedMs = timer.elapsed();
    if (!ready.isEmpty())
        outcome.summary = ready.first().first().value<UsageSummary>();
    if (!failed.isEmpty())
        outcome.error = failed.first().first().value<Error>();
    outcome.report = source.lastReport();
    return outcome;
}

QStringList TestLinkedInApi::cliArguments(const QString &scenario) const
{
    return {QStringLiteral("--linkedin-api"),     QStringLiteral("--api-base"), m_server->url().toString(),
            QStringLiteral("--ca-file"),          m_server->caFile(),           QStringLiteral("--token-file"),
            m_server->linkedInTokenFile(scenario)};
}

void TestLinkedInApi::readsEveryDomainAcrossPagesWhateverTotalSays()
{
    const QMap<QString, qint64> expected = recordsPerDomain();
    QCOMPARE(expected.size(), 15);
    const Outcome outcome = refresh(QStringLiteral("member"));
    QVERIFY2(outcome.summary, outcome.error ? qPrintable(outcome.error->message) : "no answer");
    QCOMPARE(outcome.report.recordsByDomain, expected);
    // The emulation's `total` counts domains (15) while the member's records fill 38 pages: a
    // client that believed `total` would have stopped after 15.
    QCOMPARE(outcome.report.claimedTotal, qint64(expected.size()));
    QVERIFY2(outcome.report.pages > expected.size() + 10, qPrintable(QString::number(outcome.report.pages)));
    QCOMPARE(outcome.summary->member.name, QStringLiteral("Robin Example"));
    QVERIFY(outcome.summary->source.kind == SourceInfo::Kind::PlatformApi);
}

void TestLinkedInApi::unknownDomainIsReportedNotDropped()
{
    const Outcome outcome = refresh(QStringLiteral("member"));
    QVERIFY(outcome.summary);
    QCOMPARE(outcome.report.unknownDomains, (QMap<QString, qint64>{{QStringLiteral("MARKETPLACE_ENGAGEMENTS"), 4}}));
    const test::ReferenceServer::CliRun run =
        m_server->runCli(cliArguments(QStringLiteral("member")) + QStringList{QStringLiteral("summary")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("Domain MARKETPLACE_ENGAGEMENTS is not in the policy's map; records not "
                                             "counted in any category: 4.")),
             qPrintable(run.err));
}

void TestLinkedInApi::unreadableDateCountsUndated()
{
    const Outcome outcome = refresh(QStringLiteral("member"));
    QVERIFY(outcome.summary);
    QCOMPARE(outcome.report.unreadableDates, qint64(1));
    // All 37 shares are items, the one with "31/31/2024 25:61:00" among them (undated).
    for (const CategorySummary &category : outcome.summary->categories) {
        if (category.id == u"posts")
            QCOMPARE(category.itemCount, recordsPerDomain().value(QStringLiteral("MEMBER_SHARE_INFO")));
    }
}

void TestLinkedInApi::rateLimitedThenSuccess()
{
    const Outcome outcome = refresh(QStringLiteral("rate-limited"));
    QVERIFY2(outcome.summary, outcome.error ? qPrintable(outcome.error->message) : "no answer");
    QCOMPARE(outcome.report.recordsByDomain, recordsPerDomain());
    QVERIFY2(outcome.elapsedMs >= 1000, "Retry-After: 1 was not honoured"); // waited as told
}

void TestLinkedInApi::expiredTokenExitsFourWithOneClearLine()
{
    const test::ReferenceServer::CliRun run =
        m_server->runCli(cliArguments(QStringLiteral("expired")) + QStringList{QStringLiteral("summary")});
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.err,
             QStringLiteral("privacy-dashboard-cli: the token was refused or has expired; generate a new one\n"));
    QVERIFY(run.out.isEmpty());
}

void TestLinkedInApi::oversizedPageIsRefusedWithinTheBounds()
{
    QElapsedTimer timer;
    timer.start();
    const test::ReferenceServer::CliRun run =
        m_server->runCli(cliArguments(QStringLiteral("oversized")) + QStringList{QStringLiteral("summary")});
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.contains(QStringLiteral("larger than 16 MB; refused")), qPrintable(run.err));
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    const Outcome outcome = refresh(QStringLiteral("oversized"));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ErrorKind::InvalidInput);
    QCOMPARE(outcome.report.pages, 1); // the 21 MB page was never taken in
}

void TestLinkedInApi::nextLinkToAnotherHostIsRefusedAndTheTokenStaysHome()
{
    const test::ReferenceServer::CliRun run =
        m_server->runCli(cliArguments(QStringLiteral("foreign-next")) + QStringList{QStringLiteral("summary")});
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.contains(QStringLiteral("next page is on another host (127.0.0.2); not followed, the token was "
                                             "not sent there")),
             qPrintable(run.err));
    const Outcome outcome = refresh(QStringLiteral("foreign-next"));
    QVERIFY(outcome.error);
    QTest::qWait(200); // a connection, had one been made, would have arrived by now
    QCOMPARE(m_elsewhereConnections, 0);
}

void TestLinkedInApi::boundsStopTheRead_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<LinkedInLimits>("limits");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    LinkedInLimits records;
    records.maxRecords = 100;
    QTest::newRow("records in all") << u"member"_qs << records << int(ErrorKind::InvalidInput)
                                    << u"the snapshot holds more than 100 records; stopped"_qs;
    LinkedInLimits perPage;
    perPage.maxRecordsPerPage = 5;
    QTest::newRow("records per page") << u"member"_qs << perPage << int(ErrorKind::InvalidInput)
                                      << u"a page of the snapshot holds more than 5 records; refused"_qs;
    LinkedInLimits pages;
    pages.maxPages = 5;
    QTest::newRow("pages") << u"member"_qs << pages << int(ErrorKind::InvalidInput)
                           << u"the snapshot has more than 5 pages; stopped"_qs;
    // The deadline starts before the first request; the 429's Retry-After: 1 would retry after it.
    LinkedInLimits time;
    time.timeoutSeconds = 1;
    QTest::newRow("time") << u"rate-limited"_qs << time << int(ErrorKind::Network) << u"within 1 s"_qs;
}

void TestLinkedInApi::boundsStopTheRead()
{
    QFETCH(QString, scenario);
    QFETCH(LinkedInLimits, limits);
    QFETCH(int, kind);
    QFETCH(QString, message);
    const Outcome outcome = refresh(scenario, limits);
    QVERIFY(!outcome.summary);
    QVERIFY(outcome.error);
    QCOMPARE(int(outcome.error->kind), kind);
    QVERIFY2(outcome.error->message.contains(message), qPrintable(outcome.error->message));
    QVERIFY2(outcome.elapsedMs < 5000, qPrintable(QString::number(outcome.elapsedMs)));
}

void TestLinkedInApi::tlsVerificationStaysOnAndBaseMustBeHttps()
{
    // Without the emulation's CA the certificate cannot be verified: refused, exit 3.
    const test::ReferenceServer::CliRun untrusted =
        m_server->runCli({QStringLiteral("--linkedin-api"), QStringLiteral("--api-base"), m_server->url().toString(),
                          QStringLiteral("--token-file"), m_server->linkedInTokenFile(QStringLiteral("member")),
                          QStringLiteral("summary")});
    QCOMPARE(untrusted.exitCode, 3);
    QVERIFY2(untrusted.err.contains(QStringLiteral("cannot verify server")), qPrintable(untrusted.err));
    QUrl plain = m_server->url();
    plain.setScheme(QStringLiteral("http"));
    const test::ReferenceServer::CliRun http = m_server->runCli(
        {QStringLiteral("--linkedin-api"), QStringLiteral("--api-base"), plain.toString(), QStringLiteral("summary")});
    QCOMPARE(http.exitCode, 2);
    const test::ReferenceServer::CliRun misplaced =
        m_server->runCli({QStringLiteral("--demo"), QStringLiteral("--api-base"), m_server->url().toString(),
                          QStringLiteral("summary")});
    QCOMPARE(misplaced.exitCode, 2);
}

void TestLinkedInApi::changesSinceTheLastLook()
{
    // A fresh data folder: no last look yet, so the API's 28 days. Within them: 2 posts, 3
    // comments, 4 likes (a DELETE is not new), 1 message, 1 invitation the policy does not map;
    // the post of 40 days ago is outside.
    QTemporaryDir appData;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PRIVACY_DASHBOARD_DATA_DIR"), appData.path());
    auto run = [&] {
        QProcess cli;
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(PD_BINARY_DIR "/bin/privacy-dashboard-cli"),
                  cliArguments(QStringLiteral("member")) +
                      QStringList{QStringLiteral("--json"), QStringLiteral("summary")});
        cli.waitForFinished(20000);
        return json(QString::fromUtf8(cli.readAllStandardOutput()))
            .value(u"linkedinApi")
            .toObject()
            .value(u"newSinceLastLook")
            .toObject();
    };
    const QJsonObject first = run();
    QCOMPARE(first.value(u"byCategory").toObject(), (QJsonObject{{QStringLiteral("posts"), 2},
                                                                 {QStringLiteral("comments"), 3},
                                                                 {QStringLiteral("reactions"), 4},
                                                                 {QStringLiteral("messages"), 1}}));
    QCOMPARE(first.value(u"unmappedResources").toObject(), (QJsonObject{{QStringLiteral("invitations"), 1}}));
    // The second look starts where the first ended: nothing is new since.
    const QJsonObject second = run();
    QVERIFY(QDateTime::fromString(second.value(u"since").toString(), Qt::ISODateWithMs) >
            QDateTime::fromString(first.value(u"since").toString(), Qt::ISODateWithMs));
    QCOMPARE(second.value(u"byCategory").toObject(), QJsonObject());

    // The text form, for a person.
    const test::ReferenceServer::CliRun text =
        m_server->runCli(cliArguments(QStringLiteral("member")) + QStringList{QStringLiteral("summary")});
    QVERIFY2(text.out.contains(QStringLiteral("New since your last look")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("Your answer: Generative-AI training on your data: ON")),
             qPrintable(text.out));
}

void TestLinkedInApi::sameMemberSameFiguresAsTheExportZip()
{
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("Basic_LinkedInDataExport_12-01-2026.zip"));
    QProcess generator;
    generator.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral(PD_SOURCE_DIR "/tests/fixtures/make_linkedin_api_member.py"),
                     QStringLiteral("archive"), Description, zip});
    QVERIFY(generator.waitForFinished(30000));
    QCOMPARE(generator.exitCode(), 0);

    const test::ReferenceServer::CliRun imported =
        m_server->runCli({QStringLiteral("--json"), QStringLiteral("import"), zip, QStringLiteral("summary")});
    QCOMPARE(imported.exitCode, 0);
    const test::ReferenceServer::CliRun api = m_server->runCli(
        cliArguments(QStringLiteral("member")) + QStringList{QStringLiteral("--json"), QStringLiteral("summary")});
    QCOMPARE(api.exitCode, 0);

    const QMap<QString, QList<qint64>> fromZip = figures(json(imported.out));
    const QMap<QString, QList<qint64>> fromApi = figures(json(api.out));
    qsizetype withItems = 0;
    for (const QList<qint64> &category : fromZip)
        withItems += category.value(0) > 0 ? 1 : 0;
    QCOMPARE(withItems, 11); // every category the member has items in: not an empty comparison
    QCOMPARE(fromApi, fromZip);
    QCOMPARE(json(api.out).value(u"region").toString(), QStringLiteral("DE"));
    QCOMPARE(json(api.out).value(u"source").toObject().value(u"kind").toString(), QStringLiteral("linkedin-api"));
    qInfo().noquote() << "per-category items, export ZIP vs API:";
    for (auto it = fromApi.cbegin(); it != fromApi.cend(); ++it)
        qInfo().noquote() << "  " << it.key() << fromZip.value(it.key()).value(0) << it.value().value(0);
}

QTEST_GUILESS_MAIN(TestLinkedInApi)
#include "TestLinkedInApi.moc"
