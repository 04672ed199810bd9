#pragma once

#include "core/ItemStore.h"
#include "core/Result.h"
#include "report/ReportWriter.h"
#include "sources/SourceSpec.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pd::cli {

// The command line of DESIGN §5, parsed once. Which source (demo, server, archive) and which
// command (summary, opt-out, history, ...) with its arguments.
struct CliOptions {
    SourceSpec source; // --demo, --server URL …, or import ARCHIVE.zip with its answers
    bool json = false;
    bool force = false;
    QString format;
    QString output;
    QString command; // "summary", "opt-out", "history", ...
    QStringList commandArguments;
    ReportOptions::Paper paper = ReportOptions::Paper::Auto; // --paper a4|letter; else the system locale's
    // --timeout: the whole command against a server, retries included, ends by then (exit 3).
    int timeoutSeconds = DefaultTimeoutSeconds;
    static constexpr int DefaultTimeoutSeconds = 30;

    // items: the filters (--category, --status, --since, --until, --search) and --csv.
    ItemQuery itemQuery;
    bool csv = false;
    bool itemsAppendix = false; // report --items-appendix

    bool showHelp = false;
    bool showVersion = false;
};

Result<CliOptions> parseCliOptions(const QStringList &arguments);
QString cliHelpText();

} // namespace pd::cli
