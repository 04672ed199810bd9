#include "ToggleSwitch.h"

#include <QPainter>
#include <QStyleOptionFocusRect>

namespace pd {

ToggleSwitch::ToggleSwitch(QWidget *parent)
    : QAbstractButton(parent)
{
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QSize ToggleSwitch::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int textWidth = std::max(metrics.horizontalAdvance(tr("On")), metrics.horizontalAdvance(tr("Off")));
    const int height = std::max(28, metrics.height() + 10);
    return {textWidth + height + 22, height};
}

void ToggleSwitch::nextCheckState()
{
    // Deliberately empty: the owner sets the state after the server confirmed it.
}

void ToggleSwitch::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF track = QRectF(rect()).adjusted(2, 2, -2, -2);
    const qreal radius = track.height() / 2;

    // Fixed dark tracks so the white words on them keep >= 4.5:1 in light and dark palettes;
    // the outline in the text colour keeps the track itself visible on any window colour.
    QColor trackColour = isChecked() ? QColor(0xc2, 0x41, 0x0c) : QColor(0x4b, 0x55, 0x63);
    QColor knobColour = QColor(Qt::white);
    if (!isEnabled()) {
        trackColour = pal.color(QPalette::Disabled, QPalette::Button);
        knobColour = pal.color(QPalette::Disabled, QPalette::Window);
    }
    painter.setPen(QPen(pal.color(QPalette::WindowText), 1));
    painter.setBrush(trackColour);
    painter.drawRoundedRect(track, radius, radius);

    const qreal knobSize = track.height() - 6;
    const qreal knobX = isChecked() ? track.right() - 3 - knobSize : track.left() + 3;
    const QRectF knob(knobX, track.top() + 3, knobSize, knobSize);
    painter.setBrush(knobColour);
    painter.drawEllipse(knob);

    // The state in words on the free side of the track; white on these tracks is >= 4.5:1.
    QRectF textRect = track;
    if (isChecked())
        textRect.setRight(knob.left());
    else
        textRect.setLeft(knob.right());
    painter.setPen(isEnabled() ? QColor(Qt::white) : pal.color(QPalette::Disabled, QPalette::WindowText));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(textRect, Qt::AlignCenter, isChecked() ? tr("On") : tr("Off"));

    if (hasFocus()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), radius + 1, radius + 1);
    }
}

} // namespace pd
