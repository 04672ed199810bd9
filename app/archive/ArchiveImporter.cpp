#include "archive/ArchiveImporter.h"

#include "archive/CsvFileCounter.h"
#include "archive/RegionInference.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <openssl/evp.h>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace pd {

namespace {

constexpr qint64 QueueCapacityBytes = 8 << 20;
constexpr qint64 ProgressIntervalMs = 50; // at most 20 reports a second

struct Chunk {
    enum class Kind {
        Begin,
        Data,
        End,
        Ignored,
        Finish,
    };
    Kind kind = Kind::Data;
    QString name;
    QByteArray bytes;
};

// The hand-over between the inflating thread and the parsing thread. Bounded in bytes, so a
// parser that falls behind slows the inflater down instead of growing memory.
class ChunkQueue final
{
public:
    void push(Chunk chunk)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_bytes < QueueCapacityBytes || m_closed; });
        if (m_closed)
            return;
        m_bytes += chunk.bytes.size();
        m_items.push_back(std::move(chunk));
        m_notEmpty.notify_one();
    }
    std::optional<Chunk> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_items.empty() || m_closed; });
        if (m_items.empty())
            return std::nullopt;
        Chunk chunk = std::move(m_items.front());
        m_items.pop_front();
        m_bytes -= chunk.bytes.size();
        m_notFull.notify_one();
        return chunk;
    }
    // Wakes both sides for good: the import is over (failed or cancelled).
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_items.clear();
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<Chunk> m_items;
    qint64 m_bytes = 0;
    bool m_closed = false;
};

class QueueSink final : public ZipEntrySink
{
public:
    explicit QueueSink(ChunkQueue &queue)
        : m_queue(queue)
    {}
    void beginEntry(const QString &name) override { m_queue.push({Chunk::Kind::Begin, name, {}}); }
    void entryData(const char *bytes, qsizetype size) override
    {
        m_queue.push({Chunk::Kind::Data, {}, QByteArray(bytes, size)});
    }
    void endEntry() override { m_queue.push({Chunk::Kind::End, {}, {}}); }
    void ignoredEntry(const QString &name, const QString &reason) override
    {
        m_queue.push({Chunk::Kind::Ignored, name, reason.toUtf8()});
    }

private:
    ChunkQueue &m_queue;
};

// The parsing side: one CsvReader + CsvFileCounter per recognised CSV entry, results merged
// into the ledger and the report when the entry ends.
class EntryConsumer final
{
public:
    EntryConsumer(const FileClassifier &classifier, const CsvLimits &limits, std::shared_ptr<ItemStore> itemStore)
        : items(std::move(itemStore))
        , m_classifier(classifier)
        , m_limits(limits)
    {
        if (items) {
            for (const QString &category : classifier.listedCategories())
                items->markListed(category);
        }
    }

    void run(ChunkQueue &queue)
    {
        while (std::optional<Chunk> chunk = queue.pop()) {
            switch (chunk->kind) {
            case Chunk::Kind::Begin:
                begin(chunk->name);
                break;
            case Chunk::Kind::Data:
                if (m_reader)
                    m_reader->feed(chunk->bytes);
                else if (m_keepPage && m_page.size() < MaxPageBytes)
                    m_page.append(chunk->bytes.first(std::min(chunk->bytes.size(), MaxPageBytes - m_page.size())));
                break;
            case Chunk::Kind::End:
                end();
                break;
            case Chunk::Kind::Ignored:
                report.entriesIgnored.append(IgnoredEntry{chunk->name, QString::fromUtf8(chunk->bytes)});
                break;
            case Chunk::Kind::Finish:
                return;
            }
        }
    }

    std::shared_ptr<ItemStore> items; // null: counts only
    ActivityLedger ledger;
    ImportReport report;
    QString geoLocation;
    QString country; // the 2018 Profile.csv has its own Country column
    QString memberName;

private:
    void begin(const QString &name)
    {
        m_name = name;
        m_rule = nullptr;
        m_isProfile = false;
        if (FileClassifier::isSystemMetadata(name))
            return;
        const QString layoutName = exportPath(name);
        m_rule = m_classifier.classify(layoutName);
        const bool isCsv = name.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
        // A recognised entry that is not a table counts only as the article page it is; a
        // picture or a stray file beside the articles is not an article.
        if (m_rule && !isCsv && !isWebPage(name))
            m_rule = nullptr;
        if (!m_rule) {
            report.filesNotRecognised.append(name);
            return;
        }
        if (!isCsv) {
            // An article page: its title and text make the item's snippet (the start is enough).
            m_keepPage = items && !m_rule->itemKind.isEmpty();
            m_page.clear();
            return;
        }
        QStringList capture;
        m_isProfile = FileClassifier::normalise(layoutName) == u"profile.csv";
        if (m_isProfile)
            capture = {QStringLiteral("Geo Location"), QStringLiteral("Country"), QStringLiteral("First Name"),
                       QStringLiteral("Last Name")};
        m_counter = std::make_unique<CsvFileCounter>(*m_rule, name, capture, items.get());
        m_reader = std::make_unique<CsvReader>(*m_counter, m_limits);
    }

    static bool isWebPage(const QString &name)
    {
        return name.endsWith(QStringLiteral(".html"), Qt::CaseInsensitive) ||
               name.endsWith(QStringLiteral(".htm"), Qt::CaseInsensitive);
    }

    // The entry's path as the export lays it out. A member who unpacked the download and
    // compressed the folder again has every file under one top-level folder: the first entry
    // that is recognised only without its first folder names that folder, and it is looked
    // through from then on (one level, one folder).
    QString exportPath(const QString &name)
    {
        const qsizetype slash = name.indexOf(u'/');
        if (slash <= 0)
            return name;
        const QString top = name.first(slash);
        if (!m_wrapper.isEmpty())
            return top == m_wrapper ? name.sliced(slash + 1) : name;
        if (!m_classifier.classify(name) && m_classifier.classify(name.sliced(slash + 1))) {
            m_wrapper = top;
            return name.sliced(slash + 1);
        }
        return name;
    }

    void end()
    {
        if (!m_rule)
            return;
        const QString &category = m_rule->categoryId;
        ledger.touch(category);
        if (!m_reader) {
            // A recognised file that is not a table (an article): one undated item.
            ledger.addUndated(category);
            if (m_keepPage) {
                items->add(category, std::nullopt, articleText(m_page), {},
                           itemKindFromString(m_rule->itemKind).value_or(ItemKind::Article));
                m_keepPage = false;
                m_page = QByteArray();
            }
            ImportedFile file;
            file.name = m_name;
            file.categoryId = category;
            file.rows = 1;
            file.undated = 1;
            report.filesRead.append(file);
            m_rule = nullptr;
            return;
        }
        m_reader->finish();
        m_counter->finish(*m_reader);
        for (auto it = m_counter->countsByJulianDay().cbegin(); it != m_counter->countsByJulianDay().cend(); ++it)
            ledger.add(category, QDate::fromJulianDay(it.key()), it.value());
        if (m_counter->summary().undated > 0)
            ledger.addUndated(category, m_counter->summary().undated);
        report.filesRead.append(m_counter->summary());
        report.rowsSkipped += m_counter->summary().skipped;
        for (const SkippedRow &row : m_counter->skippedRows()) {
            if (report.skippedRows.size() >= ImportReport::MaxListedSkippedRows)
                break;
            report.skippedRows.append(row);
        }
        report.rowsWithUnreadableDate += m_counter->summary().unreadableDates;
        for (const UndatedRow &row : m_counter->undatedRows()) {
            if (report.undatedRows.size() >= ImportReport::MaxListedUndatedRows)
                break;
            report.undatedRows.append(row);
        }
        if (m_isProfile && geoLocation.isEmpty()) {
            geoLocation = m_counter->captured(QStringLiteral("Geo Location"));
            country = m_counter->captured(QStringLiteral("Country"));
            const QString fullName = m_counter->captured(QStringLiteral("First Name")) + u' ' +
                                     m_counter->captured(QStringLiteral("Last Name"));
            memberName = fullName.trimmed();
        }
        m_reader.reset();
        m_counter.reset();
        m_rule = nullptr;
    }

    // The title and the start of the text of an exported article page, as plain text (the
    // snippet is plain text: markup in it stays text wherever it is shown).
    static QString articleText(const QByteArray &page)
    {
        QString html = QString::fromUtf8(page);
        static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                              QRegularExpression::CaseInsensitiveOption |
                                                  QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression dropped(QStringLiteral("<(head|script|style)[^>]*>.*?</\\1\\s*>"),
                                                QRegularExpression::CaseInsensitiveOption |
                                                    QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
        QString heading = title.match(html).captured(1).trimmed();
        if (heading.compare(QStringLiteral("Untitled"), Qt::CaseInsensitive) == 0)
            heading.clear();
        html.remove(dropped);
        html.replace(tag, QStringLiteral(" "));
        QString text = heading.isEmpty() ? html : heading + QStringLiteral(" — ") + html;
        text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
            .replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        return makeSnippet(text);
    }

    static constexpr qsizetype MaxPageBytes = 64 * 1024;
    bool m_keepPage = false;
    QByteArray m_page;
    const FileClassifier &m_classifier;
    CsvLimits m_limits;
    QString m_name;
    const FileRule *m_rule = nullptr;
    bool m_isProfile = false;
    QString m_wrapper; // the one top-level folder looked through, once found
    std::unique_ptr<CsvFileCounter> m_counter;
    std::unique_ptr<CsvReader> m_reader;
};

// SHA-256 of a device from its start; the report names the archive by it.
QString sha256Of(QIODevice &device, const std::atomic<bool> *cancel)
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1 || !device.seek(0))
        return {};
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return {};
        const qint64 n = device.read(buffer.data(), buffer.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        EVP_DigestUpdate(ctx.get(), buffer.constData(), size_t(n));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_DigestFinal_ex(ctx.get(), digest, &size);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(size)).toHex());
}

} // namespace

ArchiveImporter::ArchiveImporter(FileClassifier classifier, ImportOptions options, ZipLimits zipLimits,
                                 CsvLimits csvLimits)
    : m_classifier(std::move(classifier))
    , m_options(std::move(options))
    , m_zipLimits(zipLimits)
    , m_csvLimits(csvLimits)
{}

Result<ImportResult> ArchiveImporter::importFile(const QString &path, const std::atomic<bool> *cancel,
                                                 const ProgressFn &progress) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalidInput(QStringLiteral("cannot open the archive %1: %2").arg(path, file.errorString()));
    // The digest is taken on its own handle beside the import, by the core the parser leaves idle.
    QString digest;
    std::thread hasher([&] {
        QFile own(path);
        if (own.open(QIODevice::ReadOnly))
            digest = sha256Of(own, cancel);
    });
    Result<ImportResult> result = importDevice(file, file.size(), QFileInfo(path).fileName(), cancel, progress, false);
    hasher.join();
    if (result)
        result.value().report.sha256 = digest;
    return result;
}

Result<ImportResult> ArchiveImporter::importDevice(QIODevice &device, qint64 size, const QString &displayName,
                                                   const std::atomic<bool> *cancel, const ProgressFn &progress) const
{
    return importDevice(device, size, displayName, cancel, progress, true);
}

Result<ImportResult> ArchiveImporter::importDevice(QIODevice &device, qint64 size, const QString &displayName,
                                                   const std::atomic<bool> *cancel, const ProgressFn &progress,
                                                   bool withDigest) const
{
    ChunkQueue queue;
    EntryConsumer consumer(m_classifier, m_csvLimits,
                           m_keepItems ? std::make_shared<ItemStore>(m_itemLimits) : nullptr);
    std::thread parser([&] { consumer.run(queue); });

    QElapsedTimer sinceReport;
    sinceReport.start();
    if (progress)
        progress(0, size, QString());
    const ZipStreamReader::ProgressFn readerProgress = [&](qint64 done, const QString &name) {
        if (progress && sinceReport.elapsed() >= ProgressIntervalMs) {
            sinceReport.restart();
            progress(done, size, name);
        }
    };

    QueueSink sink(queue);
    ZipStreamReader reader(device, size, m_zipLimits);
    Result<ZipReadStats> stats = reader.read(sink, cancel, readerProgress);
    if (stats)
        queue.push({Chunk::Kind::Finish, {}, {}});
    else
        queue.close(); // nothing of a refused archive is kept: stop the parser now
    parser.join();
    if (!stats)
        return stats.error();
    if (cancel && cancel->load())
        return Error{ErrorKind::Cancelled, QStringLiteral("import cancelled")};
    if (progress)
        progress(size, size, QString());

    ImportResult result;
    result.ledger = std::move(consumer.ledger);
    result.report = std::move(consumer.report);
    result.items = std::move(consumer.items);
    if (result.items)
        result.items->squeeze();
    ImportReport &report = result.report;
    report.archiveName = displayName;
    if (withDigest)
        report.sha256 = sha256Of(device, cancel);
    report.archiveBytes = stats->archiveBytes;
    report.decompressedBytes = stats->decompressedBytes;
    report.memberName = consumer.memberName;
    if (!m_options.region.isEmpty()) {
        report.regionSource = ImportReport::RegionSource::Given;
        report.region = m_options.region.toUpper();
    } else if (const QString country = countryFromGeoLocation(consumer.geoLocation); !country.isEmpty()) {
        report.regionSource = ImportReport::RegionSource::Inferred;
        report.region = country;
        report.regionEvidence = QStringLiteral("Profile.csv Geo Location \"%1\"").arg(consumer.geoLocation);
    } else if (const QString code = countryFromGeoLocation(consumer.country); !code.isEmpty()) {
        report.regionSource = ImportReport::RegionSource::Inferred;
        report.region = code;
        report.regionEvidence = QStringLiteral("Profile.csv Country \"%1\"").arg(consumer.country);
    }
    return result;
}

} // namespace pd
