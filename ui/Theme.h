#pragma once

#include <QColor>
#include <QPalette>

namespace pd {

// The few colours the dashboard adds to the system palette, chosen per light or dark palette
// so that text on them meets WCAG AA (4.5:1) and graphics 3:1. Colour is never the only
// signal: every tone comes with an icon and words.
class Theme final
{
public:
    enum class Tone {
        Neutral,
        Good,    // training off, item not used
        Warning, // training on, items may have been used
        Danger,  // an error
    };
    struct Card {
        QColor background;
        QColor border;
        QColor text;
    };

    static bool isDark(const QPalette &palette);
    static Card card(Tone tone, const QPalette &palette);
    // Chart and table series: may have been used / in categories the platform has not said
    // either way / not used / not a training category.
    static QColor mayHaveBeenUsed(const QPalette &palette);
    static QColor exposedIfUsed(const QPalette &palette);
    static QColor notUsed(const QPalette &palette);
    static QColor notTrainingCategory(const QPalette &palette);
    // The outline of radio buttons and check boxes, 3:1 against the window.
    static QColor controlOutline(const QPalette &palette);
    // A style sheet for the QFrame named objectName (background, border, its labels' text).
    static QString cardStyleSheet(Tone tone, const QPalette &palette, const QString &objectName);

    // --color-scheme dark|light for reviewing screenshots: a palette of Qt's Fusion style.
    static QPalette darkPalette();
    static QPalette lightPalette();
};

} // namespace pd
