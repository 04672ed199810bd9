// parseIsoDate accepts exactly YYYY-MM-DD with ASCII digits naming a real day (issue 13 made it a
// hand-written parser instead of a regular expression and QDate::fromString).
#include "core/JsonReader.h"

#include <QTest>

class TestIsoDates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("plain") << QStringLiteral("2024-09-18") << QDate(2024, 9, 18);
        QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
        QTest::newRow("first") << QStringLiteral("0001-01-01") << QDate(1, 1, 1);
        QTest::newRow("last") << QStringLiteral("9999-12-31") << QDate(9999, 12, 31);
        QTest::newRow("no leap day") << QStringLiteral("2023-02-29") << QDate();
        QTest::newRow("month 13") << QStringLiteral("2024-13-01") << QDate();
        QTest::newRow("day 0") << QStringLiteral("2024-01-00") << QDate();
        QTest::newRow("year 0") << QStringLiteral("0000-01-01") << QDate();
        QTest::newRow("short month") << QStringLiteral("2024-1-01") << QDate();
        QTest::newRow("slashes") << QStringLiteral("2024/01/01") << QDate();
        QTest::newRow("trailing newline") << QStringLiteral("2024-01-01\n") << QDate();
        QTest::newRow("time") << QStringLiteral("2024-01-01T00:00:00Z") << QDate();
        QTest::newRow("sign") << QStringLiteral("+024-01-01") << QDate();
        QTest::newRow("space") << QStringLiteral("2024-01- 1") << QDate();
        QTest::newRow("arabic-indic digits") << QStringLiteral("٢٠٢٤-01-01") << QDate();
        QTest::newRow("fullwidth digits") << QStringLiteral("２０２４-01-01") << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(pd::parseIsoDate(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestIsoDates)
#include "TestIsoDates.moc"
