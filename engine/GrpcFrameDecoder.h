// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::engine {

/// Splits a gRPC stream's bytes into messages: each is a 5-byte prefix (a compressed flag, then
/// the length, 4 bytes big-endian) and that many bytes of protobuf (gRPC over HTTP/2,
/// "Length-Prefixed-Message"). Incremental: bytes may arrive in any pieces. We never negotiate
/// compression, so a compressed message is an error, as is a length above the limit; after an
/// error feed() takes nothing more. Pure (no I/O), fuzzed like the other parsers.
class GrpcFrameDecoder
{
public:
    static constexpr std::size_t kPrefixSize = 5;
    /// gRPC's default maximum receive size.
    static constexpr std::size_t kDefaultMaxMessage = 4 * 1024 * 1024;

    explicit GrpcFrameDecoder(std::size_t maxMessage = kDefaultMaxMessage)
        : m_maxMessage(maxMessage)
    { }

    /// Appends every complete message in `bytes` (with what came before) to `messages`.
    /// False, with error(), when the stream is malformed.
    bool feed(std::string_view bytes, std::vector<std::string> &messages);
    /// True when no partial message is pending (a clean end of the stream).
    [[nodiscard]] bool atBoundary() const { return m_buffer.empty() && !failed(); }
    [[nodiscard]] bool failed() const { return !m_error.empty(); }
    [[nodiscard]] const std::string &error() const { return m_error; }

    /// The message with its prefix, ready to send.
    [[nodiscard]] static std::string encode(std::string_view message);

private:
    std::size_t m_maxMessage;
    std::string m_buffer;
    std::string m_error;
};

} // namespace stagecraft::engine
