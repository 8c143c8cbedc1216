// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/HttpResponseParser.h"
#include "engine/JsonLinesDecoder.h"

#include <QTest>

#include <string>
#include <vector>

using stagecraft::engine::HttpResponseParser;
using stagecraft::engine::JsonLinesDecoder;
using State = HttpResponseParser::State;
using Error = HttpResponseParser::Error;

Q_DECLARE_METATYPE(State)
Q_DECLARE_METATYPE(Error)

class TestHttpParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesResponses_data();
    void parsesResponses();
    void sameResultWhateverTheSplit_data() { parsesResponses_data(); }
    void sameResultWhateverTheSplit();
    void headRequestHasNoBody();
    void interimResponseIsSkipped();
    void headersAreCaseInsensitive();
    void bytesAfterCompleteAreCounted();
    void errorIsSticky();
    void oversizedHeadIsRejected();
    void jsonLinesSplitAnywhere();
    void jsonLinesSkipBlankAndStripCr();
    void jsonLinesFinishFlushesLastLine();
    void jsonLinesDropOverlongLine();
};

void TestHttpParser::parsesResponses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("eof");
    QTest::addColumn<State>("state");
    QTest::addColumn<Error>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("content-length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << false
        << State::Complete << Error::None << 200 << QByteArray("hello");
    QTest::newRow("zero length") << QByteArray("HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n")
                                 << false << State::Complete << Error::None << 201 << QByteArray();
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "5\r\nhello\r\n6;name=x\r\n world\r\n0\r\n\r\n")
                             << false << State::Complete << Error::None << 200
                             << QByteArray("hello world");
    QTest::newRow("chunked hex upper + trailer")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: "
                      "chunked\r\n\r\nA\r\n0123456789\r\n0\r\nX-T: 1\r\n\r\n")
        << false << State::Complete << Error::None << 200 << QByteArray("0123456789");
    QTest::newRow("chunked overrides length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: "
                      "chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n")
        << false << State::Complete << Error::None << 200 << QByteArray("x");
    QTest::newRow("bare LF") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\nok") << false
                             << State::Complete << Error::None << 200 << QByteArray("ok");
    QTest::newRow("close delimited")
        << QByteArray("HTTP/1.0 200 OK\r\n\r\nuntil close") << true << State::Complete
        << Error::None << 200 << QByteArray("until close");
    QTest::newRow("close delimited, open")
        << QByteArray("HTTP/1.1 200 OK\r\n\r\npartial") << false << State::Body << Error::None
        << 200 << QByteArray("partial");
    QTest::newRow("204 no body") << QByteArray(
        "HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n")
                                 << false << State::Complete << Error::None << 204 << QByteArray();
    QTest::newRow("304 no body") << QByteArray("HTTP/1.1 304 Not Modified\r\n\r\n") << false
                                 << State::Complete << Error::None << 304 << QByteArray();
    QTest::newRow("no reason") << QByteArray("HTTP/1.1 200\r\nContent-Length: 1\r\n\r\nx") << false
                               << State::Complete << Error::None << 200 << QByteArray("x");
    QTest::newRow("500 json") << QByteArray(
        "HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
        "Content-Length: 19\r\n\r\n{\"message\":\"boom\"}\n")
                              << false << State::Complete << Error::None << 500
                              << QByteArray("{\"message\":\"boom\"}\n");
    QTest::newRow("same lengths listed")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\n\r\nab") << false
        << State::Complete << Error::None << 200 << QByteArray("ab");

    QTest::newRow("garbage status") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << false
                                    << State::Error << Error::BadStatusLine << 0 << QByteArray();
    QTest::newRow("HTTP/2 status") << QByteArray("HTTP/2 200 OK\r\n\r\n") << false << State::Error
                                   << Error::BadStatusLine << 0 << QByteArray();
    QTest::newRow("two digit status") << QByteArray("HTTP/1.1 20 OK\r\n\r\n") << false
                                      << State::Error << Error::BadStatusLine << 0 << QByteArray();
    QTest::newRow("status glued to reason")
        << QByteArray("HTTP/1.1 200OK\r\n\r\n") << false << State::Error << Error::BadStatusLine
        << 0 << QByteArray();
    QTest::newRow("header without colon")
        << QByteArray("HTTP/1.1 200 OK\r\nBroken header\r\n\r\n") << false << State::Error
        << Error::BadHeader << 200 << QByteArray();
    QTest::newRow("space before colon")
        << QByteArray("HTTP/1.1 200 OK\r\nName : v\r\n\r\n") << false << State::Error
        << Error::BadHeader << 200 << QByteArray();
    QTest::newRow("folded header") << QByteArray("HTTP/1.1 200 OK\r\nA: b\r\n c\r\n\r\n") << false
                                   << State::Error << Error::BadHeader << 200 << QByteArray();
    QTest::newRow("negative length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n") << false << State::Error
        << Error::BadContentLength << 200 << QByteArray();
    QTest::newRow("conflicting lengths")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << false
        << State::Error << Error::BadContentLength << 200 << QByteArray();
    QTest::newRow("huge length") << QByteArray(
        "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n")
                                 << false << State::Error << Error::BadContentLength << 200
                                 << QByteArray();
    QTest::newRow("gzip coding") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n")
                                 << false << State::Error << Error::UnsupportedCoding << 200
                                 << QByteArray();
    QTest::newRow("bad chunk size")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << false
        << State::Error << Error::BadChunk << 200 << QByteArray();
    QTest::newRow("chunk without CRLF")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabcd") << false
        << State::Error << Error::BadChunk << 200 << QByteArray("ab");
    QTest::newRow("chunk size overflow")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n")
        << false << State::Error << Error::BadChunk << 200 << QByteArray();
    QTest::newRow("truncated chunk")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc") << true
        << State::Error << Error::Truncated << 200 << QByteArray("abc");
    QTest::newRow("truncated length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc") << true << State::Error
        << Error::Truncated << 200 << QByteArray("abc");
    QTest::newRow("truncated head") << QByteArray("HTTP/1.1 200 OK\r\nContent-") << true
                                    << State::Error << Error::Truncated << 200 << QByteArray();
    QTest::newRow("empty then eof")
        << QByteArray() << true << State::Error << Error::Truncated << 0 << QByteArray();
}

static void runParser(HttpResponseParser &parser, const QByteArray &input, int step,
                      std::string &body)
{
    if (step <= 0) {
        parser.feed(std::string_view(input.constData(), static_cast<std::size_t>(input.size())),
                    body);
        return;
    }
    for (qsizetype pos = 0; pos < input.size(); pos += step) {
        const QByteArray piece = input.mid(pos, step);
        parser.feed(std::string_view(piece.constData(), static_cast<std::size_t>(piece.size())),
                    body);
    }
}

void TestHttpParser::parsesResponses()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, eof);
    QFETCH(State, state);
    QFETCH(Error, error);
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    HttpResponseParser parser;
    std::string decoded;
    runParser(parser, input, 0, decoded);
    if (eof)
        parser.finish();
    QCOMPARE(parser.state(), state);
    QCOMPARE(parser.error(), error);
    QCOMPARE(parser.statusCode(), status);
    QCOMPARE(QByteArray::fromStdString(decoded), body);
    QCOMPARE(parser.bodyBytes(), static_cast<std::uint64_t>(decoded.size()));
}

void TestHttpParser::sameResultWhateverTheSplit()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, eof);
    QFETCH(State, state);
    QFETCH(Error, error);
    QFETCH(QByteArray, body);
    for (int step = 1; step <= 7; ++step) {
        HttpResponseParser parser;
        std::string decoded;
        runParser(parser, input, step, decoded);
        if (eof)
            parser.finish();
        QCOMPARE(parser.state(), state);
        QCOMPARE(parser.error(), error);
        QCOMPARE(QByteArray::fromStdString(decoded), body);
    }
}

void TestHttpParser::headRequestHasNoBody()
{
    HttpResponseParser parser(true);
    std::string body;
    parser.feed("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\n", body);
    QVERIFY(parser.isComplete());
    QVERIFY(body.empty());
    QVERIFY(parser.header("api-version"));
    QCOMPARE(*parser.header("API-VERSION"), std::string("1.41"));
}

void TestHttpParser::interimResponseIsSkipped()
{
    HttpResponseParser parser;
    std::string body;
    parser.feed("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx", body);
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.statusCode(), 200);
    QCOMPARE(body, std::string("x"));
}

void TestHttpParser::headersAreCaseInsensitive()
{
    HttpResponseParser parser;
    std::string body;
    parser.feed("HTTP/1.1 200 OK\r\ncontent-type:  application/json  \r\nOSTYPE: linux\r\n\r\n",
                body);
    QVERIFY(parser.headComplete());
    QCOMPARE(*parser.header("Content-Type"), std::string("application/json"));
    QCOMPARE(*parser.header("Ostype"), std::string("linux"));
    QVERIFY(!parser.header("Missing"));
    QCOMPARE(parser.headers().size(), std::size_t(2));
}

void TestHttpParser::bytesAfterCompleteAreCounted()
{
    HttpResponseParser parser;
    std::string body;
    parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nxyz", body);
    QVERIFY(parser.isComplete());
    QCOMPARE(body, std::string("x"));
    QCOMPARE(parser.trailingBytes(), std::size_t(2));
}

void TestHttpParser::errorIsSticky()
{
    HttpResponseParser parser;
    std::string body;
    parser.feed("garbage\r\n", body);
    QCOMPARE(parser.state(), State::Error);
    parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx", body);
    parser.finish();
    QCOMPARE(parser.state(), State::Error);
    QCOMPARE(parser.error(), Error::BadStatusLine);
    QVERIFY(body.empty());
    QCOMPARE(HttpResponseParser::errorName(Error::BadStatusLine),
             std::string_view("bad status line"));
}

void TestHttpParser::oversizedHeadIsRejected()
{
    HttpResponseParser parser;
    std::string body;
    parser.feed("HTTP/1.1 200 OK\r\nX-Big: ", body);
    const std::string chunk(4096, 'a');
    for (int i = 0; i < 20 && parser.state() != State::Error; ++i)
        parser.feed(chunk, body);
    QCOMPARE(parser.state(), State::Error);
    QCOMPARE(parser.error(), Error::HeadTooLarge);
}

void TestHttpParser::jsonLinesSplitAnywhere()
{
    const std::string stream = "{\"stream\":\"Step 1/2 : FROM "
                               "a\"}\r\n{\"stream\":\"\\n\"}\r\n{\"aux\":{\"ID\":\"sha256:1\"}}\n";
    const std::vector<std::string> expected
        = {"{\"stream\":\"Step 1/2 : FROM a\"}", "{\"stream\":\"\\n\"}",
           "{\"aux\":{\"ID\":\"sha256:1\"}}"};
    for (std::size_t step = 1; step <= stream.size(); ++step) {
        JsonLinesDecoder decoder;
        std::vector<std::string> lines;
        for (std::size_t pos = 0; pos < stream.size(); pos += step)
            decoder.feed(std::string_view(stream).substr(pos, step), lines);
        decoder.finish(lines);
        QCOMPARE(lines, expected);
    }
}

void TestHttpParser::jsonLinesSkipBlankAndStripCr()
{
    JsonLinesDecoder decoder;
    std::vector<std::string> lines;
    decoder.feed("\r\n\n  \r\n{\"a\":1}\r\n\t\n{\"b\":2}\n", lines);
    QCOMPARE(lines, (std::vector<std::string>{"{\"a\":1}", "{\"b\":2}"}));
    QCOMPARE(decoder.pending(), std::size_t(0));
}

void TestHttpParser::jsonLinesFinishFlushesLastLine()
{
    JsonLinesDecoder decoder;
    std::vector<std::string> lines;
    decoder.feed("{\"a\":1}\n{\"b\"", lines);
    QCOMPARE(lines.size(), std::size_t(1));
    QCOMPARE(decoder.pending(), std::size_t(4));
    decoder.feed(":2}", lines);
    decoder.finish(lines);
    QCOMPARE(lines, (std::vector<std::string>{"{\"a\":1}", "{\"b\":2}"}));
}

void TestHttpParser::jsonLinesDropOverlongLine()
{
    JsonLinesDecoder decoder(8);
    std::vector<std::string> lines;
    decoder.feed("0123", lines);
    decoder.feed("456789", lines);
    decoder.feed("abc\nok\n", lines);
    QVERIFY(decoder.overflowed());
    QCOMPARE(lines, std::vector<std::string>{"ok"});
}

QTEST_GUILESS_MAIN(TestHttpParser)
#include "tst_httpparser.moc"
