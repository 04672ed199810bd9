#pragma once

#include "core/UsageSummary.h"
#include "net/LinkedInSnapshotSource.h"

#include <QJsonObject>
#include <QString>

namespace pd::cli {

// "New since your last look" for a terminal: the Member Changelog API's changes per category,
// labelled as the summary labels them. One line when there are none.
QString formatChanges(const std::optional<LinkedInChanges> &changes, const UsageSummary &summary);
// What --json adds for --linkedin-api: the read report (domains, unknown domains, undated
// records, pages, the claimed total) and the changes since the last look.
QJsonObject linkedInJson(const LinkedInSnapshotSource &source);

} // namespace pd::cli
