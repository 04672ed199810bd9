// pd::terminalSafe: what reaches a terminal from outside cannot drive it.
#include "core/TerminalText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pd;

class TestTerminalSafe final : public QObject
{
    Q_OBJECT

private slots:
    void escapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("multiLine");
        QTest::addColumn<QString>("expected");
        const auto s = [](const char16_t *text) { return QString::fromUtf16(text); };
        QTest::newRow("plain text is kept") << s(u"Alex Morgan") << false << s(u"Alex Morgan");
        QTest::newRow("non-ASCII letters are kept") << s(u"Zoë Ørsted 李") << false << s(u"Zoë Ørsted 李");
        QTest::newRow("emoji (a surrogate pair) is kept") << s(u"A \U0001F600") << false << s(u"A \U0001F600");
        QTest::newRow("ESC clearing the screen") << s(u"\x1b[2J\x1b[H") << false << s(u"\\x1B[2J\\x1B[H");
        QTest::newRow("a fake status line after a clear")
            << s(u"x\x1b[2J\rGenerative-AI training: OFF") << false << s(u"x\\x1B[2J\\x0DGenerative-AI training: OFF");
        QTest::newRow("window title (OSC ... BEL)") << s(u"\x1b]0;pwned\x07") << false << s(u"\\x1B]0;pwned\\x07");
        QTest::newRow("NUL, tab, backspace") << s(u"a\tb\bc") + QChar(0) << false << s(u"a\\x09b\\x08c\\x00");
        QTest::newRow("newline in one line") << s(u"a\nb") << false << s(u"a\\x0Ab");
        QTest::newRow("newline in a block") << s(u"a\nb\r\n") << true << s(u"a\nb\\x0D\n");
        QTest::newRow("DEL") << s(u"a\x7f") << false << s(u"a\\x7F");
        QTest::newRow("C1 CSI") << s(u"a\u009b2J") << false << s(u"a\\x9B2J");
        QTest::newRow("C1 range ends") << s(u"\u0080\u009f\u00a0") << false << s(u"\\x80\\x9F\u00a0");
        QTest::newRow("right-to-left override") << s(u"exe.\u202Etxt") << false << s(u"exe.\\u202Etxt");
        QTest::newRow("every bidi embedding/override")
            << s(u"\u202A\u202B\u202C\u202D\u202E") << false << s(u"\\u202A\\u202B\\u202C\\u202D\\u202E");
        QTest::newRow("bidi isolates") << s(u"\u2066\u2067\u2068\u2069") << false << s(u"\\u2066\\u2067\\u2068\\u2069");
        QTest::newRow("neighbours of the bidi ranges are kept")
            << s(u"\u2029\u202F\u2065\u206A") << false << s(u"\u2029\u202F\u2065\u206A");
        QTest::newRow("a backslash is kept (idempotent)") << s(u"C:\\x1B") << false << s(u"C:\\x1B");
    }
    void escapes()
    {
        QFETCH(QString, text);
        QFETCH(bool, multiLine);
        QFETCH(QString, expected);
        const TerminalLines lines = multiLine ? TerminalLines::Many : TerminalLines::One;
        QCOMPARE(terminalSafe(text, lines), expected);
        QCOMPARE(terminalSafe(terminalSafe(text, lines), lines), expected);
    }

    void jsonKeepsTheSameStrings()
    {
        const QString hostile = QString::fromUtf16(u"\x1b[2J\u009b\x7f\u202Eok");
        const QString json = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("name"), hostile}}).toJson());
        const QString safe = terminalSafeJson(json);
        QCOMPARE(terminalSafe(safe, TerminalLines::Many), safe); // nothing left to escape
        QVERIFY(safe.contains(QStringLiteral("\\u202E")));
        QCOMPARE(QJsonDocument::fromJson(safe.toUtf8()).object().value(QStringLiteral("name")).toString(), hostile);
    }
};

QTEST_GUILESS_MAIN(TestTerminalSafe)
#include "TestTerminalSafe.moc"
