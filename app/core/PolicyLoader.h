#pragma once

#include "core/MemberText.h"
#include "core/Policy.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace pd {

// Reads and validates a policy document. Any unknown key, wrong type, bad date, unknown
// category id or unknown region is an error that names its JSON path.
//
// Member-facing texts (names, descriptions, reasons, the setting's wording, ...) may carry other
// languages beside the English: "l10n": {"es": {"label": "…", …}} in the same object. The loader
// keeps the texts of `language` ("es"; default: the member's language, MemberText::memberLanguage)
// and falls back to the English one for every text that language lacks (so "de" gives English
// today). Every language in the file is validated, whichever is chosen.
class PolicyLoader final
{
public:
    static Result<Policy> fromJson(const QByteArray &json, const QString &language = MemberText::memberLanguage());
    static Result<Policy> fromFile(const QString &path, const QString &language = MemberText::memberLanguage());
    // The policy bundled with the application (resources/policy/linkedin.json).
    static Result<Policy> bundled(const QString &platform = QStringLiteral("linkedin"),
                                  const QString &language = MemberText::memberLanguage());
};

} // namespace pd
