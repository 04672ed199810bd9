#include "cli/ReportModuleLoader.h"

#include "core/BuildInfo.h"
#include "core/ProjectModule.h"

#include <cstring>

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
    static const Result<const ReportModuleApi *> loaded = []() -> Result<const ReportModuleApi *> {
        const Result<QFunctionPointer> entry = resolveProjectModule(What, ReportModuleFile, ReportModuleEntry);
        if (!entry)
            return entry.error();
        const ReportModuleApi *api = reinterpret_cast<ReportModuleEntryFunction>(*entry)();
        if (!api || !api->version || std::strcmp(api->version, PD_VERSION) != 0)
            return projectModuleVersionError(What, ReportModuleFile, api ? api->version : nullptr);
        return api;
    }();
    return loaded;
}

} // namespace pd::cli
