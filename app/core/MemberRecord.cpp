#include "MemberRecord.h"

#include "JsonReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace pd {

namespace {
constexpr qsizetype MaxRecordBytes = 64 * 1024 * 1024;
constexpr qint64 MaxDailyCount = 1'000'000;
} // namespace

namespace MemberRecordJson {

QJsonObject encodeLedger(const ActivityLedger &ledger)
{
    QJsonObject categories;
    for (const QString &categoryId : ledger.categoryIds()) {
        const CategoryActivity &activity = ledger.activity(categoryId);
        QJsonObject daily;
        for (auto it = activity.daily.constBegin(); it != activity.daily.constEnd(); ++it)
            daily.insert(formatIsoDate(it.key()), it.value());
        categories.insert(categoryId,
                          QJsonObject{{QStringLiteral("undated"), activity.undated}, {QStringLiteral("daily"), daily}});
    }
    return categories;
}

ActivityLedger decodeLedger(const QJsonObject &object, const QString &path, JsonErrors *errors)
{
    ActivityLedger ledger;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString categoryPath = path + u'.' + it.key();
        if (!it.value().isObject()) {
            errors->add(categoryPath, QStringLiteral("expected an object"));
            continue;
        }
        JsonObjectReader category(it.value().toObject(), categoryPath, errors);
        ledger.touch(it.key());
        ledger.addUndated(it.key(), category.integer(QStringLiteral("undated"), 0, MaxDailyCount));
        const QJsonObject daily = category.object(QStringLiteral("daily"));
        for (auto day = daily.constBegin(); day != daily.constEnd(); ++day) {
            const QString dayPath = category.pathOf(QStringLiteral("daily")) + u'.' + day.key();
            const QDate date = parseIsoDate(day.key());
            const double count = day.value().toDouble(-1);
            if (!date.isValid())
                errors->add(dayPath, QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(day.key()));
            else if (!day.value().isDouble() || count < 1 || count > MaxDailyCount ||
                     count != static_cast<qint64>(count))
                errors->add(dayPath, QStringLiteral("expected a count from 1 to %1").arg(MaxDailyCount));
            else
                ledger.add(it.key(), date, static_cast<qint64>(count));
        }
        category.rejectUnknownKeys();
    }
    return ledger;
}

QJsonObject encode(const MemberRecord &record)
{
    QJsonArray history;
    for (const OptOutChange &change : record.history.changes()) {
        history.append(QJsonObject{{QStringLiteral("at"), formatIsoDateTime(change.at)},
                                   {QStringLiteral("optedOut"), change.optedOut},
                                   {QStringLiteral("channel"), change.channel},
                                   {QStringLiteral("confirmationId"), change.confirmationId}});
    }
    return QJsonObject{
        {QStringLiteral("format"), 1},
        {QStringLiteral("member"), QJsonObject{{QStringLiteral("id"), record.member.id},
                                               {QStringLiteral("name"), record.member.name},
                                               {QStringLiteral("email"), record.email},
                                               {QStringLiteral("region"), record.member.region},
                                               {QStringLiteral("joined"), formatIsoDate(record.joined)},
                                               {QStringLiteral("headline"), record.headline}}},
        {QStringLiteral("policy"), record.policyId},
        {QStringLiteral("optOutHistory"), history},
        {QStringLiteral("activity"), encodeLedger(record.ledger)},
    };
}

Result<MemberRecord> decode(const QByteArray &json)
{
    if (json.size() > MaxRecordBytes)
        return Error::invalidInput(QStringLiteral("member data is larger than %1 bytes").arg(MaxRecordBytes));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error::invalidInput(
            QStringLiteral("member data is not a JSON object: %1").arg(parseError.errorString()));

    JsonErrors errors;
    MemberRecord record;
    JsonObjectReader root(document.object(), QStringLiteral("$"), &errors);
    if (root.integer(QStringLiteral("format"), 1, 1) != 1)
        errors.add(root.pathOf(QStringLiteral("format")), QStringLiteral("unsupported format"));
    JsonObjectReader member(root.object(QStringLiteral("member")), QStringLiteral("$.member"), &errors);
    record.member.id = member.string(QStringLiteral("id"));
    record.member.name = member.string(QStringLiteral("name"));
    record.email = member.string(QStringLiteral("email"));
    record.member.region = member.string(QStringLiteral("region"));
    record.joined = member.date(QStringLiteral("joined"));
    record.headline = member.string(QStringLiteral("headline"));
    member.rejectUnknownKeys();
    record.policyId = root.string(QStringLiteral("policy"));

    const QJsonArray history = root.array(QStringLiteral("optOutHistory"));
    for (qsizetype i = 0; i < history.size(); ++i) {
        const QString path = QStringLiteral("$.optOutHistory[%1]").arg(i);
        JsonObjectReader change(history.at(i).toObject(), path, &errors);
        if (!history.at(i).isObject())
            errors.add(path, QStringLiteral("expected an object"));
        OptOutChange entry;
        entry.at = change.dateTime(QStringLiteral("at"));
        entry.optedOut = change.boolean(QStringLiteral("optedOut"));
        entry.channel = change.string(QStringLiteral("channel"));
        entry.confirmationId = change.string(QStringLiteral("confirmationId"));
        change.rejectUnknownKeys();
        record.history.append(entry);
    }
    record.ledger = decodeLedger(root.object(QStringLiteral("activity")), QStringLiteral("$.activity"), &errors);
    root.rejectUnknownKeys();
    if (!errors.ok())
        return Error::invalidInput(QStringLiteral("invalid member data: ") + errors.first());
    return record;
}

} // namespace MemberRecordJson

Result<MemberRecord> loadDemoMember()
{
    QFile file(QStringLiteral(":/demo/demo-member.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(QStringLiteral("the bundled demo member is missing"));
    return MemberRecordJson::decode(file.readAll());
}

} // namespace pd
