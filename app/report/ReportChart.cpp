#include "report/ReportChart.h"
#include "core/MemberText.h"

#include "report/ReportHtml.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QRectF>

#include <algorithm>
#include <cmath>

namespace pd {

namespace {

// Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
const QColor UsedColor(0xD5, 0x5E, 0x00);
const QColor ExposedIfUsedColor(0xCC, 0x79, 0xA7);
const QColor NotUsedColor(0x00, 0x72, 0xB2);
const QColor NotTrainingColor(0xAA, 0xAA, 0xAA);
const QColor MarkerColor(0x22, 0x22, 0x22);

qint64 niceStep(qint64 max)
{
    // A step of 1, 2 or 5 times a power of ten giving at most five grid lines.
    const double raw = std::max<double>(1.0, double(max) / 4.0);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= raw)
            return std::max<qint64>(1, qint64(factor * power));
    }
    return qint64(10 * power);
}

int monthsBetween(const QDate &from, const QDate &to)
{
    return (to.year() - from.year()) * 12 + (to.month() - from.month());
}

QString svgNumber(double value)
{
    return QString::number(value, 'f', 1);
}

// One legend for both renderings; the "not said either way" series is labelled in the
// member's own words so it is never read as part of "may have been used".
QList<std::pair<QColor, QString>> legendEntries()
{
    return {{UsedColor, mayHaveBeenUsedWords()},
            {ExposedIfUsedColor, exposedIfUsedWords()},
            {NotUsedColor, QCoreApplication::translate("pd::ReportChart", "not used")},
            {NotTrainingColor, QCoreApplication::translate("pd::ReportChart", "not a training category")}};
}

} // namespace

// Where things go inside a rectangle; shared by the SVG and the painter.
struct ReportChart::Layout {
    QRectF plot;
    double barWidth = 0;
    double x(double months) const { return plot.left() + months * barWidth; }

    // Calls segment(rect, colour) for every stacked part of every month's bar, bottom up
    // (not-a-training-category, not used, not said either way, may have been used), and
    // yearStart(x, year) under
    // the first month and each January.
    template <typename Segment, typename YearStart>
    void forEachBar(const QList<MonthlyActivity> &months, qint64 yMax, Segment &&segment, YearStart &&yearStart) const
    {
        for (qsizetype i = 0; i < months.size(); ++i) {
            const MonthlyActivity &month = months.at(i);
            double base = plot.bottom();
            const double left = x(double(i)) + barWidth * 0.1;
            for (const auto &[value, colour] :
                 {std::pair{month.notTrainingCategory, NotTrainingColor}, std::pair{month.notUsed, NotUsedColor},
                  std::pair{month.exposedIfUsed, ExposedIfUsedColor}, std::pair{month.mayHaveBeenUsed, UsedColor}}) {
                if (value <= 0)
                    continue;
                const double height = plot.height() * double(value) / double(yMax);
                base -= height;
                segment(QRectF(left, base, barWidth * 0.8, height), colour);
            }
            if (month.month.month() == 1 || i == 0)
                yearStart(x(double(i)), month.month.year());
        }
    }
};

ReportChart::ReportChart(const UsageReport &report)
{
    if (report.summary.monthly.isEmpty())
        return;
    const QDate first = report.summary.monthly.first().month;
    const QDate last = report.summary.monthly.last().month;
    qsizetype next = 0;
    for (QDate month = first; month <= last; month = month.addMonths(1)) {
        if (next < report.summary.monthly.size() && report.summary.monthly.at(next).month == month) {
            m_months.append(report.summary.monthly.at(next++));
        } else {
            MonthlyActivity empty;
            empty.month = month;
            m_months.append(empty);
        }
    }
    for (const MonthlyActivity &month : std::as_const(m_months))
        m_yMax = std::max(m_yMax, month.total());
    m_yStep = niceStep(m_yMax);
    m_yMax = std::max<qint64>(m_yStep, ((m_yMax + m_yStep - 1) / m_yStep) * m_yStep);

    for (const OptOutChange &change : report.summary.history) {
        const QDate day = change.at.toUTC().date();
        const QDate month(day.year(), day.month(), 1);
        if (month < first || month > last)
            continue;
        const double position = monthsBetween(first, month) + double(day.day() - 1) / day.daysInMonth();
        m_markers.append(
            {position, change.optedOut
                           ? QCoreApplication::translate("pd::ReportChart", "opted out %1").arg(MemberText::date(day))
                           : QCoreApplication::translate("pd::ReportChart", "opted in %1").arg(MemberText::date(day))});
    }
}

QString ReportChart::description() const
{
    if (m_months.isEmpty())
        return QCoreApplication::translate("pd::ReportChart", "No dated items.");
    qint64 used = 0;
    qint64 exposedIfUsed = 0;
    qint64 notUsed = 0;
    qint64 other = 0;
    for (const MonthlyActivity &month : m_months) {
        used += month.mayHaveBeenUsed;
        exposedIfUsed += month.exposedIfUsed;
        notUsed += month.notUsed;
        other += month.notTrainingCategory;
    }
    return QCoreApplication::translate("pd::ReportChart",
                                       "Dated items per month from %1 to %2: %3 %4; %5 %6 (shown apart, not counted "
                                       "as used); %7 not used; %8 in categories not used for training.")
        .arg(MemberText::month(m_months.first().month), MemberText::month(m_months.last().month),
             MemberText::count(used), mayHaveBeenUsedWords(), MemberText::count(exposedIfUsed), exposedIfUsedWords(),
             MemberText::count(notUsed), MemberText::count(other));
}

QString ReportChart::svg(int width, int height) const
{
    Layout layout;
    layout.plot = QRectF(48, 28, width - 60, height - 64);
    layout.barWidth = layout.plot.width() / std::max<qsizetype>(1, m_months.size());
    const auto y = [&](qint64 value) -> double {
        return layout.plot.bottom() - layout.plot.height() * double(value) / double(m_yMax);
    };

    QString out = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" width=\"100%\" "
                                 "role=\"img\" aria-label=\"%3\">")
                      .arg(width)
                      .arg(height)
                      .arg(ReportHtml::escape(description()));
    out += QStringLiteral("<g font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\" fill=\"#333\">");
    // Legend.
    const QList<std::pair<QColor, QString>> legend = legendEntries();
    double legendX = layout.plot.left();
    for (const auto &[color, label] : legend) {
        out += QStringLiteral("<rect x=\"%1\" y=\"6\" width=\"12\" height=\"12\" fill=\"%2\"/>")
                   .arg(svgNumber(legendX), color.name());
        out += QStringLiteral("<text x=\"%1\" y=\"16\">%2</text>").arg(svgNumber(legendX + 16), label);
        legendX += 30 + 7 * label.size();
    }
    // Grid and y labels.
    for (qint64 value = 0; value <= m_yMax; value += m_yStep) {
        out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#ddd\"/>")
                   .arg(svgNumber(layout.plot.left()), svgNumber(y(value)), svgNumber(layout.plot.right()));
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>")
                   .arg(svgNumber(layout.plot.left() - 6), svgNumber(y(value) + 4), MemberText::count(value));
    }
    // Bars.
    layout.forEachBar(
        m_months, m_yMax,
        [&out](const QRectF &bar, const QColor &colour) {
            out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>")
                       .arg(svgNumber(bar.x()), svgNumber(bar.y()), svgNumber(bar.width()), svgNumber(bar.height()),
                            colour.name());
        },
        [&out, &layout](double x, int year) {
            out += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>")
                       .arg(svgNumber(x), svgNumber(layout.plot.bottom() + 16))
                       .arg(year);
        });
    out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#333\"/>")
               .arg(svgNumber(layout.plot.left()), svgNumber(layout.plot.bottom()), svgNumber(layout.plot.right()));
    // Opt-out changes.
    for (const Marker &marker : m_markers) {
        const double x = layout.x(marker.position);
        out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#222\" "
                              "stroke-dasharray=\"4 3\"/>")
                   .arg(svgNumber(x), svgNumber(layout.plot.top()), svgNumber(layout.plot.bottom() + 24));
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>")
                   .arg(svgNumber(x - 3), svgNumber(layout.plot.bottom() + 32), ReportHtml::escape(marker.label));
    }
    out += QStringLiteral("</g></svg>");
    return out;
}

void ReportChart::paint(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    QFont font = painter->font();
    font.setPointSizeF(7.5);
    font.setStyleStrategy(QFont::PreferNoShaping);
    painter->setFont(font);
    const QFontMetricsF metrics(font, painter->device());
    const double line = metrics.height();

    Layout layout;
    const double yLabelWidth = metrics.horizontalAdvance(MemberText::count(m_yMax)) + line * 0.5;
    layout.plot = QRectF(rect.left() + yLabelWidth, rect.top() + line * 1.6, rect.width() - yLabelWidth,
                         rect.height() - line * 4.2);
    layout.barWidth = layout.plot.width() / std::max<qsizetype>(1, m_months.size());
    const auto y = [&](qint64 value) -> double {
        return layout.plot.bottom() - layout.plot.height() * double(value) / double(m_yMax);
    };

    const QList<std::pair<QColor, QString>> legend = legendEntries();
    double legendX = layout.plot.left();
    for (const auto &[color, label] : legend) {
        painter->fillRect(QRectF(legendX, rect.top(), line * 0.8, line * 0.8), color);
        painter->setPen(QColor(0x33, 0x33, 0x33));
        painter->drawText(QPointF(legendX + line, rect.top() + line * 0.75), label);
        legendX += line * 2 + metrics.horizontalAdvance(label);
    }
    const double thin = std::max(1.0, line / 20.0);
    for (qint64 value = 0; value <= m_yMax; value += m_yStep) {
        painter->setPen(QPen(QColor(0xDD, 0xDD, 0xDD), thin));
        painter->drawLine(QPointF(layout.plot.left(), y(value)), QPointF(layout.plot.right(), y(value)));
        painter->setPen(QColor(0x33, 0x33, 0x33));
        const QString label = MemberText::count(value);
        painter->drawText(QPointF(layout.plot.left() - metrics.horizontalAdvance(label) - line * 0.3,
                                  y(value) + metrics.ascent() / 2.5),
                          label);
    }
    layout.forEachBar(
        m_months, m_yMax, [painter](const QRectF &bar, const QColor &colour) { painter->fillRect(bar, colour); },
        [&](double x, int year) {
            painter->setPen(QColor(0x33, 0x33, 0x33));
            painter->drawText(QPointF(x, layout.plot.bottom() + line * 1.1), QString::number(year));
        });
    painter->setPen(QPen(QColor(0x33, 0x33, 0x33), thin));
    painter->drawLine(layout.plot.bottomLeft(), layout.plot.bottomRight());
    for (const Marker &marker : m_markers) {
        const double x = layout.x(marker.position);
        QPen pen(MarkerColor, thin * 1.5, Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(QPointF(x, layout.plot.top()), QPointF(x, layout.plot.bottom() + line * 1.6));
        painter->setPen(MarkerColor);
        painter->drawText(
            QPointF(x - metrics.horizontalAdvance(marker.label) - line * 0.2, layout.plot.bottom() + line * 2.4),
            marker.label);
    }
    painter->restore();
}

} // namespace pd
