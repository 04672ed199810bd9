#pragma once

#include "core/Result.h"
#include "core/UsageSummary.h"

#include <QByteArray>
#include <QJsonObject>

namespace pd {

// The summary's JSON form: the `--json` object of DESIGN §5 (member, region, asOf, source,
// policy, optOut, categories, ...). Its optOut and history entries have the API's shapes
// (ApiCodec). decode() reads it back whole, for the encrypted offline cache (app/secrets).
namespace UsageSummaryJson {

QJsonObject encode(const UsageSummary &summary);
QByteArray toBytes(const UsageSummary &summary); // indented, newline-terminated
// The summary toBytes() wrote (times to the second); InvalidInput naming the first bad field.
Result<UsageSummary> decode(const QByteArray &bytes);

} // namespace UsageSummaryJson

} // namespace pd
