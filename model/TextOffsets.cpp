// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/TextOffsets.h"

#include <algorithm>
#include <cstring>

namespace stagecraft::model {

namespace {

/// Length of the well-formed UTF-8 sequence at `pos`, or 0 when it is not one.
std::uint32_t sequenceLength(std::string_view text, std::size_t pos)
{
    const auto lead = static_cast<unsigned char>(text[pos]);
    std::uint32_t length = 0;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF)
        length = 3;
    else if (lead >= 0xF0 && lead <= 0xF4)
        length = 4;
    else
        return 0;
    if (pos + length > text.size())
        return 0;
    for (std::uint32_t i = 1; i < length; ++i) {
        const auto c = static_cast<unsigned char>(text[pos + i]);
        if ((c & 0xC0U) != 0x80U)
            return 0;
    }
    const auto second = static_cast<unsigned char>(text[pos + 1]);
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF are invalid.
    if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F)
        || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F))
        return 0;
    return length;
}

} // namespace

TextOffsets::TextOffsets(std::string_view utf8)
    : m_bytes(static_cast<std::uint32_t>(utf8.size()))
{
    std::uint32_t utf16 = 0;
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        // Skip ASCII eight bytes at a time.
        while (pos + 8 <= utf8.size()) {
            std::uint64_t chunk = 0;
            std::memcpy(&chunk, utf8.data() + pos, 8);
            if ((chunk & 0x8080808080808080ULL) != 0)
                break;
            pos += 8;
            utf16 += 8;
        }
        if (pos >= utf8.size())
            break;
        if (static_cast<unsigned char>(utf8[pos]) < 0x80) {
            ++pos;
            ++utf16;
            continue;
        }
        const std::uint32_t length = sequenceLength(utf8, pos);
        Wide wide;
        wide.byteStart = static_cast<std::uint32_t>(pos);
        wide.utf16Start = utf16;
        // A 4-byte sequence is a supplementary-plane character: a surrogate pair in UTF-16.
        // An invalid byte becomes one U+FFFD.
        wide.byteLength = static_cast<std::uint8_t>(length == 0 ? 1 : length);
        wide.utf16Length = static_cast<std::uint8_t>(length == 4 ? 2 : 1);
        m_wide.push_back(wide);
        pos += wide.byteLength;
        utf16 += wide.utf16Length;
    }
    m_utf16 = utf16;
}

int TextOffsets::toUtf16(std::uint32_t byteOffset) const
{
    byteOffset = std::min(byteOffset, m_bytes);
    if (m_wide.empty())
        return static_cast<int>(byteOffset);
    const auto it
        = std::upper_bound(m_wide.begin(), m_wide.end(), byteOffset,
                           [](std::uint32_t value, const Wide &w) { return value < w.byteStart; });
    if (it == m_wide.begin())
        return static_cast<int>(byteOffset);
    const Wide &w = *(it - 1);
    if (byteOffset < w.byteStart + w.byteLength)
        return static_cast<int>(w.utf16Start);
    return static_cast<int>(w.utf16Start + w.utf16Length
                            + (byteOffset - w.byteStart - w.byteLength));
}

std::uint32_t TextOffsets::toUtf8(int utf16Position) const
{
    const auto position = std::min(static_cast<std::uint32_t>(std::max(0, utf16Position)), m_utf16);
    if (m_wide.empty())
        return position;
    const auto it
        = std::upper_bound(m_wide.begin(), m_wide.end(), position,
                           [](std::uint32_t value, const Wide &w) { return value < w.utf16Start; });
    if (it == m_wide.begin())
        return position;
    const Wide &w = *(it - 1);
    if (position < w.utf16Start + w.utf16Length)
        return w.byteStart;
    return w.byteStart + w.byteLength + (position - w.utf16Start - w.utf16Length);
}

} // namespace stagecraft::model
