// SPDX-License-Identifier: GPL-3.0-or-later
#include "GrpcFrameDecoder.h"

// The framing of gRPC over HTTP/2 (grpc/grpc doc/PROTOCOL-HTTP2.md): Length-Prefixed-Message =
// Compressed-Flag (1 byte, 0 or 1) Message-Length (4 bytes, big-endian) Message.

namespace stagecraft::engine {

bool GrpcFrameDecoder::feed(std::string_view bytes, std::vector<std::string> &messages)
{
    if (failed())
        return false;
    m_buffer.append(bytes);
    std::size_t pos = 0;
    while (m_buffer.size() - pos >= kPrefixSize) {
        const auto *prefix = reinterpret_cast<const unsigned char *>(m_buffer.data() + pos);
        if (prefix[0] > 1) {
            m_error = "bad gRPC message flag " + std::to_string(prefix[0]);
            break;
        }
        if (prefix[0] == 1) {
            m_error = "compressed gRPC message (no compression was negotiated)";
            break;
        }
        const std::size_t length = (std::size_t(prefix[1]) << 24) | (std::size_t(prefix[2]) << 16)
            | (std::size_t(prefix[3]) << 8) | std::size_t(prefix[4]);
        if (length > m_maxMessage) {
            m_error = "gRPC message of " + std::to_string(length) + " bytes (limit "
                + std::to_string(m_maxMessage) + ")";
            break;
        }
        if (m_buffer.size() - pos - kPrefixSize < length)
            break;
        messages.emplace_back(m_buffer, pos + kPrefixSize, length);
        pos += kPrefixSize + length;
    }
    if (failed()) {
        m_buffer.clear();
        return false;
    }
    m_buffer.erase(0, pos);
    return true;
}

std::string GrpcFrameDecoder::encode(std::string_view message)
{
    const auto length = static_cast<std::uint32_t>(message.size());
    std::string out;
    out.reserve(kPrefixSize + message.size());
    out.push_back('\0');
    out.push_back(static_cast<char>((length >> 24) & 0xFF));
    out.push_back(static_cast<char>((length >> 16) & 0xFF));
    out.push_back(static_cast<char>((length >> 8) & 0xFF));
    out.push_back(static_cast<char>(length & 0xFF));
    out.append(message);
    return out;
}

} // namespace stagecraft::engine
