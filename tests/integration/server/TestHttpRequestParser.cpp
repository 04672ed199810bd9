// HttpRequestParser, the strict reader of request heads (RFC 9112): one row per rule, as bytes.
#include "server/HttpRequestParser.h"

#include <QTest>

using pd::HttpRequestParser;

namespace {

const QByteArray Line = QByteArrayLiteral("PUT /v1/me/settings/ai-training HTTP/1.1\r\nHost: localhost\r\n");

} // namespace

class TestHttpRequestParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wellFormedHead()
    {
        const QByteArray head = Line + "Authorization:  Bearer abc \t\r\nContent-Length: 19\r\nX-Twice: a\r\n"
                                       "x-twice: b\r\nContent-Type: application/json\r\n\r\n";
        const QByteArray input = head + R"({"optedOut": false})" + "GET /next";
        const HttpRequestParser::Result result = HttpRequestParser::parse(input);
        QCOMPARE(result.status, HttpRequestParser::Status::Complete);
        QCOMPARE(result.headBytes, head.size());
        QCOMPARE(result.contentLength, 19);
        QVERIFY(result.keepAlive);
        QCOMPARE(result.request.method, QByteArrayLiteral("PUT"));
        QCOMPARE(result.request.path, QStringLiteral("/v1/me/settings/ai-training"));
        QCOMPARE(result.request.header("authorization"), QByteArrayLiteral("Bearer abc"));
        QCOMPARE(result.request.header("x-twice"), QByteArrayLiteral("a, b"));
        QVERIFY(result.request.body.isEmpty());
    }

    void pathIsDecodedWithoutTheQuery()
    {
        const HttpRequestParser::Result result =
            HttpRequestParser::parse("GET /v1/policies/link%65din?x=1 HTTP/1.1\r\nHost: a\r\n\r\n");
        QCOMPARE(result.status, HttpRequestParser::Status::Complete);
        QCOMPARE(result.request.path, QStringLiteral("/v1/policies/linkedin"));
        QCOMPARE(result.contentLength, 0);
    }

    void connectionClose_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("HTTP/1.1") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << true;
        QTest::newRow("HTTP/1.1, close") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: TE, Close\r\n\r\n")
                                         << false;
        QTest::newRow("HTTP/1.0 without Host") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    }

    void connectionClose()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, keepAlive);
        const HttpRequestParser::Result result = HttpRequestParser::parse(head);
        QCOMPARE(result.status, HttpRequestParser::Status::Complete);
        QCOMPARE(result.keepAlive, keepAlive);
    }

    void incompleteHeadsWaitForMore_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("half a request line") << QByteArray("GET /v1/me/us");
        QTest::newRow("no blank line yet") << Line;
        QTest::newRow("CR of the blank line") << Line + '\r';
    }

    void incompleteHeadsWaitForMore()
    {
        QFETCH(QByteArray, input);
        QCOMPARE(HttpRequestParser::parse(input).status, HttpRequestParser::Status::Incomplete);
    }

    void invalidHeads_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error"); // a word of the expected message
        const QByteArray end = "\r\n";
        QTest::newRow("two Content-Length, different")
            << Line + "Content-Length: 1\r\nContent-Length: 2\r\n" + end << QStringLiteral("more than once");
        QTest::newRow("two Content-Length, equal")
            << Line + "Content-Length: 1\r\ncontent-length: 1\r\n" + end << QStringLiteral("more than once");
        QTest::newRow("Content-Length list") << Line + "Content-Length: 1, 1\r\n" + end << QStringLiteral("decimal");
        QTest::newRow("negative Content-Length") << Line + "Content-Length: -1\r\n" + end << QStringLiteral("decimal");
        QTest::newRow("empty Content-Length") << Line + "Content-Length:\r\n" + end << QStringLiteral("decimal");
        QTest::newRow("hex Content-Length") << Line + "Content-Length: 0x10\r\n" + end << QStringLiteral("decimal");
        QTest::newRow("10^20 Content-Length")
            << Line + "Content-Length: 100000000000000000000\r\n" + end << QStringLiteral("too large");
        QTest::newRow("19 digits") << Line + "Content-Length: 9223372036854775807\r\n" + end
                                   << QStringLiteral("too large");
        QTest::newRow("space before the colon")
            << Line + "Transfer-Encoding : chunked\r\n" + end << QStringLiteral("before the colon");
        QTest::newRow("tab before the colon")
            << Line + "Content-Length\t: 1\r\n" + end << QStringLiteral("before the colon");
        QTest::newRow("Transfer-Encoding and Content-Length")
            << Line + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n" + end << QStringLiteral("both");
        QTest::newRow("chunked") << Line + "Transfer-Encoding: chunked\r\n" + end << QStringLiteral("not supported");
        QTest::newRow("gzip") << Line + "Transfer-Encoding: gzip\r\n" + end << QStringLiteral("not supported");
        QTest::newRow("obs-fold") << Line + "X-A: b\r\n c\r\n" + end << QStringLiteral("obs-fold");
        QTest::newRow("tab fold") << Line + "X-A: b\r\n\tc\r\n" + end << QStringLiteral("obs-fold");
        QTest::newRow("NUL in a value") << Line + QByteArray("X-A: b\0c\r\n", 10) + end << QStringLiteral("NUL");
        QTest::newRow("DEL in a value") << Line + "X-A: b\x7f\r\n" + end << QStringLiteral("control");
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: a\n\n") << QStringLiteral("bare LF");
        QTest::newRow("bare CR") << Line + "X-A: b\rc\r\n" + end << QStringLiteral("bare CR");
        QTest::newRow("no colon") << Line + "X-A b\r\n" + end << QStringLiteral("no colon");
        QTest::newRow("empty name") << Line + ": b\r\n" + end << QStringLiteral("not a token");
        QTest::newRow("name with @") << Line + "X@A: b\r\n" + end << QStringLiteral("not a token");
        QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << QStringLiteral("Host");
        QTest::newRow("two Hosts") << Line + "Host: b\r\n" + end << QStringLiteral("Host");
        QTest::newRow("leading blank line") << "\r\n" + Line + end << QStringLiteral("request line");
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: a\r\n\r\n")
                                    << QStringLiteral("request line");
        QTest::newRow("no version") << QByteArray("GET /\r\nHost: a\r\n\r\n") << QStringLiteral("request line");
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: a\r\n\r\n") << QStringLiteral("HTTP/1.1");
        QTest::newRow("lower-case version")
            << QByteArray("GET / http/1.1\r\nHost: a\r\n\r\n") << QStringLiteral("HTTP/1.1");
        QTest::newRow("absolute-form") << QByteArray("GET https://a/ HTTP/1.1\r\nHost: a\r\n\r\n")
                                       << QStringLiteral("origin-form");
        QTest::newRow("fragment") << QByteArray("GET /#x HTTP/1.1\r\nHost: a\r\n\r\n") << QStringLiteral("origin-form");
        QTest::newRow("method not a token")
            << QByteArray("G(T / HTTP/1.1\r\nHost: a\r\n\r\n") << QStringLiteral("method");
        QTest::newRow("head over 8 KiB, complete")
            << Line + "X-Big: " + QByteArray(9000, 'a') + "\r\n" + end << QStringLiteral("larger than");
        QTest::newRow("head over 8 KiB, no end yet")
            << Line + "X-Big: " + QByteArray(9000, 'a') << QStringLiteral("larger than");
        QByteArray many = Line;
        for (int i = 0; i < HttpRequestParser::MaxFields; ++i)
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("65 fields") << many + end << QStringLiteral("more than");
    }

    void invalidHeads()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        const HttpRequestParser::Result result = HttpRequestParser::parse(input);
        QCOMPARE(result.status, HttpRequestParser::Status::Invalid);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
    }

    // The largest Content-Length that parses is 18 digits; the caller compares it with its limit.
    void largeContentLengthIsLeftToTheCaller()
    {
        const HttpRequestParser::Result result =
            HttpRequestParser::parse(QByteArray(Line + "Content-Length: 1073741824\r\n\r\n"));
        QCOMPARE(result.status, HttpRequestParser::Status::Complete);
        QCOMPARE(result.contentLength, qint64(1) << 30);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "TestHttpRequestParser.moc"
