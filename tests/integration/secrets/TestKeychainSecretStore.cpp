#include "secrets/KeychainSecretStore.h"

#include "core/BuildInfo.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace pd;

// The keychain store against a real Secret Service: GNOME Keyring on a private D-Bus session,
// started by scripts/with-test-keyring.sh around this test (ctest does that).
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

    // What the Secret Service holds, asked with libsecret's own tool rather than through our code.
    static QString secretToolSearch()
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                   QStringLiteral("server"), QStringLiteral(PD_APP_ID)});
        if (!tool.waitForFinished(10000))
            return {};
        return QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run me through scripts/with-test-keyring.sh (ctest does)");
    }

    void theSystemStoreIsTheKeychain()
    {
        QElapsedTimer clock;
        clock.start();
        const auto store = makeSystemSecretStore();
        QVERIFY(store->isPersistent());
        QVERIFY(store->limitation().isEmpty());
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }

    void roundTripsBinarySecrets()
    {
        const auto store = makeSystemSecretStore();
        const QByteArray secret("\x00\x01key\xfe\xff", 7);
        QVERIFY(store->write(QStringLiteral("cache-key"), secret).ok());
        const auto read = store->read(QStringLiteral("cache-key"));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read.value(), std::optional<QByteArray>(secret));

        // Another store (another run of the app) finds it: the keychain keeps it, not our memory.
        const auto later = makeSystemSecretStore();
        QCOMPARE(later->read(QStringLiteral("cache-key")).value(), std::optional<QByteArray>(secret));
    }

    void isStoredInTheSecretServiceUnderTheAppId()
    {
        const auto store = makeSystemSecretStore();
        QVERIFY(store->write(QStringLiteral("oauth/api.example.org"), "refresh-token-marker-4711").ok());
        const QString listing = secretToolSearch();
        QVERIFY2(listing.contains(QStringLiteral("oauth/api.example.org")), qPrintable(listing));
        QVERIFY2(listing.contains(QStringLiteral(PD_APP_ID)), qPrintable(listing));
    }

    void replacesAndRemoves()
    {
        const auto store = makeSystemSecretStore();
        QVERIFY(store->write(QStringLiteral("linkedin-api-token"), "first").ok());
        QVERIFY(store->write(QStringLiteral("linkedin-api-token"), "second").ok());
        QCOMPARE(store->read(QStringLiteral("linkedin-api-token")).value(), std::optional<QByteArray>("second"));
        QVERIFY(store->remove(QStringLiteral("linkedin-api-token")).ok());
        QCOMPARE(store->read(QStringLiteral("linkedin-api-token")).value(), std::nullopt);
        QVERIFY(store->remove(QStringLiteral("linkedin-api-token")).ok()); // missing: success
        QVERIFY(!secretToolSearch().contains(QStringLiteral("linkedin-api-token")));
    }

    void noPlaintextCopyAnywhereInHome()
    {
        // The insecure fallback is off: no QSettings file with the secret, and the keyring's own
        // file is encrypted.
        const auto store = makeSystemSecretStore();
        const QByteArray marker("plaintext-marker-8d41e");
        QVERIFY(store->write(QStringLiteral("oauth/marker"), marker).ok());
        int files = 0;
        for (QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
             it.hasNext();) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            QVERIFY2(!bytes.contains(marker), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(marker.toBase64()), qPrintable(file.fileName()));
        }
        QVERIFY(files > 0); // the keyring file is there: the scan looked at something
        QVERIFY(store->remove(QStringLiteral("oauth/marker")).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
