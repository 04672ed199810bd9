// privacy-dashboard-cli: the usage summary, the opt-out and the report from a terminal.
#include "cli/CliOptions.h"
#include "cli/CliRunner.h"
#include "core/BuildInfo.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

namespace {

// The report command's PDF writers need Qt Gui (fonts), never a window: that command gets a
// QGuiApplication on the "offscreen" platform unless the user chose a platform; every other
// command stays a QCoreApplication and needs no display libraries at run time.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const pd::Result<pd::cli::CliOptions> options = pd::cli::parseCliOptions(arguments);
    if (options && options->command == u"report") {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Headless sessions (containers, CI, ssh) often lack XDG_RUNTIME_DIR; Qt then warns while
        // starting the platform and falls back on its own. Keep stderr to our one error line.
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                if (!message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
                    qt_message_output(type, context, message);
            });
        auto app = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(previous);
        return app;
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
