#pragma once

#include "core/MemberItem.h"
#include "core/UsageSummary.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>
#include <vector>

namespace pd {

// The cap on the item list (docs/items.md). The store keeps the first items up to either limit
// and then only counts what it refused (isTruncated, refusedCount): 20 bytes per item plus the
// UTF-8 bytes of its snippet and link, so the defaults cost at most 5 MiB + 64 MiB (a snippet of
// 200 ASCII characters and a link's distinct part of ~25: about 24 MiB per 100,000 items).
struct ItemStoreLimits {
    qsizetype maxItems = 250'000;
    qsizetype maxTextBytes = 64 * 1024 * 1024; // UTF-8 bytes of snippets and links together
};

// A compact, append-only, in-memory store of the member's items: one UTF-8 arena holds every
// snippet and link, and each item is a 20-byte record (offsets, lengths, day, category index,
// kind), not a QString per field — 100,000 items of the longest snippets cost about 24 MiB. Links keep their common
// start ("https://www.linkedin.com/feed/update/urn:li:activity:") once, in a table of at most
// 255 prefixes, and only their distinct part in the arena. Rows are in the order items were
// added. Not thread-safe: one thread fills it, then it is shared read-only
// (std::shared_ptr<const ItemStore>). Never written to a file (docs/items.md).
//
// Statuses are not stored: they depend on the summary's exposure (ItemList adds them).
class ItemStore final
{
public:
    explicit ItemStore(ItemStoreLimits limits = {});

    // Adds one item: `text` is cut to a snippet here (makeSnippet), a link longer than 2,048
    // characters is dropped (a cut link would lead elsewhere). Returns false, keeps nothing and
    // counts it as refused once the cap is reached.
    bool add(QStringView categoryId, const std::optional<QDate> &date, QStringView text, QStringView link,
             ItemKind kind);
    bool add(const MemberItem &item) { return add(item.categoryId, item.date, item.text, item.link, item.kind); }

    // Marks a category as listed (its items are kept here) even when it has none, so a zero
    // count is "no items", not "not listed".
    void markListed(QStringView categoryId);
    bool isListed(QStringView categoryId) const;
    QStringList listedCategories() const; // in the order first seen

    // "Forget this export": drops every item, every listed category and the cap's counters;
    // releases the memory.
    void clear();

    qsizetype size() const { return qsizetype(m_records.size()); }
    bool isEmpty() const { return m_records.empty(); }
    qsizetype count(QStringView categoryId) const; // items kept of one category

    // The cap: true once an item was refused; then the list holds only the first size() items.
    bool isTruncated() const { return m_refused > 0; }
    qint64 refusedCount() const { return m_refused; }
    const ItemStoreLimits &limits() const { return m_limits; }
    qsizetype memoryBytes() const; // what the store holds (arena + records + names), approximately

    // Gives back the memory the arena reserved for growth (after the last add).
    void squeeze();

    // Row access, 0 <= row < size().
    QString text(qsizetype row) const;
    QString link(qsizetype row) const;
    const QString &categoryId(qsizetype row) const;
    std::optional<QDate> date(qsizetype row) const;
    ItemKind kind(qsizetype row) const;
    MemberItem item(qsizetype row) const; // a copy; status and window left at their defaults

private:
    struct Record {
        quint32 textOffset = 0;
        quint32 linkOffset = 0;
        quint16 textLength = 0;
        quint16 linkLength = 0;
        qint32 day = 0; // Julian day; kUndated: no date
        quint16 category = 0;
        ItemKind kind = ItemKind::Other;
        quint8 linkPrefix = 0; // 0: none, else m_linkPrefixes[linkPrefix - 1]
    };
    quint8 linkPrefixIndex(QStringView prefix);
    static constexpr qint32 kUndated = -2147483647 - 1;
    quint16 categoryIndex(QStringView categoryId);

    ItemStoreLimits m_limits;
    QByteArray m_arena;
    std::vector<Record> m_records;
    QStringList m_linkPrefixes;
    QStringList m_categories;             // index -> id (listed categories)
    std::vector<qsizetype> m_perCategory; // index -> items kept
    qint64 m_refused = 0;
};

// What the list is filtered by (every field optional; all given ones must match).
struct ItemQuery {
    QString categoryId; // empty: every category
    std::optional<ItemStatus> status;
    std::optional<QDate> since; // inclusive; undated items never match a date bound
    std::optional<QDate> until; // inclusive
    QString search;             // case-insensitive, in the snippet; empty: everything
    bool operator==(const ItemQuery &) const = default;
};

// A store seen through one usage summary: each item's status and exposing training window by the
// summary's exposure rule (itemExposure over the summary's categories, trainingWindows and asOf),
// so count(category, status) equals the summary's figure for every listed category (as long as the
// store is not truncated and holds every item the summary counts). Cheap to copy (shares the
// store); rebuild it when the summary changes: ItemList(list.storePointer(), newSummary).
class ItemList final
{
public:
    ItemList() = default;
    ItemList(std::shared_ptr<const ItemStore> store, const UsageSummary &summary);

    bool isNull() const { return !m_store; }
    const ItemStore &store() const; // an empty store when null
    std::shared_ptr<const ItemStore> storePointer() const { return m_store; }
    qsizetype size() const { return m_store ? m_store->size() : 0; }

    ItemStatus status(qsizetype row) const { return ItemStatus(m_statuses[size_t(row)]); }
    std::optional<TrainingWindow> window(qsizetype row) const;
    MemberItem item(qsizetype row) const; // with status and window

    bool matches(qsizetype row, const ItemQuery &query) const;
    QList<qsizetype> filter(const ItemQuery &query) const; // matching rows, in store order
    QList<MemberItem> items(const ItemQuery &query) const; // the same, as values

    qint64 count(QStringView categoryId, ItemStatus status) const;
    qint64 count(ItemStatus status) const; // over every category
    // The first and last dated day among the rows (for the objection letter); empty when none.
    std::optional<QDate> firstDay(const QList<qsizetype> &rows) const;
    std::optional<QDate> lastDay(const QList<qsizetype> &rows) const;

private:
    std::shared_ptr<const ItemStore> m_store;
    std::vector<quint8> m_statuses;       // per row
    QList<TrainingWindow> m_begunWindows; // the summary's windows that had begun at asOf, by start
};

} // namespace pd

Q_DECLARE_METATYPE(pd::ItemList)
