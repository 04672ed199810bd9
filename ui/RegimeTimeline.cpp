#include "RegimeTimeline.h"

#include "Theme.h"
#include "UiText.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace pd {

namespace {
constexpr int RowHeight = 34;
constexpr int AxisHeight = 44;
constexpr int Margin = 12;
} // namespace

RegimeTimeline::RegimeTimeline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void RegimeTimeline::setData(const QList<Span> &spans, const QDate &today, const std::optional<QDate> &optedOutOn)
{
    m_spans = spans;
    m_today = today;
    m_optedOutOn = optedOutOn;
    QStringList words;
    for (const Span &span : spans)
        words.append(span.to ? tr("%1, from %2 to %3").arg(span.label, UiText::date(span.from), UiText::date(*span.to))
                             : tr("%1, from %2, still in force").arg(span.label, UiText::date(span.from)));
    setAccessibleDescription(words.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

QSize RegimeTimeline::sizeHint() const
{
    return {640, minimumSizeHint().height()};
}

QSize RegimeTimeline::minimumSizeHint() const
{
    return {320, Margin * 2 + AxisHeight + int(std::max<qsizetype>(1, m_spans.size())) * RowHeight};
}

void RegimeTimeline::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    painter.fillRect(rect(), pal.color(QPalette::Base));
    if (m_spans.isEmpty()) {
        painter.setPen(text);
        painter.drawText(rect(), Qt::AlignCenter, tr("No regime applies to your region."));
        return;
    }

    QDate start = m_spans.first().from;
    QDate end = m_today;
    for (const Span &span : std::as_const(m_spans)) {
        start = std::min(start, span.from);
        end = std::max(end, span.to.value_or(span.from));
    }
    start = QDate(start.year(), 1, 1);
    end = QDate(end.year() + 1, 1, 1);
    const QRectF plot = QRectF(rect()).adjusted(Margin, Margin, -Margin, -Margin - AxisHeight);
    const qreal days = qreal(start.daysTo(end));
    auto xOf = [&](const QDate &day) { return plot.left() + plot.width() * qreal(start.daysTo(day)) / days; };

    // Years on the axis.
    painter.setPen(text);
    const qreal axisY = plot.bottom() + 6;
    painter.drawLine(QPointF(plot.left(), axisY), QPointF(plot.right(), axisY));
    for (int year = start.year(); year <= end.year(); ++year) {
        const qreal x = xOf(QDate(year, 1, 1));
        painter.drawLine(QPointF(x, axisY - 3), QPointF(x, axisY + 3));
        if (year < end.year())
            painter.drawText(QRectF(x, axisY + 4, xOf(QDate(year + 1, 1, 1)) - x, 18), Qt::AlignCenter,
                             QString::number(year));
    }

    auto drawMarker = [&](const QDate &day, const QString &label, Qt::PenStyle style) {
        const qreal x = xOf(day);
        painter.setPen(QPen(text, 2, style));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, axisY));
        painter.setPen(text);
        const QFontMetrics metrics(font());
        const qreal width = metrics.horizontalAdvance(label) + 4;
        const qreal labelX = std::clamp(x - width / 2, qreal(rect().left()), rect().right() - width);
        painter.drawText(QRectF(labelX, axisY + 20, width, 18), Qt::AlignCenter, label);
    };
    drawMarker(m_today, tr("Today"), Qt::SolidLine);
    if (m_optedOutOn)
        drawMarker(*m_optedOutOn, tr("You opted out %1").arg(UiText::date(*m_optedOutOn)), Qt::DashLine);

    const QColor barColour = Theme::card(Theme::Tone::Warning, pal).background;
    const QColor barBorder = Theme::card(Theme::Tone::Warning, pal).border;
    for (int row = 0; row < m_spans.size(); ++row) {
        const Span &span = m_spans.at(row);
        const qreal top = plot.top() + row * RowHeight + 4;
        const qreal left = xOf(span.from);
        const qreal right = span.to ? xOf(*span.to) : plot.right();
        QPainterPath bar;
        bar.addRoundedRect(QRectF(left, top, std::max<qreal>(4, right - left), RowHeight - 8), 4, 4);
        painter.setPen(QPen(barBorder, 1.5));
        painter.setBrush(barColour);
        painter.drawPath(bar);
        const QString words = span.to
                                  ? tr("%1: %2 – %3").arg(span.label, UiText::date(span.from), UiText::date(*span.to))
                                  : tr("%1: from %2 →").arg(span.label, UiText::date(span.from));
        painter.setPen(Theme::card(Theme::Tone::Warning, pal).text);
        const QRectF textRect(left + 6, top, std::max<qreal>(right - left - 12, 0), RowHeight - 8);
        const QFontMetrics metrics(font());
        if (metrics.horizontalAdvance(words) <= textRect.width()) {
            painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, words);
        } else {
            // Too narrow: write the words before the bar instead.
            painter.setPen(text);
            painter.drawText(QRectF(plot.left(), top, left - plot.left() - 6, RowHeight - 8),
                             Qt::AlignVCenter | Qt::AlignRight, words);
        }
    }
}

} // namespace pd
