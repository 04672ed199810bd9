#include "ui/Theme.h"

namespace pd {

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

Theme::Card Theme::card(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const QColor text = dark ? QColor(0xf3, 0xf4, 0xf6) : QColor(0x11, 0x18, 0x27);
    switch (tone) {
    case Tone::Good:
        return dark ? Card{QColor(0x14, 0x2e, 0x1d), QColor(0x4a, 0xde, 0x80), text}
                    : Card{QColor(0xe8, 0xf5, 0xec), QColor(0x15, 0x80, 0x3d), text};
    case Tone::Warning:
        return dark ? Card{QColor(0x3a, 0x27, 0x0c), QColor(0xfb, 0xbf, 0x24), text}
                    : Card{QColor(0xfe, 0xf3, 0xe2), QColor(0xb4, 0x53, 0x09), text};
    case Tone::Danger:
        return dark ? Card{QColor(0x3b, 0x16, 0x16), QColor(0xf8, 0x71, 0x71), text}
                    : Card{QColor(0xfd, 0xec, 0xec), QColor(0xb9, 0x1c, 0x1c), text};
    case Tone::Neutral:
        break;
    }
    return dark ? Card{QColor(0x1b, 0x26, 0x3b), QColor(0x93, 0xc5, 0xfd), text}
                : Card{QColor(0xee, 0xf3, 0xfb), QColor(0x1d, 0x4e, 0xd8), text};
}

QColor Theme::mayHaveBeenUsed(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xfb, 0x92, 0x3c) : QColor(0xc2, 0x41, 0x0c);
}

QColor Theme::exposedIfUsed(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf0, 0xab, 0xfc) : QColor(0x9d, 0x2f, 0x86);
}

QColor Theme::notUsed(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x60, 0xa5, 0xfa) : QColor(0x1d, 0x6f, 0xb8);
}

QColor Theme::notTrainingCategory(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x9c, 0xa3, 0xaf) : QColor(0x6b, 0x72, 0x80);
}

QColor Theme::controlOutline(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x9c, 0xa3, 0xaf) : QColor(0x6b, 0x72, 0x80);
}

QString Theme::cardStyleSheet(Tone tone, const QPalette &palette, const QString &objectName)
{
    const Card colours = card(tone, palette);
    return QStringLiteral("QFrame#%4 { background-color: %1; border: 2px solid %2; border-radius: 6px; }"
                          " QFrame#%4 QLabel { color: %3; background: transparent; border: none; }")
        .arg(colours.background.name(), colours.border.name(), colours.text.name(), objectName);
}

QPalette Theme::darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xee, 0xee, 0xee);
    const QColor disabledText(0x9a, 0x9a, 0x9a);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x29, 0x2b, 0x2f));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x52));
    palette.setColor(QPalette::Midlight, QColor(0x3e, 0x40, 0x45));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x2a));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xf6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x93, 0xc5, 0xfd));
    palette.setColor(QPalette::LinkVisited, QColor(0xc4, 0xb5, 0xfd));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    return palette;
}

QPalette Theme::lightPalette()
{
    QPalette palette(QColor(0xef, 0xef, 0xef), QColor(0xf6, 0xf6, 0xf6));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x11, 0x18, 0x27));
    palette.setColor(QPalette::WindowText, QColor(0x11, 0x18, 0x27));
    palette.setColor(QPalette::ButtonText, QColor(0x11, 0x18, 0x27));
    palette.setColor(QPalette::Highlight, QColor(0x1d, 0x4e, 0xd8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x1d, 0x4e, 0xd8));
    return palette;
}

} // namespace pd
