// libFuzzer target: a whole import (end record check, libarchive's ZIP reader, name checks,
// limits, the parsing thread) from an in-memory archive.
#include "archive/ArchiveImporter.h"
#include "core/PolicyLoader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const pd::FileClassifier classifier = [] {
        return pd::FileClassifier::fromPolicy(pd::PolicyLoader::bundled().value()).value();
    }();
    pd::ZipLimits limits;
    limits.maxTotalBytes = 64 << 20; // keep each run short; the ratio limit still applies first
    limits.maxEntryBytes = 32 << 20;
    const pd::ArchiveImporter importer(classifier, pd::ImportOptions{}, limits);
    QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const pd::Result<pd::ImportResult> result = importer.importDevice(buffer, bytes.size(), QStringLiteral("fuzz.zip"));
    (void)result.ok();
    return 0;
}
