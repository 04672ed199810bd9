// libFuzzer target: the client's parsers of what a server sends besides the body: Retry-After
// (delta-seconds or IMF-fixdate), the ETag the PUT's If-Match carries, and the problem+json
// detail shown to the member. The first byte picks the parser. Checks beyond "no crash":
// - Retry-After: a parsed delay is never negative, and the same value parses the same;
// - ETag: a strong tag is quoted, 3–130 bytes of visible ASCII;
// - problem detail: one line, at most 201 characters (200 and an ellipsis).
#include "net/ApiClient.h"
#include "net/ApiErrors.h"

#include <QDateTime>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace pd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray value(reinterpret_cast<const char *>(data) + 1, static_cast<qsizetype>(size - 1));
    switch (data[0] % 3) {
    case 0: {
        static const QDateTime now = QDateTime(QDate(2026, 1, 2), QTime(12, 0), Qt::UTC);
        const std::optional<qint64> seconds = RetryingSender::parseRetryAfter(value, now);
        if (seconds && *seconds < 0)
            std::abort();
        if (RetryingSender::parseRetryAfter(value, now) != seconds)
            std::abort();
        break;
    }
    case 1:
        if (ApiCodec::isStrongEtag(value)) {
            if (value.size() < 3 || value.size() > 130 || !value.startsWith('"') || !value.endsWith('"'))
                std::abort();
            for (const char c : value) {
                if (c < 0x21 || c > 0x7e)
                    std::abort();
            }
        }
        break;
    default: {
        HttpResult result;
        result.status = 400;
        result.body = value;
        const QString detail = ApiErrors::problemDetail(result);
        if (detail.size() > 201 || detail.contains(u'\n') || detail.contains(u'\r'))
            std::abort();
        break;
    }
    }
    return 0;
}
