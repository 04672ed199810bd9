#include "ui/RegimeTimeline.h"

#include "ui/Theme.h"
#include "ui/UiText.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace pd {

namespace {
constexpr int BarHeight = 16;
constexpr int Margin = 12;

// A regime's row: up to two lines of label above its bar.
int rowHeight(const QFontMetrics &metrics)
{
    return 2 * metrics.height() + BarHeight + 10;
}

// The year labels, then one line for each dated marker (today, the opt-out), so they never
// overlap however close the dates are.
int axisHeight(const QFontMetrics &metrics)
{
    return 12 + 3 * metrics.height();
}
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
    const QFontMetrics metrics(font());
    return {320, Margin * 2 + axisHeight(metrics) + int(std::max<qsizetype>(1, m_spans.size())) * rowHeight(metrics)};
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
    // Today and the opt-out are on the axis too (a data export can predate every regime).
    if (m_today.isValid())
        start = std::min(start, m_today);
    if (m_optedOutOn)
        start = std::min(start, *m_optedOutOn);
    start = QDate(start.year(), 1, 1);
    end = QDate(end.year() + 1, 1, 1);
    const QFontMetrics metrics(font());
    const qreal line = metrics.height();
    const QRectF plot = QRectF(rect()).adjusted(Margin, Margin, -Margin, -Margin - axisHeight(metrics));
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
            painter.drawText(QRectF(x, axisY + 4, xOf(QDate(year + 1, 1, 1)) - x, line), Qt::AlignCenter,
                             QString::number(year));
    }

    auto drawMarker = [&](const QDate &day, const QString &label, Qt::PenStyle style, int labelLine) {
        const qreal x = xOf(day);
        const qreal labelY = axisY + 6 + line * labelLine;
        painter.setPen(QPen(text, 2, style));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, labelY));
        painter.setPen(text);
        const qreal width = metrics.horizontalAdvance(label) + 4;
        const qreal labelX = std::clamp(x - width / 2, qreal(rect().left()), rect().right() - width);
        painter.fillRect(QRectF(labelX, labelY, width, line), pal.color(QPalette::Base));
        painter.drawText(QRectF(labelX, labelY, width, line), Qt::AlignCenter, label);
    };
    drawMarker(m_today, tr("Today"), Qt::SolidLine, 1);
    if (m_optedOutOn)
        drawMarker(*m_optedOutOn, tr("You opted out %1").arg(UiText::date(*m_optedOutOn)), Qt::DashLine, 2);

    const QColor barColour = Theme::card(Theme::Tone::Warning, pal).background;
    const QColor barBorder = Theme::card(Theme::Tone::Warning, pal).border;
    // Each regime: its words on up to two lines above its bar, starting where the bar starts
    // but moved left as far as needed to stay inside the widget (never cut at either edge).
    const int rowH = rowHeight(metrics);
    for (int row = 0; row < m_spans.size(); ++row) {
        const Span &span = m_spans.at(row);
        const qreal top = plot.top() + row * rowH;
        const qreal left = xOf(span.from);
        const qreal right = span.to ? xOf(*span.to) : plot.right();
        const QString words = span.to
                                  ? tr("%1: %2 – %3").arg(span.label, UiText::date(span.from), UiText::date(*span.to))
                                  : tr("%1: from %2 →").arg(span.label, UiText::date(span.from));
        const qreal textWidth = std::min<qreal>(metrics.horizontalAdvance(words) + 2, plot.width());
        const qreal textLeft = std::clamp(left, plot.left(), plot.right() - textWidth);
        // On a patch of the background, so the date lines pass behind the words, not through them.
        const QRectF textRect(textLeft, top, textWidth, 2 * line);
        const int flags = Qt::AlignBottom | Qt::AlignLeft | Qt::TextWordWrap;
        painter.fillRect(painter.boundingRect(textRect, flags, words), pal.color(QPalette::Base));
        painter.setPen(text);
        painter.drawText(textRect, flags, words);
        QPainterPath bar;
        bar.addRoundedRect(QRectF(left, top + 2 * line + 4, std::max<qreal>(4, right - left), BarHeight), 4, 4);
        painter.setPen(QPen(barBorder, 1.5));
        painter.setBrush(barColour);
        painter.drawPath(bar);
    }
}

} // namespace pd
