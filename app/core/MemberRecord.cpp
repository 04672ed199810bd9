#include "core/MemberRecord.h"

#include "core/ApiCodec.h"
#include "core/JsonReader.h"

#include <QFile>
#include <QJsonDocument>

namespace pd {

namespace {
constexpr qsizetype MaxRecordBytes = 64 * 1024 * 1024;
} // namespace

namespace MemberRecordJson {

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

    for (const OptOutChange &change :
         ApiCodec::readChanges(root.array(QStringLiteral("optOutHistory")), QStringLiteral("$.optOutHistory"), &errors))
        record.history.append(change);
    record.ledger =
        ApiCodec::readLedger(root.object(QStringLiteral("activity")), QStringLiteral("$.activity"), &errors);
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
