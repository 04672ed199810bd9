#pragma once

// Helpers shared by the archive tests: running the fixture generators (tests/fixtures, Python
// stdlib only) into a temporary directory, and reading this process's peak memory.

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace pd::test {

inline QString fixturesDir()
{
    return QStringLiteral(PD_SOURCE_DIR "/tests/fixtures");
}

// Runs a generator; returns its stderr on failure (empty on success).
inline QString runGenerator(const QString &script, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/python3"), QStringList{fixturesDir() + u'/' + script} + arguments);
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("generator failed: ") + QString::fromUtf8(process.readAllStandardError());
    return {};
}

inline QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Linux: VmHWM (peak resident set) in KiB; writing 5 to clear_refs resets it to the current RSS.
inline qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

inline bool resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr int SlowFactor = 6; // sanitizer builds run several times slower
constexpr bool MemoryMeasurable = false;
#else
constexpr int SlowFactor = 1;
constexpr bool MemoryMeasurable = true;
#endif

} // namespace pd::test
