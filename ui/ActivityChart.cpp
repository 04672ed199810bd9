#include "ActivityChart.h"

#include "Theme.h"
#include "UiText.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace pd {

namespace {

// Time on the x axis in fractional years, so the axis ticks fall exactly on 1 January.
qreal yearsOf(const QDate &day)
{
    return day.year() + (day.dayOfYear() - 1) / qreal(day.daysInYear());
}

} // namespace

ActivityChart::ActivityChart(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QChartView(new QChart, this);
    m_view->setObjectName(QStringLiteral("activityChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(360, 240);
    m_view->setAccessibleName(tr("Chart of your activity per month"));
    m_view->setAccessibleDescription(tr("Items per month that may have been used for AI training, items %1 that "
                                        "existed while training was allowed, items that were not used, and items "
                                        "of categories not used for training. The same numbers are in the table "
                                        "next to the chart.")
                                         .arg(exposedIfUsedWords()));
    // Nothing to operate in the chart (its numbers are in the table), so it takes no focus.
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->viewport()->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_view);
    m_xAxis = new QValueAxis(this);
    m_yAxis = new QValueAxis(this);
    m_xAxis->setLabelFormat(QStringLiteral("%d"));
    m_yAxis->setLabelFormat(QStringLiteral("%d"));
    m_yAxis->setTitleText(tr("Items per month"));
    m_view->chart()->addAxis(m_xAxis, Qt::AlignBottom);
    m_view->chart()->addAxis(m_yAxis, Qt::AlignLeft);
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

void ActivityChart::setData(const QList<MonthlyActivity> &months, const QList<Marker> &markers)
{
    m_months = months;
    std::sort(m_months.begin(), m_months.end(),
              [](const MonthlyActivity &a, const MonthlyActivity &b) { return a.month < b.month; });
    m_markers = markers;
    rebuild();
}

void ActivityChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
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
    yAxis->setTitleBrush(text);
    const QColor grid = pal.color(QPalette::Mid);
    xAxis->setGridLineColor(grid);
    yAxis->setGridLineColor(grid);
    xAxis->setLinePenColor(grid);
    yAxis->setLinePenColor(grid);

    if (m_months.isEmpty()) {
        const int year = QDate::currentDate().year();
        xAxis->setRange(year - 1, year + 1);
        xAxis->setTickCount(3);
        yAxis->setRange(0, 1);
        return;
    }

    // Every month from the first to the last, zero where nothing happened, drawn as steps.
    const QDate first = m_months.first().month;
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
    // named in the legend, so the chart never shows the two figures as one.
    const Band bands[] = {
        {tr("May have been used"), Theme::mayHaveBeenUsed(pal), Qt::SolidPattern},
        // Short, as in the table's column, so the legend never elides it at any width.
        {tr("Not said either way"), Theme::exposedIfUsed(pal), Qt::CrossPattern},
        {tr("Not used"), Theme::notUsed(pal), Qt::BDiagPattern},
        {tr("Not for training"), Theme::notTrainingCategory(pal), Qt::Dense5Pattern},
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
        QBrush brush(bands[band].colour, bands[band].pattern);
        area->setBrush(brush);
        area->setPen(QPen(bands[band].colour, 1.2));
        chart->addSeries(area);
        area->attachAxis(xAxis);
        area->attachAxis(yAxis);
    }

    const qreal top = qreal(maxTotal) * 1.08;
    for (const Marker &marker : std::as_const(m_markers)) {
        if (!marker.day.isValid())
            continue;
        auto *line = new QLineSeries;
        line->setName(marker.label);
        line->append(yearsOf(marker.day), 0);
        line->append(yearsOf(marker.day), top);
        line->setPen(QPen(text, 2, marker.dashed ? Qt::DashLine : Qt::DotLine));
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
        // Explained in words under the chart; the legend names the areas only.
        const QList<QLegendMarker *> legendMarkers = chart->legend()->markers(line);
        for (QLegendMarker *legendMarker : legendMarkers)
            legendMarker->setVisible(false);
    }
    // A tick on every 1 January, or every 2nd, 3rd… year when there are more than ten (a data
    // export can reach back twenty years: one label a year was cut to "…").
    const int span = last.year() + 1 - first.year();
    const int step = span > 10 ? (span + 9) / 10 : 1;
    const int firstYear = first.year() - first.year() % step;
    int endYear = last.year() + 1;
    endYear += (step - (endYear - firstYear) % step) % step;
    xAxis->setRange(firstYear, endYear);
    xAxis->setTickCount((endYear - firstYear) / step + 1);
    yAxis->setRange(0, top);
    yAxis->setTickCount(5);
    yAxis->applyNiceNumbers();
}

} // namespace pd
