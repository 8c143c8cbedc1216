// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pure (std only, no Qt, no I/O): compiled into the fuzzers as well as stagecraft_app.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stagecraft::engine {

/// An incremental HTTP/1.1 response parser (RFC 9112): status line, header fields, and a body
/// delimited by Content-Length, chunked transfer coding or the end of the connection. Feed it
/// bytes as they arrive; decoded body bytes are appended to the caller's buffer. It never throws
/// and never reads past what it was given; bad input puts it in the Error state for good.
class HttpResponseParser
{
public:
    enum class State : std::uint8_t {
        StatusLine, ///< waiting for (the rest of) the status line
        Headers,    ///< reading header fields
        Body,       ///< head complete; body bytes (if any) follow
        Complete,   ///< the whole response has been read
        Error,      ///< malformed input; see error()
    };

    enum class Error : std::uint8_t {
        None,
        BadStatusLine,     ///< not "HTTP/1.x NNN reason"
        BadHeader,         ///< a header line without ':' or with a bad name
        HeadTooLarge,      ///< status line + headers over maxHeadSize()
        BadContentLength,  ///< not a number, or conflicting values
        BadChunk,          ///< bad chunk-size line or missing CRLF after chunk data
        Truncated,         ///< the connection ended before the body did
        UnsupportedCoding, ///< a Transfer-Encoding other than chunked
    };

    struct Header
    {
        std::string name;  ///< as received
        std::string value; ///< leading and trailing whitespace removed
    };

    /// `headRequest`: the response answers a HEAD request, so it has no body whatever the headers
    /// say.
    explicit HttpResponseParser(bool headRequest = false)
        : m_headRequest(headRequest)
    { }

    /// Consumes `data`; appends decoded body bytes to `body`. Returns the state afterwards.
    /// Bytes after a complete response are ignored (see trailingBytes()).
    State feed(std::string_view data, std::string &body);
    /// The peer closed the connection: completes a close-delimited body, otherwise the
    /// response is Truncated unless it was already complete.
    State finish();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] Error error() const { return m_error; }
    [[nodiscard]] bool headComplete() const
    {
        return m_state == State::Body || m_state == State::Complete;
    }
    [[nodiscard]] bool isComplete() const { return m_state == State::Complete; }
    [[nodiscard]] int statusCode() const { return m_status; }
    [[nodiscard]] const std::string &reason() const { return m_reason; }
    [[nodiscard]] int versionMinor() const { return m_minor; }
    [[nodiscard]] const std::vector<Header> &headers() const { return m_headers; }
    /// First header with that name (case-insensitive), or nullptr.
    [[nodiscard]] const std::string *header(std::string_view name) const;
    /// True for a chunked body.
    [[nodiscard]] bool isChunked() const { return m_mode == BodyMode::Chunked; }
    /// Body bytes decoded so far.
    [[nodiscard]] std::uint64_t bodyBytes() const { return m_bodyBytes; }
    /// Bytes received after the response was complete.
    [[nodiscard]] std::size_t trailingBytes() const { return m_trailing; }
    /// Upper bound for status line + headers.
    [[nodiscard]] static constexpr std::size_t maxHeadSize() { return 64 * 1024; }

    /// Short English name of an error, for logs ("bad status line").
    [[nodiscard]] static std::string_view errorName(Error error);

private:
    enum class BodyMode : std::uint8_t { None, Length, Chunked, Close };
    enum class ChunkState : std::uint8_t { Size, Data, DataEnd, Trailers };

    State fail(Error error);
    bool parseStatusLine(std::string_view line);
    bool parseHeaderLine(std::string_view line);
    bool startBody();
    /// Reads chunked body bytes from data[pos…] (one step of the chunk state machine); false
    /// when feed() must return: more data needed, or failed.
    bool feedChunked(std::string_view data, std::size_t &pos, std::string &body, std::string &line,
                     bool &tooLong);
    /// Takes one CRLF- or LF-terminated line from data[pos..]; false when incomplete.
    bool takeLine(std::string_view data, std::size_t &pos, std::string &line, bool &tooLong);

    State m_state = State::StatusLine;
    Error m_error = Error::None;
    bool m_headRequest = false;
    int m_status = 0;
    int m_minor = 1;
    std::string m_reason;
    std::vector<Header> m_headers;
    std::string m_line; ///< partial line carried between feeds
    std::size_t m_headSize = 0;
    BodyMode m_mode = BodyMode::None;
    ChunkState m_chunk = ChunkState::Size;
    std::uint64_t m_remaining = 0; ///< of the Content-Length body or the current chunk
    std::uint64_t m_bodyBytes = 0;
    std::size_t m_trailing = 0;
};

} // namespace stagecraft::engine
