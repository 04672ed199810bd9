#include "ui/CategoriesModel.h"

#include "core/MemberText.h"
#include "ui/Icons.h"
#include "ui/UiText.h"

namespace pd {

namespace {

QString trainingIconName(TrainingUse use)
{
    switch (use) {
    case TrainingUse::Used:
        return QStringLiteral("status-training-on");
    case TrainingUse::NotUsed:
        return QStringLiteral("status-training-off");
    case TrainingUse::Unknown:
        break;
    }
    return QStringLiteral("status-info");
}

QVariant dateSortValue(const std::optional<QDate> &day)
{
    // Missing dates sort before every real one.
    return day ? QVariant(*day) : QVariant(QDate(1, 1, 1));
}

} // namespace

CategoriesModel::CategoriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CategoriesModel::setCategories(const QList<CategorySummary> &categories)
{
    beginResetModel();
    m_categories = categories;
    endResetModel();
}

const CategorySummary *CategoriesModel::categoryAt(int row) const
{
    if (row < 0 || row >= m_categories.size())
        return nullptr;
    return &m_categories.at(row);
}

int CategoriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

int CategoriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategoriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CategorySummary &row = m_categories.at(index.row());
    const int column = index.column();

    if (role == CategoryIdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = column == ItemsColumn || column == MayHaveBeenUsedColumn ||
                             column == ExposedIfUsedColumn || column == NotUsedColumn;
        return QVariant::fromValue(Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role == Qt::DecorationRole && column == TrainingColumn)
        return Icons::icon(trainingIconName(row.genAiTraining));
    if (role == SortRole) {
        switch (column) {
        case LabelColumn:
            return row.label;
        case ItemsColumn:
            return row.itemCount;
        case FirstColumn:
            return dateSortValue(row.firstActivity);
        case LastColumn:
            return dateSortValue(row.lastActivity);
        case TrainingColumn:
            return int(row.genAiTraining);
        case MayHaveBeenUsedColumn:
            return row.mayHaveBeenUsed;
        case ExposedIfUsedColumn:
            return row.exposedIfUsed;
        case NotUsedColumn:
            return row.notUsed;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
        switch (column) {
        case LabelColumn:
            return row.label;
        case ItemsColumn:
            return UiText::count(row.itemCount);
        case FirstColumn:
            return UiText::date(row.firstActivity);
        case LastColumn:
            return UiText::date(row.lastActivity);
        case TrainingColumn:
            return UiText::trainingUse(row.genAiTraining);
        case MayHaveBeenUsedColumn:
            return UiText::count(row.mayHaveBeenUsed);
        case ExposedIfUsedColumn:
            return UiText::count(row.exposedIfUsed);
        case NotUsedColumn:
            return UiText::count(row.notUsed);
        default:
            return {};
        }
    }
    return {};
}

QVariant CategoriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == ExposedIfUsedColumn &&
        (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole))
        return tr("Items %1 that existed while training was allowed; not counted in \"may have been used\"")
            .arg(exposedIfUsedWords());
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Category");
    case ItemsColumn:
        return tr("Items");
    case FirstColumn:
        return tr("First");
    case LastColumn:
        return tr("Last");
    case TrainingColumn:
        return tr("AI training");
    case MayHaveBeenUsedColumn:
        return MemberText::figureName(MemberText::Figure::MayHaveBeenUsed);
    case ExposedIfUsedColumn:
        return MemberText::figureName(MemberText::Figure::ExposedIfUsed);
    case NotUsedColumn:
        return MemberText::figureName(MemberText::Figure::NotUsed);
    default:
        return {};
    }
}

} // namespace pd
