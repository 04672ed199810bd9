#include "core/ProjectModule.h"

#include "core/BuildInfo.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <QMutex>

namespace pd {

namespace {

Error moduleError(const QString &what, const QString &path, const QString &why)
{
    return Error::internal(QStringLiteral("the %1 module %2 %3; reinstall privacy-dashboard").arg(what, path, why));
}

// One QLibrary per module file, kept loaded for the life of the process. The registry is never
// destroyed, so the libraries stay reachable when LeakSanitizer looks at exit; callers may come
// from any thread.
QLibrary *keptLibrary(const QString &path)
{
    static QMutex mutex;
    static auto *const libraries = new QHash<QString, QLibrary *>;
    const QMutexLocker lock(&mutex);
    QLibrary *&library = (*libraries)[path];
    if (!library)
        library = new QLibrary(path);
    return library;
}

} // namespace

QString projectModulePath(const QString &fileName)
{
    // Before the QCoreApplication exists, so not QCoreApplication::applicationDirPath().
    const QString executable = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    const QDir bin = QFileInfo(executable).absoluteDir();
    return QDir::cleanPath(bin.filePath(QStringLiteral("../" PD_MODULE_DIR "/") + fileName));
}

Result<QFunctionPointer> resolveProjectModule(const QString &what, const QString &fileName, const char *entry)
{
    const QString path = projectModulePath(fileName);
    if (!QFileInfo::exists(path))
        return moduleError(what, path, QStringLiteral("is missing"));
    QLibrary *library = keptLibrary(path);
    const QFunctionPointer function = library->resolve(entry);
    if (!function)
        return moduleError(what, path, QStringLiteral("could not be loaded (%1)").arg(library->errorString()));
    return function;
}

Error projectModuleVersionError(const QString &what, const QString &fileName, const char *moduleVersion)
{
    return moduleError(
        what, projectModulePath(fileName),
        QStringLiteral("is of another version (%1, this program %2)")
            .arg(QString::fromUtf8(moduleVersion ? moduleVersion : "unknown"), QStringLiteral(PD_VERSION)));
}

} // namespace pd
