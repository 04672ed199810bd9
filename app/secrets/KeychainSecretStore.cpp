#include "secrets/KeychainSecretStore.h"

#include "core/BuildInfo.h"
#include "core/ProjectModule.h"
#include "secrets/KeychainModule.h"
#include "secrets/MemorySecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace pd {

namespace {

// Detection stays short: the app asks once at start, before the window is usable.
constexpr std::chrono::milliseconds probeTimeout{3000};

// A session bus to talk to, without starting one: with neither variable pointing at a bus,
// GLib and libdbus would "autolaunch" a private dbus-daemon through dbus-launch (and X11).
bool sessionBusReachable()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(QDir(runtime).filePath(QStringLiteral("bus")));
}

const QString ModuleFile = QStringLiteral("privacy-dashboard-keychain.so");

// The QtKeychain backend, loaded once (KeychainModule.h).
Result<const KeychainModuleApi *> keychainModule()
{
    static const Result<const KeychainModuleApi *> loaded =
        loadProjectModule<KeychainModuleApi>(QStringLiteral("keychain"), ModuleFile, KeychainModuleEntry);
    return loaded;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, std::chrono::milliseconds timeout)
{
    const Result<const KeychainModuleApi *> module = keychainModule();
    if (module)
        m_backend = (*module)->create(service, timeout);
    else
        m_unavailable = module.error();
}

KeychainSecretStore::~KeychainSecretStore() = default;

Result<void> KeychainSecretStore::write(const QString &name, const QByteArray &secret)
{
    if (!m_backend)
        return *m_unavailable;
    return m_backend->write(name, secret);
}

Result<std::optional<QByteArray>> KeychainSecretStore::read(const QString &name)
{
    if (!m_backend)
        return *m_unavailable;
    return m_backend->read(name);
}

Result<void> KeychainSecretStore::remove(const QString &name)
{
    if (!m_backend)
        return *m_unavailable;
    return m_backend->remove(name);
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
        return std::make_unique<MemorySecretStore>(QCoreApplication::translate(
            "pd::SecretStore", "No system keychain was found (there is no D-Bus session), so your sign-in is kept for "
                               "this session only and nothing of your data is kept on this computer."));
    // Without the module (a broken installation) the member hears why, and signs in for the session.
    if (const Result<const KeychainModuleApi *> module = keychainModule(); !module)
        return std::make_unique<MemorySecretStore>(
            QCoreApplication::translate("pd::SecretStore",
                                        "The system keychain cannot be used (%1), so your sign-in is kept for this "
                                        "session only and nothing of your data is kept on this computer.")
                .arg(module.error().message));
    if (!KeychainSecretStore::probe(service, probeTimeout))
        return std::make_unique<MemorySecretStore>(QCoreApplication::translate(
            "pd::SecretStore", "The system keychain did not answer, so your sign-in is kept for this session only and "
                               "nothing of your data is kept on this computer."));
    return std::make_unique<KeychainSecretStore>(service);
}

} // namespace pd
