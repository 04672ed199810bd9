#pragma once

#include "ImportQuestionsDialog.h"

#include "ConnectionSettings.h"
#include "MemberDataSource.h"
#include "Policy.h"
#include "Result.h"

namespace pd {

class Clock;

// Opens the sources this build has: the demo member always; the member's server when the
// network layer (pd_net) is built in; a data-export archive when pd_archive is. The caller owns
// what is returned (parented to `parent`). The clock must outlive the source.
class DataSourceFactory final
{
public:
    static bool hasServerSupport();
    static bool hasArchiveSupport();

    static Result<MemberDataSource *> open(const ConnectionSettings &settings, const Clock &clock, QObject *parent);
    static Result<MemberDataSource *> openArchive(const QString &zipPath, const ImportAnswers &answers,
                                                  const Policy &policy, const Clock &clock, QObject *parent);
};

} // namespace pd
