#pragma once

#include "ActivityLedger.h"
#include "MemberStore.h"
#include "OptOutHistory.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace pd {

// The JSON shapes of the Member Privacy API v1 that pd_core does not already encode
// (resources/schema/api-*.schema.json describe them).
namespace ApiJson {

// {"<category>": {"undated", "daily": {"YYYY-MM-DD": n}, "monthly": {"YYYY-MM": n},
//                 "firstActivity": "YYYY-MM-DD"|null, "lastActivity": ...}}
QJsonObject encodeLedger(const ActivityLedger &ledger);
// {"optedOut", "changedAt", "confirmationId"}
QJsonObject encodeSetting(const SettingState &state);
QJsonArray encodeHistory(const QList<OptOutChange> &changes);
// The setting's strong ETag, quoted: "v<N>".
QByteArray settingEtag(qint64 version);

} // namespace ApiJson

} // namespace pd
