#include "server/ServerLog.h"

#include <QAbstractEventDispatcher>
#include <QMutex>
#include <QPointer>
#include <QThread>

#include <cerrno>
#include <unistd.h>

namespace pd::ServerLog {

namespace {

QMutex &writeLock()
{
    static QMutex lock;
    return lock;
}

void writeAll(const QByteArray &bytes)
{
    const QMutexLocker locker(&writeLock());
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(STDERR_FILENO, data, static_cast<size_t>(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return; // stderr closed or broken: the log is best effort, serving goes on
        data += written;
        left -= written;
    }
}

// One per thread; written out when the thread's loop is about to wait and when the thread ends.
struct Buffer {
    QByteArray bytes;
    QPointer<QAbstractEventDispatcher> hookedTo; // null again once that loop is gone
    QMetaObject::Connection hook;
    bool endHooked = false;

    ~Buffer() { write(); }

    void write()
    {
        if (bytes.isEmpty())
            return;
        writeAll(bytes);
        bytes.clear();
    }

    // True when a dispatcher will flush this buffer before its loop waits.
    bool hooked()
    {
        if (!endHooked) {
            // QThread::finished is emitted on the ending thread before wait() returns there,
            // whereas this object's destructor may run after (at the thread's very exit).
            endHooked = true;
            QObject::connect(QThread::currentThread(), &QThread::finished, [] { flush(); });
        }
        QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(QThread::currentThread());
        if (dispatcher != hookedTo) {
            QObject::disconnect(hook);
            hookedTo = dispatcher;
            // A direct connection: aboutToBlock() is emitted on this thread, by its own loop.
            hook = dispatcher ? QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, [] { flush(); })
                              : QMetaObject::Connection();
        }
        return dispatcher != nullptr;
    }
};

Buffer &buffer()
{
    thread_local Buffer perThread;
    return perThread;
}

} // namespace

void append(const QString &line)
{
    Buffer &own = buffer();
    own.bytes += line.toUtf8();
    own.bytes += '\n';
    if (own.bytes.size() >= FlushBytes || !own.hooked())
        own.write();
}

void flush()
{
    buffer().write();
}

void now(const QString &line)
{
    Buffer &own = buffer();
    own.bytes += line.toUtf8();
    own.bytes += '\n';
    own.write();
}

} // namespace pd::ServerLog
