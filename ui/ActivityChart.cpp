#include "ui/ActivityChart.h"

#include "core/MemberText.h"
#include "ui/Theme.h"
#include "ui/UiText.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMap>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace pd {

namespace {

// Time on the x axis in fractional years, so the axis ticks fall exactly on 1 January.
qreal yearsOf(const QDate &day)
{
    return day.year() + (day.dayOfYear() - 1) / qreal(day.daysInYear());
}

// Leading years holding less than this share of all items are outliers: summarised, not drawn.
constexpr qint64 OutlierShare = 200; // 0.5 %

} // namespace

// The chart's view, which draws the date markers over the plot: a line per marker and a
// numbered badge at its top, stacked in rows where badges would touch.
class ActivityChartView final : public QChartView
{
public:
    ActivityChartView(QChart *chart, QWidget *parent)
        : QChartView(chart, parent)
    {}

    QList<ActivityChart::Marker> markers;
    // The month and band under a point, and what a click there does (set by ActivityChart).
    std::function<std::pair<QDate, int>(const QPointF &)> hit;
    std::function<void(const QDate &, int)> clicked;
    std::function<QString(const QDate &, int)> describe;
    qreal firstX = 0;
    qreal lastX = 0;

    // The badges in the chart's coordinates, one per marker (empty when out of range).
    QList<QRectF> badges() const
    {
        QList<QRectF> result;
        const QRectF plot = chart()->plotArea();
        const QFontMetricsF metrics(font());
        const qreal size = metrics.height() + 6;
        QList<qreal> rowEnds; // the right edge of the last badge in each row
        for (const ActivityChart::Marker &marker : markers) {
            const qreal x = yearsOf(marker.day);
            if (!marker.day.isValid() || x < firstX || x > lastX || plot.isEmpty()) {
                result.append(QRectF());
                continue;
            }
            const qreal px = chart()->mapToPosition(QPointF(x, 0)).x();
            const qreal left = std::clamp(px - size / 2, plot.left(), plot.right() - size);
            int row = 0;
            while (row < rowEnds.size() && rowEnds.at(row) + 2 > left)
                ++row;
            if (row == rowEnds.size())
                rowEnds.append(0);
            rowEnds[row] = left + size;
            result.append(QRectF(left, plot.top() + 2 + row * (size + 2), size, size));
        }
        return result;
    }

protected:
    // A month of the chart is a link to its items: the hand cursor and a tooltip over it.
    void mouseMoveEvent(QMouseEvent *event) override
    {
        QChartView::mouseMoveEvent(event);
        const auto [month, band] = hit ? hit(event->position()) : std::pair<QDate, int>();
        if (month.isValid()) {
            viewport()->setCursor(Qt::PointingHandCursor);
            QToolTip::showText(event->globalPosition().toPoint(), describe(month, band), this);
        } else {
            viewport()->unsetCursor();
            QToolTip::hideText();
        }
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QChartView::mouseReleaseEvent(event);
        if (event->button() != Qt::LeftButton || !hit)
            return;
        const auto [month, band] = hit(event->position());
        if (month.isValid() && clicked)
            clicked(month, band);
    }

    void drawForeground(QPainter *painter, const QRectF &rect) override
    {
        QChartView::drawForeground(painter, rect);
        const QList<QRectF> rects = badges();
        const QPalette pal = palette();
        const QColor text = pal.color(QPalette::WindowText);
        const QRectF plot = chart()->mapRectToScene(chart()->plotArea());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setFont(font());
        for (qsizetype i = 0; i < rects.size(); ++i) {
            if (rects.at(i).isEmpty())
                continue;
            const QRectF badge = chart()->mapRectToScene(rects.at(i));
            const qreal x = chart()->mapToScene(chart()->mapToPosition(QPointF(yearsOf(markers.at(i).day), 0))).x();
            painter->setPen(QPen(text, 2, markers.at(i).dashed ? Qt::DashLine : Qt::DotLine));
            painter->drawLine(QPointF(x, badge.bottom()), QPointF(x, plot.bottom()));
            painter->setPen(QPen(text, 1.5));
            painter->setBrush(pal.color(QPalette::Base));
            painter->drawEllipse(badge);
            painter->drawText(badge, Qt::AlignCenter, QString::number(i + 1));
        }
        painter->restore();
    }
};

ActivityChart::ActivityChart(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new ActivityChartView(new QChart, this);
    m_view->setObjectName(QStringLiteral("activityChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 280);
    m_view->setAccessibleName(tr("Chart of your activity per month"));
    m_view->setAccessibleDescription(tr("Items per month that may have been used for AI training, items %1 that "
                                        "existed while training was allowed, items that were not used, and items "
                                        "of categories not used for training. The same numbers are in the table "
                                        "next to the chart.")
                                         .arg(exposedIfUsedWords()));
    // A click on a month lists its items; from the keyboard, the table next to the chart does the
    // same (Enter on a cell), so the chart itself takes no focus.
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setAccessibleDescription(
        m_view->accessibleDescription() + u' ' +
        tr("Click a month to list its items; in the table, Enter on a cell does the same."));
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->hit = [this](const QPointF &pos) { return monthAt(pos); };
    m_view->clicked = [this](const QDate &month, int band) { Q_EMIT monthClicked(month, band); };
    m_view->describe = [](const QDate &month, int band) -> QString {
        const MemberText::Figure figures[] = {MemberText::Figure::MayHaveBeenUsed, MemberText::Figure::ExposedIfUsed,
                                              MemberText::Figure::NotUsed, MemberText::Figure::NotForTraining};
        return tr("%1, %2: click to list these items")
            .arg(UiText::month(month), MemberText::figureName(figures[std::clamp(band, 0, 3)]));
    };
    m_view->viewport()->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_view);
    m_xAxis = new QValueAxis(this);
    m_yAxis = new QValueAxis(this);
    m_xAxis->setLabelFormat(QStringLiteral("%d"));
    m_yAxis->setLabelFormat(QStringLiteral("%d"));
    m_yAxis->setTitleText(tr("Items per month"));
    m_view->chart()->addAxis(m_xAxis, Qt::AlignBottom);
    m_view->chart()->addAxis(m_yAxis, Qt::AlignLeft);
    updateYears();
    rebuild();
}

QChart *ActivityChart::chart() const
{
    return m_view->chart();
}

qsizetype ActivityChart::seriesCount() const
{
    return m_view->chart()->series().size();
}

QList<QRectF> ActivityChart::markerBadges() const
{
    QList<QRectF> result;
    for (const QRectF &badge : m_view->badges())
        result.append(badge.isEmpty() ? badge
                                      : QRectF(m_view->mapFromScene(chart()->mapRectToScene(badge)).boundingRect()));
    return result;
}

QWidget *ActivityChart::view() const
{
    return m_view;
}

std::pair<QDate, int> ActivityChart::monthAt(const QPointF &viewPos) const
{
    QChart *chart = m_view->chart();
    const QPointF inChart = chart->mapFromScene(m_view->mapToScene(viewPos.toPoint()));
    if (!chart->plotArea().contains(inChart) || m_months.isEmpty())
        return {};
    const QPointF value = chart->mapToValue(inChart);
    const int year = int(std::floor(value.x()));
    if (year < m_firstYear || year > m_lastYear)
        return {};
    const QDate yearStart(year, 1, 1);
    const QDate day = yearStart.addDays(qint64((value.x() - year) * yearStart.daysInYear()));
    const QDate month(day.year(), day.month(), 1);
    for (const MonthlyActivity &activity : m_months) {
        if (activity.month != month)
            continue;
        // The band whose stretch of the stack holds the point.
        const qint64 levels[] = {activity.mayHaveBeenUsed, activity.exposedIfUsed, activity.notUsed,
                                 activity.notTrainingCategory};
        qreal top = 0;
        for (int band = 0; band < int(std::size(levels)); ++band) {
            top += qreal(levels[band]);
            if (levels[band] > 0 && value.y() <= top)
                return {month, band};
        }
        return {};
    }
    return {};
}

void ActivityChart::setData(const QList<MonthlyActivity> &months, const QList<Marker> &markers)
{
    setMonths(months);
    setMarkers(markers);
}

void ActivityChart::setMonths(const QList<MonthlyActivity> &months)
{
    m_months = months;
    std::sort(m_months.begin(), m_months.end(),
              [](const MonthlyActivity &a, const MonthlyActivity &b) { return a.month < b.month; });
    updateYears();
}

void ActivityChart::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    rebuild();
}

// The years drawn: from the first year with real activity (leading years with a tiny share of
// the items are summarised on the axis instead of stretching it over decades) to the last.
void ActivityChart::updateYears()
{
    m_itemsBefore = 0;
    if (m_months.isEmpty()) {
        const int year = QDate::currentDate().year();
        m_firstYear = year - 1;
        m_lastYear = year;
        return;
    }
    QMap<int, qint64> perYear;
    qint64 total = 0;
    for (const MonthlyActivity &month : std::as_const(m_months)) {
        perYear[month.month.year()] += month.total();
        total += month.total();
    }
    m_firstYear = m_months.first().month.year();
    for (auto it = perYear.cbegin(); it != perYear.cend(); ++it) {
        if (it.value() * OutlierShare >= total || std::next(it) == perYear.cend()) {
            m_firstYear = it.key();
            break;
        }
        m_itemsBefore += it.value();
    }
    m_lastYear = m_months.last().month.year();
}

void ActivityChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void ActivityChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateYearAxis();
}

// A tick every 1, 2, 5, 10… years: as many as fit the width with room for each label.
void ActivityChart::updateYearAxis()
{
    const int first = m_firstYear;
    const int end = m_lastYear + 1;
    const QFontMetrics metrics(m_xAxis->labelsFont());
    const int labelWidth = metrics.horizontalAdvance(QStringLiteral("8888")) + 24;
    const int plotWidth = std::max(100, m_view->width() - 90); // less the y axis and margins
    const int fit = std::max(2, plotWidth / labelWidth);
    int step = 1;
    for (const int candidate : {1, 2, 5, 10, 20, 50, 100}) {
        step = candidate;
        const int firstTick = first - (first % step + step) % step;
        const int endTick = end + (step - (end - firstTick) % step) % step;
        if ((endTick - firstTick) / step + 1 <= fit)
            break;
    }
    m_step = step;
    const int firstTick = first - (first % step + step) % step;
    const int endTick = end + (step - (end - firstTick) % step) % step;
    m_xAxis->setRange(firstTick, endTick);
    m_xAxis->setTickCount((endTick - firstTick) / step + 1);
    m_xAxis->setMinorTickCount(step > 1 && step <= 5 ? step - 1 : 0);
    m_view->firstX = firstTick;
    m_view->lastX = endTick;
    m_view->viewport()->update();
}

void ActivityChart::rebuild()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();

    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(text);
    chart->setTitleBrush(text);
    chart->setTitle(tr("Your activity per month"));

    QValueAxis *xAxis = m_xAxis;
    QValueAxis *yAxis = m_yAxis;
    xAxis->setLabelsColor(text);
    yAxis->setLabelsColor(text);
    xAxis->setTitleBrush(text);
    yAxis->setTitleBrush(text);
    const QColor grid = pal.color(QPalette::Mid);
    xAxis->setGridLineColor(grid);
    yAxis->setGridLineColor(grid);
    xAxis->setMinorGridLineVisible(false);
    xAxis->setLinePenColor(text);
    yAxis->setLinePenColor(text);
    m_view->markers = m_markers;

    if (m_months.isEmpty()) {
        xAxis->setTitleText(QString());
        yAxis->setRange(0, 1);
        updateYearAxis();
        return;
    }

    // The years drawn are updateYears()'s.
    xAxis->setTitleText(m_itemsBefore == 0   ? QString()
                        : m_itemsBefore == 1 ? tr("1 item before %1 not drawn (it is in the table)").arg(m_firstYear)
                                             : tr("%1 items before %2 not drawn (they are in the table)")
                                                   .arg(UiText::count(m_itemsBefore))
                                                   .arg(m_firstYear));

    // Every month from the first shown to the last, zero where nothing happened, drawn as steps.
    const QDate first(m_firstYear, 1, 1);
    const QDate last = m_months.last().month;
    QMap<QDate, MonthlyActivity> byMonth;
    for (const MonthlyActivity &month : std::as_const(m_months))
        byMonth.insert(month.month, month);

    struct Band {
        QString name;
        QColor colour;
        Qt::BrushStyle pattern;
    };
    // "Not said either way" is a band of its own, stacked on top of "may have been used" and
    // named in the legend, so the chart never shows the two figures as one. Four fills that
    // differ without colour: solid, crossed, striped, dotted.
    const Band bands[] = {
        {MemberText::figureName(MemberText::Figure::MayHaveBeenUsed), Theme::mayHaveBeenUsed(pal), Qt::SolidPattern},
        // Short, as in the table's column, so the legend never elides it at any width.
        {MemberText::figureName(MemberText::Figure::ExposedIfUsed), Theme::exposedIfUsed(pal), Qt::DiagCrossPattern},
        {MemberText::figureName(MemberText::Figure::NotUsed), Theme::notUsed(pal), Qt::HorPattern},
        {MemberText::figureName(MemberText::Figure::NotForTraining), Theme::notTrainingCategory(pal),
         Qt::Dense6Pattern},
    };
    constexpr int BandCount = int(std::size(bands));
    QLineSeries *lower[BandCount];
    QLineSeries *upper[BandCount];
    for (int band = 0; band < BandCount; ++band) {
        lower[band] = new QLineSeries;
        upper[band] = new QLineSeries;
    }
    qint64 maxTotal = 1;
    for (QDate month = first; month <= last; month = month.addMonths(1)) {
        MonthlyActivity empty;
        empty.month = month;
        const MonthlyActivity values = byMonth.value(month, empty);
        const qint64 used = values.mayHaveBeenUsed;
        const qint64 exposed = used + values.exposedIfUsed;
        const qint64 levels[BandCount + 1] = {0, used, exposed, exposed + values.notUsed, values.total()};
        maxTotal = std::max(maxTotal, values.total());
        for (int band = 0; band < BandCount; ++band) {
            for (const QDate &x : {month, month.addMonths(1)}) {
                lower[band]->append(yearsOf(x), qreal(levels[band]));
                upper[band]->append(yearsOf(x), qreal(levels[band + 1]));
            }
        }
    }
    for (int band = 0; band < BandCount; ++band) {
        auto *area = new QAreaSeries(upper[band], lower[band]);
        upper[band]->setParent(area);
        lower[band]->setParent(area);
        area->setName(bands[band].name);
        area->setBrush(QBrush(bands[band].colour, bands[band].pattern));
        area->setPen(QPen(bands[band].colour, 1.5));
        chart->addSeries(area);
        area->attachAxis(xAxis);
        area->attachAxis(yAxis);
    }

    // Room above the highest month for the markers' badges.
    const qreal top = qreal(maxTotal) * 1.25;
    yAxis->setRange(0, top);
    yAxis->setTickCount(5);
    yAxis->applyNiceNumbers();
    updateYearAxis();
}

} // namespace pd
