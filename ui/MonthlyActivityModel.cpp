#include "ui/MonthlyActivityModel.h"

#include "core/MemberText.h"
#include "ui/UiText.h"

#include <algorithm>

namespace pd {

MonthlyActivityModel::MonthlyActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MonthlyActivityModel::setMonths(const QList<MonthlyActivity> &months)
{
    beginResetModel();
    m_months = months;
    std::sort(m_months.begin(), m_months.end(),
              [](const MonthlyActivity &a, const MonthlyActivity &b) { return a.month > b.month; });
    endResetModel();
}

int MonthlyActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

int MonthlyActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonthlyActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MonthlyActivity &month = m_months.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter | (index.column() == MonthColumn ? Qt::AlignLeft : Qt::AlignRight));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case MonthColumn:
        return UiText::month(month.month);
    case MayHaveBeenUsedColumn:
        return UiText::count(month.mayHaveBeenUsed);
    case ExposedIfUsedColumn:
        return UiText::count(month.exposedIfUsed);
    case NotUsedColumn:
        return UiText::count(month.notUsed);
    case NotTrainingColumn:
        return UiText::count(month.notTrainingCategory);
    case TotalColumn:
        return UiText::count(month.total());
    default:
        return {};
    }
}

QVariant MonthlyActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == ExposedIfUsedColumn &&
        (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole))
        return tr("Items %1 that existed while training was allowed; not counted in \"may have been used\"")
            .arg(exposedIfUsedWords());
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MonthColumn:
        return tr("Month");
    case MayHaveBeenUsedColumn:
        return MemberText::figureName(MemberText::Figure::MayHaveBeenUsed);
    case ExposedIfUsedColumn:
        return MemberText::figureName(MemberText::Figure::ExposedIfUsed);
    case NotUsedColumn:
        return MemberText::figureName(MemberText::Figure::NotUsed);
    case NotTrainingColumn:
        return MemberText::figureName(MemberText::Figure::NotForTraining);
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

} // namespace pd
