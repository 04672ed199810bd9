#pragma once

#include "core/Result.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <functional>
#include <memory>

namespace pd {

class PrivacyApi;

// What one worker thread serves with, made on that thread by the factory ApiServer is given: a
// PrivacyApi and what it borrows (its own database connection: Qt Sql connections work only on
// the thread that opened them). Destroyed on that thread, after the thread's connections.
class WorkerContext
{
public:
    virtual ~WorkerContext() = default;
    virtual PrivacyApi *api() = 0;
};

// One of ApiServer's worker threads: runs the factory, then an event loop on which the
// HttpConnections handed to it live (their TLS, HTTP framing and PrivacyApi calls). home() is
// the parent of those connections, so that stopping the thread closes and deletes them there.
class WorkerThread final : public QThread
{
    Q_OBJECT

public:
    using Factory = std::function<Result<std::unique_ptr<WorkerContext>>()>;

    explicit WorkerThread(Factory factory, QObject *parent = nullptr);
    ~WorkerThread() override;

    // Starts the thread and waits until the factory has run.
    Result<void> startAndWait();
    void stop(); // ends the event loop and joins
    PrivacyApi *api() const { return m_context ? m_context->api() : nullptr; }
    QObject *home() const { return m_home; }

protected:
    void run() override;

private:
    Factory m_factory;
    std::unique_ptr<WorkerContext> m_context;
    QObject *m_home = nullptr;
    QMutex m_mutex;
    QWaitCondition m_readyCondition;
    bool m_ready = false;
    std::optional<Error> m_error;
};

} // namespace pd
