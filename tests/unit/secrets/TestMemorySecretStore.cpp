#include "secrets/MemorySecretStore.h"

#include <QTest>

using namespace pd;

// The session-only store: what the app keeps secrets in when no keychain answers.
class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void keepsWhatWasWrittenUntilRemoved()
    {
        MemorySecretStore store(QStringLiteral("no keychain"));
        const QByteArray secret("\x00token\xff", 7);
        QVERIFY(store.write(QStringLiteral("oauth/example.org"), secret).ok());
        const auto read = store.read(QStringLiteral("oauth/example.org"));
        QVERIFY(read.ok());
        QCOMPARE(read.value(), std::optional<QByteArray>(secret));

        QVERIFY(store.write(QStringLiteral("oauth/example.org"), "second").ok());
        QCOMPARE(store.read(QStringLiteral("oauth/example.org")).value(), std::optional<QByteArray>("second"));

        QVERIFY(store.remove(QStringLiteral("oauth/example.org")).ok());
        QCOMPARE(store.read(QStringLiteral("oauth/example.org")).value(), std::nullopt);
        QVERIFY(store.remove(QStringLiteral("oauth/example.org")).ok()); // a missing one: success
    }

    void namesAreSeparate()
    {
        MemorySecretStore store;
        QVERIFY(store.write(QStringLiteral("cache-key"), "a").ok());
        QVERIFY(store.write(QStringLiteral("linkedin-api-token"), "b").ok());
        QCOMPARE(store.read(QStringLiteral("cache-key")).value(), std::optional<QByteArray>("a"));
        QCOMPARE(store.read(QStringLiteral("linkedin-api-token")).value(), std::optional<QByteArray>("b"));
        QCOMPARE(store.read(QStringLiteral("other")).value(), std::nullopt);
    }

    void saysItIsForThisSessionOnly()
    {
        MemorySecretStore store(QStringLiteral("No system keychain was found"));
        QVERIFY(!store.isPersistent());
        QCOMPARE(store.limitation(), QStringLiteral("No system keychain was found"));
    }

    void aCallersCopyOutlivesTheWipe()
    {
        // The store wipes its own bytes on remove; a value handed out earlier is the caller's copy.
        MemorySecretStore store;
        QVERIFY(store.write(QStringLiteral("k"), "value").ok());
        const QByteArray copy = *store.read(QStringLiteral("k")).value();
        QVERIFY(store.remove(QStringLiteral("k")).ok());
        QCOMPARE(copy, QByteArray("value"));
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "TestMemorySecretStore.moc"
