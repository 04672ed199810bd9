#pragma once

#include "core/UsageReport.h"

#include <QList>
#include <QString>

class QPainter;
class QRectF;

namespace pd {

// The report's chart: items per month, stacked as "may have been used", "in categories the
// platform has not said either way" (its own series, never merged into the first), "not used"
// and "not a training category", with a marker at each opt-out change. One geometry, two renderings: SVG
// for the HTML report and QPainter (vector output) for the PDF.
class ReportChart final
{
public:
    struct Marker {
        double position; // in months from the first month, fractional within the month
        QString label;
    };

    explicit ReportChart(const UsageReport &report);

    bool isEmpty() const { return m_months.isEmpty(); }
    QString svg(int width, int height) const; // inline SVG, escaped, no external references
    void paint(QPainter *painter, const QRectF &rect) const;
    QString description() const; // the same figures in one sentence (alt text)

private:
    struct Layout;
    QList<MonthlyActivity> m_months; // gap-free, oldest first
    QList<Marker> m_markers;
    qint64 m_yMax = 0;
    qint64 m_yStep = 1;
};

} // namespace pd
