// A full disk, for real: a 1 MiB tmpfs mounted for the test (as root, or as root of a user and
// mount namespace through `unshare -rm`; where neither is allowed the test says so and ctest
// reports it skipped). Every report format and the outbox must fail with one line naming the file
// and "No space left on device", exit 6, and leave no empty or cut-short file behind.
#include "support/ReferenceServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>
#include <vector>

using namespace pd;

namespace {

const QString BinDir = QStringLiteral(PD_BINARY_DIR "/bin");
constexpr int SkipExitCode = 77; // ctest's SKIP_RETURN_CODE for this test

bool run(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(20000);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// A tmpfs of 1 MiB at `directory` for the life of the object.
class SmallDisk final
{
public:
    explicit SmallDisk(QString directory)
        : m_directory(std::move(directory))
    {
        QDir().mkpath(m_directory);
        m_mounted = run(QStringLiteral("mount"),
                        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=1m,mode=0700"), QStringLiteral("tmpfs"), m_directory},
                        &m_error);
    }
    ~SmallDisk()
    {
        if (m_mounted)
            run(QStringLiteral("umount"), {m_directory});
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool mounted() const { return m_mounted; }
    const QString &error() const { return m_error; }

    // Fills the disk so that exactly `leave` bytes (a multiple of the 4 KiB page) stay free.
    bool fill(qint64 leave)
    {
        QFile reserve(m_directory + QStringLiteral("/.reserve"));
        if (leave > 0) {
            if (!reserve.open(QIODevice::WriteOnly | QIODevice::Unbuffered) ||
                reserve.write(QByteArray(leave, 'r')) != leave)
                return false;
            reserve.close();
        }
        QFile filler(m_directory + QStringLiteral("/.filler"));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return false;
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size()) {
        }
        filler.close();
        return leave == 0 || reserve.remove();
    }
    void empty()
    {
        QFile::remove(m_directory + QStringLiteral("/.filler"));
        QFile::remove(m_directory + QStringLiteral("/.reserve"));
    }
    // What is in the folder besides the filler files.
    QStringList files() const
    {
        QStringList names = QDir(m_directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        names.removeAll(QStringLiteral(".filler"));
        names.removeAll(QStringLiteral(".reserve"));
        return names;
    }

private:
    QString m_directory;
    QString m_error;
    bool m_mounted = false;
};

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult cli(const QStringList &arguments)
{
    QProcess process;
    process.start(BinDir + QStringLiteral("/privacy-dashboard-cli"), arguments);
    if (!process.waitForFinished(60000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestFullDisk final : public QObject
{
    Q_OBJECT

private slots:
    void everyReportFormatFailsWholeOnAFullDisk_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("halfFree");
        for (const char *format : {"pdf", "html", "csv", "json", "letter", "letter-pdf"}) {
            QTest::addRow("%s, no byte free", format) << QString::fromLatin1(format) << false;
            QTest::addRow("%s, room for half of it", format) << QString::fromLatin1(format) << true;
        }
    }
    void everyReportFormatFailsWholeOnAFullDisk()
    {
        QFETCH(QString, format);
        QFETCH(bool, halfFree);
        // The size of the report (CSV: of its larger file) on a disk with room, to leave half of it free.
        QTemporaryDir roomy;
        const QString reference = roomy.path() + QStringLiteral("/report.out");
        QCOMPARE(cli({QStringLiteral("--demo"), QStringLiteral("report"), QStringLiteral("--format"), format,
                      QStringLiteral("--output"), reference})
                     .exitCode,
                 0);
        qint64 largest = 0;
        for (const QFileInfo &file : QDir(roomy.path()).entryInfoList(QDir::Files))
            largest = std::max(largest, file.size());
        const qint64 free = halfFree ? largest / 2 / 4096 * 4096 : 0;
        if (halfFree && free == 0)
            QSKIP("this report is smaller than two pages of the tmpfs; the row with no byte free covers it");

        QTemporaryDir dir;
        SmallDisk disk(dir.path() + QStringLiteral("/disk"));
        QVERIFY2(disk.mounted(), qPrintable(QStringLiteral("cannot mount a tmpfs: ") + disk.error()));
        QVERIFY(disk.fill(free));

        const QString output = dir.path() + QStringLiteral("/disk/report.out");
        const CliResult result = cli({QStringLiteral("--demo"), QStringLiteral("report"), QStringLiteral("--format"),
                                      format, QStringLiteral("--output"), output});
        QVERIFY2(result.exitCode == 6,
                 qPrintable(
                     QStringLiteral("exit %1, stdout %2, stderr %3").arg(result.exitCode).arg(result.out, result.err)));
        QVERIFY2(!result.out.contains(QStringLiteral("wrote")), qPrintable(result.out));
        QCOMPARE(result.err.count(u'\n'), 1);
        QVERIFY2(result.err.contains(QStringLiteral("No space left on device")), qPrintable(result.err));
        QVERIFY2(result.err.contains(dir.path() + QStringLiteral("/disk/report")), qPrintable(result.err));
        // Nothing half-written, no temporary file left, no first file of a CSV pair alone.
        QCOMPARE(disk.files(), QStringList());

        // With room again the same command writes the report.
        disk.empty();
        const CliResult again = cli({QStringLiteral("--demo"), QStringLiteral("report"), QStringLiteral("--format"),
                                     format, QStringLiteral("--output"), output});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(QFileInfo(output).size() > 0);
    }

    void replacingAReportOnAFullDiskKeepsTheOldOne()
    {
        QTemporaryDir dir;
        SmallDisk disk(dir.path() + QStringLiteral("/disk"));
        QVERIFY2(disk.mounted(), qPrintable(QStringLiteral("cannot mount a tmpfs: ") + disk.error()));
        const QString output = dir.path() + QStringLiteral("/disk/report.json");
        QVERIFY(cli({QStringLiteral("--demo"), QStringLiteral("report"), QStringLiteral("--format"),
                     QStringLiteral("json"), QStringLiteral("--output"), output})
                    .exitCode == 0);
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        QVERIFY(disk.fill(0));
        const CliResult result =
            cli({QStringLiteral("--demo"), QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--output"), output, QStringLiteral("--force")});
        QCOMPARE(result.exitCode, 6);
        QVERIFY2(result.err.contains(QStringLiteral("No space left on device")), qPrintable(result.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QCOMPARE(disk.files(), QStringList{QStringLiteral("report.json")});
    }

    void outboxOnAFullDiskSendsNothing()
    {
        test::ReferenceServer server;
        QVERIFY(server.ok());
        SmallDisk disk(server.appDataDir());
        QVERIFY2(disk.mounted(), qPrintable(QStringLiteral("cannot mount a tmpfs: ") + disk.error()));
        // Once with room, so that the client knows the member; then the disk is full.
        const std::optional<bool> before = server.optedOut();
        QVERIFY(before.has_value());
        QVERIFY(disk.fill(0));

        const test::ReferenceServer::CliRun result =
            server.cli({QStringLiteral("opt-out"), *before ? QStringLiteral("off") : QStringLiteral("on")});
        QVERIFY2(result.exitCode == 6, qPrintable(QStringLiteral("exit %1: %2").arg(result.exitCode).arg(result.err)));
        QVERIFY2(result.err.contains(QStringLiteral("No space left on device")), qPrintable(result.err));
        QVERIFY2(result.err.contains(server.appDataDir()), qPrintable(result.err));
        QVERIFY(!result.out.contains(QStringLiteral("Confirmed")));
        // The intent could not be kept, so it was not sent.
        disk.empty();
        QCOMPARE(server.optedOut(), before);
    }
};

// Not root: try again as root of a new user and mount namespace, where a tmpfs may be mounted.
int main(int argc, char **argv)
{
    if (::geteuid() != 0) {
        if (std::getenv("PD_TEST_UNSHARED")) {
            std::fprintf(stderr, "SKIP: TestFullDisk needs root, or `unshare -rm`, to mount a tmpfs\n");
            return SkipExitCode;
        }
        if (std::system("unshare -rm true 2>/dev/null") != 0) {
            std::fprintf(stderr, "SKIP: TestFullDisk needs root, or `unshare -rm` (not allowed here), to mount a "
                                 "tmpfs\n");
            return SkipExitCode;
        }
        ::setenv("PD_TEST_UNSHARED", "1", 1);
        std::vector<char *> command{const_cast<char *>("unshare"), const_cast<char *>("-rm")};
        command.insert(command.end(), argv, argv + argc);
        command.push_back(nullptr);
        ::execvp("unshare", command.data());
        std::fprintf(stderr, "SKIP: TestFullDisk needs root, or `unshare -rm` (%s), to mount a tmpfs\n",
                     std::strerror(errno));
        return SkipExitCode;
    }
    QCoreApplication app(argc, argv);
    TestFullDisk test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestFullDisk.moc"
