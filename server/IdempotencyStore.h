#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace pd {

class Clock;
class Database;

// A stored answer to an applied request, replayed verbatim for a retry with the same key.
struct StoredReply {
    int status = 0;
    QByteArray body;
    QString etag;
};

// Idempotency-Key records (draft-ietf-httpapi-idempotency-key-header), one per member and key.
// A key is reserved ("in-flight") before the change is attempted and completed in the same
// transaction that applies the change, so a crash leaves either nothing applied and a stale
// reservation (cleared at start-up) or the change together with its stored reply. Keys are
// scoped to the member, not the token, so a retry after a token refresh still replays.
class IdempotencyStore final
{
public:
    static constexpr qint64 RetentionSeconds = 24 * 60 * 60;
    // A reservation older than this was left by a server that stopped mid-request (no request
    // takes a minute: the longest test delay is 10 s); with several servers on one database
    // none may clear the others' reservations at start-up, so a stale one is taken over instead.
    static constexpr qint64 StaleInFlightSeconds = 60;

    enum class Outcome {
        Reserved, // first use: go ahead, then complete() or release()
        Replay,   // applied before with the same request: answer with reply
        InFlight, // the first request with this key is still being processed
        Mismatch, // the key was used for a different request
    };
    struct Begin {
        Outcome outcome = Outcome::Reserved;
        StoredReply reply;
    };

    IdempotencyStore(Database *database, const Clock *clock)
        : m_database(database)
        , m_clock(clock)
    {}

    // fingerprint: a hash of what makes two requests "the same" (method, path, canonical body).
    Result<Begin> begin(const QString &memberId, const QString &key, const QString &fingerprint);
    // Inside the caller's transaction, with the change itself.
    Result<void> complete(const QString &memberId, const QString &key, const StoredReply &reply);
    // Frees a reservation whose request did not apply anything (412, 503, a dropped connection).
    Result<void> release(const QString &memberId, const QString &key);
    // At start-up: reservations left by a server that stopped mid-request applied nothing.
    // Only for a database this server has to itself (SQLite); with PostgreSQL, releaseStaleInFlight().
    Result<int> releaseAllInFlight();
    Result<int> releaseStaleInFlight();

private:
    Result<void> purgeExpired();

    Database *m_database;
    const Clock *m_clock;
};

} // namespace pd
