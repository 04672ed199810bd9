#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <vector>

namespace pd {

struct CsvLimits {
    qsizetype maxFieldBytes = 1 << 20; // 1 MiB
    qsizetype maxRowBytes = 4 << 20;
    int maxColumns = 2000;
};

// One parsed row; the views point into the reader's buffer and are valid only during the call.
class CsvRow final
{
public:
    qint64 line = 0; // physical line (1-based) where the row starts
    int size() const { return int(m_ends.size()); }
    QByteArrayView field(int i) const
    {
        const qsizetype begin = i == 0 ? 0 : m_ends[size_t(i - 1)];
        return QByteArrayView(m_buffer->constData() + begin, m_ends[size_t(i)] - begin);
    }

private:
    friend class CsvReader;
    const QByteArray *m_buffer = nullptr;
    std::vector<qsizetype> m_ends;
};

class CsvRowHandler
{
public:
    virtual ~CsvRowHandler() = default;
    virtual void row(const CsvRow &row) = 0;
    // A row the reader could not read (too long, too many columns, a NUL byte); reading goes on
    // at the next line.
    virtual void rowError(qint64 line, const QString &reason) = 0;
};

// A streaming RFC 4180 reader, fed bytes in blocks of any size, with limits on field and row
// size and column count so memory stays bounded whatever the input. It detects the encoding
// (UTF-8 with or without BOM, UTF-16 with BOM or by its zero bytes, as in 2018 exports) and
// the delimiter (tab when the first line has more tabs than commas). Besides RFC quotes it
// accepts backslash-escaped quotes inside quoted fields (2026 Comments.csv): a \" that is not
// followed by a delimiter or line end is a literal quote. Invalid UTF-8 is counted, not fatal.
class CsvReader final
{
public:
    enum class Encoding {
        Unknown,
        Utf8,
        Utf8Bom,
        Utf16LE,
        Utf16BE,
    };

    explicit CsvReader(CsvRowHandler &handler, CsvLimits limits = {});

    void feed(QByteArrayView bytes);
    void finish(); // flushes the last row; call once at the end of input

    Encoding encoding() const { return m_encoding; }
    char delimiter() const { return m_delimiter; }
    qint64 invalidUtf8Rows() const { return m_invalidUtf8Rows; }
    qint64 firstInvalidUtf8Line() const { return m_firstInvalidUtf8Line; }
    qint64 lines() const { return m_line; }

private:
    enum class State {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,     // saw " inside a quoted field
        BackslashInQuoted, // saw \ inside a quoted field
        BackslashQuote,    // saw \" inside a quoted field: literal or closing, by what follows
        SkipToLineEnd,     // after an error, until the next line
    };

    void detectEncoding(QByteArrayView head);
    void feedUtf8(QByteArrayView bytes);
    void parse(const char *p, const char *end);
    bool appendRange(const char *begin, const char *end);
    bool append(char c) { return appendRange(&c, &c + 1); }
    bool endField();
    void endRow();
    void fail(const QString &reason);

    CsvRowHandler &m_handler;
    CsvLimits m_limits;
    Encoding m_encoding = Encoding::Unknown;
    QStringDecoder m_decoder;
    char m_delimiter = 0; // decided from the first line
    QByteArray m_head;    // bytes held until encoding and delimiter are known

    State m_state = State::FieldStart;
    QByteArray m_buffer;
    qsizetype m_fieldStart = 0;
    CsvRow m_row;
    qint64 m_line = 1;
    qint64 m_rowLine = 1;
    bool m_rowHasNul = false;
    qint64 m_invalidUtf8Rows = 0;
    qint64 m_firstInvalidUtf8Line = 0;
};

} // namespace pd
