#pragma once

#include "core/Result.h"
#include "core/UsageReport.h"
#include "report/ReportWriter.h"

#include <QStringList>

class QCoreApplication;

namespace pd {

// The report writers as a module (privacy-dashboard-report, a shared object the CLI loads with
// QLibrary): Qt Gui, which the PDF writers need (fonts, QPdfWriter, QGuiApplication), and the
// display libraries it brings stay out of the CLI's process unless the report command runs.
// The module is built from the same tree as the CLI and passes Qt and project types across the
// boundary, so the CLI refuses a module of another version (version below).
struct ReportModuleApi {
    const char *version; // PD_VERSION of the build the module came from
    // The QGuiApplication the writers need, on the "offscreen" platform unless QT_QPA_PLATFORM
    // says otherwise; made before any other Qt object, as main() would.
    QCoreApplication *(*createApplication)(int &argc, char **argv);
    // pd::writeReport (ReportWriter.h).
    Result<QStringList> (*writeReport)(const UsageReport &report, ReportFormat format, const QString &path,
                                       const ReportOptions &options);
};

// The module's one exported symbol: extern "C" const ReportModuleApi *pd_report_module_api().
inline constexpr char ReportModuleEntry[] = "pd_report_module_api";
using ReportModuleEntryFunction = const ReportModuleApi *(*)();

} // namespace pd
