#include "ui/ItemsModel.h"

#include "core/MemberText.h"
#include "ui/UiText.h"

#include <algorithm>
#include <limits>

namespace pd {

namespace {

// A day as a number for sorting; an undated item (a profile field) before every dated one.
qint64 dayNumber(const ItemStore &store, qsizetype row)
{
    const std::optional<QDate> day = store.date(row);
    return day ? day->toJulianDay() : std::numeric_limits<qint64>::min();
}

} // namespace

ItemsModel::ItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ItemsModel::setList(const ItemList &list, const QHash<QString, QString> &categoryLabels)
{
    beginResetModel();
    m_list = list;
    m_labels = categoryLabels;
    m_rows.clear();
    endResetModel();
    rebuild();
}

void ItemsModel::setQuery(const ItemQuery &query)
{
    m_query = query;
    rebuild();
}

qsizetype ItemsModel::totalCount() const
{
    return m_list.size();
}

qsizetype ItemsModel::storeIndex(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? qsizetype(m_rows[size_t(row)]) : -1;
}

void ItemsModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const qsizetype size = m_list.size();
    m_rows.reserve(size_t(size));
    for (qsizetype i = 0; i < size; ++i) {
        if (m_list.matches(i, m_query))
            m_rows.push_back(quint32(i));
    }
    sortRows();
    endResetModel();
}

void ItemsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<quint32> itemsBefore;
    itemsBefore.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        itemsBefore.push_back(m_rows[size_t(index.row())]);
    sortRows();
    if (!before.isEmpty()) {
        // Where each item went: an inverse of the new order, only when something is held.
        std::vector<int> rowOf(size_t(m_list.size()), -1);
        for (size_t row = 0; row < m_rows.size(); ++row)
            rowOf[m_rows[row]] = int(row);
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            after.append(index(rowOf[itemsBefore[size_t(i)]], before.at(i).column()));
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// Stable, so equal keys keep the store's order (its import order) and a second sort is
// predictable; the store's position breaks the remaining ties.
void ItemsModel::sortRows()
{
    const ItemList &list = m_list;
    const ItemStore &store = list.store();
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    auto ordered = [descending](auto less) {
        return [less, descending](quint32 a, quint32 b) { return descending ? less(b, a) : less(a, b); };
    };
    switch (m_sortColumn) {
    case DateColumn:
        // Undated items (a profile field) first in ascending order: they exist at all times.
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         ordered([&store](quint32 a, quint32 b) { return dayNumber(store, a) < dayNumber(store, b); }));
        break;
    case CategoryColumn:
        std::stable_sort(m_rows.begin(), m_rows.end(), ordered([this, &store](quint32 a, quint32 b) {
                             return categoryLabel(store.categoryId(a))
                                        .compare(categoryLabel(store.categoryId(b)), Qt::CaseInsensitive) < 0;
                         }));
        break;
    case StatusColumn:
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         ordered([&list](quint32 a, quint32 b) { return int(list.status(a)) < int(list.status(b)); }));
        break;
    case TextColumn:
    case LinkColumn: {
        // The store decodes text on each call: each row's key is decoded once (its first
        // characters, case-folded for the text), and only rows whose keys tie are compared whole.
        const bool text = m_sortColumn == TextColumn;
        constexpr qsizetype KeyLength = 32;
        auto whole = [&store, text](quint32 row) { return text ? store.text(row) : store.link(row); };
        std::vector<std::pair<QString, quint32>> keyed;
        keyed.reserve(m_rows.size());
        for (const quint32 row : m_rows) {
            QString key = whole(row).left(KeyLength);
            keyed.emplace_back(text ? key.toCaseFolded() : key, row);
        }
        auto less = [&whole, text](const std::pair<QString, quint32> &a, const std::pair<QString, quint32> &b) {
            const int byKey = a.first.compare(b.first);
            if (byKey != 0 || a.first.size() < KeyLength)
                return byKey < 0;
            return whole(a.second).compare(whole(b.second), text ? Qt::CaseInsensitive : Qt::CaseSensitive) < 0;
        };
        std::stable_sort(keyed.begin(), keyed.end(), [&less, descending](const auto &a, const auto &b) {
            return descending ? less(b, a) : less(a, b);
        });
        for (size_t i = 0; i < keyed.size(); ++i)
            m_rows[i] = keyed[i].second;
        break;
    }
    default:
        break;
    }
}

QString ItemsModel::categoryLabel(const QString &id) const
{
    return m_labels.value(id, id);
}

int ItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const quint32 item = m_rows[size_t(index.row())];
    const ItemStore &store = m_list.store();
    switch (role) {
    case LinkRole:
        return QUrl(store.link(item));
    case CategoryIdRole:
        return store.categoryId(item);
    case StatusRole:
        return int(m_list.status(item));
    case FullTextRole:
        return store.text(item);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case DateColumn: {
            const std::optional<QDate> day = store.date(item);
            return day ? UiText::date(*day) : tr("undated");
        }
        case CategoryColumn:
            return categoryLabel(store.categoryId(item));
        case StatusColumn: {
            const ItemStatus status = m_list.status(item);
            const std::optional<TrainingWindow> window = m_list.window(item);
            const QString words = statusWords(status);
            if (!window || status == ItemStatus::NotUsed)
                return words;
            // The training window that exposed the item: short in the cell, in words in the tooltip.
            const TimeInterval &interval = window->interval;
            const QString from = UiText::date(interval.start.toUTC().date());
            const QString to = interval.isOpenEnded() ? QString() : UiText::date(interval.end.toUTC().date());
            if (role == Qt::DisplayRole)
                return to.isEmpty() ? tr("%1 (since %2)").arg(words, from) : tr("%1 (%2 – %3)").arg(words, from, to);
            return to.isEmpty()
                       ? tr("%1: the item existed while training was allowed, since %2").arg(words, from)
                       : tr("%1: the item existed while training was allowed, from %2 to %3").arg(words, from, to);
        }
        case TextColumn: {
            const QString text = store.text(item);
            return text.isEmpty() && role != Qt::ToolTipRole ? tr("(no text)") : text;
        }
        case LinkColumn: {
            const QString link = store.link(item);
            return link.isEmpty() && role != Qt::ToolTipRole ? tr("(no link)") : link;
        }
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return dayNumber(store, item);
        case CategoryColumn:
            return categoryLabel(store.categoryId(item));
        case StatusColumn:
            return int(m_list.status(item));
        case TextColumn:
            return store.text(item);
        case LinkColumn:
            return store.link(item);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case CategoryColumn:
        return tr("Category");
    case StatusColumn:
        return role == Qt::ToolTipRole ? tr("Whether the item may have been used to train AI models, and the "
                                            "training window during which it existed")
                                       : tr("Status");
    case TextColumn:
        return role == Qt::ToolTipRole ? tr("The first characters of the item's text") : tr("Text");
    case LinkColumn:
        return tr("Link");
    default:
        return {};
    }
}

QString ItemsModel::statusWords(ItemStatus status)
{
    return MemberText::itemStatus(status);
}

} // namespace pd
