// The embedded translations: Spanish loads and translates, the empty German and French files are
// not offered, and an unknown or English choice leaves the source text.

#include "i18n/Translations.h"

#include <QTest>

using namespace pd;

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void offersEnglishAndSpanishOnly()
    {
        const QStringList codes = Translations::available();
        QCOMPARE(codes.value(0), QStringLiteral("en"));
        QVERIFY(codes.contains(QStringLiteral("es")));
        QVERIFY(!codes.contains(QStringLiteral("de"))); // empty until a translator fills it
        QCOMPARE(Translations::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
    }

    void spanishTranslatesAndSetsTheLocale()
    {
        QCOMPARE(Translations::install(QStringLiteral("es")), QStringLiteral("es"));
        QCOMPARE(QCoreApplication::translate("pd::MainWindow", "Overview"), QStringLiteral("Resumen"));
        QCOMPARE(QCoreApplication::translate("pd::SourceOpener", "No data source chosen."),
                 QStringLiteral("No se ha elegido ninguna fuente de datos."));
        QCOMPARE(QLocale().language(), QLocale::Spanish);
    }

    void englishAndUnknownKeepTheSource()
    {
        for (const QString &code : {QStringLiteral("en"), QStringLiteral("xx")}) {
            QCOMPARE(Translations::install(code), QStringLiteral("en"));
            QCOMPARE(QCoreApplication::translate("pd::MainWindow", "Overview"), QStringLiteral("Overview"));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
