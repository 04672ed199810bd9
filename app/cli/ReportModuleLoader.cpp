#include "cli/ReportModuleLoader.h"

#include "core/ProjectModule.h"

namespace pd::cli {

namespace {
const QString ReportModuleFile = QStringLiteral("privacy-dashboard-report.so");
const QString What = QStringLiteral("report");
} // namespace

QString reportModulePath()
{
    return projectModulePath(ReportModuleFile);
}

Result<const ReportModuleApi *> loadReportModule()
{
    // Once: a module that failed to load fails the same way for the rest of the run.
    static const Result<const ReportModuleApi *> loaded =
        loadProjectModule<ReportModuleApi>(What, ReportModuleFile, ReportModuleEntry);
    return loaded;
}

} // namespace pd::cli
