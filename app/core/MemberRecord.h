#pragma once

#include "core/ActivityLedger.h"
#include "core/OptOutHistory.h"
#include "core/Result.h"
#include "core/UsageSummary.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace pd {

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

// The activity and the history in the API's shapes (ApiCodec), every day given.
Result<MemberRecord> decode(const QByteArray &json);

} // namespace MemberRecordJson

// The bundled demo member (resources/demo/demo-member.json).
Result<MemberRecord> loadDemoMember();

} // namespace pd
