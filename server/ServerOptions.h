#pragma once

#include "core/Result.h"

#include <QHostAddress>
#include <QString>

#include <optional>
#include <QStringList>

namespace pd {

// The server's command line (DESIGN §5):
//   privacy-api-server --data-dir DIR [--listen HOST:PORT] [--demo] [--database URL] [--rate-limit N]
//                      [--auth-failure-limit N] [--test-hooks] [--threads N]
// Parsing is a pure function so tests can feed it argument lists.
struct ServerOptions {
    static constexpr double DefaultRateLimit = 20.0;   // requests per second per token; burst is twice this
    static constexpr int DefaultAuthFailureLimit = 20; // failed authentications per minute per peer address

    QString dataDir;
    QString listenHost = QStringLiteral("127.0.0.1"); // as given, for the "listening on" line
    QHostAddress listenAddress{QHostAddress::LocalHost};
    quint16 port = 8443;
    bool demo = false;
    QString databaseUrl;                            // empty: SQLite in dataDir; else postgresql://USER@HOST:PORT/DB
    double rateLimit = DefaultRateLimit;            // 0 = off
    int authFailureLimit = DefaultAuthFailureLimit; // 0 = off
    bool testHooks = false;
    int connectionsPerPeer = 32;      // ApiServer::Limits; a TLS-terminating proxy in front is one peer
    std::optional<quint64> faultSeed; // --faults SEED: random faults on ~30% of requests (tests only)
    // --oauth-lifetimes CODE,ACCESS,GRACE (seconds; tests shorten them): the authorization code, the
    // access token and the window in which a rotated refresh token is accepted once more.
    int oauthCodeSeconds = 60;
    int oauthAccessSeconds = 3600;
    int oauthGraceSeconds = 30;
    // --linkedin-emulation [--linkedin-member FILE] [--linkedin-foreign-base URL]: LinkedIn's
    // Member Data Portability API for one invented member (server/LinkedInEmulation.h).
    bool linkedInEmulation = false;
    QString linkedInMember; // empty: the bundled description
    QString linkedInForeign = QStringLiteral("https://127.0.0.2:9");
    int threads = 0; // serving threads; 0 = one per core (1 with --faults)

    bool showHelp = false;
    bool showVersion = false;
    QString helpText;

    // arguments[0] is the program name, as in QCoreApplication::arguments().
    static Result<ServerOptions> parse(const QStringList &arguments);
    // "HOST:PORT", "[v6]:PORT"; HOST may be "localhost".
    static bool parseListen(const QString &text, ServerOptions *options, QString *error);
};

} // namespace pd
