#include "cli/CliOptions.h"

#include "core/JsonReader.h"
#include "report/ReportWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace pd::cli {

namespace {

// Usage errors and the help in the member's language (context "pd::cli", as SummaryText).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::cli)
};

Error usage(const QString &message)
{
    return {ErrorKind::Usage, message};
}

// The commands and how many arguments each takes after its name.
struct CommandShape {
    const char16_t *name;
    qsizetype minArguments;
    qsizetype maxArguments;
};
constexpr CommandShape Commands[] = {
    {u"summary", 0, 0}, {u"opt-out", 1, 1}, {u"history", 0, 0}, {u"report", 0, 0},
    {u"items", 0, 0},   {u"login", 0, 0},   {u"logout", 0, 0},
};

const CommandShape *findCommand(const QString &name)
{
    for (const CommandShape &shape : Commands) {
        if (name == QStringView(shape.name))
            return &shape;
    }
    return nullptr;
}

} // namespace

QString cliHelpText()
{
    return Tr::tr(
        "Usage: privacy-dashboard-cli [--demo | --server URL [--ca-file PEM] [--token-file FILE]] [--json] COMMAND\n"
        "       privacy-dashboard-cli --linkedin-api [--api-base URL] [--token-file FILE] [--region CC]\n"
        "                             [--opted-out-since YYYY-MM-DD] [--json] COMMAND\n"
        "       privacy-dashboard-cli import ARCHIVE.zip [--region CC] [--opted-out-since YYYY-MM-DD] [COMMAND]\n"
        "\n"
        "See which of your data may have been used to train generative-AI models, and opt out.\n"
        "\n"
        "Commands:\n"
        "  summary               what the platform holds, by category, and what may already have been used\n"
        "  opt-out status|on|off the training opt-out as the server confirmed it (on = opt out of training),\n"
        "                        and a change still waiting to be sent\n"
        "  opt-out cancel        drop a change that is waiting to be sent\n"
        "  history               every change of the opt-out, with confirmation ids\n"
        "  items [--category C] [--status may-have-been-used|not-used|unknown] [--since D] [--until D]\n"
        "        [--search TEXT] [--json|--csv]\n"
        "                        the items behind the figures (posts, articles, comments, poll votes,\n"
        "                        AI-feature prompts, screening answers): date, snippet, link, status\n"
        "  login [--no-browser]  sign in to the server in your browser; the sign-in is kept in the keychain\n"
        "                        and later commands need no token (--no-browser: only print the address)\n"
        "  logout                sign out: revoke the sign-in at the server and delete it here\n"
        "  report --format F --output FILE [--force] [--paper a4|letter]\n"
        "                        export the usage report; F is pdf, html, csv, json, letter (the right-to-object\n"
        "                        letter as text) or letter-pdf; csv also writes FILE-history.csv; an existing\n"
        "                        file is replaced only with --force, and a failed write leaves no partial file;\n"
        "                        PDF paper follows the system locale unless --paper says otherwise;\n"
        "                        --items-appendix adds the items that may have been used (CSV: FILE-items.csv)\n"
        "\n"
        "Sources:\n"
        "  --demo                the bundled demo member (no network)\n"
        "  --server URL          a Member Privacy API server (token from --token-file, PRIVACY_DASHBOARD_TOKEN\n"
        "                        or the sign-in of `login`)\n"
        "  import ARCHIVE.zip    the member's own data-export archive, read offline\n"
        "  --linkedin-api        LinkedIn's Member Data Portability API (EEA and Switzerland), read-only, with\n"
        "                        a token you generate for your own data (docs/linkedin-api.md)\n"
        "\n"
        "Options:\n"
        "  --json                print one JSON object instead of text (items: a JSON array)\n"
        "  --csv                 items: print CSV (formulas neutralised, as in the CSV report)\n"
        "  --ca-file PEM         trust this CA certificate for the server\n"
        "  --token-file FILE     read the bearer token from FILE\n"
        "  --api-base URL        --linkedin-api: another base than https://api.linkedin.com (tests only)\n"
        "  --timeout SECONDS     give up on the server after this long, retries included (default 30)\n"
        "  --offline-ok          summary: keep it (encrypted, key in the keychain); when the server cannot be\n"
        "                        reached, print the one kept last, marked \"(offline)\", and exit 0\n"
        "  --region CC           import, --linkedin-api: the member's country (ISO 3166-1 alpha-2)\n"
        "  --opted-out-since D   import, --linkedin-api: the day you opted out (neither records it)\n"
        "  --language LANG       readable output and reports in LANG (en, es); default: LC_ALL, LANG, LANGUAGE\n"
        "  -h, --help            show this help\n"
        "  --version             show the version\n"
        "\n"
        "Exit codes: 0 ok, 1 internal error, 2 usage, 3 network or TLS, 4 authentication,\n"
        "5 conflict (changed elsewhere), 6 invalid input.\n");
}

Result<CliOptions> parseCliOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption version(QStringLiteral("version"), QString());
    const QCommandLineOption demo(QStringLiteral("demo"), QString());
    const QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("URL"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), QString(), QStringLiteral("PEM"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QString());
    const QCommandLineOption force(QStringLiteral("force"), QString());
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringLiteral("output"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption paper(QStringLiteral("paper"), QString(), QStringLiteral("SIZE"));
    const QCommandLineOption region(QStringLiteral("region"), QString(), QStringLiteral("CC"));
    const QCommandLineOption optedOutSince(QStringLiteral("opted-out-since"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(), QStringLiteral("SECONDS"));
    const QCommandLineOption language(QStringLiteral("language"), QString(), QStringLiteral("LANG"));
    const QCommandLineOption noBrowser(QStringLiteral("no-browser"), QString());
    const QCommandLineOption offlineOk(QStringLiteral("offline-ok"), QString());
    const QCommandLineOption linkedInApi(QStringLiteral("linkedin-api"), QString());
    const QCommandLineOption apiBase(QStringLiteral("api-base"), QString(), QStringLiteral("URL"));
    const QCommandLineOption csv(QStringLiteral("csv"), QString());
    const QCommandLineOption category(QStringLiteral("category"), QString(), QStringLiteral("C"));
    const QCommandLineOption status(QStringLiteral("status"), QString(), QStringLiteral("STATUS"));
    const QCommandLineOption since(QStringLiteral("since"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption until(QStringLiteral("until"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption search(QStringLiteral("search"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption itemsAppendix(QStringLiteral("items-appendix"), QString());
    parser.addOptions({help,     version,   demo,      server,      caFile,       tokenFile,     json,
                       force,    format,    output,    paper,       region,       optedOutSince, timeout,
                       language, noBrowser, offlineOk, linkedInApi, apiBase,      csv,           category,
                       status,   since,     until,     search,      itemsAppendix});

    if (!parser.parse(arguments))
        return usage(parser.errorText());

    CliOptions options;
    options.language = parser.value(language);
    if (parser.isSet(help)) {
        options.showHelp = true;
        return options;
    }
    if (parser.isSet(version)) {
        options.showVersion = true;
        return options;
    }

    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == u"import") {
        if (positional.size() < 2)
            return usage(Tr::tr("import needs the archive: import ARCHIVE.zip"));
        options.source.kind = SourceSpec::Kind::Archive;
        options.source.archivePath = positional.at(1);
        positional = positional.mid(2);
        if (positional.isEmpty())
            positional.append(QStringLiteral("summary"));
    }

    const bool archive = options.source.kind == SourceSpec::Kind::Archive;
    const int sources =
        int(parser.isSet(demo)) + int(parser.isSet(server)) + int(archive) + int(parser.isSet(linkedInApi));
    if (sources == 0)
        return usage(Tr::tr("choose a source: --demo, --server URL, --linkedin-api or import ARCHIVE.zip"));
    if (sources > 1)
        return usage(Tr::tr("choose one source: --demo, --server URL, --linkedin-api or import ARCHIVE.zip"));
    if (parser.isSet(linkedInApi)) {
        options.source.kind = SourceSpec::Kind::LinkedInApi;
        if (parser.isSet(apiBase)) {
            options.source.apiBase = QUrl(parser.value(apiBase), QUrl::StrictMode);
            if (const QString problem = serverUrlProblem(options.source.apiBase); !problem.isEmpty())
                return usage(Tr::tr("--api-base: %1").arg(problem));
        }
    } else if (parser.isSet(apiBase)) {
        return usage(Tr::tr("--api-base goes with --linkedin-api"));
    }
    const bool linkedIn = options.source.kind == SourceSpec::Kind::LinkedInApi;
    if (parser.isSet(demo))
        options.source.kind = SourceSpec::Kind::Demo;
    if (parser.isSet(server)) {
        options.source.kind = SourceSpec::Kind::Server;
        options.source.serverUrl = QUrl(parser.value(server), QUrl::StrictMode);
        if (const QString problem = serverUrlProblem(options.source.serverUrl); !problem.isEmpty())
            return usage(Tr::tr("--server: %1").arg(problem));
    }
    if ((parser.isSet(caFile) || parser.isSet(tokenFile)) && options.source.kind != SourceSpec::Kind::Server &&
        !linkedIn)
        return usage(Tr::tr("--ca-file and --token-file go with --server or --linkedin-api"));
    options.source.caFile = parser.value(caFile);
    options.source.tokenFile = parser.value(tokenFile);
    if (parser.isSet(timeout)) {
        if (options.source.kind != SourceSpec::Kind::Server && !linkedIn)
            return usage(Tr::tr("--timeout goes with --server or --linkedin-api"));
        bool ok = false;
        options.timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || options.timeoutSeconds < 1 || options.timeoutSeconds > 86'400)
            return usage(
                Tr::tr("--timeout: \"%1\" is not a number of seconds from 1 to 86400").arg(parser.value(timeout)));
    }

    if ((parser.isSet(region) || parser.isSet(optedOutSince)) && !archive && !linkedIn)
        return usage(Tr::tr("--region and --opted-out-since go with import ARCHIVE.zip or --linkedin-api"));
    if (parser.isSet(region)) {
        const std::optional<QString> code = normaliseRegion(parser.value(region));
        if (!code)
            return usage(
                Tr::tr("--region needs a two-letter country code such as DE, got \"%1\"").arg(parser.value(region)));
        options.source.region = *code;
    }
    if (parser.isSet(optedOutSince)) {
        const QDate day = parseIsoDate(parser.value(optedOutSince));
        if (!day.isValid())
            return usage(
                Tr::tr("--opted-out-since needs a date as YYYY-MM-DD, got \"%1\"").arg(parser.value(optedOutSince)));
        options.source.optedOutSince = day;
    }

    options.json = parser.isSet(json);
    options.force = parser.isSet(force);
    options.format = parser.value(format);
    options.output = parser.value(output);

    if (positional.isEmpty())
        return usage(
            Tr::tr("missing command: summary, opt-out status|on|off, history, report, items, login or logout"));
    options.command = positional.takeFirst();
    options.commandArguments = positional;
    const CommandShape *shape = findCommand(options.command);
    if (!shape)
        return usage(Tr::tr("unknown command \"%1\"").arg(options.command));
    if (positional.size() < shape->minArguments || positional.size() > shape->maxArguments) {
        if (options.command == u"opt-out")
            return usage(Tr::tr("opt-out takes one of: status, on, off, cancel"));
        return usage(Tr::tr("%1 takes no arguments, got \"%2\"").arg(options.command, positional.join(u' ')));
    }
    if (options.command == u"opt-out" &&
        !QStringList{QStringLiteral("status"), QStringLiteral("on"), QStringLiteral("off"), QStringLiteral("cancel")}
             .contains(positional.first()))
        return usage(Tr::tr("opt-out takes one of: status, on, off, cancel, got \"%1\"").arg(positional.first()));
    options.noBrowser = parser.isSet(noBrowser);
    options.timeoutGiven = parser.isSet(timeout);
    if (options.noBrowser && options.command != u"login")
        return usage(Tr::tr("--no-browser goes with the login command"));
    if ((options.command == u"login" || options.command == u"logout") &&
        options.source.kind != SourceSpec::Kind::Server)
        return usage(Tr::tr("%1 goes with --server URL").arg(options.command));
    options.offlineOk = parser.isSet(offlineOk);
    if (options.offlineOk && (options.command != u"summary" || options.source.kind == SourceSpec::Kind::Demo))
        return usage(Tr::tr("--offline-ok goes with the summary of --server or import ARCHIVE.zip"));
    if ((parser.isSet(format) || parser.isSet(output) || parser.isSet(force) || parser.isSet(itemsAppendix)) &&
        options.command != u"report")
        return usage(Tr::tr("--format, --output, --force and --items-appendix go with the report command"));
    options.itemsAppendix = parser.isSet(itemsAppendix);
    if (options.command == u"report") {
        if (!reportFormatFromString(options.format))
            return usage(options.format.isEmpty()
                             ? Tr::tr("report needs --format pdf|html|csv|json|letter|letter-pdf")
                             : Tr::tr("unknown report format \"%1\"; use pdf, html, csv, json, letter or "
                                      "letter-pdf")
                                   .arg(options.format));
        if (options.output.isEmpty())
            return usage(Tr::tr("report needs --output FILE"));
        if (options.json)
            return usage(Tr::tr("report takes --format json instead of --json"));
    }
    const bool itemOptions = parser.isSet(csv) || parser.isSet(category) || parser.isSet(status) ||
                             parser.isSet(since) || parser.isSet(until) || parser.isSet(search);
    if (itemOptions && options.command != u"items")
        return usage(Tr::tr("--category, --status, --since, --until, --search and --csv go with the items "
                            "command"));
    if (options.command == u"items") {
        options.csv = parser.isSet(csv);
        if (options.csv && options.json)
            return usage(Tr::tr("items takes --json or --csv, not both"));
        ItemQuery &query = options.itemQuery;
        query.categoryId = parser.value(category);
        if (parser.isSet(status)) {
            query.status = itemStatusFromString(parser.value(status));
            if (!query.status)
                return usage(Tr::tr("--status takes may-have-been-used, not-used or unknown, got \"%1\"")
                                 .arg(parser.value(status)));
        }
        for (const auto &[option, bound] : {std::pair{&since, &query.since}, std::pair{&until, &query.until}}) {
            if (!parser.isSet(*option))
                continue;
            const QDate day = parseIsoDate(parser.value(*option));
            if (!day.isValid())
                return usage(Tr::tr("--%1 needs a date as YYYY-MM-DD, got \"%2\"")
                                 .arg(option->names().first(), parser.value(*option)));
            *bound = day;
        }
        if (query.since && query.until && *query.since > *query.until)
            return usage(Tr::tr("--since is after --until"));
        query.search = parser.value(search);
    }
    if (parser.isSet(paper)) {
        const auto size = paperFromString(parser.value(paper));
        if (!size || *size == ReportOptions::Paper::Auto)
            return usage(Tr::tr("--paper takes a4 or letter, got \"%1\"").arg(parser.value(paper)));
        if (options.format != u"pdf" && options.format != u"letter-pdf")
            return usage(Tr::tr("--paper goes with report --format pdf or letter-pdf"));
        options.paper = *size;
    }
    return options;
}

} // namespace pd::cli
