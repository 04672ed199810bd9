#pragma once

#include "core/UsageSummary.h"

#include <QAbstractTableModel>

namespace pd {

// The activity chart's numbers as a table (its accessible equivalent): one row per month with
// activity, newest first, split the way the chart splits them.
class MonthlyActivityModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        MonthColumn,
        MayHaveBeenUsedColumn,
        ExposedIfUsedColumn, // unknown categories inside the training windows: their own series
        NotUsedColumn,
        NotTrainingColumn,
        TotalColumn,
        ColumnCount,
    };

    explicit MonthlyActivityModel(QObject *parent = nullptr);

    void setMonths(const QList<MonthlyActivity> &months);
    // The first day of the month shown at `row` (invalid out of range).
    QDate monthAt(int row) const { return row >= 0 && row < m_months.size() ? m_months.at(row).month : QDate(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MonthlyActivity> m_months; // newest first
};

} // namespace pd
