#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace pd {

namespace {

const QString Prefix = QStringLiteral(":/i18n");
const QString Name = QStringLiteral("privacy-dashboard");

std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void remove(std::unique_ptr<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
}

} // namespace

QStringList Translations::available()
{
    QStringList codes{QStringLiteral("en")};
    const QStringList files = QDir(Prefix).entryList({Name + QStringLiteral("_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(Name.size() + 1).chopped(3);
        QTranslator probe;
        if (code != u"en" && probe.load(file, Prefix) && !probe.isEmpty())
            codes.append(code);
    }
    return codes;
}

QString Translations::install(const QString &code)
{
    remove(appTranslator());
    remove(qtTranslator());
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);

    auto translator = std::make_unique<QTranslator>();
    // For the system's locale, load() walks its UI languages in order (es_ES, es, ...).
    if (!translator->load(locale, Name, QStringLiteral("_"), Prefix) || translator->isEmpty())
        return QStringLiteral("en");
    QCoreApplication::installTranslator(translator.get());
    const QString language = translator->language().section(u'_', 0, 0);
    appTranslator() = std::move(translator);

    auto qt = std::make_unique<QTranslator>(); // qt6-translations-l10n; absent: Qt's strings stay English
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    return language.isEmpty() ? locale.name().section(u'_', 0, 0) : language;
}

QString Translations::nativeName(const QString &code)
{
    // CLDR names a language with its main country ("español de España"); the menu wants the language.
    static const QHash<QString, QString> names{{QStringLiteral("en"), QStringLiteral("English")},
                                               {QStringLiteral("es"), QStringLiteral("Español")},
                                               {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                               {QStringLiteral("fr"), QStringLiteral("Français")}};
    if (names.contains(code))
        return names.value(code);
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

} // namespace pd
