#include "server/ServerOptions.h"

#include "server/Database.h"

#include <QCommandLineParser>

namespace pd {

namespace {

Error usage(const QString &message)
{
    return Error{ErrorKind::Usage, message};
}

} // namespace

bool ServerOptions::parseListen(const QString &text, ServerOptions *options, QString *error)
{
    QString host;
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0 || text.mid(close + 1, 1) != QStringLiteral(":")) {
            *error = QStringLiteral("--listen: expected [IPv6]:PORT, got \"%1\"").arg(text);
            return false;
        }
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon <= 0 || text.indexOf(u':') != colon) {
            *error = QStringLiteral("--listen: expected HOST:PORT, got \"%1\"").arg(text);
            return false;
        }
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    bool portOk = false;
    const uint port = portText.toUInt(&portOk);
    if (!portOk || port > 65535) {
        *error = QStringLiteral("--listen: \"%1\" is not a port number (0-65535)").arg(portText);
        return false;
    }
    QHostAddress address;
    if (host == QStringLiteral("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host)) {
        *error = QStringLiteral("--listen: \"%1\" is not an IP address or localhost").arg(host);
        return false;
    }
    options->listenHost = host;
    options->listenAddress = address;
    options->port = static_cast<quint16>(port);
    return true;
}

Result<ServerOptions> ServerOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The reference Member Privacy API server (HTTPS, SQLite) for development, demos and tests."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QStringLiteral("Directory for the database and the TLS files (created when absent)."), QStringLiteral("DIR"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Address to listen on (default 127.0.0.1:8443; port 0 picks "
                                                         "a free port)."),
                                          QStringLiteral("HOST:PORT"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Seed the demo member and write its token to DIR/demo-token."));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("PostgreSQL database shared by several server instances, as postgresql://USER@HOST:PORT/DB "
                       "(password in PGPASSWORD or ~/.pgpass). Default: SQLite in DIR."),
        QStringLiteral("URL"));
    const QCommandLineOption rateOption(
        QStringLiteral("rate-limit"),
        QStringLiteral("Requests per second per token, burst twice that (default 20; 0 = no limit)."),
        QStringLiteral("N"));
    const QCommandLineOption authFailureOption(
        QStringLiteral("auth-failure-limit"),
        QStringLiteral("Requests without a valid token allowed per minute per client address; past it 429 without "
                       "a token check (default 20; 0 = no limit)."),
        QStringLiteral("N"));
    const QCommandLineOption peerOption(
        QStringLiteral("connections-per-peer"),
        QStringLiteral("Open connections allowed per client address (default 32; raise it behind a proxy, which is "
                       "one address for every client)."),
        QStringLiteral("N"));
    const QCommandLineOption hooksOption(
        QStringLiteral("test-hooks"),
        QStringLiteral("Honour X-Test-Delay-Ms and X-Test-Fail request headers (tests only, never in production)."));
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"),
        QStringLiteral(
            "Inject faults into about 30% of requests, chosen by a generator seeded with SEED: drop the "
            "connection before or after applying a write, 503 or 429 with Retry-After: 1, stall up to 1.2 s, "
            "truncate the answer (tests only, never in production)."),
        QStringLiteral("SEED"));
    const QCommandLineOption oauthLifetimesOption(
        QStringLiteral("oauth-lifetimes"),
        QStringLiteral("Seconds an authorization code, an access token and a rotated refresh token's grace last "
                       "(default 60,3600,30; tests shorten them)."),
        QStringLiteral("CODE,ACCESS,GRACE"));
    const QCommandLineOption linkedInOption(
        QStringLiteral("linkedin-emulation"),
        QStringLiteral("Also serve an emulation of LinkedIn's Member Data Portability API (/rest/memberSnapshotData, "
                       "/rest/memberChangeLogs) for one invented member; tokens in DIR/linkedin (tests and demo)."));
    const QCommandLineOption linkedInMemberOption(
        QStringLiteral("linkedin-member"),
        QStringLiteral("The emulated member's description (default: the bundled one)."), QStringLiteral("FILE"));
    const QCommandLineOption linkedInForeignOption(
        QStringLiteral("linkedin-foreign-base"),
        QStringLiteral("Where the foreign-next token's next link points (default https://127.0.0.2:9)."),
        QStringLiteral("URL"));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"),
        QStringLiteral(
            "Threads serving connections, each with its own database connection (default: one per "
            "core; 1 with --faults, so that a seed replays, and with --linkedin-emulation; 1 = everything on the "
            "main thread)."),
        QStringLiteral("N"));
    parser.addOptions({dataDirOption, listenOption, demoOption, databaseOption, rateOption, authFailureOption,
                       peerOption, hooksOption, faultsOption, oauthLifetimesOption, linkedInOption,
                       linkedInMemberOption, linkedInForeignOption, threadsOption});

    ServerOptions options;
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    options.helpText = parser.helpText();
    if (parser.isSet(helpOption)) {
        options.showHelp = true;
        return options;
    }
    if (parser.isSet(versionOption)) {
        options.showVersion = true;
        return options;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    options.dataDir = parser.value(dataDirOption);
    if (options.dataDir.isEmpty())
        return usage(QStringLiteral("--data-dir DIR is required"));
    if (parser.isSet(listenOption)) {
        QString error;
        if (!parseListen(parser.value(listenOption), &options, &error))
            return usage(error);
    }
    if (parser.isSet(rateOption)) {
        bool ok = false;
        options.rateLimit = parser.value(rateOption).toDouble(&ok);
        if (!ok || options.rateLimit < 0 || options.rateLimit > 1e6)
            return usage(QStringLiteral("--rate-limit: \"%1\" is not a number of requests per second (0 = off)")
                             .arg(parser.value(rateOption)));
    }
    if (parser.isSet(authFailureOption)) {
        bool ok = false;
        options.authFailureLimit = parser.value(authFailureOption).toInt(&ok);
        if (!ok || options.authFailureLimit < 0 || options.authFailureLimit > 1000000)
            return usage(QStringLiteral("--auth-failure-limit: \"%1\" is not a number of requests per minute (0 = off)")
                             .arg(parser.value(authFailureOption)));
    }
    if (parser.isSet(databaseOption)) {
        options.databaseUrl = parser.value(databaseOption);
        if (!Database::isPostgresUrl(options.databaseUrl))
            return usage(QStringLiteral("--database: expected postgresql://USER@HOST:PORT/DB"));
    }
    if (parser.isSet(peerOption)) {
        bool ok = false;
        options.connectionsPerPeer = parser.value(peerOption).toInt(&ok);
        if (!ok || options.connectionsPerPeer < 1 || options.connectionsPerPeer > 100000)
            return usage(QStringLiteral("--connections-per-peer: \"%1\" is not a number from 1 to 100000")
                             .arg(parser.value(peerOption)));
    }
    if (parser.isSet(threadsOption)) {
        bool ok = false;
        options.threads = parser.value(threadsOption).toInt(&ok);
        if (!ok || options.threads < 1 || options.threads > 256)
            return usage(
                QStringLiteral("--threads: \"%1\" is not a number from 1 to 256").arg(parser.value(threadsOption)));
    }
    options.demo = parser.isSet(demoOption);
    options.testHooks = parser.isSet(hooksOption);
    options.linkedInEmulation = parser.isSet(linkedInOption);
    if ((parser.isSet(linkedInMemberOption) || parser.isSet(linkedInForeignOption)) && !options.linkedInEmulation)
        return usage(QStringLiteral("--linkedin-member and --linkedin-foreign-base go with --linkedin-emulation"));
    options.linkedInMember = parser.value(linkedInMemberOption);
    if (parser.isSet(linkedInForeignOption))
        options.linkedInForeign = parser.value(linkedInForeignOption);
    if (parser.isSet(faultsOption)) {
        bool ok = false;
        options.faultSeed = parser.value(faultsOption).toULongLong(&ok);
        if (!ok)
            return usage(
                QStringLiteral("--faults: \"%1\" is not a seed (a whole number)").arg(parser.value(faultsOption)));
    }
    if (parser.isSet(oauthLifetimesOption)) {
        const QStringList parts = parser.value(oauthLifetimesOption).split(u',');
        bool ok = parts.size() == 3;
        int values[3] = {};
        for (int i = 0; ok && i < 3; ++i) {
            values[i] = parts[i].toInt(&ok);
            ok = ok && values[i] >= (i == 2 ? 0 : 1) && values[i] <= 30 * 86400;
        }
        if (!ok)
            return usage(QStringLiteral("--oauth-lifetimes: expected three numbers of seconds, e.g. 60,3600,30"));
        options.oauthCodeSeconds = values[0];
        options.oauthAccessSeconds = values[1];
        options.oauthGraceSeconds = values[2];
    }
    return options;
}

} // namespace pd
