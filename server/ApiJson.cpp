#include "ApiJson.h"

#include "JsonReader.h"
#include "MemberRecord.h"
#include "UsageSummaryJson.h"

namespace pd {

namespace ApiJson {

namespace {

QJsonValue dateOrNull(const std::optional<QDate> &date)
{
    return date ? QJsonValue(formatIsoDate(*date)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject encodeLedger(const ActivityLedger &ledger)
{
    // pd_core's ledger encoding gives undated + daily; the API adds the derived views.
    QJsonObject out = MemberRecordJson::encodeLedger(ledger);
    for (const QString &categoryId : ledger.categoryIds()) {
        const CategoryActivity &activity = ledger.activity(categoryId);
        QJsonObject monthly;
        const QMap<QDate, qint64> months = ledger.monthly(categoryId);
        for (auto it = months.constBegin(); it != months.constEnd(); ++it)
            monthly.insert(it.key().toString(QStringLiteral("yyyy-MM")), it.value());
        QJsonObject category = out.value(categoryId).toObject();
        category.insert(QStringLiteral("monthly"), monthly);
        category.insert(QStringLiteral("firstActivity"), dateOrNull(activity.first()));
        category.insert(QStringLiteral("lastActivity"), dateOrNull(activity.last()));
        out.insert(categoryId, category);
    }
    return out;
}

QJsonObject encodeSetting(const SettingState &state)
{
    return UsageSummaryJson::encodeOptOut(OptOutState{state.optedOut, state.changedAt, state.confirmationId});
}

QJsonArray encodeHistory(const QList<OptOutChange> &changes)
{
    QJsonArray out;
    for (const OptOutChange &change : changes)
        out.append(UsageSummaryJson::encodeChange(change));
    return out;
}

QByteArray settingEtag(qint64 version)
{
    return "\"v" + QByteArray::number(version) + '"';
}

} // namespace ApiJson

} // namespace pd
