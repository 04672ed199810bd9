#include "secrets/KeychainSecretStore.h"

#include "core/BuildInfo.h"
#include "secrets/MemorySecretStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

namespace pd {

namespace {

// Detection stays short: the app asks once at start, before the window is usable.
constexpr std::chrono::milliseconds probeTimeout{3000};

QString text(const char *source)
{
    return QCoreApplication::translate("pd::SecretStore", source);
}

// A session bus to talk to, without starting one: with neither variable pointing at a bus,
// GLib and libdbus would "autolaunch" a private dbus-daemon through dbus-launch (and X11).
bool sessionBusReachable()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(QDir(runtime).filePath(QStringLiteral("bus")));
}

enum class Outcome {
    Done,
    TimedOut,
    NoEventLoop,
};

// Runs `job` to its end on a local event loop, at most `timeout`. A job that did not finish in
// time is left to delete itself whenever QtKeychain answers; the caller must not touch it then.
Outcome runJob(QKeychain::Job *job, std::chrono::milliseconds timeout)
{
    if (QCoreApplication::instance() == nullptr) {
        delete job;
        return Outcome::NoEventLoop;
    }
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plaintext QSettings file (RELIABILITY §Known traps)
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job->start();
    if (!finished) // a backend may answer at once
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
        return Outcome::TimedOut;
    }
    return Outcome::Done;
}

Error keychainError(const QString &reason)
{
    return Error::internal(text("The system keychain failed: %1").arg(reason));
}

Error outcomeError(Outcome outcome, std::chrono::milliseconds timeout)
{
    if (outcome == Outcome::NoEventLoop)
        return Error::internal(QStringLiteral("KeychainSecretStore needs a QCoreApplication"));
    return keychainError(text("no answer within %1 s").arg((timeout.count() + 999) / 1000));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service))
    , m_timeout(timeout)
{}

Result<void> KeychainSecretStore::write(const QString &name, const QByteArray &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(name);
    job->setBinaryData(secret);
    if (const Outcome outcome = runJob(job, m_timeout); outcome != Outcome::Done)
        return outcomeError(outcome, m_timeout);
    const std::unique_ptr<QKeychain::Job> done(job);
    if (job->error() != QKeychain::NoError)
        return keychainError(job->errorString());
    return {};
}

Result<std::optional<QByteArray>> KeychainSecretStore::read(const QString &name)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(name);
    if (const Outcome outcome = runJob(job, m_timeout); outcome != Outcome::Done)
        return outcomeError(outcome, m_timeout);
    const std::unique_ptr<QKeychain::ReadPasswordJob> done(job);
    if (job->error() == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (job->error() != QKeychain::NoError)
        return keychainError(job->errorString());
    return std::optional<QByteArray>(job->binaryData());
}

Result<void> KeychainSecretStore::remove(const QString &name)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(name);
    if (const Outcome outcome = runJob(job, m_timeout); outcome != Outcome::Done)
        return outcomeError(outcome, m_timeout);
    const std::unique_ptr<QKeychain::Job> done(job);
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        return keychainError(job->errorString());
    return {};
}

bool KeychainSecretStore::probe(const QString &service, std::chrono::milliseconds timeout)
{
    if (!sessionBusReachable())
        return false;
    KeychainSecretStore store(service, timeout);
    return store.read(QStringLiteral("probe")).ok();
}

std::unique_ptr<SecretStore> makeSystemSecretStore()
{
    const QString service = QStringLiteral(PD_APP_ID);
    if (!sessionBusReachable())
        return std::make_unique<MemorySecretStore>(
            text("No system keychain was found (there is no D-Bus session), so your sign-in is kept for "
                 "this session only and nothing of your data is kept on this computer."));
    if (!KeychainSecretStore::probe(service, probeTimeout))
        return std::make_unique<MemorySecretStore>(
            text("The system keychain did not answer, so your sign-in is kept for this session only and "
                 "nothing of your data is kept on this computer."));
    return std::make_unique<KeychainSecretStore>(service);
}

} // namespace pd
