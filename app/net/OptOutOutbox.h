#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace pd {

// Whose setting a pending change is for. A change is bound to the server (without user info),
// the member the server named for the token, and the setting: it is never sent under another
// identity (another member's token on the same server finds no record).
struct OutboxKey {
    QString server;
    QString memberId;
    QString setting = QStringLiteral("ai-training");
    bool operator==(const OutboxKey &) const = default;
};

// One opt-out change the member asked for whose outcome is not known yet: the member's pending
// intent. Sending: the request is (or was, when the app stopped) on its way, and the member saw
// "Pending". Waiting: a send failed without an answer, and the member was told that the change
// waits to be sent (and how to cancel it).
struct OutboxRecord {
    enum class State {
        Sending,
        Waiting,
    };
    OutboxKey key;
    bool optedOut = false; // the target state
    QByteArray idempotencyKey;
    QByteArray ifMatch; // the ETag the PUT carries
    QDateTime createdAt;
    State state = State::Sending;
    qint64 senderPid = 0; // Sending: the process sending it (another window may be sending it now)
    bool operator==(const OutboxRecord &) const = default;

    // Sending, by another process that is still running: not ours to resend, rewrite or cancel.
    bool beingSentElsewhere() const;
};

// RELIABILITY "The opt-out write" step 2: the intent is written durably (writeFileAtomically:
// 0600, fsync'd, never half-written) before the PUT is sent, and removed once the server's answer
// is known or the member cancels it. One record per key, in a directory (0700) shared by the
// desktop app and the CLI, so a change left by one front end is seen by the other.
class OptOutOutbox final
{
public:
    explicit OptOutOutbox(QString directory);

    const QString &directory() const { return m_directory; }
    Result<void> store(const OutboxRecord &record);
    // The pending record for that key; an unreadable record is an InvalidInput error.
    Result<std::optional<OutboxRecord>> pending(const OutboxKey &key) const;
    Result<void> clear(const OutboxKey &key);

    // Which member a server named for a token, remembered so that a change asked for while the
    // server cannot be reached is still bound to that member (the file holds a hash of server
    // and token, never the token). Empty when not known.
    Result<void> rememberMember(const QString &server, const QByteArray &token, const QString &memberId);
    QString knownMember(const QString &server, const QByteArray &token) const;

private:
    QString fileFor(const OutboxKey &key) const;
    QString memberFileFor(const QString &server, const QByteArray &token) const;

    QString m_directory;
};

} // namespace pd
