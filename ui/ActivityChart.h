#pragma once

#include "core/UsageSummary.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <utility>

QT_BEGIN_NAMESPACE
class QChart;
class QValueAxis;
QT_END_NAMESPACE

namespace pd {

class ActivityChartView;

// The overview's chart of activity per month (Qt Charts behind one small class): stacked
// areas for items that may have been used, items in categories the platform has not said
// either way (a labelled series of its own), items not used and items of categories that are
// not used for training, with dates marked by vertical lines (each opt-out change, the start of
// each regime). Each series differs by fill pattern (solid, crossed, striped, dotted) and legend
// text as well as by colour. Each line carries a numbered badge at the top of the plot; badges
// of dates too close to tell apart stack instead of overlapping, and the numbers are explained
// in words under the chart (by the page). The same numbers are always in a table next to it.
//
// The time axis starts at the first year with real activity: a few items dated far earlier (a
// data export can hold dates decades back) are summarised on the axis as "N items before YEAR"
// instead of stretching it. Year ticks are spaced for the width the chart has.
class ActivityChart final : public QWidget
{
    Q_OBJECT

public:
    // The stacked bands, bottom to top (the series' order).
    enum Band {
        MayHaveBeenUsedBand,
        ExposedIfUsedBand,
        NotUsedBand,
        NotForTrainingBand,
    };
    struct Marker {
        QDate day;
        QString label; // e.g. "Opted out"; the number drawn is its position in the list, from 1
        bool dashed = true;
    };

    explicit ActivityChart(QWidget *parent = nullptr);

    void setData(const QList<MonthlyActivity> &months, const QList<Marker> &markers);
    // The same in two steps: the months (which years are drawn: shows() answers from here on,
    // nothing is drawn yet), then the markers, which draws the chart once.
    void setMonths(const QList<MonthlyActivity> &months);
    void setMarkers(const QList<Marker> &markers);
    QChart *chart() const;
    qsizetype seriesCount() const;
    // The first year drawn, and how many items are dated before it (summarised, not drawn).
    int firstYearShown() const { return m_firstYear; }
    qint64 itemsBefore() const { return m_itemsBefore; }
    // Whether a marker on this day falls within the years drawn.
    bool shows(const QDate &day) const
    {
        return day.isValid() && day.year() >= m_firstYear && day.year() <= m_lastYear;
    }
    // The years between two ticks at the current width.
    int yearStep() const { return m_step; }
    // Where each marker's badge is drawn, in the chart view's coordinates (empty when the
    // marker's day is outside the years drawn).
    QList<QRectF> markerBadges() const;
    // The month and band under a point of the chart's view (the month invalid when none is
    // there); a click there emits monthClicked.
    std::pair<QDate, int> monthAt(const QPointF &viewPos) const;
    QWidget *view() const;

Q_SIGNALS:
    // A month's band was clicked: the page lists that month's items of that band's figure.
    void monthClicked(const QDate &month, int band);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void updateYears();
    void updateYearAxis();

    ActivityChartView *m_view = nullptr;
    // Made once and kept: axes removed from a shown chart leave their drawing behind (Qt 6.4).
    QValueAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QList<MonthlyActivity> m_months;
    QList<Marker> m_markers;
    int m_firstYear = 0;
    int m_lastYear = 0;
    qint64 m_itemsBefore = 0;
    int m_step = 1;
};

} // namespace pd
