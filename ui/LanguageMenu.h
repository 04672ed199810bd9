#pragma once

#include <QMenu>

namespace pd {

// View › Language: "System language" and every language the app carries (Translations). The
// choice is kept in Settings (Key::Language) and applies from the next start, which the menu says
// in the chosen language; the pages are not retranslated in place.
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

Q_SIGNALS:
    void languageChosen(const QString &code);
};

} // namespace pd
