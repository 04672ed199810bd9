#include "server/WorkerThread.h"

#include "server/ServerLog.h"

namespace pd {

WorkerThread::WorkerThread(Factory factory, QObject *parent)
    : QThread(parent)
    , m_factory(std::move(factory))
{}

WorkerThread::~WorkerThread()
{
    stop();
}

Result<void> WorkerThread::startAndWait()
{
    start();
    QMutexLocker locker(&m_mutex);
    while (!m_ready)
        m_readyCondition.wait(&m_mutex);
    if (m_error) {
        locker.unlock();
        wait();
        return *m_error;
    }
    return {};
}

void WorkerThread::stop()
{
    if (!isRunning())
        return;
    quit();
    wait();
}

void WorkerThread::run()
{
    Result<std::unique_ptr<WorkerContext>> made = m_factory();
    {
        const QMutexLocker locker(&m_mutex);
        if (made) {
            m_context = std::move(made).value();
            m_home = new QObject;
        } else {
            m_error = made.error();
        }
        m_ready = true;
        m_readyCondition.wakeAll();
    }
    if (!m_context)
        return;
    exec();
    // The connections first (they call into the API while they close), then the API and its database.
    delete m_home;
    m_home = nullptr;
    m_context.reset();
    ServerLog::flush(); // what the connections logged as they closed, before stop() returns
}

} // namespace pd
