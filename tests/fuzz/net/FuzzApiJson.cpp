// libFuzzer target: the client's strict decoders of the Member Privacy API's bodies
// (ApiCodec::decodeSummary, decodeSetting, decodeHistory) on arbitrary bytes. The first byte picks
// the decoder. Beyond "no crash, no sanitizer report" it checks what the client relies on:
// - an error is InvalidInput with a message (it becomes exit 6 and one line for the member);
// - a decoded summary never counts fewer changes in all than it carries, its region is two letters;
// - a decoded history page's cursor is empty or only URL-safe characters (it goes back into a URL);
// - decoding is deterministic.
#include "net/ApiClient.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace pd;

namespace {
template <typename T> void checkError(const Result<T> &result)
{
    if (!result && (result.error().kind != ErrorKind::InvalidInput || result.error().message.isEmpty()))
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, static_cast<qsizetype>(size - 1));
    switch (data[0] % 3) {
    case 0: {
        const Result<ApiUsageSummary> summary = ApiCodec::decodeSummary(body);
        checkError(summary);
        if (summary) {
            if (summary->historyTotal < summary->history.size() || summary->member.region.size() != 2)
                std::abort();
            if (ApiCodec::decodeSummary(body).value().historyTotal != summary->historyTotal)
                std::abort();
        }
        break;
    }
    case 1: {
        const Result<OptOutState> setting = ApiCodec::decodeSetting(body);
        checkError(setting);
        if (setting && ApiCodec::decodeSetting(body).value().optedOut != setting->optedOut)
            std::abort();
        break;
    }
    default: {
        const Result<ApiHistoryPage> page = ApiCodec::decodeHistoryPage(body);
        checkError(page);
        if (page) {
            for (const QChar c : page->next) {
                if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'.' && c != u'_' && c != u'~' && c != u'-')
                    std::abort();
            }
        }
        break;
    }
    }
    return 0;
}
