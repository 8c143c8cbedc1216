// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpResponseParser.h"

#include "model/Text.h"

#include <algorithm>

// Message syntax per RFC 9112 (HTTP/1.1): a status line, header fields, an empty line, then a
// body whose length comes from (in order) the request method and status code, Transfer-Encoding,
// Content-Length, or the end of the connection (§6.3). Bare LF line ends are accepted (§2.2).

namespace stagecraft::engine {

namespace {

constexpr std::size_t kMaxChunkLine = 4096;

bool isTokenChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u >= '0' && u <= '9')
        return true;
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z'))
        return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return lower(x) == lower(y);
           });
}

/// Decimal digits only, no sign, no overflow.
bool parseDecimal(std::string_view s, std::uint64_t &out)
{
    if (s.empty() || s.size() > 18)
        return false;
    std::uint64_t value = 0;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    out = value;
    return true;
}

} // namespace

const std::string *HttpResponseParser::header(std::string_view name) const
{
    for (const Header &h : m_headers) {
        if (equalsIgnoreCase(h.name, name))
            return &h.value;
    }
    return nullptr;
}

std::string_view HttpResponseParser::errorName(Error error)
{
    switch (error) {
    case Error::None:
        return "no error";
    case Error::BadStatusLine:
        return "bad status line";
    case Error::BadHeader:
        return "bad header field";
    case Error::HeadTooLarge:
        return "response head too large";
    case Error::BadContentLength:
        return "bad Content-Length";
    case Error::BadChunk:
        return "bad chunk";
    case Error::Truncated:
        return "truncated response";
    case Error::UnsupportedCoding:
        return "unsupported Transfer-Encoding";
    }
    return "unknown error";
}

HttpResponseParser::State HttpResponseParser::fail(Error error)
{
    m_error = error;
    m_state = State::Error;
    m_line.clear();
    return m_state;
}

bool HttpResponseParser::takeLine(std::string_view data, std::size_t &pos, std::string &line,
                                  bool &tooLong)
{
    tooLong = false;
    const std::size_t limit = (m_state == State::Body) ? kMaxChunkLine : maxHeadSize();
    const std::size_t newline = data.find('\n', pos);
    const std::size_t end = (newline == std::string_view::npos) ? data.size() : newline;
    const std::size_t piece = end - pos;
    if (m_line.size() + piece > limit) {
        tooLong = true;
        return false;
    }
    m_line.append(data.substr(pos, piece));
    if (m_state != State::Body)
        m_headSize += piece + (newline == std::string_view::npos ? 0 : 1);
    if (newline == std::string_view::npos) {
        pos = data.size();
        return false;
    }
    pos = newline + 1;
    if (!m_line.empty() && m_line.back() == '\r')
        m_line.pop_back();
    line.swap(m_line);
    m_line.clear();
    return true;
}

bool HttpResponseParser::parseStatusLine(std::string_view line)
{
    // HTTP-version SP status-code SP [reason-phrase]
    if (line.size() < 12 || line.substr(0, 7) != "HTTP/1." || line[8] != ' ')
        return false;
    if (line[7] != '0' && line[7] != '1')
        return false;
    m_minor = line[7] - '0';
    int status = 0;
    for (std::size_t i = 9; i < 12; ++i) {
        if (line[i] < '0' || line[i] > '9')
            return false;
        status = status * 10 + (line[i] - '0');
    }
    if (status < 100)
        return false;
    if (line.size() > 12 && line[12] != ' ')
        return false;
    for (const char c : line) {
        if (c == '\0' || c == '\r')
            return false;
    }
    m_status = status;
    m_reason = line.size() > 13 ? std::string(line.substr(13)) : std::string();
    return true;
}

bool HttpResponseParser::parseHeaderLine(std::string_view line)
{
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0)
        return false;
    const std::string_view name = line.substr(0, colon);
    if (!std::all_of(name.begin(), name.end(), isTokenChar))
        return false;
    const std::string_view value = trim(line.substr(colon + 1));
    for (const char c : value) {
        if (c == '\0' || c == '\r' || c == '\n')
            return false;
    }
    m_headers.push_back(Header{std::string(name), std::string(value)});
    return true;
}

bool HttpResponseParser::startBody()
{
    // RFC 9112 §6.3: no body for HEAD, 1xx, 204 and 304, whatever the header fields say.
    if (m_headRequest || m_status == 204 || m_status == 304 || m_status < 200) {
        m_mode = BodyMode::None;
        m_state = State::Complete;
        return true;
    }
    bool hasTransferEncoding = false;
    bool chunked = false;
    bool hasLength = false;
    std::uint64_t length = 0;
    for (const Header &h : m_headers) {
        if (equalsIgnoreCase(h.name, "Transfer-Encoding")) {
            hasTransferEncoding = true;
            // Only "chunked" (possibly listed across several fields) is understood.
            std::string_view rest = h.value;
            while (!rest.empty()) {
                const std::size_t comma = rest.find(',');
                const std::string_view coding = trim(rest.substr(0, comma));
                rest
                    = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
                if (coding.empty())
                    continue;
                if (!equalsIgnoreCase(coding, "chunked") || chunked) {
                    fail(Error::UnsupportedCoding);
                    return false;
                }
                chunked = true;
            }
        } else if (equalsIgnoreCase(h.name, "Content-Length")) {
            // A list of identical values is allowed (§6.3 item 5); anything else is an error.
            std::string_view rest = h.value;
            do {
                const std::size_t comma = rest.find(',');
                std::uint64_t value = 0;
                if (!parseDecimal(trim(rest.substr(0, comma)), value)
                    || (hasLength && value != length)) {
                    fail(Error::BadContentLength);
                    return false;
                }
                hasLength = true;
                length = value;
                rest
                    = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
            } while (!rest.empty());
        }
    }
    if (hasTransferEncoding && !chunked) {
        fail(Error::UnsupportedCoding);
        return false;
    }
    m_state = State::Body;
    if (chunked) {
        m_mode = BodyMode::Chunked; // Transfer-Encoding overrides Content-Length (§6.3 item 3)
        m_chunk = ChunkState::Size;
    } else if (hasLength) {
        m_mode = BodyMode::Length;
        m_remaining = length;
        if (length == 0)
            m_state = State::Complete;
    } else {
        m_mode = BodyMode::Close;
    }
    return true;
}

bool HttpResponseParser::feedChunked(std::string_view data, std::size_t &pos, std::string &body,
                                     std::string &line, bool &tooLong)
{
    switch (m_chunk) {
    case ChunkState::Size: {
        if (!takeLine(data, pos, line, tooLong)) {
            if (tooLong)
                fail(Error::BadChunk);
            return false;
        }
        // chunk-size [ chunk-ext ] CRLF; extensions are ignored.
        std::uint64_t size = 0;
        std::size_t i = 0;
        for (; i < line.size() && model::text::hexDigitValue(line[i]) >= 0; ++i) {
            if (i >= 15) {
                fail(Error::BadChunk);
                return false;
            }
            size = size * 16 + static_cast<std::uint64_t>(model::text::hexDigitValue(line[i]));
        }
        const std::string_view rest = trim(std::string_view(line).substr(i));
        if (i == 0 || (!rest.empty() && rest.front() != ';')) {
            fail(Error::BadChunk);
            return false;
        }
        m_remaining = size;
        m_chunk = size == 0 ? ChunkState::Trailers : ChunkState::Data;
        return true;
    }
    case ChunkState::Data: {
        const std::size_t take
            = static_cast<std::size_t>(std::min<std::uint64_t>(m_remaining, data.size() - pos));
        body.append(data.substr(pos, take));
        m_bodyBytes += take;
        m_remaining -= take;
        pos += take;
        if (m_remaining == 0)
            m_chunk = ChunkState::DataEnd;
        return true;
    }
    case ChunkState::DataEnd: {
        // Exactly CRLF (or a bare LF) must follow the chunk data; fail on the first other byte
        // rather than waiting for a line end that may never come.
        const char c = data[pos++];
        if (c == '\r' && m_line.empty()) {
            m_line.push_back(c);
        } else if (c == '\n') {
            m_line.clear();
            m_chunk = ChunkState::Size;
        } else {
            fail(Error::BadChunk);
            return false;
        }
        return true;
    }
    case ChunkState::Trailers:
        if (!takeLine(data, pos, line, tooLong)) {
            if (tooLong)
                fail(Error::BadChunk);
            return false;
        }
        if (line.empty()) {
            m_state = State::Complete; // trailer fields are read and dropped
        } else if (line.find(':') == std::string::npos) {
            fail(Error::BadChunk);
            return false;
        }
        return true;
    }
    return true;
}

HttpResponseParser::State HttpResponseParser::feed(std::string_view data, std::string &body)
{
    std::size_t pos = 0;
    std::string line;
    bool tooLong = false;
    while (pos < data.size()) {
        switch (m_state) {
        case State::Error:
            return m_state;
        case State::Complete:
            m_trailing += data.size() - pos;
            return m_state;
        case State::StatusLine:
            if (!takeLine(data, pos, line, tooLong))
                return tooLong ? fail(Error::HeadTooLarge) : m_state;
            if (line.empty() && m_headers.empty() && m_status == 0)
                continue; // tolerate empty lines before the status line (§2.2)
            if (!parseStatusLine(line))
                return fail(Error::BadStatusLine);
            m_state = State::Headers;
            break;
        case State::Headers:
            if (!takeLine(data, pos, line, tooLong))
                return tooLong ? fail(Error::HeadTooLarge) : m_state;
            if (line.empty()) {
                if (m_status >= 100 && m_status < 200 && m_status != 101) {
                    // Interim response (100 Continue, 103 Early Hints): the real one follows.
                    m_headers.clear();
                    m_status = 0;
                    m_reason.clear();
                    m_state = State::StatusLine;
                    break;
                }
                if (!startBody())
                    return m_state;
                break;
            }
            if (line.front() == ' ' || line.front() == '\t' || !parseHeaderLine(line))
                return fail(Error::BadHeader); // obsolete line folding is rejected (§5.2)
            break;
        case State::Body:
            switch (m_mode) {
            case BodyMode::None:
                m_state = State::Complete;
                break;
            case BodyMode::Close: {
                const std::string_view piece = data.substr(pos);
                body.append(piece);
                m_bodyBytes += piece.size();
                pos = data.size();
                break;
            }
            case BodyMode::Length: {
                const std::size_t take = static_cast<std::size_t>(
                    std::min<std::uint64_t>(m_remaining, data.size() - pos));
                body.append(data.substr(pos, take));
                m_bodyBytes += take;
                m_remaining -= take;
                pos += take;
                if (m_remaining == 0)
                    m_state = State::Complete;
                break;
            }
            case BodyMode::Chunked:
                if (!feedChunked(data, pos, body, line, tooLong))
                    return m_state;
                break;
            }
            break;
        }
    }
    // A head that just completed may need no body bytes at all.
    if (m_state == State::Body && m_mode == BodyMode::None)
        m_state = State::Complete;
    return m_state;
}

HttpResponseParser::State HttpResponseParser::finish()
{
    if (m_state == State::Body && m_mode == BodyMode::Close) {
        m_state = State::Complete;
        return m_state;
    }
    if (m_state != State::Complete && m_state != State::Error)
        return fail(Error::Truncated);
    return m_state;
}

} // namespace stagecraft::engine
