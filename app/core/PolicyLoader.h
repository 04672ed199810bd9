#pragma once

#include "core/Policy.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace pd {

// Reads and validates a policy document. Any unknown key, wrong type, bad date, unknown
// category id or unknown region is an error that names its JSON path.
class PolicyLoader final
{
public:
    static Result<Policy> fromJson(const QByteArray &json);
    static Result<Policy> fromFile(const QString &path);
    // The policy bundled with the application (resources/policy/linkedin.json).
    static Result<Policy> bundled(const QString &platform = QStringLiteral("linkedin"));
};

} // namespace pd
