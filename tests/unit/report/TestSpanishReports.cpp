// The reports in the member's language: with the Spanish translation installed (as the desktop app
// and the CLI do for LANG=es_ES.UTF-8 or a Spanish choice), every format a person reads is in
// Spanish, with Spanish dates and numbers; the machine formats keep their keys and values.
// Expected dates and numbers are written with Qt's own Spanish locale data (CLDR), not with ours.
#include "i18n/Translations.h"
#include "report/ReportWriter.h"
#include "ReportFixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

const QLocale SpanishLocale(QLocale::Spanish, QLocale::Spain);

QString spanishCount(qint64 value)
{
    QLocale locale = SpanishLocale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(value);
}

// The report's generation day (fixedNow, 29 November 2026) as a Spanish reader writes it.
QString spanishGenerationDay()
{
    return QStringLiteral("29 de %1 de 2026").arg(SpanishLocale.monthName(11, QLocale::LongFormat));
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral(PD_PDFTOTEXT), {path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

class TestSpanishReports final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    UsageReport m_report;

    QString render(ReportFormat format)
    {
        const Result<QByteArray> bytes = renderReport(m_report, format);
        if (!bytes)
            qWarning("%s", qPrintable(bytes.error().message));
        return bytes ? QString::fromUtf8(bytes.value()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(PD_PDFTOTEXT)), "pdftotext (poppler-utils) is needed");
        QCOMPARE(Translations::install(QStringLiteral("es")), QStringLiteral("es"));
        m_report = demoReport(); // after the install: the policy's texts in Spanish too
        QCOMPARE(m_report.policy.language, QStringLiteral("es"));
        QCOMPARE(spanishCount(16340), QStringLiteral("16.340")); // the demo member's item count
        QVERIFY(spanishGenerationDay().contains(u"noviembre"));
    }

    void cleanupTestCase() { Translations::install(QStringLiteral("en")); }

    void htmlIsSpanish()
    {
        const QString html = render(ReportFormat::Html);
        QVERIFY(html.startsWith(u"<!DOCTYPE html>\n<html lang=\"es\">"));
        for (const QString &expected :
             {QStringLiteral("Informe de entrenamiento de IA generativa de Alex Morgan"),
              QStringLiteral("<h2>Tus datos por categoría</h2>"),
              QStringLiteral("<h2>Tu exclusión y su historial</h2>"),
              QStringLiteral("<h2>Lo que este informe no puede saber</h2>"), QStringLiteral("Todas las categorías"),
              QStringLiteral("Publicaciones y contenido compartido"), QStringLiteral("Mensajes privados"),
              QStringLiteral("Derecho de oposición"), QStringLiteral("Datos para mejorar la IA generativa"),
              QStringLiteral("Generado por Privacy Dashboard"), spanishGenerationDay(),
              QStringLiteral("%1 elementos").arg(spanishCount(16340))})
            QVERIFY2(html.contains(expected), qPrintable(expected));
        for (const char *english : {"Your data by category", "What this report cannot know", "Posts and shares",
                                    "November 2026", "16,340", "Right to object"})
            QVERIFY2(!html.contains(QString::fromUtf8(english)), english);
    }

    void pdfIsSpanish()
    {
        ReportOptions options;
        options.paper = ReportOptions::Paper::A4;
        const QString file = m_dir.filePath(QStringLiteral("informe.pdf"));
        const Result<QStringList> written = writeReport(m_report, ReportFormat::Pdf, file, options);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        const QString text = pdfText(file);
        for (const QString &expected :
             {QStringLiteral("Informe de entrenamiento de IA generativa de Alex Morgan"),
              QStringLiteral("Tus datos por categoría"), QStringLiteral("Tu actividad a lo largo del tiempo"),
              QStringLiteral("Página 1 de"), QStringLiteral("Publicaciones y contenido compartido"),
              spanishGenerationDay(), spanishCount(16340)})
            QVERIFY2(text.contains(expected), qPrintable(expected + u'\n' + text.left(2000)));
        QVERIFY(!text.contains(u"Your data by category"));
        QVERIFY(!text.contains(u"Page 1 of"));
    }

    void letterIsSpanish()
    {
        const QString letter = render(ReportFormat::Letter);
        for (const QString &expected :
             {QStringLiteral("Asunto: Oposición al tratamiento de mis datos personales"),
              QString(QStringLiteral("Fecha: ") + spanishGenerationDay()), QStringLiteral("Me opongo al tratamiento"),
              QStringLiteral("Desactivé el ajuste «Datos para mejorar la IA generativa»"),
              QStringLiteral("- Publicaciones y contenido compartido: "), QStringLiteral("Atentamente,")})
            QVERIFY2(letter.contains(expected), qPrintable(expected + u'\n' + letter));
        QVERIFY(!letter.contains(u"Dear Data Protection Officer"));
    }

    // CSV: Spanish column names; the values stay machine values (ids, "used", true/false, ISO dates).
    void csvHeadersAreSpanishValuesAreNot()
    {
        const QStringList lines = render(ReportFormat::Csv).split(QStringLiteral("\r\n"));
        QVERIFY(lines.size() > 2);
        QVERIFY2(lines.first().startsWith(u"id_categoria,categoria,entrenamiento_ia,elementos,primera_actividad"),
                 qPrintable(lines.first()));
        QVERIFY2(lines.at(1).startsWith(u"profile,Perfil,used,"), qPrintable(lines.at(1)));
        // The as-of time stays ISO 8601 (a spreadsheet reads it in any language).
        const QRegularExpression iso(QStringLiteral(",\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z,"));
        QVERIFY2(iso.match(lines.at(1)).hasMatch(), qPrintable(lines.at(1)));
        const QString history = QString::fromUtf8(renderCsvHistory(m_report));
        QVERIFY2(history.startsWith(u"cambiado_el,excluido,canal,id_confirmacion,miembro,fecha_datos\r\n"),
                 qPrintable(history));
        QVERIFY2(history.contains(u",true,"), qPrintable(history));
    }

    // JSON: the same keys and machine values as in English; texts for people in Spanish, which the
    // schema allows (they are free strings); the digest still verifies.
    void jsonKeepsItsKeys()
    {
        const QJsonObject spanish = QJsonDocument::fromJson(render(ReportFormat::Json).toUtf8()).object();
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
        const UsageReport englishReport = demoReport();
        const Result<QByteArray> englishBytes = renderReport(englishReport, ReportFormat::Json);
        QCOMPARE(Translations::install(QStringLiteral("es")), QStringLiteral("es"));
        QVERIFY(englishBytes.ok());
        const QJsonObject english = QJsonDocument::fromJson(englishBytes.value()).object();
        QCOMPARE(spanish.keys(), english.keys());
        QCOMPARE(spanish.value(QStringLiteral("totals")), english.value(QStringLiteral("totals")));
        QCOMPARE(spanish.value(QStringLiteral("history")), english.value(QStringLiteral("history")));
        QCOMPARE(spanish.value(QStringLiteral("generatedAt")), english.value(QStringLiteral("generatedAt")));
        const QJsonArray es = spanish.value(QStringLiteral("categories")).toArray();
        const QJsonArray en = english.value(QStringLiteral("categories")).toArray();
        QCOMPARE(es.size(), en.size());
        for (qsizetype i = 0; i < es.size(); ++i) {
            QCOMPARE(es.at(i).toObject().keys(), en.at(i).toObject().keys());
            for (const char *key : {"id", "genAiTraining", "itemCount", "mayHaveBeenUsed", "exposedIfUsed"})
                QCOMPARE(es.at(i)[QLatin1String(key)], en.at(i)[QLatin1String(key)]);
        }
        QCOMPARE(es.at(0)[QLatin1String("label")].toString(), QStringLiteral("Perfil"));
        QCOMPARE(spanish.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Informe de entrenamiento de IA generativa de Alex Morgan"));
    }
};

QTEST_MAIN(TestSpanishReports)
#include "TestSpanishReports.moc"
