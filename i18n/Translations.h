#pragma once

#include <QLocale>
#include <QStringList>

namespace pd {

// The app's language: installs the embedded translation (:/i18n/privacy-dashboard_<lang>.qm) and
// Qt's own (standard buttons) for the member's choice, or for the system's languages when there
// is none, and makes that locale the default so dates and numbers follow it. English is the
// source language and needs no file. Owns the translators it installs (replaced on each call).
class Translations final
{
public:
    // "en" plus every embedded language whose translation holds strings, e.g. {"en", "es"}.
    static QStringList available();
    // Installs the language `code` ("es"; empty: the system's). Returns the language in use.
    static QString install(const QString &code);
    // The language's own name, capitalised: "English", "Español".
    static QString nativeName(const QString &code);
};

} // namespace pd
