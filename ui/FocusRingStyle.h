#pragma once

#include <QFocusFrame>
#include <QPointer>
#include <QProxyStyle>

namespace pd {

// The application's style on top of the platform's (Fusion on Linux): a focus ring that is
// always visible (2 px in the palette's highlight, or its highlighted text on a selected row)
// on every focusable widget, lists, tables and text views included, and outlines of radio buttons and check boxes
// that stand out 3:1 from the window in both palettes (Fusion's are about 1.15:1 in a dark
// palette). Installed once for the application by the main window.
class FocusRingStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    explicit FocusRingStyle(QStyle *base = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;

    void polish(QWidget *widget) override;
    void unpolish(QWidget *widget) override;
    using QProxyStyle::polish;
    using QProxyStyle::unpolish;
    bool eventFilter(QObject *watched, QEvent *event) override;

    // Makes it the application's style, over the current one, unless it is already.
    static void install();

private:
    QPointer<QFocusFrame> m_pageRing; // around the focused page, if one has the focus
};

} // namespace pd
