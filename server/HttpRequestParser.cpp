#include "server/HttpRequestParser.h"

#include <QUrl>

#include <algorithm>

namespace pd {

namespace {

using Result = HttpRequestParser::Result;

Result invalid(const QString &error)
{
    Result result;
    result.status = HttpRequestParser::Status::Invalid;
    result.error = error;
    return result;
}

// tchar (RFC 9110 §5.6.2)
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

// field-vchar, SP and HTAB (RFC 9110 §5.5); obs-text (0x80-0xFF) is allowed, CTLs are not.
bool isValueChar(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return byte == '\t' || (byte >= 0x20 && byte != 0x7f);
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

// Line ends other than CRLF, and NUL, can never become a valid head: say so at once rather
// than wait for a blank line that will not come.
QString lineEndError(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r'))
            return QStringLiteral("A line of the request head ends in a bare LF; HTTP/1.1 lines end in CRLF.");
        if (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] != '\n')
            return QStringLiteral("The request head holds a bare CR.");
        if (bytes[i] == '\0')
            return QStringLiteral("The request head holds a NUL byte.");
    }
    return {};
}

bool parseRequestLine(QByteArrayView line, Result *result, bool *http11, QString *error)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype secondSpace = firstSpace < 0 ? -1 : line.indexOf(' ', firstSpace + 1);
    if (secondSpace < 0 || line.indexOf(' ', secondSpace + 1) >= 0) {
        *error = QStringLiteral("The request line must be METHOD, one space, the path, one space, HTTP/1.1.");
        return false;
    }
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, secondSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(secondSpace + 1);
    if (!isToken(method)) {
        *error = QStringLiteral("The request method is not a token.");
        return false;
    }
    const bool visible = std::all_of(target.begin(), target.end(), [](char c) { return c > 0x20 && c < 0x7f; });
    if (target.isEmpty() || target.front() != '/' || !visible || target.contains('#')) {
        *error = QStringLiteral("The request target must be a path starting with / (origin-form), in visible ASCII.");
        return false;
    }
    *http11 = version == "HTTP/1.1";
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        *error = QStringLiteral("Only HTTP/1.1 and HTTP/1.0 are served.");
        return false;
    }
    result->keepAlive = *http11;
    result->request.method = method.toByteArray();
    const qsizetype query = target.indexOf('?');
    result->request.path = QUrl::fromPercentEncoding(target.first(query < 0 ? target.size() : query).toByteArray());
    result->request.query = query < 0 ? QByteArray() : target.sliced(query + 1).toByteArray();
    return true;
}

} // namespace

HttpRequestParser::Result HttpRequestParser::parse(QByteArrayView input)
{
    const QByteArrayView window = input.first(std::min(input.size(), MaxHeadBytes));
    const qsizetype blankLine = window.indexOf("\r\n\r\n");
    if (const QString error = lineEndError(blankLine < 0 ? window : window.first(blankLine + 4)); !error.isEmpty())
        return invalid(error);
    if (blankLine < 0) {
        if (input.size() >= MaxHeadBytes)
            return invalid(QStringLiteral("The request head is larger than %1 bytes.").arg(MaxHeadBytes));
        return Result{};
    }

    Result result;
    QString error;
    const QByteArrayView head = window.first(blankLine + 2); // every line with its CRLF
    qsizetype lineStart = 0;
    bool firstLine = true;
    int fields = 0;
    bool hasContentLength = false;
    bool hasTransferEncoding = false;
    int hosts = 0;
    bool http11 = true;
    while (lineStart < head.size()) {
        const qsizetype lineEnd = head.indexOf("\r\n", lineStart);
        const QByteArrayView line = head.sliced(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 2;
        if (firstLine) {
            if (!parseRequestLine(line, &result, &http11, &error))
                return invalid(error);
            firstLine = false;
            continue;
        }
        if (line.isEmpty() || line.front() == ' ' || line.front() == '\t')
            return invalid(QStringLiteral("A header field is folded over lines (obs-fold), which is not accepted."));
        if (++fields > MaxFields)
            return invalid(QStringLiteral("The request has more than %1 header fields.").arg(MaxFields));
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            return invalid(QStringLiteral("A header line has no colon."));
        const QByteArrayView name = line.first(colon);
        if (!name.isEmpty() && (name.back() == ' ' || name.back() == '\t'))
            return invalid(QStringLiteral("A header field name is followed by whitespace before the colon."));
        if (!isToken(name))
            return invalid(QStringLiteral("A header field name is not a token."));
        const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
        if (!std::all_of(value.begin(), value.end(), isValueChar))
            return invalid(QStringLiteral("A header field value holds a control character."));

        const QByteArray key = name.toByteArray().toLower();
        if (key == "content-length") {
            if (hasContentLength)
                return invalid(QStringLiteral("Content-Length appears more than once."));
            hasContentLength = true;
            const bool digits = !value.isEmpty() &&
                                std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (!digits)
                return invalid(QStringLiteral("Content-Length must be a decimal number of bytes."));
            if (value.size() > MaxContentLengthDigits)
                return invalid(QStringLiteral("Content-Length is too large."));
            result.contentLength = value.toLongLong();
        } else if (key == "transfer-encoding") {
            hasTransferEncoding = true;
        } else if (key == "host") {
            ++hosts;
        } else if (key == "connection") {
            for (const QByteArray &option : value.toByteArray().toLower().split(',')) {
                if (option.trimmed() == "close")
                    result.keepAlive = false;
            }
        }
        auto it = result.request.headers.find(key);
        if (it == result.request.headers.end())
            result.request.headers.insert(key, value.toByteArray());
        else
            *it += QByteArrayLiteral(", ") + value.toByteArray();
    }
    if (hasTransferEncoding && hasContentLength)
        return invalid(QStringLiteral("The request has both Transfer-Encoding and Content-Length."));
    if (hasTransferEncoding)
        return invalid(QStringLiteral("Transfer-Encoding is not supported; send the body with Content-Length."));
    if (hosts > 1 || (hosts == 0 && http11))
        return invalid(QStringLiteral("An HTTP/1.1 request needs exactly one Host field."));
    result.status = Status::Complete;
    result.headBytes = blankLine + 4;
    return result;
}

} // namespace pd
