#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace pd {

// One opt-out write that was started but whose outcome is not known yet.
struct OutboxRecord {
    QString server;        // base URL the write was for
    bool optedOut = false; // the target state
    QByteArray idempotencyKey;
    QByteArray ifMatch; // the ETag the PUT carries
    QDateTime createdAt;
    bool operator==(const OutboxRecord &) const = default;
};

// RELIABILITY "The opt-out write" step 2: the intent is written atomically (QSaveFile, mode
// 0600) before the PUT is sent and removed once the server's answer is known, so a crash or a
// lost connection never loses it; on the next start it is replayed with the same key. One record
// per server (the file name is a hash of the URL) in a directory the caller owns.
class OptOutOutbox final
{
public:
    explicit OptOutOutbox(QString directory);

    const QString &directory() const { return m_directory; }
    Result<bool> store(const OutboxRecord &record);
    // The pending record for that server; an unreadable record is an InvalidInput error.
    Result<std::optional<OutboxRecord>> pending(const QString &server) const;
    void clear(const QString &server);

private:
    QString fileFor(const QString &server) const;

    QString m_directory;
};

} // namespace pd
