#pragma once

#include <QIcon>
#include <QString>

class QPalette;

namespace pd {

// The dashboard's own SVG icons (resources/icons/). Line icons are drawn in `currentColor`,
// which is replaced by the palette's text colour, so they keep their contrast in light and
// dark palettes; status icons carry their own colours.
class Icons final
{
public:
    static QIcon icon(const QString &name, const QPalette &palette);
    static QIcon icon(const QString &name); // with the application palette
    static QIcon appIcon();
};

} // namespace pd
