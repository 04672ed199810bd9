#include "core/ActivityLedger.h"

#include <algorithm>

namespace pd {

qint64 CategoryActivity::datedCount() const
{
    qint64 sum = 0;
    for (const qint64 count : daily)
        sum += count;
    return sum;
}

std::optional<QDate> CategoryActivity::first() const
{
    if (daily.isEmpty())
        return std::nullopt;
    return daily.firstKey();
}

std::optional<QDate> CategoryActivity::last() const
{
    if (daily.isEmpty())
        return std::nullopt;
    return daily.lastKey();
}

void ActivityLedger::add(const QString &categoryId, const QDate &day, qint64 count)
{
    if (count <= 0 || !day.isValid())
        return;
    m_categories[categoryId].daily[day] += count;
}

void ActivityLedger::addDaily(const QString &categoryId, const QMap<QDate, qint64> &days)
{
    CategoryActivity &activity = m_categories[categoryId];
    const bool clean = std::all_of(days.keyValueBegin(), days.keyValueEnd(),
                                   [](const auto &day) { return day.first.isValid() && day.second > 0; });
    if (activity.daily.isEmpty() && clean) {
        activity.daily = days; // shared, not copied
        return;
    }
    for (auto day = days.constBegin(); day != days.constEnd(); ++day) {
        if (day.value() > 0 && day.key().isValid())
            activity.daily[day.key()] += day.value();
    }
}

void ActivityLedger::addUndated(const QString &categoryId, qint64 count)
{
    if (count <= 0)
        return;
    m_categories[categoryId].undated += count;
}

const CategoryActivity &ActivityLedger::activity(const QString &categoryId) const
{
    static const CategoryActivity none;
    const auto it = m_categories.constFind(categoryId);
    return it == m_categories.constEnd() ? none : it.value();
}

QMap<QDate, qint64> ActivityLedger::monthly(const QString &categoryId) const
{
    QMap<QDate, qint64> months;
    const CategoryActivity &category = activity(categoryId);
    for (auto it = category.daily.constBegin(); it != category.daily.constEnd(); ++it)
        months[QDate(it.key().year(), it.key().month(), 1)] += it.value();
    return months;
}

} // namespace pd
