#include "archive/CsvReader.h"

#include <cstring>

namespace pd {

namespace {

constexpr qsizetype DelimiterProbeBytes = 64 * 1024;

// Strict UTF-8 check (no overlongs, surrogates or code points past U+10FFFF), with an
// eight-bytes-at-a-time path for ASCII, which is nearly all of an export.
bool isValidUtf8(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const unsigned char *end = p + size;
    while (p < end) {
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned int min = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

} // namespace

CsvReader::CsvReader(CsvRowHandler &handler, CsvLimits limits)
    : m_handler(handler)
    , m_limits(limits)
{
    m_row.m_buffer = &m_buffer;
}

void CsvReader::detectEncoding(QByteArrayView head)
{
    const auto at = [&](qsizetype i) { return i < head.size() ? static_cast<unsigned char>(head[i]) : 0x100u; };
    if (at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) {
        m_encoding = Encoding::Utf8Bom;
    } else if (at(0) == 0xFF && at(1) == 0xFE) {
        m_encoding = Encoding::Utf16LE;
    } else if (at(0) == 0xFE && at(1) == 0xFF) {
        m_encoding = Encoding::Utf16BE;
    } else if (head.size() >= 4 && at(0) != 0 && at(1) == 0 && at(2) != 0 && at(3) == 0) {
        m_encoding = Encoding::Utf16LE; // 2018 files: UTF-16 without a BOM
    } else if (head.size() >= 4 && at(0) == 0 && at(1) != 0 && at(2) == 0 && at(3) != 0) {
        m_encoding = Encoding::Utf16BE;
    } else {
        m_encoding = Encoding::Utf8;
    }
    if (m_encoding == Encoding::Utf16LE)
        m_decoder = QStringDecoder(QStringConverter::Utf16LE);
    else if (m_encoding == Encoding::Utf16BE)
        m_decoder = QStringDecoder(QStringConverter::Utf16BE);
}

void CsvReader::feed(QByteArrayView bytes)
{
    if (m_encoding == Encoding::Unknown) {
        m_head.append(bytes);
        if (m_head.size() < 4)
            return;
        detectEncoding(m_head);
        QByteArray raw = std::exchange(m_head, {});
        qsizetype skip = 0;
        if (m_encoding == Encoding::Utf8Bom)
            skip = 3;
        else if ((m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE) &&
                 (raw.startsWith("\xFF\xFE") || raw.startsWith("\xFE\xFF")))
            skip = 2;
        bytes = QByteArrayView(raw).sliced(skip);
        if (m_decoder.isValid()) {
            const QString text = m_decoder.decode(bytes);
            feedUtf8(text.toUtf8());
        } else {
            feedUtf8(bytes);
        }
        return;
    }
    if (m_decoder.isValid()) {
        const QString text = m_decoder.decode(bytes);
        feedUtf8(text.toUtf8());
    } else {
        feedUtf8(bytes);
    }
}

void CsvReader::feedUtf8(QByteArrayView bytes)
{
    if (m_delimiter == 0) {
        m_head.append(bytes);
        const qsizetype newline = m_head.indexOf('\n');
        if (newline < 0 && m_head.size() < DelimiterProbeBytes)
            return;
        const QByteArrayView firstLine = QByteArrayView(m_head).first(newline < 0 ? m_head.size() : newline);
        m_delimiter = firstLine.count('\t') > firstLine.count(',') ? '\t' : ',';
        const QByteArray held = std::exchange(m_head, {});
        parse(held.constData(), held.constData() + held.size());
        return;
    }
    parse(bytes.data(), bytes.data() + bytes.size());
}

void CsvReader::finish()
{
    if (m_encoding == Encoding::Unknown) {
        if (m_head.isEmpty())
            return;
        detectEncoding(m_head);
        if (m_encoding == Encoding::Utf8Bom || m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE) {
            // Fewer than four bytes: a BOM and at most one more byte; nothing worth a row.
            m_head.clear();
            return;
        }
        const QByteArray held = std::exchange(m_head, {});
        feedUtf8(held);
    }
    if (m_delimiter == 0) {
        m_delimiter = m_head.count('\t') > m_head.count(',') ? '\t' : ',';
        const QByteArray held = std::exchange(m_head, {});
        parse(held.constData(), held.constData() + held.size());
    }
    switch (m_state) {
    case State::FieldStart:
        if (m_row.m_ends.empty() && m_buffer.isEmpty())
            return;
        break;
    case State::Quoted:
    case State::BackslashInQuoted:
        fail(QStringLiteral("a quoted field is not closed before the end of the file"));
        return;
    case State::BackslashQuote:
        append('\\');
        break;
    case State::SkipToLineEnd:
        return;
    case State::Unquoted:
    case State::QuoteInQuoted:
        break;
    }
    if (endField())
        endRow();
    m_state = State::FieldStart;
}

void CsvReader::fail(const QString &reason)
{
    m_handler.rowError(m_rowLine, reason);
    m_buffer.resize(0);
    m_row.m_ends.clear();
    m_fieldStart = 0;
    m_rowHasNul = false;
    m_state = State::SkipToLineEnd;
}

bool CsvReader::appendRange(const char *begin, const char *end)
{
    const qsizetype n = end - begin;
    if (n == 0)
        return true;
    if (m_buffer.size() - m_fieldStart + n > m_limits.maxFieldBytes) {
        fail(m_state == State::Quoted
                 ? QStringLiteral("a field is longer than %1 KiB (an unterminated quote?)")
                       .arg(m_limits.maxFieldBytes >> 10)
                 : QStringLiteral("a field is longer than %1 KiB").arg(m_limits.maxFieldBytes >> 10));
        return false;
    }
    if (m_buffer.size() + n > m_limits.maxRowBytes) {
        fail(QStringLiteral("a row is longer than %1 KiB").arg(m_limits.maxRowBytes >> 10));
        return false;
    }
    m_buffer.append(begin, n);
    return true;
}

bool CsvReader::endField()
{
    if (int(m_row.m_ends.size()) >= m_limits.maxColumns) {
        fail(QStringLiteral("a row has more than %1 columns").arg(m_limits.maxColumns));
        return false;
    }
    m_row.m_ends.push_back(m_buffer.size());
    m_fieldStart = m_buffer.size();
    return true;
}

void CsvReader::endRow()
{
    m_row.line = m_rowLine;
    if (m_rowHasNul) {
        m_handler.rowError(m_rowLine, QStringLiteral("a NUL byte in the row"));
    } else {
        if (!isValidUtf8(m_buffer.constData(), m_buffer.size())) {
            if (m_invalidUtf8Rows++ == 0)
                m_firstInvalidUtf8Line = m_rowLine;
        }
        m_handler.row(m_row);
    }
    m_buffer.resize(0);
    m_row.m_ends.clear();
    m_fieldStart = 0;
    m_rowHasNul = false;
    m_rowLine = m_line;
}

void CsvReader::parse(const char *p, const char *end)
{
    const char delimiter = m_delimiter;
    while (p < end) {
        switch (m_state) {
        case State::FieldStart:
            if (*p == '"') {
                ++p;
                m_state = State::Quoted;
            } else {
                m_state = State::Unquoted;
            }
            break;
        case State::Unquoted: {
            const char *start = p;
            while (p < end) {
                const char c = *p;
                if (c == delimiter || c == '\n' || c == '\r' || c == '\0')
                    break;
                ++p;
            }
            if (!appendRange(start, p))
                break;
            if (p == end)
                break;
            const char c = *p++;
            if (c == delimiter) {
                if (endField())
                    m_state = State::FieldStart;
            } else if (c == '\n') {
                ++m_line;
                if (endField())
                    endRow();
                m_state = State::FieldStart;
            } else if (c == '\0') {
                m_rowHasNul = true;
            }
            break;
        }
        case State::Quoted: {
            const char *start = p;
            while (p < end) {
                const char c = *p;
                if (c == '"' || c == '\\' || c == '\n' || c == '\0')
                    break;
                ++p;
            }
            if (!appendRange(start, p))
                break;
            if (p == end)
                break;
            const char c = *p++;
            if (c == '"') {
                m_state = State::QuoteInQuoted;
            } else if (c == '\\') {
                m_state = State::BackslashInQuoted;
            } else if (c == '\n') {
                ++m_line;
                append('\n');
            } else {
                m_rowHasNul = true;
            }
            break;
        }
        case State::QuoteInQuoted: {
            const char c = *p;
            if (c == '"') {
                ++p;
                if (append('"'))
                    m_state = State::Quoted;
            } else if (c == delimiter) {
                ++p;
                if (endField())
                    m_state = State::FieldStart;
            } else if (c == '\n') {
                ++p;
                ++m_line;
                if (endField())
                    endRow();
                m_state = State::FieldStart;
            } else if (c == '\r') {
                ++p;
            } else {
                m_state = State::Unquoted; // text after a closing quote: keep it, leniently
            }
            break;
        }
        case State::BackslashInQuoted:
            if (*p == '"') {
                ++p;
                m_state = State::BackslashQuote;
            } else if (append('\\')) {
                m_state = State::Quoted;
            }
            break;
        case State::BackslashQuote: {
            const char c = *p;
            if (c == delimiter || c == '\n' || c == '\r') {
                // RFC reading: the field ends in a backslash and this quote closes it.
                if (append('\\'))
                    m_state = State::QuoteInQuoted;
            } else if (append('"')) {
                m_state = State::Quoted;
            }
            break;
        }
        case State::SkipToLineEnd: {
            const void *newline = std::memchr(p, '\n', size_t(end - p));
            if (!newline) {
                p = end;
                break;
            }
            p = static_cast<const char *>(newline) + 1;
            ++m_line;
            m_rowLine = m_line;
            m_state = State::FieldStart;
            break;
        }
        }
    }
}

} // namespace pd
