// privacy-dashboard-report: the report writers and Qt Gui behind one entry point (ReportModule.h).
#include "report/ReportModule.h"

#include "core/BuildInfo.h"

#include <QGuiApplication>

namespace {

QCoreApplication *createApplication(int &argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Headless sessions (containers, CI, ssh) often lack XDG_RUNTIME_DIR; Qt then warns while
    // starting the platform and falls back on its own. Keep stderr to the CLI's one error line.
    const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (!message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
                qt_message_output(type, context, message);
        });
    auto *app = new QGuiApplication(argc, argv);
    qInstallMessageHandler(previous);
    return app;
}

pd::Result<QStringList> writeReport(const pd::UsageReport &report, pd::ReportFormat format, const QString &path,
                                    const pd::ReportOptions &options)
{
    return pd::writeReport(report, format, path, options);
}

const pd::ReportModuleApi Api{PD_VERSION, &createApplication, &writeReport};

} // namespace

extern "C" Q_DECL_EXPORT const pd::ReportModuleApi *pd_report_module_api()
{
    return &Api;
}
