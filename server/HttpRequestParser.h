#pragma once

#include "server/ApiRequest.h"

#include <QByteArrayView>
#include <QString>

namespace pd {

// The strict reader of an HTTP/1.1 request head (RFC 9112 §2-§6): bytes in, a request or one
// reason to refuse it out, with no socket so tests and the fuzzer feed it directly.
//
// Why our own and not Qt HttpServer's: Qt 6.4's reader takes the first of two Content-Length
// fields, reads "-1" or 10^20 as "no body", accepts whitespace before the colon, bare LF and
// leading blank lines, and only hands a request over once its whole body is in memory. Two
// parsers that frame the same bytes differently are how requests get smuggled, so this one
// frames every request alone and refuses whatever could be read two ways:
// - exactly "METHOD SP origin-form SP HTTP/1.1|HTTP/1.0" then CRLF; every line ends in CRLF;
// - field names are tokens with the colon right after them (no whitespace before it, §5.1);
// - no obs-fold (a line starting with SP or HTAB, §5.2), no control bytes in values but HTAB;
// - Content-Length at most once (even with equal values, §6.3 allows refusing), 1 to 18 digits;
// - any Transfer-Encoding is refused: this API's bodies are small and always sent with
//   Content-Length, and with Content-Length too it is the classic smuggling pair (§6.3);
// - HTTP/1.1 needs exactly one Host (§3.2); at most MaxHeadBytes and MaxFields.
class HttpRequestParser final
{
public:
    static constexpr qsizetype MaxHeadBytes = 8 * 1024; // request line and fields, with the blank line
    static constexpr int MaxFields = 64;
    static constexpr int MaxContentLengthDigits = 18; // fits in qint64 with no overflow

    enum class Status {
        Incomplete, // no blank line yet and nothing wrong so far: read more
        Complete,
        Invalid, // answer 400 and close
    };

    struct Result {
        Status status = Status::Incomplete;
        qsizetype headBytes = 0; // Complete: bytes up to and including the blank line
        ApiRequest request;      // Complete: method, path, headers; body and peer are the caller's
        qint64 contentLength = 0;
        bool keepAlive = true; // false for HTTP/1.0 or "Connection: close"
        QString error;         // Invalid: one sentence for the 400's detail (never echoes input)
    };

    // Reads the head at the start of `input`; bytes after the head (body, next request) are left alone.
    static Result parse(QByteArrayView input);
};

} // namespace pd
