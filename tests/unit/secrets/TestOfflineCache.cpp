#include "core/Clock.h"
#include "core/DemoDataSource.h"
#include "core/UsageSummaryJson.h"
#include "secrets/EncryptedCache.h"
#include "secrets/ForgetEverything.h"
#include "sources/OfflineCache.h"
#include "support/TestKeychain.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using pd::test::TestKeychain;

// What the front ends keep between runs: the summary codec's way back, the cache per source, and
// sign-out's forgetting.
class TestOfflineCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    const FixedClock m_clock{QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53), Qt::UTC)};

    UsageSummary demoSummary() const
    {
        Result<DemoDataSource *> demo = DemoDataSource::create(m_clock);
        if (!demo)
            qFatal("no demo");
        const std::unique_ptr<DemoDataSource> owned(demo.value());
        return owned->summaryNow();
    }

    static SourceSpec serverSpec()
    {
        return SourceSpec::server(QUrl(QStringLiteral("https://api.example.org")), QString(), QStringLiteral("/t"));
    }

    static SourceSpec archiveSpec(const QString &region)
    {
        SourceSpec spec;
        spec.kind = SourceSpec::Kind::Archive;
        spec.archivePath = QStringLiteral("/home/ana/Basic_LinkedInDataExport_10-05-2024.zip");
        spec.region = region;
        return spec;
    }

private slots:
    void theSummaryCodecReadsBackWhatItWrote()
    {
        const UsageSummary summary = demoSummary();
        QVERIFY(!summary.history.isEmpty() && !summary.monthly.isEmpty() && !summary.trainingWindows.isEmpty());
        const Result<UsageSummary> decoded = UsageSummaryJson::decode(UsageSummaryJson::toBytes(summary));
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message));
        QCOMPARE(decoded.value(), summary);
    }

    void theSummaryCodecRefusesWhatIsNotASummary_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not JSON") << QByteArray("{\"member\":");
        QTest::newRow("an array") << QByteArray("[]");
        QTest::newRow("empty object") << QByteArray("{}");
        QByteArray noTotals = UsageSummaryJson::toBytes(demoSummary());
        noTotals.replace("\"totals\"", "\"totalz\"");
        QTest::newRow("a field missing") << noTotals;
        QByteArray badUse = UsageSummaryJson::toBytes(demoSummary());
        badUse.replace("\"genAiTraining\": \"used\"", "\"genAiTraining\": \"maybe\"");
        QTest::newRow("an unknown training use") << badUse;
    }

    void theSummaryCodecRefusesWhatIsNotASummary()
    {
        QFETCH(QByteArray, bytes);
        const Result<UsageSummary> decoded = UsageSummaryJson::decode(bytes);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().kind, ErrorKind::InvalidInput);
    }

    void keepsTheLastSummaryPerSourceMarkedStale()
    {
        OfflineCache cache(std::make_unique<TestKeychain>(), m_root.filePath(QStringLiteral("per-source")));
        QVERIFY(cache.isOn());
        QVERIFY(cache.limitation().isEmpty());
        const UsageSummary summary = demoSummary();
        QCOMPARE(cache.lastSummary(serverSpec()), std::nullopt);
        cache.keepSummary(serverSpec(), summary);
        const std::optional<UsageSummary> kept = cache.lastSummary(serverSpec());
        QVERIFY(kept);
        QVERIFY(kept->source.stale);
        QCOMPARE(kept->asOf, summary.asOf); // the time it was fetched, not now
        UsageSummary fresh = *kept;
        fresh.source.stale = false;
        QCOMPARE(fresh, summary);

        // Another export, or other answers for the same one, is another entry.
        cache.keepSummary(archiveSpec(QStringLiteral("DE")), summary);
        QVERIFY(cache.lastSummary(archiveSpec(QStringLiteral("DE"))));
        QCOMPARE(cache.lastSummary(archiveSpec(QStringLiteral("US"))), std::nullopt);

        // A stale summary is never kept as if fetched; the demo is not kept at all.
        UsageSummary other = summary;
        other.member.name = QStringLiteral("Someone Else");
        other.source.stale = true;
        cache.keepSummary(serverSpec(), other);
        QCOMPARE(cache.lastSummary(serverSpec())->member.name, summary.member.name);
        cache.keepSummary(SourceSpec::demo(), summary);
        QCOMPARE(cache.lastSummary(SourceSpec::demo()), std::nullopt);

        cache.dropSummary(serverSpec());
        QCOMPARE(cache.lastSummary(serverSpec()), std::nullopt);
    }

    void aSessionOnlyStoreKeepsNothing()
    {
        const QString dir = m_root.filePath(QStringLiteral("session-only"));
        OfflineCache cache(std::make_unique<MemorySecretStore>(QStringLiteral("No system keychain was found")), dir);
        QVERIFY(!cache.isOn());
        QCOMPARE(cache.limitation(), QStringLiteral("No system keychain was found"));
        cache.keepSummary(serverSpec(), demoSummary());
        QVERIFY(!cache.keepRecord(QStringLiteral("remembered-source"), "x").ok());
        QCOMPARE(cache.lastSummary(serverSpec()), std::nullopt);
        QCOMPARE(cache.record(QStringLiteral("remembered-source")), std::nullopt);
        QVERIFY(!QFileInfo::exists(dir));
        // The session's secrets still work.
        QVERIFY(cache.secrets().write(QStringLiteral("oauth/api.example.org"), "t").ok());
        QCOMPARE(cache.secrets().read(QStringLiteral("oauth/api.example.org")).value(), std::optional<QByteArray>("t"));
    }

    void signOutForgetsTokensKeyCacheAndOutbox()
    {
        const QString data = m_root.filePath(QStringLiteral("data"));
        qputenv("PRIVACY_DASHBOARD_DATA_DIR", QFile::encodeName(data));
        const QString outbox = data + QStringLiteral("/outbox");
        QVERIFY(QDir().mkpath(outbox));
        {
            QFile record(outbox + QStringLiteral("/member.json"));
            QVERIFY(record.open(QIODevice::WriteOnly));
            record.write(R"({"format":1,"memberId":"urn:li:person:ana-4711"})");
        }
        auto keychain = std::make_unique<TestKeychain>();
        TestKeychain *store = keychain.get();
        const QString cacheDir = m_root.filePath(QStringLiteral("forget-cache"));
        OfflineCache cache(std::move(keychain), cacheDir);
        cache.keepSummary(serverSpec(), demoSummary());
        QVERIFY(cache.keepRecord(QStringLiteral("remembered-source"), "archive path").ok());
        QVERIFY(store->write(QStringLiteral("oauth/api.example.org"), "tokens").ok());
        QVERIFY(store->write(QStringLiteral("linkedin-api-token"), "platform").ok());
        QVERIFY(store->write(QStringLiteral("unrelated"), "kept").ok());
        QVERIFY(store->read(QStringLiteral("cache-key")).value());

        const Result<void> forgotten = cache.forgetEverything({QStringLiteral("oauth/api.example.org")});
        QVERIFY(forgotten.ok());
        for (const char *name : {"cache-key", "oauth/api.example.org", "linkedin-api-token"})
            QCOMPARE(store->read(QString::fromLatin1(name)).value(), std::nullopt);
        QCOMPARE(store->read(QStringLiteral("unrelated")).value(), std::optional<QByteArray>("kept"));
        QVERIFY(!QFileInfo::exists(cacheDir));
        QVERIFY(!QFileInfo::exists(outbox));
        QVERIFY(!cache.isOn());
        QCOMPARE(cache.lastSummary(serverSpec()), std::nullopt);
        QVERIFY(!cache.limitation().isEmpty());
        qunsetenv("PRIVACY_DASHBOARD_DATA_DIR");
    }

    void forgettingNothingIsFine()
    {
        TestKeychain store;
        QVERIFY(forgetEverything(store, {}).ok());
        QVERIFY(forgetEverything(store, {{QStringLiteral("oauth/x")},
                                         m_root.filePath(QStringLiteral("absent")),
                                         {m_root.filePath(QStringLiteral("absent-too"))}})
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestOfflineCache)
#include "TestOfflineCache.moc"
