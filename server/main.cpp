// privacy-api-server: composition root of the reference Member Privacy API (DESIGN §5).
#include "core/BuildInfo.h"
#include "core/Clock.h"
#include "core/MemberRecord.h"
#include "server/ApiServer.h"
#include "server/Database.h"
#include "server/DemoSeeder.h"
#include "server/DevCertificateAuthority.h"
#include "server/IdempotencyStore.h"
#include "server/LinkedInEmulation.h"
#include "server/OAuthApi.h"
#include "server/PrivacyApi.h"
#include "server/ServerLog.h"
#include "server/ServerOptions.h"
#include "server/SignalWatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/stat.h>

namespace {

void say(const QString &line)
{
    pd::ServerLog::now(QStringLiteral("privacy-api-server: ") + line);
}

// A worker thread's database connection and the PrivacyApi on it (ApiServer::startWorkers).
struct Worker final : pd::WorkerContext {
    ~Worker() override { privacyApi.reset(); } // before the database it borrows
    pd::PrivacyApi *api() override { return privacyApi.get(); }
    pd::Database database;
    std::unique_ptr<pd::PrivacyApi> privacyApi;
};

int fail(const pd::Error &error)
{
    say(error.message);
    return pd::exitCodeFor(error.kind);
}

} // namespace

int main(int argc, char *argv[])
{
    // Database, WAL files, keys and the token file: nobody else on the machine reads them.
    ::umask(077);
    pd::SignalWatcher::installHandlers();
    // Qt's own event dispatcher rather than GLib's: it wakes a busy thread's loop with one
    // eventfd write rather than one per posted event (about 6 syscalls a request down to 2.5).
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("privacy-api-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PD_VERSION));

    const pd::Result<pd::ServerOptions> parsed = pd::ServerOptions::parse(QCoreApplication::arguments());
    if (!parsed) {
        say(parsed.error().message + QStringLiteral(" (see --help)"));
        return pd::exitCodeFor(parsed.error().kind);
    }
    const pd::ServerOptions &options = *parsed;
    if (options.showHelp || options.showVersion) {
        const QString text = options.showHelp
                                 ? options.helpText
                                 : QStringLiteral("privacy-api-server ") + QStringLiteral(PD_VERSION) + u'\n';
        std::fputs(text.toUtf8().constData(), stdout);
        return 0;
    }

    // From here on SIGTERM/SIGINT end the event loop (a signal during start-up ends it at once),
    // so the database is always closed cleanly.
    pd::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &pd::SignalWatcher::terminationRequested, &app, [](int signalNumber) {
        say(QStringLiteral("stopping on signal %1").arg(signalNumber));
        QCoreApplication::quit();
    });

    const pd::SystemClock clock;
    const QDir dataDir(options.dataDir);
    if (!QDir().mkpath(dataDir.absolutePath()))
        return fail(pd::Error::internal(QStringLiteral("cannot create the data directory %1").arg(options.dataDir)));
    QFile::setPermissions(dataDir.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const auto tls = pd::DevCertificateAuthority::ensure(dataDir.filePath(QStringLiteral("tls")), clock.now());
    if (!tls)
        return fail(tls.error());
    if (tls->created)
        say(QStringLiteral("made a development CA and server certificate; clients trust %1").arg(tls->caCertificate));
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(tls->serverCertificate, QSsl::Pem);
    QFile keyFile(tls->serverKey);
    if (chain.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
        return fail(pd::Error::internal(
            QStringLiteral("cannot read the server certificate or key in %1/tls").arg(options.dataDir)));
    const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return fail(pd::Error::internal(QStringLiteral("cannot read the server key %1").arg(tls->serverKey)));

    pd::Database database;
    const bool shared = !options.databaseUrl.isEmpty();
    if (auto opened = shared ? database.openPostgres(options.databaseUrl)
                             : database.open(dataDir.filePath(QStringLiteral("privacy-api.sqlite3")));
        !opened)
        return fail(opened.error());
    // A database of its own: whatever is in flight was left by this server's last run. A shared
    // one: other instances may be mid-request, so only reservations too old to be alive go.
    pd::IdempotencyStore idempotency(&database, &clock);
    if (auto cleared = shared ? idempotency.releaseStaleInFlight() : idempotency.releaseAllInFlight(); !cleared)
        return fail(cleared.error());
    else if (*cleared > 0)
        say(QStringLiteral("released %1 idempotency key(s) left in flight by a stopped server").arg(*cleared));

    if (options.demo) {
        const QString tokenFile = dataDir.filePath(QStringLiteral("demo-token"));
        const auto seeded = pd::DemoSeeder::ensure(&database, clock, tokenFile);
        if (!seeded)
            return fail(seeded.error());
        if (seeded->memberCreated)
            say(QStringLiteral("seeded the demo member"));
        if (seeded->tokenWritten)
            say(QStringLiteral("wrote a demo token to %1").arg(tokenFile));
        // Sign-in (/oauth/authorize): the demo member's e-mail and a password in DIR/demo-password.
        const auto demo = pd::loadDemoMember();
        if (!demo)
            return fail(demo.error());
        const QString passwordFile = dataDir.filePath(QStringLiteral("demo-password"));
        const auto password =
            pd::OAuthApi::ensureDemoPassword(&database, clock, demo->member.id, demo->email, passwordFile);
        if (!password)
            return fail(password.error());
        if (*password)
            say(QStringLiteral("wrote the demo member's sign-in password to %1").arg(passwordFile));
    }

    // One serving thread: everything on this one, as before. More: each worker thread opens its
    // own connection to the same database and has its own PrivacyApi; on SQLite the rate limits
    // are shared in this process (on PostgreSQL they live in the database).
    const int threads = options.linkedInEmulation ? 1
                        : options.threads > 0     ? options.threads
                                                  : (options.faultSeed ? 1 : std::max(1, QThread::idealThreadCount()));
    pd::RateLimiter sharedRateLimit(options.rateLimit);
    pd::RateLimiter sharedAuthFailures(options.authFailureLimit / 60.0, options.authFailureLimit);
    pd::PrivacyApi::Config config{options.rateLimit, options.testHooks, options.authFailureLimit, options.faultSeed};
    config.oauth.codeSeconds = options.oauthCodeSeconds;
    config.oauth.tokens.accessSeconds = options.oauthAccessSeconds;
    config.oauth.tokens.refreshGraceSeconds = options.oauthGraceSeconds;
    if (!shared && threads > 1) {
        config.sharedRateLimit = &sharedRateLimit;
        config.sharedAuthFailures = &sharedAuthFailures;
    }
    std::unique_ptr<pd::PrivacyApi> api;
    if (threads == 1)
        api = std::make_unique<pd::PrivacyApi>(&database, &clock, config);
    // The emulation counts requests per token (429 on a given one, expiry): one serving thread.
    std::unique_ptr<pd::LinkedInEmulation> linkedIn;
    if (options.linkedInEmulation) {
        auto created = pd::LinkedInEmulation::create(options.dataDir, options.linkedInMember,
                                                     QUrl(options.linkedInForeign), &clock);
        if (!created)
            return fail(created.error());
        linkedIn = std::move(created).value();
        api->setLinkedInEmulation(linkedIn.get());
        say(QStringLiteral("LinkedIn API emulation is ON: tokens in %1/linkedin").arg(options.dataDir));
    }
    pd::ApiServer::Limits limits;
    limits.maxConnectionsPerPeer = options.connectionsPerPeer;
    limits.maxConnections = std::max(limits.maxConnections, options.connectionsPerPeer);
    pd::ApiServer server(api.get(), limits);
    if (threads > 1) {
        const QString sqlitePath = dataDir.filePath(QStringLiteral("privacy-api.sqlite3"));
        auto started = server.startWorkers(threads, [&]() -> pd::Result<std::unique_ptr<pd::WorkerContext>> {
            auto worker = std::make_unique<Worker>();
            if (auto opened =
                    shared ? worker->database.openPostgres(options.databaseUrl) : worker->database.open(sqlitePath);
                !opened)
                return opened.error();
            worker->privacyApi = std::make_unique<pd::PrivacyApi>(&worker->database, &clock, config);
            return std::unique_ptr<pd::WorkerContext>(std::move(worker));
        });
        if (!started)
            return fail(started.error());
    }
    const auto port = server.listenTls(options.listenAddress, options.port, chain, key);
    if (!port)
        return fail(port.error());
    if (options.faultSeed)
        say(QStringLiteral("faults are ON (seed %1): about 30% of requests fail on purpose; never use this for real "
                           "data")
                .arg(*options.faultSeed));
    if (options.testHooks)
        say(QStringLiteral("test hooks are ON (X-Test-Delay-Ms, X-Test-Fail): never use this for real data"));

    const QString host = options.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + options.listenHost + u']'
                             : options.listenHost;
    std::printf("listening on https://%s:%u\n", host.toUtf8().constData(), static_cast<unsigned>(*port));
    std::fflush(stdout);

    const int status = QCoreApplication::exec();
    server.closeListeners();
    server.stopWorkers();
    database.close();
    say(QStringLiteral("stopped"));
    return status;
}
