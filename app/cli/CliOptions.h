#pragma once

#include "Result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pd::cli {

// The command line of DESIGN §5, parsed once. Which source (demo, server, archive) and which
// command (summary, opt-out, history, ...) with its arguments.
struct CliOptions {
    enum class Source {
        Demo,
        Server,
        Archive,
    };
    Source source = Source::Demo;
    QUrl serverUrl;
    QString caFile;
    QString tokenFile;
    QString archivePath;
    QString region;                     // import: the member's region when the export does not say
    std::optional<QDate> optedOutSince; // import: when the member opted out (not in the export)
    bool json = false;
    bool force = false;
    QString format;
    QString output;
    QString command; // "summary", "opt-out", "history", ...
    QStringList commandArguments;

    bool showHelp = false;
    bool showVersion = false;
};

Result<CliOptions> parseCliOptions(const QStringList &arguments);
QString cliHelpText();

} // namespace pd::cli
