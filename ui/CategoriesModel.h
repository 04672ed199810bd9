#pragma once

#include "core/UsageSummary.h"

#include <QAbstractTableModel>

namespace pd {

// The Categories page's table: one row per category of the summary, in the summary's order.
// DisplayRole is text for people; SortRole holds the raw value (count, date, label) so the
// proxy sorts numbers as numbers and dates as dates. Text comes from the source (server or
// archive) and is only ever shown as plain text by the view.
class CategoriesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LabelColumn,
        ItemsColumn,
        FirstColumn,
        LastColumn,
        TrainingColumn,
        MayHaveBeenUsedColumn,
        ExposedIfUsedColumn, // unknown categories: existed during a training window
        NotUsedColumn,
        ColumnCount,
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        CategoryIdRole,
    };

    explicit CategoriesModel(QObject *parent = nullptr);

    void setCategories(const QList<CategorySummary> &categories);
    const CategorySummary *categoryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CategorySummary> m_categories;
};

} // namespace pd
