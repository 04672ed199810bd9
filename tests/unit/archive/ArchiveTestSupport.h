#pragma once

// Helpers shared by the archive tests: running the fixture generators (tests/fixtures, Python
// stdlib only) into a temporary directory, and reading this process's peak memory.

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
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

// Writes a small ZIP at `path` holding `entries` (name, bytes), each dated `date` (python3's
// zipfile, as the fixture generators). Returns its stderr on failure (empty on success).
inline QString writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries,
                        const QDate &date = QDate(2024, 10, 2))
{
    QJsonArray list;
    for (const auto &[name, bytes] : entries)
        list.append(QJsonArray{name, QString::fromLatin1(bytes.toBase64())});
    const QJsonObject job{{QStringLiteral("out"), path},
                          {QStringLiteral("entries"), list},
                          {QStringLiteral("date"), QJsonArray{date.year(), date.month(), date.day()}}};
    static const char script[] = "import base64, json, sys, zipfile\n"
                                 "job = json.load(sys.stdin)\n"
                                 "with zipfile.ZipFile(job['out'], 'w', zipfile.ZIP_DEFLATED) as z:\n"
                                 "    for name, data in job['entries']:\n"
                                 "        info = zipfile.ZipInfo(name, tuple(job['date']) + (12, 0, 0))\n"
                                 "        info.compress_type = zipfile.ZIP_DEFLATED\n"
                                 "        z.writestr(info, base64.b64decode(data))\n";
    QProcess process;
    process.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromLatin1(script)});
    process.write(QJsonDocument(job).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("zip writer failed: ") + QString::fromUtf8(process.readAllStandardError());
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

#if defined(PD_SANITIZED)     // the asan preset (cmake/ProjectFlags.cmake)
constexpr int SlowFactor = 6; // sanitizer builds run several times slower
constexpr bool MemoryMeasurable = false;
#else
constexpr int SlowFactor = 1;
constexpr bool MemoryMeasurable = true;
#endif

} // namespace pd::test
