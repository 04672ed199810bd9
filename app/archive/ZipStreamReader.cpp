#include "archive/ZipStreamReader.h"

#include <QIODevice>
#include <QLibrary>
#include <QSet>
#include <QStringDecoder>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>

namespace pd {

namespace {

constexpr qint64 ReadBlockBytes = 256 * 1024;
constexpr int MaxComponentBytes = 255;

// libarchive is opened on the first read (dlopen of libarchive.so.13), not linked: its
// compression and XML libraries then load only in a process that reads an archive, not at every
// start of the CLI and the app (issue 13). The header gives the functions' types.
// clang-format off
#define PD_LIBARCHIVE_FUNCTIONS(X) \
    X(archive_entry_filetype) \
    X(archive_entry_hardlink) \
    X(archive_entry_mtime) \
    X(archive_entry_mtime_is_set) \
    X(archive_entry_pathname) \
    X(archive_entry_pathname_utf8) \
    X(archive_entry_size) \
    X(archive_entry_size_is_set) \
    X(archive_error_string) \
    X(archive_filter_bytes) \
    X(archive_read_data_block) \
    X(archive_read_data_skip) \
    X(archive_read_free) \
    X(archive_read_new) \
    X(archive_read_next_header) \
    X(archive_read_open1) \
    X(archive_read_set_callback_data) \
    X(archive_read_set_read_callback) \
    X(archive_read_set_seek_callback) \
    X(archive_read_support_format_zip_seekable) \
    X(archive_set_error)
// clang-format on

struct LibArchive {
#define PD_LIBARCHIVE_POINTER(name) decltype(&::name) name = nullptr;
    PD_LIBARCHIVE_FUNCTIONS(PD_LIBARCHIVE_POINTER)
#undef PD_LIBARCHIVE_POINTER
};

// The functions, or why libarchive could not be opened. Loaded once; never unloaded.
const Result<const LibArchive *> &loadLibArchive()
{
    static const Result<const LibArchive *> loaded = []() -> Result<const LibArchive *> {
        static LibArchive functions;
        // Kept loaded for the life of the process, and reachable from this static (LeakSanitizer).
        static QLibrary *const library = new QLibrary(QStringLiteral("archive"), 13);
        if (!library->load())
            return Error::internal(QStringLiteral("cannot read archives: libarchive could not be loaded (%1)")
                                       .arg(library->errorString()));
#define PD_LIBARCHIVE_RESOLVE(name)                                                                                    \
    functions.name = reinterpret_cast<decltype(&::name)>(library->resolve(#name));                                     \
    if (!functions.name)                                                                                               \
        return Error::internal(                                                                                        \
            QStringLiteral("cannot read archives: libarchive lacks %1").arg(QLatin1StringView(#name)));
        PD_LIBARCHIVE_FUNCTIONS(PD_LIBARCHIVE_RESOLVE)
#undef PD_LIBARCHIVE_RESOLVE
        return &functions;
    }();
    return loaded;
}

// Only after openSeekableZip succeeded, which loaded the library.
const LibArchive &la()
{
    return *loadLibArchive().value();
}

// The libarchive client side: reads the device in blocks; seeks for the central directory.
struct ReadContext {
    ReadContext(QIODevice *readFrom, const std::atomic<bool> *cancelFlag, qsizetype blockBytes)
        : device(readFrom)
        , buffer(blockBytes, Qt::Uninitialized)
        , cancel(cancelFlag)
    {}
    QIODevice *device;
    QByteArray buffer;
    const std::atomic<bool> *cancel;
    bool deviceError = false;
};

la_ssize_t readCallback(archive *a, void *clientData, const void **block)
{
    auto *ctx = static_cast<ReadContext *>(clientData);
    if (ctx->cancel && ctx->cancel->load(std::memory_order_relaxed)) {
        la().archive_set_error(a, ECANCELED, "cancelled");
        return -1;
    }
    const qint64 n = ctx->device->read(ctx->buffer.data(), ctx->buffer.size());
    if (n < 0) {
        ctx->deviceError = true;
        la().archive_set_error(a, EIO, "read error");
        return -1;
    }
    *block = ctx->buffer.constData();
    return static_cast<la_ssize_t>(n);
}

la_int64_t seekCallback(archive *, void *clientData, la_int64_t offset, int whence)
{
    auto *ctx = static_cast<ReadContext *>(clientData);
    qint64 target = offset;
    if (whence == SEEK_CUR)
        target += ctx->device->pos();
    else if (whence == SEEK_END)
        target += ctx->device->size();
    if (target < 0 || !ctx->device->seek(target))
        return ARCHIVE_FATAL;
    return target;
}

quint64 readLittleEndian(const char *p, int bytes)
{
    quint64 value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = (value << 8) | static_cast<unsigned char>(p[i]);
    return value;
}

struct ArchiveDeleter {
    void operator()(archive *a) const { la().archive_read_free(a); }
};

QString libarchiveMessage(archive *a)
{
    const char *text = la().archive_error_string(a);
    return text ? QString::fromUtf8(text).trimmed() : QStringLiteral("unknown error");
}

using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

// Opens `device` as a ZIP and nothing else (no other format or filter is ever tried on untrusted
// input), with the seekable reader: it follows the central directory, the one place that records
// links and the real sizes; entries that overlap there are caught by the whole-archive ratio limit.
Result<ArchivePtr> openSeekableZip(QIODevice &device, ReadContext &ctx, const std::atomic<bool> *cancel,
                                   const QString &cancelledText)
{
    if (const Result<const LibArchive *> &library = loadLibArchive(); !library)
        return library.error();
    ArchivePtr a(la().archive_read_new());
    la().archive_read_support_format_zip_seekable(a.get());
    la().archive_read_set_read_callback(a.get(), readCallback);
    la().archive_read_set_seek_callback(a.get(), seekCallback);
    la().archive_read_set_callback_data(a.get(), &ctx);
    if (!device.seek(0) || la().archive_read_open1(a.get()) != ARCHIVE_OK) {
        if (cancel && cancel->load())
            return Error{ErrorKind::Cancelled, cancelledText};
        return Error::invalidInput(QStringLiteral("not a ZIP archive (%1)").arg(libarchiveMessage(a.get())));
    }
    return a;
}

} // namespace

ZipStreamReader::ZipStreamReader(QIODevice &device, qint64 deviceSize, ZipLimits limits)
    : m_device(device)
    , m_size(deviceSize)
    , m_limits(limits)
{}

Result<QString> ZipStreamReader::normaliseName(const QByteArray &raw, int maxNameBytes)
{
    if (raw.isEmpty())
        return Error::invalidInput(QStringLiteral("empty name"));
    if (raw.size() > maxNameBytes)
        return Error::invalidInput(QStringLiteral("name longer than %1 bytes").arg(maxNameBytes));
    for (const char c : raw) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0)
            return Error::invalidInput(QStringLiteral("NUL byte in name"));
        if (byte < 0x20 || byte == 0x7f)
            return Error::invalidInput(QStringLiteral("control character in name"));
        if (c == '\\')
            return Error::invalidInput(QStringLiteral("backslash in name"));
    }
    if (raw.startsWith('/'))
        return Error::invalidInput(QStringLiteral("absolute path"));
    if (raw.size() >= 2 && raw.at(1) == ':')
        return Error::invalidInput(QStringLiteral("drive letter in name"));
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString name = decoder.decode(raw);
    if (decoder.hasError())
        return Error::invalidInput(QStringLiteral("name is not valid UTF-8"));
    QStringList parts;
    for (const QString &part : name.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u"..")
            return Error::invalidInput(QStringLiteral("\"..\" in name"));
        if (part == u".")
            continue;
        if (part.toUtf8().size() > MaxComponentBytes)
            return Error::invalidInput(QStringLiteral("name component longer than %1 bytes").arg(MaxComponentBytes));
        parts.append(part);
    }
    if (parts.isEmpty())
        return Error::invalidInput(QStringLiteral("empty name"));
    return parts.join(u'/');
}

Result<qint64> ZipStreamReader::preflight()
{
    // The end-of-central-directory record says how many entries there are and how big the
    // directory is, before libarchive builds its index of them: refuse an archive of a
    // million entries here rather than after allocating for all of them.
    if (m_device.isSequential())
        return Error::internal(QStringLiteral("the archive must be a file"));
    constexpr qint64 EndRecordBytes = 22;
    constexpr qint64 MaxCommentBytes = 65535;
    const qint64 tailSize = std::min(m_size, EndRecordBytes + MaxCommentBytes);
    if (m_size < EndRecordBytes || !m_device.seek(m_size - tailSize))
        return Error::invalidInput(QStringLiteral("not a ZIP archive (too short)"));
    const QByteArray tail = m_device.read(tailSize);
    qsizetype at = -1;
    for (qsizetype i = tail.size() - EndRecordBytes; i >= 0; --i) {
        if (tail.at(i) == 'P' && tail.at(i + 1) == 'K' && tail.at(i + 2) == 5 && tail.at(i + 3) == 6) {
            at = i;
            break;
        }
    }
    if (at < 0)
        return Error::invalidInput(
            QStringLiteral("not a ZIP archive, or a truncated one: it has no end-of-archive record"));
    quint64 entries = readLittleEndian(tail.constData() + at + 10, 2);
    quint64 directoryBytes = readLittleEndian(tail.constData() + at + 12, 4);
    // ZIP64: the 32-bit fields are saturated and the real figures sit in the ZIP64 record,
    // which the locator just before this record points to.
    if ((entries == 0xFFFF || directoryBytes == 0xFFFFFFFF) && at >= 20 && tail.at(at - 20) == 'P' &&
        tail.at(at - 19) == 'K' && tail.at(at - 18) == 6 && tail.at(at - 17) == 7) {
        const quint64 recordOffset = readLittleEndian(tail.constData() + at - 20 + 8, 8);
        if (recordOffset < quint64(m_size) && m_device.seek(qint64(recordOffset))) {
            const QByteArray record = m_device.read(56);
            if (record.size() == 56 && record.startsWith("PK\x06\x06")) {
                entries = readLittleEndian(record.constData() + 32, 8);
                directoryBytes = readLittleEndian(record.constData() + 40, 8);
            }
        }
    }
    if (entries > quint64(m_limits.maxEntries))
        return Error::invalidInput(
            QStringLiteral("the archive holds %1 entries, more than the %2 an export has; refusing it")
                .arg(entries)
                .arg(m_limits.maxEntries));
    if (directoryBytes > quint64(m_size))
        return Error::invalidInput(QStringLiteral("the archive's directory is larger than the file (truncated?)"));
    return qint64(entries);
}

Result<QList<ZipEntryInfo>> ZipStreamReader::listEntries(const std::atomic<bool> *cancel)
{
    Result<qint64> declaredEntries = preflight();
    if (!declaredEntries)
        return declaredEntries.error();

    ReadContext ctx(&m_device, cancel, ReadBlockBytes);

    const auto cancelledError = [] { return Error{ErrorKind::Cancelled, QStringLiteral("probe cancelled")}; };
    Result<ArchivePtr> opened = openSeekableZip(m_device, ctx, cancel, QStringLiteral("probe cancelled"));
    if (!opened)
        return opened.error();
    const ArchivePtr &a = opened.value();

    QList<ZipEntryInfo> entries;
    archive_entry *entry = nullptr;
    for (qint64 headers = 0;;) {
        const int status = la().archive_read_next_header(a.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (cancel && cancel->load(std::memory_order_relaxed))
            return cancelledError();
        if (status < ARCHIVE_WARN)
            return Error::invalidInput(
                QStringLiteral("the archive is damaged or truncated (%1)").arg(libarchiveMessage(a.get())));
        if (++headers > m_limits.maxEntries)
            return Error::invalidInput(
                QStringLiteral("the archive holds more than %1 entries; refusing it").arg(m_limits.maxEntries));
        if (la().archive_entry_filetype(entry) == AE_IFREG && !la().archive_entry_hardlink(entry)) {
            const char *utf8 = la().archive_entry_pathname_utf8(entry);
            const char *rawPath = utf8 ? utf8 : la().archive_entry_pathname(entry);
            Result<QString> name = normaliseName(rawPath ? QByteArray(rawPath) : QByteArray(), m_limits.maxNameBytes);
            if (name)
                entries.append(ZipEntryInfo{name.value(), la().archive_entry_mtime_is_set(entry)
                                                              ? qint64(la().archive_entry_mtime(entry))
                                                              : 0});
        }
        // The seekable reader jumps to the next directory record: nothing is inflated here.
        if (la().archive_read_data_skip(a.get()) != ARCHIVE_OK) {
            if (cancel && cancel->load())
                return cancelledError();
            return Error::invalidInput(
                QStringLiteral("the archive is damaged or truncated (%1)").arg(libarchiveMessage(a.get())));
        }
    }
    return entries;
}

Result<ZipReadStats> ZipStreamReader::read(ZipEntrySink &sink, const std::atomic<bool> *cancel,
                                           const ProgressFn &progress)
{
    Result<qint64> declaredEntries = preflight();
    if (!declaredEntries)
        return declaredEntries.error();

    ReadContext ctx(&m_device, cancel, ReadBlockBytes);

    Result<ArchivePtr> opened = openSeekableZip(m_device, ctx, cancel, QStringLiteral("import cancelled"));
    if (!opened)
        return opened.error();
    const ArchivePtr &a = opened.value();

    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    const auto damaged = [&](const QString &what) -> Error {
        if (cancelled())
            return Error{ErrorKind::Cancelled, QStringLiteral("import cancelled")};
        if (ctx.deviceError)
            return Error::invalidInput(QStringLiteral("cannot read the archive: %1").arg(m_device.errorString()));
        return Error::invalidInput(what);
    };

    ZipReadStats stats;
    stats.archiveBytes = m_size;
    qint64 headers = 0;
    QSet<QString> seen;
    archive_entry *entry = nullptr;
    for (;;) {
        const int status = la().archive_read_next_header(a.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN)
            return damaged(QStringLiteral("the archive is damaged or truncated (%1)").arg(libarchiveMessage(a.get())));
        if (++headers > m_limits.maxEntries)
            return Error::invalidInput(
                QStringLiteral("the archive holds more than %1 entries; refusing it").arg(m_limits.maxEntries));

        const char *utf8 = la().archive_entry_pathname_utf8(entry);
        const char *rawPath = utf8 ? utf8 : la().archive_entry_pathname(entry);
        const QByteArray raw = rawPath ? QByteArray(rawPath) : QByteArray();
        const QString shown = QString::fromUtf8(raw.left(200));

        bool deliver = true;
        QString name;
        const auto fileType = la().archive_entry_filetype(entry);
        if (fileType == AE_IFDIR) {
            deliver = false;
        } else if (la().archive_entry_hardlink(entry)) {
            sink.ignoredEntry(shown, QStringLiteral("hard link"));
            deliver = false;
        } else if (fileType == AE_IFLNK) {
            sink.ignoredEntry(shown, QStringLiteral("symbolic link"));
            deliver = false;
        } else if (fileType != AE_IFREG) {
            sink.ignoredEntry(shown, QStringLiteral("not a regular file"));
            deliver = false;
        } else {
            Result<QString> checked = normaliseName(raw, m_limits.maxNameBytes);
            if (!checked) {
                sink.ignoredEntry(shown, QStringLiteral("unsafe name: %1").arg(checked.error().message));
                deliver = false;
            } else {
                name = checked.value();
                const QString key = name.toCaseFolded();
                if (seen.contains(key)) {
                    sink.ignoredEntry(name, QStringLiteral("duplicate of an earlier entry"));
                    deliver = false;
                } else {
                    seen.insert(key);
                }
            }
        }

        // Every entry's data is drained through the same counted loop, delivered or not, so an
        // ignored entry cannot bypass the limits.
        const bool sizeDeclared = la().archive_entry_size_is_set(entry) != 0;
        const qint64 declared = sizeDeclared ? la().archive_entry_size(entry) : -1;
        const qint64 startPosition = la().archive_filter_bytes(a.get(), 0);
        qint64 produced = 0;
        if (deliver) {
            ++stats.entries;
            sink.beginEntry(name);
        }
        for (;;) {
            const void *block = nullptr;
            size_t size = 0;
            la_int64_t offset = 0;
            const int r = la().archive_read_data_block(a.get(), &block, &size, &offset);
            if (r == ARCHIVE_EOF)
                break;
            if (r != ARCHIVE_OK)
                return damaged(
                    QStringLiteral("\"%1\" in the archive is damaged (%2)").arg(shown, libarchiveMessage(a.get())));
            if (cancelled())
                return Error{ErrorKind::Cancelled, QStringLiteral("import cancelled")};
            const auto n = static_cast<qint64>(size);
            produced += n;
            stats.decompressedBytes += n;
            if (sizeDeclared && produced > declared)
                return Error::invalidInput(
                    QStringLiteral("\"%1\" holds more data than its header says; refusing the archive").arg(shown));
            if (produced > m_limits.maxEntryBytes)
                return Error::invalidInput(
                    QStringLiteral("\"%1\" decompresses to more than %2 MiB; refusing the archive")
                        .arg(shown)
                        .arg(m_limits.maxEntryBytes >> 20));
            if (stats.decompressedBytes > m_limits.maxTotalBytes)
                return Error::invalidInput(QStringLiteral("the archive decompresses to more than %1 MiB; refusing it")
                                               .arg(m_limits.maxTotalBytes >> 20));
            const qint64 consumed = std::max<qint64>(1, la().archive_filter_bytes(a.get(), 0) - startPosition);
            if (produced > m_limits.ratioGraceBytes && double(produced) > m_limits.maxRatio * double(consumed))
                return Error::invalidInput(
                    QStringLiteral("\"%1\" decompresses to more than %2 times its compressed size (a zip bomb?); "
                                   "refusing the archive")
                        .arg(shown)
                        .arg(m_limits.maxRatio));
            if (stats.decompressedBytes > m_limits.ratioGraceBytes &&
                double(stats.decompressedBytes) > m_limits.maxRatio * double(std::max<qint64>(m_size, 1)))
                return Error::invalidInput(
                    QStringLiteral("the archive decompresses to more than %1 times its size (overlapping entries or "
                                   "a zip bomb?); refusing it")
                        .arg(m_limits.maxRatio));
            if (deliver && n > 0)
                sink.entryData(static_cast<const char *>(block), static_cast<qsizetype>(n));
            if (progress)
                progress(la().archive_filter_bytes(a.get(), -1), name.isEmpty() ? shown : name);
        }
        if (sizeDeclared && produced != declared)
            return Error::invalidInput(
                QStringLiteral("\"%1\" holds less data than its header says; refusing the archive").arg(shown));
        if (deliver)
            sink.endEntry();
    }

    return stats;
}

} // namespace pd
