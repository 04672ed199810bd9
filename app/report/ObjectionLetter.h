#pragma once

#include "core/UsageReport.h"

#include <QString>

namespace pd {

// The right-to-object letter (GDPR Art. 21), prefilled from the report: the member's name and
// region, the processing objected to, the categories with their counts and dates, and the
// opt-out with its confirmation id. Plain text, ready to paste into the platform's objection
// form; the PDF writer sets the same text on a page.
class ObjectionLetter final
{
public:
    static QString text(const UsageReport &report);
    static QString subject(const UsageReport &report);
    static QUrl formUrl(const UsageReport &report); // the objection form, if the policy names one
};

} // namespace pd
