// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Token.h"

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace stagecraft::model {

/// The one adapter between the model's UTF-8 byte offsets and QTextDocument's UTF-16 positions.
/// Built once per parse from the UTF-8 text; pure ASCII text maps one to one (no table at all).
/// Offsets inside a multi-byte character (or positions inside a surrogate pair) map to the start
/// of that character; offsets past the end are clamped to the end.
class TextOffsets
{
public:
    explicit TextOffsets(std::string_view utf8);

    /// UTF-16 position of the byte `byteOffset`.
    [[nodiscard]] int toUtf16(std::uint32_t byteOffset) const;
    /// UTF-16 positions of the bytes `range` covers: {begin, end}.
    [[nodiscard]] std::pair<int, int> toUtf16(Range range) const
    {
        return {toUtf16(range.begin), toUtf16(range.end)};
    }
    /// Byte offset of the UTF-16 position `utf16Position`.
    [[nodiscard]] std::uint32_t toUtf8(int utf16Position) const;

private:
    /// One non-ASCII character (or one invalid byte, which Qt decodes to U+FFFD).
    struct Wide
    {
        std::uint32_t byteStart = 0;
        std::uint32_t utf16Start = 0;
        std::uint8_t byteLength = 0;
        std::uint8_t utf16Length = 0;
    };

    std::vector<Wide> m_wide; ///< in text order; empty for pure ASCII
    std::uint32_t m_bytes = 0;
    std::uint32_t m_utf16 = 0;
};

} // namespace stagecraft::model
