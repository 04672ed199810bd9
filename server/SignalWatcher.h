#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace pd {

// Turns SIGTERM and SIGINT into a Qt signal on the event loop (the self-pipe trick: the handler
// only write()s one byte, which is async-signal-safe). One instance per process.
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    // Call first thing in main(), before Qt starts: a signal that arrives while the server is
    // still starting then waits in the pipe instead of killing the process.
    static bool installHandlers();

    // Installs the handlers if that was not done yet, and watches the pipe from the event loop.
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace pd
