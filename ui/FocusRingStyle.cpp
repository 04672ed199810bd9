#include "ui/FocusRingStyle.h"

#include "ui/Theme.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QEvent>
#include <QFocusFrame>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace pd {

FocusRingStyle::FocusRingStyle(QStyle *base)
    : QProxyStyle(base)
{}

void FocusRingStyle::install()
{
    if (qobject_cast<FocusRingStyle *>(QApplication::style()))
        return;
    QApplication::setStyle(new FocusRingStyle(QStyleFactory::create(QApplication::style()->name())));
}

void FocusRingStyle::polish(QWidget *widget)
{
    QProxyStyle::polish(widget);
    if (qobject_cast<QAbstractScrollArea *>(widget))
        widget->installEventFilter(this);
}

void FocusRingStyle::unpolish(QWidget *widget)
{
    if (qobject_cast<QAbstractScrollArea *>(widget))
        widget->removeEventFilter(this);
    QProxyStyle::unpolish(widget);
}

// The frame of a list, table or text view is painted by the view, which does not repaint it on
// focus changes.
bool FocusRingStyle::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        if (auto *view = qobject_cast<QAbstractScrollArea *>(watched)) {
            view->update();
            // A frameless scroll area (a page) has no frame to draw on; its viewport covers all
            // of it. A QFocusFrame draws the ring just around it instead.
            if (view->frameWidth() == 0) {
                if (event->type() == QEvent::FocusIn) {
                    if (!m_pageRing)
                        m_pageRing = new QFocusFrame(view);
                    m_pageRing->setObjectName(QStringLiteral("pageFocusRing"));
                    m_pageRing->setWidget(view);
                } else if (m_pageRing && m_pageRing->widget() == view) {
                    m_pageRing->setWidget(nullptr);
                }
            }
        }
    }
    return QProxyStyle::eventFilter(watched, event);
}

void FocusRingStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                   const QWidget *widget) const
{
    if (element == PE_FrameFocusRect) {
        // Fusion draws it only after a key press and at 16 % opacity; ours is always there.
        QColor ring = option->palette.color(QPalette::Highlight);
        if (const auto *focus = qstyleoption_cast<const QStyleOptionFocusRect *>(option);
            focus && focus->backgroundColor == option->palette.color(QPalette::Highlight))
            ring = option->palette.color(QPalette::HighlightedText); // on a selected row
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(ring, 2));
        painter->drawRect(QRectF(option->rect).adjusted(1, 1, -1, -1));
        painter->restore();
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element == PE_IndicatorRadioButton || element == PE_IndicatorCheckBox) {
        // An outline the member can see against the window in both palettes (WCAG 1.4.11).
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(Theme::controlOutline(option->palette), 1.2));
        const QRectF box = QRectF(option->rect).adjusted(0.6, 0.6, -0.6, -0.6);
        if (element == PE_IndicatorRadioButton)
            painter->drawEllipse(box);
        else
            painter->drawRoundedRect(box, 2, 2);
        painter->restore();
    }
}

int FocusRingStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    if (metric == PM_FocusFrameHMargin || metric == PM_FocusFrameVMargin)
        return 2; // the page's ring, just outside it
    return QProxyStyle::pixelMetric(metric, option, widget);
}

void FocusRingStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                 const QWidget *widget) const
{
    if (element == CE_FocusFrame) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(option->palette.color(QPalette::Highlight), 2));
        painter->drawRect(QRectF(option->rect).adjusted(1, 1, -1, -1));
        painter->restore();
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
    // A focused list, table or text view: its whole frame shows the ring too, also when no row is
    // current (a frameless scroll area, such as a page, has no frame to show it on).
    const auto *area = qobject_cast<const QAbstractScrollArea *>(widget);
    if (element == CE_ShapedFrame && area && area->hasFocus() && area->frameWidth() > 0) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(option->palette.color(QPalette::Highlight), 2));
        painter->drawRect(QRectF(option->rect).adjusted(1, 1, -1, -1));
        painter->restore();
    }
}

} // namespace pd
