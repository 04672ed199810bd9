#include "ui/LanguageMenu.h"

#include "i18n/Translations.h"
#include "ui/MessageBox.h"
#include "ui/Settings.h"

#include <QActionGroup>

namespace pd {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("menuLanguage"));
    auto *group = new QActionGroup(this);
    const QString current = Settings::value(Settings::Key::Language).toString();
    const auto add = [&](const QString &code, const QString &text) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
    };
    add(QString(), tr("System language"));
    addSeparator();
    for (const QString &code : Translations::available())
        add(code, Translations::nativeName(code));
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        Settings::setValue(Settings::Key::Language, code);
        Translations::install(code); // so the note below is already in the chosen language
        MessageBox::information(parentWidget(), tr("Language"),
                                tr("The language changes when you next start Privacy Dashboard."));
        Q_EMIT languageChosen(code);
    });
}

} // namespace pd
