#include "core/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pd {

namespace {
Error writeError(const QString &path, const QString &reason)
{
    return Error{ErrorKind::InvalidInput,
                 QCoreApplication::translate("pd::SafeFile", "cannot write %1: %2").arg(path, reason)};
}
} // namespace

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false); // never write in place: the old file must survive a failure
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return writeError(path, file.errorString());
    if (!file.setPermissions(permissions)) {
        file.cancelWriting();
        return writeError(path, QCoreApplication::translate("pd::SafeFile", "cannot set its permissions"));
    }
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 chunk = file.write(bytes.constData() + written, bytes.size() - written);
        if (chunk <= 0) {
            const QString reason = file.errorString();
            file.cancelWriting();
            return writeError(path, reason);
        }
        written += chunk;
    }
    errno = 0;
    if (!file.flush() || ::fsync(file.handle()) != 0) {
        const QString reason = errno ? QString::fromLocal8Bit(std::strerror(errno)) : file.errorString();
        file.cancelWriting();
        return writeError(path, reason);
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    // The rename itself is durable only once the folder is synced (power loss after "written").
    if (const int folder =
            ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
        folder >= 0) {
        const bool synced = ::fsync(folder) == 0;
        ::close(folder);
        if (!synced)
            return writeError(path, QString::fromLocal8Bit(std::strerror(errno)));
    }
    // The rename is the last step; a file of another size here means something else wrote it.
    if (QFileInfo(path).size() != bytes.size())
        return writeError(path, QCoreApplication::translate("pd::SafeFile", "the saved file is incomplete"));
    return {};
}

Result<void> makePrivateDirectory(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const auto failed = [&](const QString &reason) {
        return Error{
            ErrorKind::Internal,
            QCoreApplication::translate("pd::SafeFile", "cannot create the folder %1: %2").arg(absolute, reason)};
    };
    if (!QDir().mkpath(QFileInfo(absolute).absolutePath()))
        return failed(QCoreApplication::translate("pd::SafeFile", "its parent folder cannot be created"));
    const QByteArray native = QFile::encodeName(absolute);
    if (::mkdir(native.constData(), S_IRWXU) != 0 && errno != EEXIST)
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    struct stat status {
    };
    if (::lstat(native.constData(), &status) != 0)
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    if (!S_ISDIR(status.st_mode) || status.st_uid != ::geteuid())
        return failed(QCoreApplication::translate("pd::SafeFile", "it is not a folder of this user"));
    if ((status.st_mode & 07777) != S_IRWXU && ::chmod(native.constData(), S_IRWXU) != 0)
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

} // namespace pd
