#include "core/ItemStore.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace pd {

namespace {

constexpr qsizetype kMaxLinkLength = 2048;

// The start of a link before its first run of six or more digits (the item's id): the part that
// many links share.
qsizetype sharedPrefixLength(QStringView link)
{
    qsizetype run = 0;
    for (qsizetype i = 0; i < link.size(); ++i) {
        if (link[i].isDigit()) {
            if (++run == 6)
                return i - 5;
        } else {
            run = 0;
        }
    }
    return 0;
}

QDateTime startOfUtcDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

} // namespace

// --- ItemStore -------------------------------------------------------------------------------

ItemStore::ItemStore(ItemStoreLimits limits)
    : m_limits(limits)
{
    m_limits.maxItems = std::clamp<qsizetype>(m_limits.maxItems, 0, std::numeric_limits<qint32>::max());
    m_limits.maxTextBytes = std::clamp<qsizetype>(m_limits.maxTextBytes, 0, std::numeric_limits<qint32>::max());
}

quint16 ItemStore::categoryIndex(QStringView categoryId)
{
    for (qsizetype i = 0; i < m_categories.size(); ++i) {
        if (m_categories[i] == categoryId)
            return quint16(i);
    }
    m_categories.append(categoryId.toString());
    m_perCategory.push_back(0);
    return quint16(m_categories.size() - 1);
}

void ItemStore::markListed(QStringView categoryId)
{
    if (m_categories.size() < std::numeric_limits<quint16>::max())
        categoryIndex(categoryId);
}

bool ItemStore::isListed(QStringView categoryId) const
{
    return std::any_of(m_categories.cbegin(), m_categories.cend(), [&](const QString &id) { return id == categoryId; });
}

QStringList ItemStore::listedCategories() const
{
    return m_categories;
}

quint8 ItemStore::linkPrefixIndex(QStringView prefix)
{
    if (prefix.size() < 8)
        return 0;
    for (qsizetype i = 0; i < m_linkPrefixes.size(); ++i) {
        if (m_linkPrefixes[i] == prefix)
            return quint8(i + 1);
    }
    if (m_linkPrefixes.size() >= 255)
        return 0;
    m_linkPrefixes.append(prefix.toString());
    return quint8(m_linkPrefixes.size());
}

bool ItemStore::add(QStringView categoryId, const std::optional<QDate> &date, QStringView text, QStringView link,
                    ItemKind kind)
{
    const QByteArray snippet = makeSnippet(text).toUtf8();
    QStringView keptLink = link.size() <= kMaxLinkLength ? link.trimmed() : QStringView();
    const quint8 prefix = linkPrefixIndex(keptLink.left(sharedPrefixLength(keptLink)));
    if (prefix != 0)
        keptLink = keptLink.mid(m_linkPrefixes[prefix - 1].size());
    const QByteArray linkBytes = keptLink.toUtf8();
    if (size() >= m_limits.maxItems || m_arena.size() + snippet.size() + linkBytes.size() > m_limits.maxTextBytes ||
        (!isListed(categoryId) && m_categories.size() >= std::numeric_limits<quint16>::max())) {
        ++m_refused;
        return false;
    }
    Record record;
    record.category = categoryIndex(categoryId);
    record.kind = kind;
    record.day = date && date->isValid() ? qint32(date->toJulianDay()) : kUndated;
    record.textOffset = quint32(m_arena.size());
    record.textLength = quint16(snippet.size());
    m_arena.append(snippet);
    record.linkOffset = quint32(m_arena.size());
    record.linkLength = quint16(linkBytes.size());
    record.linkPrefix = prefix;
    m_arena.append(linkBytes);
    m_records.push_back(record);
    ++m_perCategory[record.category];
    return true;
}

void ItemStore::clear()
{
    m_arena = QByteArray();
    std::vector<Record>().swap(m_records);
    m_categories.clear();
    m_linkPrefixes.clear();
    std::vector<qsizetype>().swap(m_perCategory);
    m_refused = 0;
}

qsizetype ItemStore::count(QStringView categoryId) const
{
    for (qsizetype i = 0; i < m_categories.size(); ++i) {
        if (m_categories[i] == categoryId)
            return m_perCategory[size_t(i)];
    }
    return 0;
}

qsizetype ItemStore::memoryBytes() const
{
    qsizetype names = 0;
    for (const QString &id : m_categories)
        names += id.capacity() * 2 + qsizetype(sizeof(QString));
    for (const QString &prefix : m_linkPrefixes)
        names += prefix.capacity() * 2 + qsizetype(sizeof(QString));
    return m_arena.capacity() + qsizetype(m_records.capacity() * sizeof(Record)) + names;
}

void ItemStore::squeeze()
{
    m_arena.squeeze();
    m_records.shrink_to_fit();
}

QString ItemStore::text(qsizetype row) const
{
    const Record &record = m_records[size_t(row)];
    return QString::fromUtf8(m_arena.constData() + record.textOffset, record.textLength);
}

QString ItemStore::link(qsizetype row) const
{
    const Record &record = m_records[size_t(row)];
    const QString rest = QString::fromUtf8(m_arena.constData() + record.linkOffset, record.linkLength);
    if (record.linkPrefix == 0)
        return rest;
    return m_linkPrefixes[record.linkPrefix - 1] + rest;
}

const QString &ItemStore::categoryId(qsizetype row) const
{
    return m_categories[m_records[size_t(row)].category];
}

std::optional<QDate> ItemStore::date(qsizetype row) const
{
    const qint32 day = m_records[size_t(row)].day;
    if (day == kUndated)
        return std::nullopt;
    return QDate::fromJulianDay(day);
}

ItemKind ItemStore::kind(qsizetype row) const
{
    return m_records[size_t(row)].kind;
}

MemberItem ItemStore::item(qsizetype row) const
{
    MemberItem item;
    item.categoryId = categoryId(row);
    item.date = date(row);
    item.text = text(row);
    item.link = link(row);
    item.kind = kind(row);
    return item;
}

// --- ItemList --------------------------------------------------------------------------------

ItemList::ItemList(std::shared_ptr<const ItemStore> store, const UsageSummary &summary)
    : m_store(std::move(store))
{
    if (!m_store)
        return;
    const ExposureCutoff cutoff = exposureCutoff(summary.trainingWindows, summary.asOf);
    for (const TrainingWindow &window : summary.trainingWindows) {
        if (window.interval.start <= summary.asOf)
            m_begunWindows.append(window);
    }
    // Each listed category's training use, as the summary states it (a category the summary
    // does not name is one the platform has not named).
    const QStringList categories = m_store->listedCategories();
    QHash<QString, TrainingUse> uses;
    for (const QString &id : categories) {
        TrainingUse use = TrainingUse::Unknown;
        for (const CategorySummary &category : summary.categories) {
            if (category.id == id)
                use = category.genAiTraining;
        }
        uses.insert(id, use);
    }
    // The exposure rule per (category, day), remembered: a list has few distinct days.
    QHash<QPair<QString, qint64>, ItemStatus> known;
    const qsizetype rows = m_store->size();
    m_statuses.resize(size_t(rows));
    for (qsizetype row = 0; row < rows; ++row) {
        const QString &id = m_store->categoryId(row);
        const std::optional<QDate> day = m_store->date(row);
        const QPair<QString, qint64> key{id, day ? day->toJulianDay() : std::numeric_limits<qint64>::min()};
        auto it = known.constFind(key);
        if (it == known.constEnd())
            it = known.insert(key, toItemStatus(itemExposure(uses.value(id), cutoff, day)));
        m_statuses[size_t(row)] = quint8(it.value());
    }
}

const ItemStore &ItemList::store() const
{
    static const ItemStore empty;
    return m_store ? *m_store : empty;
}

std::optional<TrainingWindow> ItemList::window(qsizetype row) const
{
    if (status(row) == ItemStatus::NotUsed)
        return std::nullopt;
    const std::optional<QDate> day = m_store->date(row);
    for (const TrainingWindow &window : m_begunWindows) {
        if (!day || window.interval.isOpenEnded() || startOfUtcDay(*day) < window.interval.end)
            return window;
    }
    return std::nullopt;
}

MemberItem ItemList::item(qsizetype row) const
{
    MemberItem item = m_store->item(row);
    item.status = status(row);
    item.window = window(row);
    return item;
}

bool ItemList::matches(qsizetype row, const ItemQuery &query) const
{
    if (query.status && status(row) != *query.status)
        return false;
    if (!query.categoryId.isEmpty() && m_store->categoryId(row) != query.categoryId)
        return false;
    if (query.since || query.until) {
        const std::optional<QDate> day = m_store->date(row);
        if (!day || (query.since && *day < *query.since) || (query.until && *day > *query.until))
            return false;
    }
    if (!query.search.isEmpty() && !m_store->text(row).contains(query.search, Qt::CaseInsensitive))
        return false;
    return true;
}

QList<qsizetype> ItemList::filter(const ItemQuery &query) const
{
    QList<qsizetype> rows;
    for (qsizetype row = 0; row < size(); ++row) {
        if (matches(row, query))
            rows.append(row);
    }
    return rows;
}

QList<MemberItem> ItemList::items(const ItemQuery &query) const
{
    QList<MemberItem> out;
    for (const qsizetype row : filter(query))
        out.append(item(row));
    return out;
}

qint64 ItemList::count(QStringView categoryId, ItemStatus status) const
{
    qint64 n = 0;
    for (qsizetype row = 0; row < size(); ++row) {
        if (ItemStatus(m_statuses[size_t(row)]) == status && m_store->categoryId(row) == categoryId)
            ++n;
    }
    return n;
}

qint64 ItemList::count(ItemStatus status) const
{
    return std::count(m_statuses.cbegin(), m_statuses.cend(), quint8(status));
}

std::optional<QDate> ItemList::firstDay(const QList<qsizetype> &rows) const
{
    std::optional<QDate> first;
    for (const qsizetype row : rows) {
        const std::optional<QDate> day = m_store->date(row);
        if (day && (!first || *day < *first))
            first = day;
    }
    return first;
}

std::optional<QDate> ItemList::lastDay(const QList<qsizetype> &rows) const
{
    std::optional<QDate> last;
    for (const qsizetype row : rows) {
        const std::optional<QDate> day = m_store->date(row);
        if (day && (!last || *day > *last))
            last = day;
    }
    return last;
}

} // namespace pd
