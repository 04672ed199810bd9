#pragma once

#include "core/UsageReport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace pd {

// The machine-readable report (resources/schema/usage-report.schema.json). Values are written
// as they are, never neutralised. The document ends with an "integrity" member holding the
// SHA-256 of the canonical form of everything else, so a copy can be checked:
//   canonical = RFC 8785 (JCS) serialisation of the document without "integrity"
// which, for this document (no fractional numbers), equals Python's
//   json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
class JsonReportWriter final
{
public:
    static QJsonObject encode(const UsageReport &report); // with "integrity"
    static QByteArray render(const UsageReport &report);  // indented UTF-8, newline-terminated

    static QByteArray canonical(const QJsonValue &value);
    // Recomputes the digest of a parsed report; true when it matches its "integrity" member.
    static bool verify(const QJsonObject &document);
};

} // namespace pd
