// libFuzzer target: the CSV reader and the per-file counter (header search, column mapping,
// date parsing, continuation rows) on arbitrary bytes, fed in two pieces split where the first
// byte says, so chunk boundaries are fuzzed too.
#include "archive/CsvFileCounter.h"
#include "archive/CsvReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto *bytes = reinterpret_cast<const char *>(data);
    const qsizetype n = static_cast<qsizetype>(size);
    const qsizetype split = n > 0 ? static_cast<qsizetype>(data[0]) % (n + 1) : 0;

    pd::FileRule rule{QStringLiteral("Comments"),
                      QStringLiteral("comments"),
                      QStringLiteral("Date"),
                      pd::DateFormat::IsoDateTime,
                      {},
                      QStringLiteral("comment"), // the item list (issue 15) is fuzzed with the counts
                      {pd::FileClassifier::normalise(QStringLiteral("Message"))},
                      pd::FileClassifier::normalise(QStringLiteral("Link"))};
    pd::ItemStore items;
    pd::CsvFileCounter counter(rule, QStringLiteral("Comments.csv"), {QStringLiteral("Link")}, &items);
    pd::CsvLimits limits;
    limits.maxFieldBytes = 4096; // small limits reach the limit paths with small inputs
    limits.maxRowBytes = 16384;
    limits.maxColumns = 64;
    pd::CsvReader reader(counter, limits);
    reader.feed(QByteArrayView(bytes, split));
    reader.feed(QByteArrayView(bytes + split, n - split));
    reader.finish();
    counter.finish(reader);
    return 0;
}
