#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace pd {

// Limits on what an archive may make us decompress. Every figure counts bytes libarchive really
// produced, never what an entry's header claims (headers lie; RELIABILITY §10, §14).
struct ZipLimits {
    qint64 maxEntries = 20'000;
    qint64 maxEntryBytes = qint64(8) << 30;  // one entry, decompressed
    qint64 maxTotalBytes = qint64(32) << 30; // the whole archive, decompressed
    // Decompressed : compressed, per entry and for the whole archive. A text export deflates
    // about 3–10:1; a deflate bomb reaches ~1000:1 and overlapping entries far more.
    double maxRatio = 100.0;
    // The ratio is judged only past this many decompressed bytes, so a tiny highly repetitive
    // file (a header-only CSV) is never refused for its ratio.
    qint64 ratioGraceBytes = qint64(16) << 20;
    int maxNameBytes = 1024;
};

// Receives one archive's entries as a stream of bytes, on the reader's thread.
class ZipEntrySink
{
public:
    virtual ~ZipEntrySink() = default;
    virtual void beginEntry(const QString &name) = 0;
    virtual void entryData(const char *bytes, qsizetype size) = 0;
    virtual void endEntry() = 0;
    // An entry that was not read: unsafe or duplicate name, link, special file.
    virtual void ignoredEntry(const QString &name, const QString &reason) = 0;
};

// One entry as the archive's directory lists it (nothing decompressed).
struct ZipEntryInfo {
    QString name;          // checked and normalised as for read()
    qint64 modifiedAt = 0; // seconds since the epoch as stored; 0 when the archive holds none
};

struct ZipReadStats {
    qint64 entries = 0;           // regular entries read
    qint64 decompressedBytes = 0; // produced by the decompressor
    qint64 archiveBytes = 0;      // the archive file's size
};

// Reads a ZIP archive from a (seekable) device with libarchive, decompressing each entry as a
// stream of blocks handed to the sink: nothing is ever written to disk. Only the ZIP format is
// enabled. The entry count is checked from the end record before libarchive indexes the
// archive; sizes and ratios are counted from the bytes really produced (a deflate bomb, or
// overlapping entries whose output adds up to far more than the file, are refused). Entry
// names are normalised and checked; links and special files are ignored and reported. The
// reader owns only its libarchive handle during read(); the device and sink are the caller's.
class ZipStreamReader final
{
public:
    using ProgressFn = std::function<void(qint64 archiveBytesRead, const QString &entryName)>;

    ZipStreamReader(QIODevice &device, qint64 deviceSize, ZipLimits limits = {});

    // Fails with InvalidInput (a refused or damaged archive) or Cancelled.
    Result<ZipReadStats> read(ZipEntrySink &sink, const std::atomic<bool> *cancel = nullptr,
                              const ProgressFn &progress = {});

    // The regular entries' names and dates from the central directory alone, with the same
    // preflight and name checks as read(): quick even for a large archive (no data is
    // inflated). Entries with unsafe names, links and directories are left out. Fails with
    // InvalidInput (not a ZIP, damaged) or Cancelled.
    Result<QList<ZipEntryInfo>> listEntries(const std::atomic<bool> *cancel = nullptr);

    // The checked form of a raw entry name ("Articles/Articles/x.html"), or why it is unsafe.
    static Result<QString> normaliseName(const QByteArray &raw, int maxNameBytes);

private:
    Result<qint64> preflight(); // the entry count from the end record, or why the archive is refused

    QIODevice &m_device;
    qint64 m_size;
    ZipLimits m_limits;
};

} // namespace pd
