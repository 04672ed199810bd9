#pragma once

#include <QByteArray>
#include <QString>

namespace pd {

// The server's log on stderr: one line per request and the odd event. Lines are kept per thread
// and written with one write() when that thread's event loop is about to wait for something to
// do, when the thread's buffer passes FlushBytes, when the thread ends and before exit — so
// under load one write carries many lines, and when the server is idle every line is out as soon
// as its loop has nothing else to do (no timer delays it). A normal stop (SIGTERM, SIGINT, the
// event loop ending) loses no line: workers flush as their threads end, the main thread through
// flush() before its last words. Only a crash or SIGKILL can lose what one turn of a loop logged.
// Writes from several threads take one lock, so their lines never interleave.
namespace ServerLog {

inline constexpr qsizetype FlushBytes = 16 * 1024;

// Appends `line` and a newline to this thread's buffer (written at once on a thread without an
// event loop).
void append(const QString &line);
// Writes this thread's buffer now.
void flush();
// Flushes this thread's buffer, then writes `line` at once: start-up and shut-down messages.
void now(const QString &line);

} // namespace ServerLog

} // namespace pd
