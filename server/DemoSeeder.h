#pragma once

#include "core/Result.h"

#include <QString>

namespace pd {

class Clock;
class Database;

// --demo: puts the bundled demo member (resources/demo/demo-member.json, via pd::loadDemoMember)
// into the database and writes a bearer token for it to DIR/demo-token (0600). A database that
// already holds the demo member keeps it, its changes and its token file; only a missing token
// file gets a fresh token (the old one cannot be recovered from its hash, so it is revoked).
class DemoSeeder final
{
public:
    static inline const QString TokenLabel = QStringLiteral("demo");

    struct Outcome {
        bool memberCreated = false;
        bool tokenWritten = false;
    };

    static Result<Outcome> ensure(Database *database, const Clock &clock, const QString &tokenFile);
};

} // namespace pd
