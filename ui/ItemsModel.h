#pragma once

#include "core/ItemStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QUrl>

#include <vector>

namespace pd {

// The Items page's table: the rows of an ItemList (a compact ItemStore seen through the summary's
// exposure rule) that match an ItemQuery, in the order asked for. It copies nothing of an item: it
// keeps the list (which shares the store with the source that filled it) and a vector of the
// matching rows' positions, and data() reads the store. So 100,000 items cost the store's bytes
// plus 4 bytes a row, and a filter or a sort rebuilds only that vector. DisplayRole is text for people; SortRole the
// raw value. Text comes from the member's export or the server and is only ever shown as plain text by the view.
class ItemsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        CategoryColumn,
        StatusColumn,
        TextColumn,
        LinkColumn,
        ColumnCount,
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        LinkRole,       // the item's link as a QUrl (invalid when the export has none)
        CategoryIdRole, // the category's id
        StatusRole,     // the ItemStatus as an int
        FullTextRole,   // the snippet in full, for copying
    };

    explicit ItemsModel(QObject *parent = nullptr);

    // The list to show (a null list: none); the labels name each category id for people.
    void setList(const ItemList &list, const QHash<QString, QString> &categoryLabels);
    const ItemList &list() const { return m_list; }
    // Shows the rows matching the query, in the current order.
    void setQuery(const ItemQuery &query);
    const ItemQuery &query() const { return m_query; }
    // Rows in the store (before filtering).
    qsizetype totalCount() const;
    // The store's position of the row shown at `row`.
    qsizetype storeIndex(int row) const;
    int sortColumn() const { return m_sortColumn; }
    // "May have been used", "Not said either way", "Not used": the figures' own names.
    static QString statusWords(ItemStatus status);
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void rebuild();
    void sortRows();
    QString categoryLabel(const QString &id) const;

    ItemList m_list;
    QHash<QString, QString> m_labels;
    ItemQuery m_query;
    std::vector<quint32> m_rows; // positions in the store of the rows shown, in order
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace pd
