#include "server/MemberStore.h"

#include "core/JsonReader.h"
#include "server/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace pd {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(formatIsoDateTime(time)) : QVariant();
}

} // namespace

Result<bool> MemberStore::contains(const QString &memberId)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT 1 FROM members WHERE id = ?"));
    query.addBindValue(memberId);
    if (!query.exec())
        return sqlError(QStringLiteral("looking up a member"), query);
    return query.next();
}

Result<void> MemberStore::insert(const MemberRecord &record, const QDateTime &now)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("INSERT INTO members (id, name, email, region, headline, joined, policy_id, "
                                 "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(record.member.id), QVariant(record.member.name), QVariant(record.email),
          QVariant(record.member.region), QVariant(record.headline), QVariant(formatIsoDate(record.joined)),
          QVariant(record.policyId), QVariant(formatIsoDateTime(now))})
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(QStringLiteral("storing a member"), query);

    QSqlQuery category(m_database->connection());
    category.prepare(
        QStringLiteral("INSERT INTO activity_categories (member_id, category_id, undated) VALUES (?, ?, ?)"));
    QSqlQuery daily(m_database->connection());
    daily.prepare(
        QStringLiteral("INSERT INTO activity_daily (member_id, category_id, day, count) VALUES (?, ?, ?, ?)"));
    for (const QString &categoryId : record.ledger.categoryIds()) {
        const CategoryActivity &activity = record.ledger.activity(categoryId);
        category.bindValue(0, record.member.id);
        category.bindValue(1, categoryId);
        category.bindValue(2, activity.undated);
        if (!category.exec())
            return sqlError(QStringLiteral("storing activity"), category);
        for (auto it = activity.daily.constBegin(); it != activity.daily.constEnd(); ++it) {
            daily.bindValue(0, record.member.id);
            daily.bindValue(1, categoryId);
            daily.bindValue(2, formatIsoDate(it.key()));
            daily.bindValue(3, it.value());
            if (!daily.exec())
                return sqlError(QStringLiteral("storing activity"), daily);
        }
    }

    QSqlQuery history(m_database->connection());
    history.prepare(QStringLiteral("INSERT INTO history (member_id, setting, at, opted_out, channel, "
                                   "confirmation_id) VALUES (?, ?, ?, ?, ?, ?)"));
    SettingState state;
    state.optedOut = record.history.defaultOptedOut();
    for (const OptOutChange &change : record.history.changes()) {
        history.bindValue(0, record.member.id);
        history.bindValue(1, AiTrainingSetting);
        history.bindValue(2, formatIsoDateTime(change.at));
        history.bindValue(3, change.optedOut ? 1 : 0);
        history.bindValue(4, change.channel);
        history.bindValue(5, textOrNull(change.confirmationId));
        if (!history.exec())
            return sqlError(QStringLiteral("storing the opt-out history"), history);
        state.optedOut = change.optedOut;
        state.changedAt = change.at;
        state.confirmationId = change.confirmationId;
    }

    QSqlQuery setting(m_database->connection());
    setting.prepare(QStringLiteral("INSERT INTO settings (member_id, setting, opted_out, changed_at, confirmation_id, "
                                   "version) VALUES (?, ?, ?, ?, ?, 1)"));
    setting.addBindValue(record.member.id);
    setting.addBindValue(AiTrainingSetting);
    setting.addBindValue(state.optedOut ? 1 : 0);
    setting.addBindValue(timeOrNull(state.changedAt));
    setting.addBindValue(textOrNull(state.confirmationId));
    if (!setting.exec())
        return sqlError(QStringLiteral("storing the setting"), setting);
    return {};
}

Result<StoredMember> MemberStore::member(const QString &memberId)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT name, region, policy_id FROM members WHERE id = ?"));
    query.addBindValue(memberId);
    if (!query.exec())
        return sqlError(QStringLiteral("reading a member"), query);
    if (!query.next())
        return Error::internal(QStringLiteral("member %1 is not in the database").arg(memberId));
    StoredMember member;
    member.info.id = memberId;
    member.info.name = query.value(0).toString();
    member.info.region = query.value(1).toString();
    member.policyId = query.value(2).toString();
    return member;
}

Result<ActivityLedger> MemberStore::ledger(const QString &memberId)
{
    ActivityLedger ledger;
    QSqlQuery categories(m_database->connection());
    categories.prepare(QStringLiteral("SELECT category_id, undated FROM activity_categories WHERE member_id = ?"));
    categories.addBindValue(memberId);
    if (!categories.exec())
        return sqlError(QStringLiteral("reading activity"), categories);
    while (categories.next()) {
        const QString categoryId = categories.value(0).toString();
        ledger.touch(categoryId);
        ledger.addUndated(categoryId, categories.value(1).toLongLong());
    }
    QSqlQuery daily(m_database->connection());
    daily.setForwardOnly(true);
    daily.prepare(QStringLiteral("SELECT category_id, day, count FROM activity_daily WHERE member_id = ?"));
    daily.addBindValue(memberId);
    if (!daily.exec())
        return sqlError(QStringLiteral("reading activity"), daily);
    while (daily.next())
        ledger.add(daily.value(0).toString(), parseIsoDate(daily.value(1).toString()), daily.value(2).toLongLong());
    return ledger;
}

Result<SettingState> MemberStore::aiTraining(const QString &memberId)
{
    const std::shared_ptr<QSqlQuery> query =
        m_database->prepared(QStringLiteral("SELECT opted_out, changed_at, confirmation_id, version "
                                            "FROM settings WHERE member_id = ? AND setting = ?"));
    query->bindValue(0, memberId);
    query->bindValue(1, AiTrainingSetting);
    if (!query->exec())
        return sqlError(QStringLiteral("reading the setting"), *query);
    if (!query->next())
        return Error::internal(QStringLiteral("member %1 has no AI-training setting").arg(memberId));
    SettingState state;
    state.optedOut = query->value(0).toInt() != 0;
    state.changedAt = parseIsoDateTime(query->value(1).toString());
    state.confirmationId = query->value(2).toString();
    state.version = query->value(3).toLongLong();
    return state;
}

Result<QList<OptOutChange>> MemberStore::history(const QString &memberId)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT at, opted_out, channel, confirmation_id FROM history "
                                 "WHERE member_id = ? AND setting = ? ORDER BY id"));
    query.addBindValue(memberId);
    query.addBindValue(AiTrainingSetting);
    if (!query.exec())
        return sqlError(QStringLiteral("reading the history"), query);
    QList<OptOutChange> changes;
    while (query.next()) {
        changes.append(OptOutChange{parseIsoDateTime(query.value(0).toString()), query.value(1).toInt() != 0,
                                    query.value(2).toString(), query.value(3).toString()});
    }
    return changes;
}

Result<MemberStore::HistoryPage> MemberStore::historyPage(const QString &memberId, qint64 afterId, int limit)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT id, at, opted_out, channel, confirmation_id FROM history "
                                 "WHERE member_id = ? AND setting = ? AND id > ? ORDER BY id LIMIT ?"));
    query.addBindValue(memberId);
    query.addBindValue(AiTrainingSetting);
    query.addBindValue(afterId);
    query.addBindValue(limit + 1); // one more tells whether a next page exists
    if (!query.exec())
        return sqlError(QStringLiteral("reading the history"), query);
    HistoryPage page;
    while (query.next()) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        page.lastId = query.value(0).toLongLong();
        page.changes.append(OptOutChange{parseIsoDateTime(query.value(1).toString()), query.value(2).toInt() != 0,
                                         query.value(3).toString(), query.value(4).toString()});
    }
    return page;
}

Result<MemberStore::ItemsPage> MemberStore::itemsPage(const QString &memberId, const QString &categoryId,
                                                      qint64 afterId, int limit)
{
    QSqlQuery query(m_database->connection());
    // Two statements rather than "(? = '' OR ...)": an empty QString binds as NULL.
    query.prepare(categoryId.isEmpty()
                      ? QStringLiteral("SELECT id, category_id, day, kind, text, link FROM items "
                                       "WHERE member_id = ? AND id > ? ORDER BY id LIMIT ?")
                      : QStringLiteral("SELECT id, category_id, day, kind, text, link FROM items "
                                       "WHERE member_id = ? AND category_id = ? AND id > ? ORDER BY id LIMIT ?"));
    query.addBindValue(memberId);
    if (!categoryId.isEmpty())
        query.addBindValue(categoryId);
    query.addBindValue(afterId);
    query.addBindValue(limit + 1); // one more tells whether a next page exists
    if (!query.exec())
        return sqlError(QStringLiteral("reading the items"), query);
    ItemsPage page;
    while (query.next()) {
        if (page.items.size() == limit) {
            page.more = true;
            break;
        }
        page.lastId = query.value(0).toLongLong();
        MemberItem item;
        item.categoryId = query.value(1).toString();
        if (!query.value(2).isNull())
            item.date = parseIsoDate(query.value(2).toString());
        item.kind = itemKindFromString(query.value(3).toString()).value_or(ItemKind::Other);
        item.text = query.value(4).toString();
        item.link = query.value(5).toString();
        page.items.append(item);
    }
    return page;
}

Result<qint64> MemberStore::itemCount(const QString &memberId)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM items WHERE member_id = ?"));
    query.addBindValue(memberId);
    if (!query.exec() || !query.next())
        return sqlError(QStringLiteral("counting the items"), query);
    return query.value(0).toLongLong();
}

Result<void> MemberStore::insertItems(const QString &memberId, const ItemStore &items)
{
    QSqlQuery insert(m_database->connection());
    insert.prepare(
        QStringLiteral("INSERT INTO items (member_id, category_id, day, kind, text, link) VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype row = 0; row < items.size(); ++row) {
        const std::optional<QDate> day = items.date(row);
        const QString link = items.link(row);
        insert.addBindValue(memberId);
        insert.addBindValue(items.categoryId(row));
        insert.addBindValue(textOrNull(day ? day->toString(Qt::ISODate) : QString()));
        insert.addBindValue(toString(items.kind(row)));
        insert.addBindValue(items.text(row));
        insert.addBindValue(textOrNull(link));
        if (!insert.exec())
            return sqlError(QStringLiteral("storing the items"), insert);
    }
    return {};
}

Result<SettingState> MemberStore::applyAiTraining(const QString &memberId, const OptOutChange &change)
{
    QSqlQuery update(m_database->connection());
    update.prepare(QStringLiteral("UPDATE settings SET opted_out = ?, changed_at = ?, confirmation_id = ?, "
                                  "version = version + 1 WHERE member_id = ? AND setting = ?"));
    update.addBindValue(change.optedOut ? 1 : 0);
    update.addBindValue(formatIsoDateTime(change.at));
    update.addBindValue(textOrNull(change.confirmationId));
    update.addBindValue(memberId);
    update.addBindValue(AiTrainingSetting);
    if (!update.exec())
        return sqlError(QStringLiteral("changing the setting"), update);
    if (update.numRowsAffected() != 1)
        return Error::internal(QStringLiteral("member %1 has no AI-training setting").arg(memberId));

    QSqlQuery insert(m_database->connection());
    insert.prepare(QStringLiteral("INSERT INTO history (member_id, setting, at, opted_out, channel, confirmation_id) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(memberId);
    insert.addBindValue(AiTrainingSetting);
    insert.addBindValue(formatIsoDateTime(change.at));
    insert.addBindValue(change.optedOut ? 1 : 0);
    insert.addBindValue(change.channel);
    insert.addBindValue(textOrNull(change.confirmationId));
    if (!insert.exec())
        return sqlError(QStringLiteral("recording the history"), insert);
    return aiTraining(memberId);
}

} // namespace pd
