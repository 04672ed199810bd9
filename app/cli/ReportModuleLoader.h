#pragma once

#include "core/Result.h"
#include "report/ReportModule.h"

namespace pd::cli {

// The report command's writers live in the privacy-dashboard-report module (ReportModule.h),
// loaded from ../lib/privacy-dashboard/ beside the executable's directory (core/ProjectModule.h),
// in the build tree and when installed. Loaded once, never unloaded; callable before
// the QCoreApplication exists (main() needs the module's QGuiApplication).
// Errors: ErrorKind::Internal naming the file and why (missing, unreadable, another version).
Result<const ReportModuleApi *> loadReportModule();

// Where loadReportModule() looks: "<dir of the executable>/../lib/privacy-dashboard/privacy-dashboard-report.so".
QString reportModulePath();

} // namespace pd::cli
