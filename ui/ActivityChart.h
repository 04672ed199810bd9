#pragma once

#include "UsageSummary.h"

#include <QDate>
#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QValueAxis;
QT_END_NAMESPACE

namespace pd {

// The overview's chart of activity per month (Qt Charts behind one small class): stacked
// areas for items that may have been used, items in categories the platform has not said
// either way (a labelled series of its own), items not used and items of categories that are
// not used for training, with dates marked by vertical lines (the opt-out, the start of each
// regime). Each series differs by fill pattern and legend text as well as by colour. The same
// numbers are always in a table next to it (MonthlyActivityModel).
class ActivityChart final : public QWidget
{
    Q_OBJECT

public:
    struct Marker {
        QDate day;
        QString label; // legend text, e.g. "Opted out 2 Oct 2024"
        bool dashed = true;
    };

    explicit ActivityChart(QWidget *parent = nullptr);

    void setData(const QList<MonthlyActivity> &months, const QList<Marker> &markers);
    QChart *chart() const;
    qsizetype seriesCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QChartView *m_view = nullptr;
    // Made once and kept: axes removed from a shown chart leave their drawing behind (Qt 6.4).
    QValueAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QList<MonthlyActivity> m_months;
    QList<Marker> m_markers;
};

} // namespace pd
