#pragma once

#include "core/UsageSummary.h"

#include <QByteArray>
#include <QJsonObject>

namespace pd {

// The summary's JSON form: the `--json` object of DESIGN §5 (member, region, asOf, source,
// policy, optOut, categories, ...), written only (nothing reads it back). Its optOut and history
// entries have the API's shapes (ApiCodec).
namespace UsageSummaryJson {

QJsonObject encode(const UsageSummary &summary);
QByteArray toBytes(const UsageSummary &summary); // indented, newline-terminated

} // namespace UsageSummaryJson

} // namespace pd
