#pragma once

#include "Result.h"
#include "UsageSummary.h"

#include <QByteArray>
#include <QJsonObject>

namespace pd {

// The summary's JSON form: the `--json` object of DESIGN §5 (member, region, asOf, source,
// policy, optOut, categories, ...). Decoding is strict: unknown keys and wrong types fail.
namespace UsageSummaryJson {

QJsonObject encode(const UsageSummary &summary);
QByteArray toBytes(const UsageSummary &summary); // indented, newline-terminated
Result<UsageSummary> decode(const QJsonObject &object);

QJsonObject encodeChange(const OptOutChange &change);
QJsonObject encodeOptOut(const OptOutState &state);

} // namespace UsageSummaryJson

} // namespace pd
