#pragma once

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

// One category's activity: item counts per UTC day, plus items that carry no date (profile
// fields such as skills), which count as existing at all times.
struct CategoryActivity {
    QMap<QDate, qint64> daily;
    qint64 undated = 0;

    qint64 datedCount() const;
    qint64 total() const { return datedCount() + undated; }
    std::optional<QDate> first() const;
    std::optional<QDate> last() const;

    bool operator==(const CategoryActivity &) const = default;
};

// The member's activity per category id. Sources (demo data, the API, the archive reader)
// fill it; exposure, screens and reports read it.
class ActivityLedger final
{
public:
    void add(const QString &categoryId, const QDate &day, qint64 count = 1);
    void addUndated(const QString &categoryId, qint64 count = 1);
    // add() for every day of `days` (invalid days and counts below 1 are skipped, as by add()); into a
    // category without days yet the map is taken whole, without a lookup per day (a decoded summary).
    void addDaily(const QString &categoryId, const QMap<QDate, qint64> &days);
    // Makes the category present even with no items (e.g. a header-only export file).
    void touch(const QString &categoryId) { m_categories[categoryId]; }

    bool contains(const QString &categoryId) const { return m_categories.contains(categoryId); }
    const CategoryActivity &activity(const QString &categoryId) const;
    QStringList categoryIds() const { return m_categories.keys(); }
    bool isEmpty() const { return m_categories.isEmpty(); }

    // Counts per month (keyed by the first day of the month), for charts and the API.
    QMap<QDate, qint64> monthly(const QString &categoryId) const;

    // Written out: clang finds no viable comparison for a defaulted one over a QMap member.
    bool operator==(const ActivityLedger &other) const { return m_categories == other.m_categories; }

private:
    QMap<QString, CategoryActivity> m_categories;
};

} // namespace pd
