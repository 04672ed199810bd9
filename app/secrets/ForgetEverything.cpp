#include "secrets/ForgetEverything.h"

#include "secrets/EncryptedCache.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace pd {

Result<void> forgetEverything(SecretStore &store, const PersonalDataLocations &what)
{
    QStringList failures;
    const auto forgetSecret = [&](const QString &name) {
        if (const Result<void> removed = store.remove(name); !removed)
            failures << removed.error().message;
    };
    const auto forgetFolder = [&](const QString &path) {
        if (path.isEmpty() || !QFileInfo::exists(path))
            return;
        if (!QDir(path).removeRecursively())
            failures << QCoreApplication::translate("pd::ForgetEverything", "cannot delete %1").arg(path);
    };

    forgetSecret(QString::fromLatin1(EncryptedCache::keyName));
    forgetFolder(what.cacheDirectory);
    for (const QString &name : what.secretNames)
        forgetSecret(name);
    for (const QString &folder : what.directories)
        forgetFolder(folder);
    if (!failures.isEmpty())
        return Error::internal(QCoreApplication::translate("pd::ForgetEverything", "Not everything was forgotten: %1")
                                   .arg(failures.join(QStringLiteral("; "))));
    return {};
}

} // namespace pd
