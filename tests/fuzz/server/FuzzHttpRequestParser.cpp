// libFuzzer target: HttpRequestParser, the server's reader of request heads, on arbitrary bytes.
// Beyond "no crash, no sanitizer report" it checks what HttpConnection relies on:
// - a Complete head lies inside the input and the head limit, its length is not negative;
// - the verdict depends on the head alone: the head without what follows it reads the same;
// - a head arriving in pieces is Incomplete until its last byte (no prefix is Complete), so
//   the connection's piecewise reading cannot frame it differently;
// - no header value carries CR or LF (nothing can be smuggled into a later line);
// - Incomplete never holds more than the limit; Invalid always says why.
#include "server/HttpRequestParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using pd::HttpRequestParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const HttpRequestParser::Result result = HttpRequestParser::parse(input);
    switch (result.status) {
    case HttpRequestParser::Status::Incomplete:
        if (input.size() >= HttpRequestParser::MaxHeadBytes)
            std::abort();
        break;
    case HttpRequestParser::Status::Invalid:
        if (result.error.isEmpty())
            std::abort();
        break;
    case HttpRequestParser::Status::Complete: {
        if (result.headBytes <= 0 || result.headBytes > input.size() ||
            result.headBytes > HttpRequestParser::MaxHeadBytes || result.contentLength < 0)
            std::abort();
        for (const QByteArray &value : result.request.headers) {
            if (value.contains('\r') || value.contains('\n'))
                std::abort();
        }
        const HttpRequestParser::Result alone = HttpRequestParser::parse(input.first(result.headBytes));
        if (alone.status != HttpRequestParser::Status::Complete || alone.headBytes != result.headBytes ||
            alone.contentLength != result.contentLength || alone.keepAlive != result.keepAlive ||
            alone.request.method != result.request.method || alone.request.path != result.request.path ||
            alone.request.headers != result.request.headers)
            std::abort();
        for (const qsizetype cut : {result.headBytes - 1, result.headBytes / 2}) {
            if (HttpRequestParser::parse(input.first(cut)).status != HttpRequestParser::Status::Incomplete)
                std::abort();
        }
        break;
    }
    }
    return 0;
}
