// privacy-dashboard-cli: the usage summary, the opt-out and the report from a terminal.
#include "BuildInfo.h"
#include "CliOptions.h"
#include "CliRunner.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("privacy-dashboard-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral(PD_ORG_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(PD_VERSION));
    return pd::cli::CliRunner(stdout, stderr).run(QCoreApplication::arguments());
}
