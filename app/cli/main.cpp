// privacy-dashboard-cli: the usage summary, the opt-out and the report from a terminal.
#include "cli/CliOptions.h"
#include "cli/CliRunner.h"
#include "cli/ReportModuleLoader.h"
#include "core/BuildInfo.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>

namespace {

// The report command's writers need Qt Gui (fonts for the PDF), never a window: that command loads
// the privacy-dashboard-report module, whose QGuiApplication runs on the "offscreen" platform unless
// the user chose one. Every other command stays a QCoreApplication and loads no display library.
// Without the module the report command still starts (a QCoreApplication) and CliRunner reports
// why the module could not be loaded.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const pd::Result<pd::cli::CliOptions> options = pd::cli::parseCliOptions(arguments);
    if (options && options->command == u"report") {
        if (const auto module = pd::cli::loadReportModule())
            return std::unique_ptr<QCoreApplication>((*module)->createApplication(argc, argv));
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("privacy-dashboard-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral(PD_APP_ID));
    QCoreApplication::setApplicationVersion(QStringLiteral(PD_VERSION));
    // The readable output and the reports in --language, else the system's language (LC_ALL, LANG,
    // LANGUAGE). --json is for programs: the same bytes whatever the language, so it keeps the
    // English source texts (category labels included). A bad command line is reported by CliRunner.
    const pd::Result<pd::cli::CliOptions> options = pd::cli::parseCliOptions(QCoreApplication::arguments());
    pd::Translations::install(!options ? QString() : options->json ? QStringLiteral("en") : options->language);
    return pd::cli::CliRunner(stdout, stderr).run(QCoreApplication::arguments());
}
