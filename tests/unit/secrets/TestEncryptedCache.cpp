#include "secrets/EncryptedCache.h"

#include "secrets/MemorySecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace pd;

namespace {

// A keychain for the test: keeps its secrets in memory but says they outlive the process, as the
// OS keychain does (the cache refuses session-only stores).
class TestKeychain final : public SecretStore
{
public:
    Result<void> write(const QString &name, const QByteArray &secret) override { return m_store.write(name, secret); }
    Result<std::optional<QByteArray>> read(const QString &name) override { return m_store.read(name); }
    Result<void> remove(const QString &name) override { return m_store.remove(name); }
    bool isPersistent() const override { return true; }
    QString limitation() const override { return {}; }

private:
    MemorySecretStore m_store;
};

mode_t modeOf(const QString &path)
{
    struct stat status {
    };
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    return status.st_mode & 07777;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool overwrite(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The layout of a file (EncryptedCache.h): magic 4, version 1, IV 12, purpose id 16, ciphertext, tag 16.
constexpr int ivAt = 5;
constexpr int idAt = 17;
constexpr int cipherAt = 33;
constexpr int tagBytes = 16;

const QString summaryPurpose = QStringLiteral("summary/server:https://api.example.org");
const QByteArray summaryJson = R"({"member":{"name":"Ana Lopez-Marker"},"categories":[{"id":"posts","itemCount":42}]})";

} // namespace

// The encrypted offline cache: AES-256-GCM, fresh IV per write, header authenticated, private
// files, and anything that does not authenticate discarded whole.
class TestEncryptedCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_dir;
    TestKeychain m_keychain;

    EncryptedCache openCache(SecretStore &store)
    {
        Result<EncryptedCache> cache = EncryptedCache::open(store, m_dir);
        if (!cache)
            qFatal("cannot open the cache: %s", qPrintable(cache.error().message));
        return std::move(cache).value();
    }

    // A cache file with the summary in it, and its path.
    QString writtenFile()
    {
        EncryptedCache cache = openCache(m_keychain);
        if (!cache.write(summaryPurpose, summaryJson).ok())
            qFatal("write failed");
        return cache.filePath(summaryPurpose);
    }

private slots:
    void init()
    {
        QVERIFY(m_root.isValid());
        m_dir = m_root.filePath(QStringLiteral("cache-") + QString::fromLatin1(QTest::currentTestFunction()) +
                                (QTest::currentDataTag() ? QString::fromLatin1(QTest::currentDataTag()) : QString()));
    }

    void roundTrips()
    {
        EncryptedCache cache = openCache(m_keychain);
        QCOMPARE(cache.read(summaryPurpose), std::nullopt);
        QVERIFY(cache.write(summaryPurpose, summaryJson).ok());
        QCOMPARE(cache.read(summaryPurpose), std::optional<QByteArray>(summaryJson));
        QVERIFY(cache.write(QStringLiteral("empty"), QByteArray()).ok());
        QCOMPARE(cache.read(QStringLiteral("empty")), std::optional<QByteArray>(QByteArray()));

        // Another run of the app (the key from the keychain) reads what this one wrote.
        EncryptedCache later = openCache(m_keychain);
        QCOMPARE(later.read(summaryPurpose), std::optional<QByteArray>(summaryJson));
        QVERIFY(later.remove(summaryPurpose).ok());
        QCOMPARE(later.read(summaryPurpose), std::nullopt);
        QVERIFY(later.remove(summaryPurpose).ok());
    }

    void keepsTheKeyInTheStoreAsCacheKey()
    {
        TestKeychain keychain;
        {
            EncryptedCache cache = openCache(keychain);
        }
        const auto key = keychain.read(QStringLiteral("cache-key"));
        QVERIFY(key.ok() && key.value());
        QCOMPARE(key.value()->size(), 32);
        QVERIFY(*key.value() != QByteArray(32, '\0'));
        // The key never lands next to the data.
        for (QDirIterator it(m_dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
            QVERIFY(!readAll(it.next()).contains(*key.value()));
    }

    void aFreshIvOnEveryWrite()
    {
        EncryptedCache cache = openCache(m_keychain);
        QVERIFY(cache.write(summaryPurpose, summaryJson).ok());
        const QByteArray first = readAll(cache.filePath(summaryPurpose));
        QVERIFY(cache.write(summaryPurpose, summaryJson).ok());
        const QByteArray second = readAll(cache.filePath(summaryPurpose));
        QCOMPARE(first.size(), second.size());
        QVERIFY(first != second);
        QVERIFY(first.mid(ivAt, 12) != second.mid(ivAt, 12));
        QVERIFY(first.mid(cipherAt, first.size() - cipherAt - tagBytes) !=
                second.mid(cipherAt, second.size() - cipherAt - tagBytes));
        QCOMPARE(first.mid(idAt, 16), second.mid(idAt, 16)); // same purpose, same id
    }

    void holdsNoPlaintext()
    {
        const QString path = writtenFile();
        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.contains("Ana Lopez-Marker"));
        QVERIFY(!bytes.contains("posts"));
        QVERIFY(!bytes.contains(QByteArray("Ana Lopez-Marker").toBase64()));
        // Nor does its name say what it holds.
        QVERIFY(!path.contains(QStringLiteral("summary")) && !path.contains(QStringLiteral("example")));
        QCOMPARE(bytes.size(), cipherAt + summaryJson.size() + tagBytes);
    }

    void aFlippedByteDiscardsTheEntry_data()
    {
        QTest::addColumn<int>("offset"); // negative: from the end
        QTest::newRow("magic") << 0;
        QTest::newRow("version") << 4;
        QTest::newRow("IV first byte") << ivAt;
        QTest::newRow("IV last byte") << ivAt + 11;
        QTest::newRow("purpose id") << idAt + 3;
        QTest::newRow("ciphertext first byte") << cipherAt;
        QTest::newRow("ciphertext middle") << cipherAt + 40;
        QTest::newRow("ciphertext last byte") << -tagBytes - 1;
        QTest::newRow("tag first byte") << -tagBytes;
        QTest::newRow("tag last byte") << -1;
    }

    void aFlippedByteDiscardsTheEntry()
    {
        QFETCH(int, offset);
        const QString path = writtenFile();
        QByteArray bytes = readAll(path);
        const int at = offset >= 0 ? offset : int(bytes.size()) + offset;
        bytes[at] = char(bytes.at(at) ^ 0x01);
        QVERIFY(overwrite(path, bytes));
        EncryptedCache cache = openCache(m_keychain);
        QCOMPARE(cache.read(summaryPurpose), std::nullopt);
        QVERIFY2(!QFile::exists(path), "a file that does not authenticate is deleted");
    }

    void everySingleFlippedByteIsCaught()
    {
        EncryptedCache cache = openCache(m_keychain);
        const QByteArray small("a short datum");
        QVERIFY(cache.write(QStringLiteral("small"), small).ok());
        const QString path = cache.filePath(QStringLiteral("small"));
        const QByteArray original = readAll(path);
        for (int at = 0; at < original.size(); ++at) {
            for (const char bit : {char(0x01), char(0x80)}) {
                QByteArray bytes = original;
                bytes[at] = char(bytes.at(at) ^ bit);
                QVERIFY(overwrite(path, bytes));
                QVERIFY2(cache.read(QStringLiteral("small")) == std::nullopt, qPrintable(QString::number(at)));
            }
        }
        QVERIFY(overwrite(path, original));
        QCOMPARE(cache.read(QStringLiteral("small")), std::optional<QByteArray>(small)); // the loop was fair
    }

    void aTruncatedFileIsDiscarded_data()
    {
        QTest::addColumn<int>("keep"); // bytes kept; negative: all but that many
        QTest::newRow("empty") << 0;
        QTest::newRow("magic only") << 4;
        QTest::newRow("header only") << cipherAt;
        QTest::newRow("header and tag's worth") << cipherAt + tagBytes;
        QTest::newRow("without the tag") << -tagBytes;
        QTest::newRow("one byte short") << -1;
    }

    void aTruncatedFileIsDiscarded()
    {
        QFETCH(int, keep);
        const QString path = writtenFile();
        const QByteArray bytes = readAll(path);
        QVERIFY(overwrite(path, bytes.left(keep >= 0 ? keep : bytes.size() + keep)));
        EncryptedCache cache = openCache(m_keychain);
        QCOMPARE(cache.read(summaryPurpose), std::nullopt);
        QVERIFY(!QFile::exists(path));
    }

    void anotherKeyReadsNothing()
    {
        const QString path = writtenFile();
        const QByteArray bytes = readAll(path);
        TestKeychain other;
        EncryptedCache cache = openCache(other); // a new key: the old files are unreadable, removed
        QVERIFY(!QFile::exists(path));
        // The old file put back under the new key's name for the same purpose: does not authenticate.
        QVERIFY(overwrite(cache.filePath(summaryPurpose), bytes));
        QCOMPARE(cache.read(summaryPurpose), std::nullopt);
        QVERIFY(!QFile::exists(cache.filePath(summaryPurpose)));
    }

    void aFileMovedToAnotherPurposeIsDiscarded()
    {
        EncryptedCache cache = openCache(m_keychain);
        QVERIFY(cache.write(summaryPurpose, summaryJson).ok());
        QVERIFY(cache.write(QStringLiteral("remembered-source"), "archive path").ok());
        QVERIFY(QFile::remove(cache.filePath(QStringLiteral("remembered-source"))));
        QVERIFY(QFile::copy(cache.filePath(summaryPurpose), cache.filePath(QStringLiteral("remembered-source"))));
        QCOMPARE(cache.read(QStringLiteral("remembered-source")), std::nullopt);
        QCOMPARE(cache.read(summaryPurpose), std::optional<QByteArray>(summaryJson));
    }

    void privateFromTheFirstByteUnderAPermissiveUmask()
    {
        const mode_t previous = ::umask(0);
        const auto restore = qScopeGuard([previous] { ::umask(previous); });
        EncryptedCache cache = openCache(m_keychain);
        QCOMPARE(modeOf(m_dir), mode_t(0700));
        QVERIFY(cache.write(summaryPurpose, summaryJson).ok());
        QCOMPARE(modeOf(cache.filePath(summaryPurpose)), mode_t(0600));

        // A file someone widened is written back 0600; a widened folder is tightened again.
        QVERIFY(::chmod(QFile::encodeName(cache.filePath(summaryPurpose)).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(m_dir).constData(), 0755) == 0);
        QVERIFY(cache.write(summaryPurpose, summaryJson).ok());
        QCOMPARE(modeOf(cache.filePath(summaryPurpose)), mode_t(0600));
        QCOMPARE(modeOf(m_dir), mode_t(0700));
        // Only the entry is left: the atomic replace left no temporary file behind.
        QCOMPARE(QDir(m_dir).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void aSessionOnlyStoreMeansNoCacheAtAll()
    {
        MemorySecretStore session(QStringLiteral("No system keychain was found"));
        const Result<EncryptedCache> cache = EncryptedCache::open(session, m_dir);
        QVERIFY(!cache.ok());
        QVERIFY(cache.error().message.contains(QStringLiteral("No system keychain was found")));
        QVERIFY(!QFileInfo::exists(m_dir));
        QCOMPARE(session.read(QStringLiteral("cache-key")).value(), std::nullopt);
    }

    void aSymlinkIsNotACacheFolder()
    {
        const QString target = m_root.filePath(QStringLiteral("elsewhere"));
        QVERIFY(QDir().mkpath(target));
        QVERIFY(QFile::link(target, m_dir));
        QVERIFY(!EncryptedCache::open(m_keychain, m_dir).ok());
    }
};

QTEST_GUILESS_MAIN(TestEncryptedCache)
#include "TestEncryptedCache.moc"
