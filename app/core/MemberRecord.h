#pragma once

#include "ActivityLedger.h"
#include "OptOutHistory.h"
#include "Result.h"
#include "UsageSummary.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace pd {

class JsonErrors;

// Everything a source knows about one member before exposure is computed: who they are,
// their activity and their opt-out history. The demo data set (resources/demo/) is stored in
// this shape and the reference server seeds from it.
struct MemberRecord {
    MemberInfo member;
    QString email;
    QString headline;
    QDate joined;
    QString policyId;
    ActivityLedger ledger;
    OptOutHistory history;
};

namespace MemberRecordJson {

// Ledger as {"<category>": {"undated": n, "daily": {"YYYY-MM-DD": n}}}; shared with the API.
QJsonObject encodeLedger(const ActivityLedger &ledger);
ActivityLedger decodeLedger(const QJsonObject &object, const QString &path, JsonErrors *errors);

QJsonObject encode(const MemberRecord &record);
Result<MemberRecord> decode(const QByteArray &json);

} // namespace MemberRecordJson

// The bundled demo member (resources/demo/demo-member.json).
Result<MemberRecord> loadDemoMember();

} // namespace pd
