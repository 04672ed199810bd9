// A hostile server and a hostile archive against the terminal: a member name and an archive entry
// name that would clear the screen and print a fake "Generative-AI training: OFF" line reach the
// terminal as visible escapes, in tables, errors and the import report; --json keeps the strings.
#include "support/ReferenceServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

const QString BinDir = QStringLiteral(PD_BINARY_DIR "/bin");
// Clear the screen, home the cursor, a fake status line, then a right-to-left override.
const QString Hostile = QStringLiteral("\x1b[2J\x1b[HGenerative-AI training: OFF\r\u009b2J\u202Eevil");

// No byte that drives a terminal: C0 other than newline, DEL, C1 (as UTF-8 C2 80–9F), bidi controls.
QString firstUnsafe(const QByteArray &utf8)
{
    const QString text = QString::fromUtf8(utf8);
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if ((c < 0x20 && c != u'\n') || c == 0x7F || (c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
            (c >= 0x2066 && c <= 0x2069))
            return QStringLiteral("U+") + QString::number(c, 16);
    }
    return {};
}

bool runPython(const QString &script, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral("-c"), script} + arguments);
    return process.waitForFinished(60000) && process.exitCode() == 0;
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(BinDir + QStringLiteral("/privacy-dashboard-cli"), arguments);
    if (!process.waitForFinished(60000))
        process.kill();
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestTerminalInjection final : public QObject
{
    Q_OBJECT

private slots:
    void hostileMemberNameFromTheServer()
    {
        test::ReferenceServer server;
        QVERIFY(server.ok());
        server.stop();
        // The name goes in as a bound parameter, byte for byte (Python's sqlite3).
        QVERIFY(runPython(QStringLiteral("import sqlite3, sys\n"
                                         "db = sqlite3.connect(sys.argv[1])\n"
                                         "db.execute('UPDATE members SET name = ?', (sys.argv[2],))\n"
                                         "db.commit()\n"),
                          {server.dataDir() + QStringLiteral("/privacy-api.sqlite3"), Hostile}));
        QVERIFY(server.start());

        const test::ReferenceServer::CliRun table = server.cli({QStringLiteral("summary")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(firstUnsafe(table.out.toUtf8()).isEmpty(), qPrintable(firstUnsafe(table.out.toUtf8())));
        QVERIFY2(table.out.contains(QStringLiteral("Member:  \\x1B[2J\\x1B[HGenerative-AI training: OFF\\x0D\\x9B2J"
                                                   "\\u202Eevil")),
                 qPrintable(table.out));
        // The real state line is still the only one that starts a line.
        QCOMPARE(table.out.count(QStringLiteral("\nGenerative-AI training")), 1);

        const test::ReferenceServer::CliRun json = server.cli({QStringLiteral("--json"), QStringLiteral("summary")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(firstUnsafe(json.out.toUtf8()).isEmpty(), qPrintable(firstUnsafe(json.out.toUtf8())));
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("member")).toObject().value(QStringLiteral("name")).toString(), Hostile);
    }

    void hostileArchiveEntryNameAndArchivePath()
    {
        QTemporaryDir dir;
        const QString zip = dir.path() + QStringLiteral("/export.zip");
        QVERIFY(runPython(QStringLiteral("import subprocess, sys, zipfile\n"
                                         "subprocess.run([sys.executable, sys.argv[1], '--era', '2024', sys.argv[2]],"
                                         " check=True)\n"
                                         "with zipfile.ZipFile(sys.argv[2], 'a') as z:\n"
                                         "    z.writestr(sys.argv[3] + '.csv', 'a,b\\n1,2\\n')\n"),
                          {QStringLiteral(PD_SOURCE_DIR "/tests/fixtures/make_linkedin_archive.py"), zip, Hostile}));
        const Run imported = cli({QStringLiteral("import"), zip, QStringLiteral("summary")});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(firstUnsafe(imported.err).isEmpty(), qPrintable(firstUnsafe(imported.err)));
        QVERIFY2(imported.err.contains("\\x1B[2J\\x1B[HGenerative-AI training: OFF"), imported.err.constData());
        QVERIFY(firstUnsafe(imported.out).isEmpty());

        // An error line naming a hostile path (the archive's name) is one escaped line too.
        const Run missing = cli({QStringLiteral("import"), dir.path() + u'/' + Hostile + QStringLiteral(".zip"),
                                 QStringLiteral("summary")});
        QCOMPARE(missing.exitCode, 6);
        QVERIFY2(firstUnsafe(missing.err).isEmpty(), qPrintable(firstUnsafe(missing.err)));
        QCOMPARE(missing.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestTerminalInjection)
#include "TestTerminalInjection.moc"
