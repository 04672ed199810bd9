// privacy-dashboard-cli as a user runs it: exit codes, one-line errors, the --demo summary.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void demoSummaryText();
    void demoSummaryJson();
    void demoOptOutIsReadOnly();
    void reportKeepsAnExistingFile();
    void demoItemsEqualTheFigures();
    void demoItemsFilters();
    void demoItemsCsv();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &arguments);
};

// The report writer says "the file exists" with ErrorCode::FileExists, and the CLI, deciding on that
// code (not on the message's words), suggests --force.
void TestCli::reportKeepsAnExistingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("report.json"));
    QFile existing(target);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("old");
    existing.close();
    const QStringList arguments{QStringLiteral("--demo"), QStringLiteral("report"),   QStringLiteral("--format"),
                                QStringLiteral("json"),   QStringLiteral("--output"), target};
    const Run refused = run(arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("use --force to replace it"), refused.err.constData());
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("old"));
    existing.close();
    QCOMPARE(run(arguments + QStringList{QStringLiteral("--force")}).exitCode, 0);
}

// Issue 15: `items --json` lists, per listed category and status, exactly the summary's figure.
void TestCli::demoItemsEqualTheFigures()
{
    const Run summaryRun = run({QStringLiteral("--demo"), QStringLiteral("--json"), QStringLiteral("summary")});
    QCOMPARE(summaryRun.exitCode, 0);
    const Run itemsRun = run({QStringLiteral("--demo"), QStringLiteral("--json"), QStringLiteral("items")});
    QCOMPARE(itemsRun.exitCode, 0);
    const QJsonArray items = QJsonDocument::fromJson(itemsRun.out).array();
    QMap<QString, QMap<QString, qint64>> counted;
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        for (const char *key : {"category", "date", "text", "link", "status"})
            QVERIFY2(object.contains(QLatin1String(key)), key); // DESIGN §5
        ++counted[object[QStringLiteral("category")].toString()][object[QStringLiteral("status")].toString()];
    }
    int listed = 0;
    for (const QJsonValue &category :
         QJsonDocument::fromJson(summaryRun.out).object()[QStringLiteral("categories")].toArray()) {
        const QString id = category[QStringLiteral("id")].toString();
        if (!counted.contains(id))
            continue;
        ++listed;
        QCOMPARE(counted[id].value(QStringLiteral("may-have-been-used")),
                 category[QStringLiteral("mayHaveBeenUsed")].toInteger());
        QCOMPARE(counted[id].value(QStringLiteral("unknown")), category[QStringLiteral("exposedIfUsed")].toInteger());
        QCOMPARE(counted[id].value(QStringLiteral("not-used")), category[QStringLiteral("notUsed")].toInteger());
    }
    QCOMPARE(listed, 6);
    // The lead's closing check: 396 posts may have been used.
    const Run posts =
        run({QStringLiteral("--demo"), QStringLiteral("items"), QStringLiteral("--category"), QStringLiteral("posts"),
             QStringLiteral("--status"), QStringLiteral("may-have-been-used"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(posts.out).array().size(), 396);
}

void TestCli::demoItemsFilters()
{
    const auto count = [](const QStringList &filters) {
        const Run result =
            run(QStringList{QStringLiteral("--demo"), QStringLiteral("--json"), QStringLiteral("items")} + filters);
        return result.exitCode == 0 ? QJsonDocument::fromJson(result.out).array().size() : -1;
    };
    const qsizetype all = count({});
    const qsizetype comments = count({QStringLiteral("--category"), QStringLiteral("comments")});
    QCOMPARE(comments, 1421);
    const qsizetype in2024 =
        count({QStringLiteral("--category"), QStringLiteral("comments"), QStringLiteral("--since"),
               QStringLiteral("2024-01-01"), QStringLiteral("--until"), QStringLiteral("2024-12-31")});
    QVERIFY(in2024 > 0 && in2024 < comments);
    const qsizetype searched = count({QStringLiteral("--search"), QStringLiteral("WORKSHOP")});
    QVERIFY(searched > 0 && searched < all);
    QCOMPARE(count({QStringLiteral("--search"), QStringLiteral("no item says this")}), 0);
    // A text listing ends with the count.
    const Run text = run(
        {QStringLiteral("--demo"), QStringLiteral("items"), QStringLiteral("--category"), QStringLiteral("articles")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.endsWith("23 items\n"));
}

void TestCli::demoItemsCsv()
{
    const Run result = run({QStringLiteral("--demo"), QStringLiteral("items"), QStringLiteral("--csv"),
                            QStringLiteral("--category"), QStringLiteral("poll-votes")});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.split('\n');
    QCOMPARE(lines.first(), QByteArray("category,date,kind,status,window,text,link\r"));
    QCOMPARE(lines.size() - 2, 87); // the header, 87 votes, the empty end
}

TestCli::Run TestCli::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PD_BINARY_DIR "/bin/privacy-dashboard-cli"), arguments);
    if (!process.waitForFinished(30000))
        qFatal("privacy-dashboard-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("--demo"), QStringLiteral("frobnicate")}
                                     << "unknown command \"frobnicate\"";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--demo"), QStringLiteral("--frob"),
                                                   QStringLiteral("summary")}
                                    << "Unknown option 'frob'";
    QTest::newRow("no source") << QStringList{QStringLiteral("summary")} << "choose a source";
    QTest::newRow("two sources") << QStringList{QStringLiteral("--demo"), QStringLiteral("--server"),
                                                QStringLiteral("https://localhost:1"), QStringLiteral("summary")}
                                 << "choose one source";
    QTest::newRow("no command") << QStringList{QStringLiteral("--demo")} << "missing command";
    QTest::newRow("plain http server") << QStringList{QStringLiteral("--server"), QStringLiteral("http://localhost:1"),
                                                      QStringLiteral("summary")}
                                       << "--server: The server address must be an https:// address";
    QTest::newRow("password in the server URL")
        << QStringList{QStringLiteral("--server"), QStringLiteral("https://me:secret@localhost:1"),
                       QStringLiteral("summary")}
        << "must not hold a user name or password";
    QTest::newRow("opt-out without a verb")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("opt-out")} << "opt-out takes one of: status, on, off";
    QTest::newRow("opt-out with a wrong verb")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("opt-out"), QStringLiteral("maybe")}
        << "opt-out takes one of: status, on, off, cancel";
    QTest::newRow("extra argument") << QStringList{QStringLiteral("--demo"), QStringLiteral("summary"),
                                                   QStringLiteral("now")}
                                    << "summary takes no arguments";
    QTest::newRow("paper of an unknown size")
        << QStringList{QStringLiteral("--demo"),  QStringLiteral("report"),   QStringLiteral("--format"),
                       QStringLiteral("pdf"),     QStringLiteral("--output"), QStringLiteral("r.pdf"),
                       QStringLiteral("--paper"), QStringLiteral("legal")}
        << "--paper takes a4 or letter, got \"legal\"";
    QTest::newRow("paper for a format without pages")
        << QStringList{QStringLiteral("--demo"),  QStringLiteral("report"),   QStringLiteral("--format"),
                       QStringLiteral("csv"),     QStringLiteral("--output"), QStringLiteral("r.csv"),
                       QStringLiteral("--paper"), QStringLiteral("a4")}
        << "--paper goes with report --format pdf or letter-pdf";
    QTest::newRow("items: unknown status") << QStringList{QStringLiteral("--demo"), QStringLiteral("items"),
                                                          QStringLiteral("--status"), QStringLiteral("used")}
                                           << "--status takes may-have-been-used, not-used or unknown";
    QTest::newRow("items: bad date") << QStringList{QStringLiteral("--demo"), QStringLiteral("items"),
                                                    QStringLiteral("--since"), QStringLiteral("2024-13-01")}
                                     << "--since needs a date as YYYY-MM-DD";
    QTest::newRow("items: since after until")
        << QStringList{QStringLiteral("--demo"),     QStringLiteral("items"),   QStringLiteral("--since"),
                       QStringLiteral("2025-01-01"), QStringLiteral("--until"), QStringLiteral("2024-01-01")}
        << "--since is after --until";
    QTest::newRow("items: json and csv") << QStringList{QStringLiteral("--demo"), QStringLiteral("--json"),
                                                        QStringLiteral("items"), QStringLiteral("--csv")}
                                         << "items takes --json or --csv, not both";
    QTest::newRow("items: filter on another command")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("summary"), QStringLiteral("--search"),
                       QStringLiteral("x")}
        << "go with the items command";
    QTest::newRow("items: messages are never listed")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("items"), QStringLiteral("--category"),
                       QStringLiteral("messages")}
        << "\"messages\" is not a listed category";
    QTest::newRow("region without import") << QStringList{QStringLiteral("--demo"), QStringLiteral("--region"),
                                                          QStringLiteral("DE"), QStringLiteral("summary")}
                                           << "--region and --opted-out-since go with import";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count('\n'), 1); // one clear line
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
}

void TestCli::helpAndVersion()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("Usage: privacy-dashboard-cli"));
    QVERIFY(help.out.contains("Exit codes"));
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("privacy-dashboard-cli " PD_VERSION_FOR_TEST));
}

void TestCli::demoSummaryText()
{
    const Run result = run({QStringLiteral("--demo"), QStringLiteral("summary")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    const QString text = QString::fromUtf8(result.out);
    for (const char *expected :
         {"Alex Morgan", "Category", "May have been used", "Posts and shares", "Private messages",
          "OFF (opted out) since 2024-10-02 08:15 UTC", "does not undo training that has already taken place"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);

    // The two figures side by side, never summed (8,666 would be the merged figure).
    QVERIFY(text.contains(QStringLiteral("Not said either way")));
    const QRegularExpression total(QStringLiteral("^Total\\s+16,340\\s+3,853\\s+4,813\\s+7,674$"),
                                   QRegularExpression::MultilineOption);
    QVERIFY2(total.match(text).hasMatch(), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("3,853 of your items may already have been used")));
    QVERIFY(text.contains(QStringLiteral("4,813 items in categories the platform has not said either way")));
    QVERIFY(!text.contains(QStringLiteral("8,666")));
}

void TestCli::demoSummaryJson()
{
    const Run result = run({QStringLiteral("--demo"), QStringLiteral("--json"), QStringLiteral("summary")});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("region")).toString(), QStringLiteral("US"));
    QCOMPARE(json.value(QStringLiteral("source")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("demo"));
    QCOMPARE(json.value(QStringLiteral("optOut")).toObject().value(QStringLiteral("optedOut")).toBool(), true);
    const QJsonArray categories = json.value(QStringLiteral("categories")).toArray();
    QVERIFY(categories.size() >= 15);

    // DESIGN §5: a used category fills mayHaveBeenUsed, an unknown one exposedIfUsed, never both.
    qint64 used = 0;
    qint64 exposed = 0;
    for (const QJsonValue &value : categories) {
        const QJsonObject category = value.toObject();
        const QString use = category.value(QStringLiteral("genAiTraining")).toString();
        const qint64 mayHaveBeenUsed = category.value(QStringLiteral("mayHaveBeenUsed")).toInteger(-1);
        const qint64 exposedIfUsed = category.value(QStringLiteral("exposedIfUsed")).toInteger(-1);
        QVERIFY2(mayHaveBeenUsed >= 0 && exposedIfUsed >= 0, qPrintable(use));
        if (use != u"used")
            QCOMPARE(mayHaveBeenUsed, 0);
        if (use != u"unknown")
            QCOMPARE(exposedIfUsed, 0);
        used += mayHaveBeenUsed;
        exposed += exposedIfUsed;
    }
    const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
    QCOMPARE(totals.value(QStringLiteral("mayHaveBeenUsed")).toInteger(), used);
    QCOMPARE(totals.value(QStringLiteral("exposedIfUsed")).toInteger(), exposed);
    QCOMPARE(used, 3853);
    QCOMPARE(exposed, 4813);
    QCOMPARE(totals.value(QStringLiteral("itemCount")).toInteger(),
             used + exposed + totals.value(QStringLiteral("notUsed")).toInteger());
}

void TestCli::demoOptOutIsReadOnly()
{
    const Run result = run({QStringLiteral("--demo"), QStringLiteral("opt-out"), QStringLiteral("on")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.contains("read-only"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
