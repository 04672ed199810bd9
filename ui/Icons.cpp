#include "ui/Icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace pd {

QIcon Icons::icon(const QString &name, const QPalette &palette)
{
    // Rendering an icon at its six sizes costs ~1.5 M instructions and the pages ask for the same
    // few icons again and again (every state panel, every palette refresh): each name and colour
    // is rendered once. GUI thread only, as QPixmap is.
    // The cache goes with the application (its pixmaps must not outlive it).
    static QHash<QString, QIcon> *rendered = nullptr;
    if (!rendered) {
        rendered = new QHash<QString, QIcon>;
        qAddPostRoutine([] {
            delete rendered;
            rendered = nullptr;
        });
    }
    const QString colour = palette.color(QPalette::WindowText).name();
    const QString key = name + u'|' + colour;
    if (const auto it = rendered->constFind(key); it != rendered->constEnd())
        return *it;
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("currentColor", colour.toLatin1());
    QSvgRenderer renderer(svg);
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    rendered->insert(key, icon);
    return icon;
}

QIcon Icons::icon(const QString &name)
{
    return icon(name, QApplication::palette());
}

QIcon Icons::appIcon()
{
    return icon(QStringLiteral("privacy-dashboard"));
}

} // namespace pd
