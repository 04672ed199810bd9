#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace pd {

// Writes `bytes` to `path` so that the file is either the old version or the complete new one,
// never empty or cut short: a temporary file in the same folder (QSaveFile), created with
// `permissions` before the first byte is written, every write checked, fsync'd, then renamed
// over the old file. A full disk, a read-only folder or a failed sync is an error naming the
// file, and the old file stays as it was.
//
// Why not QSaveFile alone: it creates files 0666 & ~umask, buffers writes and ignores the result
// of its own sync, so on a full disk it can report success for a file that holds nothing.
Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes,
                                 QFileDevice::Permissions permissions = QFileDevice::ReadOwner |
                                                                        QFileDevice::WriteOwner);

// Makes `path` a directory only its owner can enter (0700), creating it (and missing parents, those
// with the usual permissions) with that mode from the start, so it is never wider even under a
// permissive umask; an existing one is tightened to 0700. A symbolic link, something that is not
// a directory or a directory of another user is an error: what goes in must not leak elsewhere.
Result<void> makePrivateDirectory(const QString &path);

} // namespace pd
