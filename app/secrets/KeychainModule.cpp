// privacy-dashboard-keychain: the OS keychain through QtKeychain (and D-Bus), behind one entry
// point (KeychainModule.h), so that a process loads them only when it uses the keychain.
#include "secrets/KeychainModule.h"

#include "core/BuildInfo.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace pd {

namespace {

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
    return Error::internal(
        QCoreApplication::translate("pd::SecretStore", "The system keychain failed: %1").arg(reason));
}

Error outcomeError(Outcome outcome, std::chrono::milliseconds timeout)
{
    if (outcome == Outcome::NoEventLoop)
        return Error::internal(QStringLiteral("KeychainSecretStore needs a QCoreApplication"));
    return keychainError(
        QCoreApplication::translate("pd::SecretStore", "no answer within %1 s").arg((timeout.count() + 999) / 1000));
}

class QtKeychainStore final : public SecretStore
{
public:
    QtKeychainStore(QString service, std::chrono::milliseconds timeout)
        : m_service(std::move(service))
        , m_timeout(timeout)
    {}

    Result<void> write(const QString &name, const QByteArray &secret) override;
    Result<std::optional<QByteArray>> read(const QString &name) override;
    Result<void> remove(const QString &name) override;
    bool isPersistent() const override { return true; }
    QString limitation() const override { return {}; }

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

Result<void> QtKeychainStore::write(const QString &name, const QByteArray &secret)
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

Result<std::optional<QByteArray>> QtKeychainStore::read(const QString &name)
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

Result<void> QtKeychainStore::remove(const QString &name)
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

std::unique_ptr<SecretStore> create(const QString &service, std::chrono::milliseconds timeout)
{
    return std::make_unique<QtKeychainStore>(service, timeout);
}

const KeychainModuleApi Api{PD_VERSION, &create};

} // namespace

} // namespace pd

extern "C" Q_DECL_EXPORT const pd::KeychainModuleApi *pd_keychain_module_api()
{
    return &pd::Api;
}
