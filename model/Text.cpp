// SPDX-License-Identifier: GPL-3.0-or-later
#include "Text.h"

#include <cstring>

namespace stagecraft::model::text {

Decoded decodeUtf8(std::string_view s, std::size_t pos)
{
    const auto b0 = static_cast<unsigned char>(s[pos]);
    if (b0 < 0x80)
        return {b0, 1, true};
    const std::size_t left = s.size() - pos;
    auto cont = [&](std::size_t i) {
        return i < left && (static_cast<unsigned char>(s[pos + i]) & 0xC0) == 0x80;
    };
    auto at = [&](std::size_t i) {
        return static_cast<char32_t>(static_cast<unsigned char>(s[pos + i]) & 0x3F);
    };
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        if (!cont(1))
            return {};
        return {(static_cast<char32_t>(b0 & 0x1F) << 6) | at(1), 2, true};
    }
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (!cont(1) || !cont(2))
            return {};
        const char32_t c = (static_cast<char32_t>(b0 & 0x0F) << 12) | (at(1) << 6) | at(2);
        if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))
            return {};
        return {c, 3, true};
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return {};
        const char32_t c
            = (static_cast<char32_t>(b0 & 0x07) << 18) | (at(1) << 12) | (at(2) << 6) | at(3);
        if (c < 0x10000 || c > 0x10FFFF)
            return {};
        return {c, 4, true};
    }
    return {};
}

void appendUtf8Slow(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

std::uint32_t spaceLengthAt(std::string_view s, std::size_t pos)
{
    const auto b = static_cast<unsigned char>(s[pos]);
    if (b < 0x80)
        return isGoSpace(b) ? 1 : 0;
    if (b != 0xC2 && b != 0xE1 && b != 0xE2 && b != 0xE3)
        return 0;
    const Decoded d = decodeUtf8(s, pos);
    return d.valid && isGoSpace(d.rune) ? d.width : 0;
}

std::string_view trimLeftSpaceSlow(std::string_view s)
{
    std::size_t pos = 0;
    while (pos < s.size()) {
        const std::uint32_t n = spaceLengthAt(s, pos);
        if (n == 0)
            break;
        pos += n;
    }
    return s.substr(pos);
}

std::string_view trimSpace(std::string_view s)
{
    s = trimLeftSpace(s);
    // Trim from the right: step back over whole runes.
    while (!s.empty()) {
        const auto last = static_cast<unsigned char>(s.back());
        if (last < 0x80) {
            if (!isGoSpace(last))
                break;
            s.remove_suffix(1);
            continue;
        }
        // Find the start of the last rune (at most 4 bytes back).
        std::size_t start = s.size() - 1;
        while (start > 0 && s.size() - start < 4
               && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
            --start;
        const Decoded d = decodeUtf8(s, start);
        if (!d.valid || start + d.width != s.size() || !isGoSpace(d.rune))
            break;
        s.remove_suffix(d.width);
    }
    return s;
}

std::string asciiLower(std::string_view s)
{
    std::string out(s);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i];
        char y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = static_cast<char>(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

bool containsIgnoreCase(std::string_view haystack, std::string_view needle)
{
    if (needle.empty())
        return true;
    if (needle.size() > haystack.size())
        return false;
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    const char first = lower(needle.front());
    for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
        if (lower(haystack[i]) == first
            && equalsIgnoreCase(haystack.substr(i, needle.size()), needle))
            return true;
    }
    return false;
}

std::size_t firstInvalidUtf8(std::string_view s)
{
    constexpr std::uint64_t HighBits = 0x8080808080808080ULL;
    std::size_t pos = 0;
    while (pos < s.size()) {
        // Fast path: skip ASCII 32 bytes, then 8 bytes, at a time.
        while (pos + 32 <= s.size()) {
            std::uint64_t words[4];
            std::memcpy(words, s.data() + pos, 32);
            if ((words[0] | words[1] | words[2] | words[3]) & HighBits)
                break;
            pos += 32;
        }
        while (pos + 8 <= s.size()) {
            std::uint64_t word = 0;
            std::memcpy(&word, s.data() + pos, 8);
            if (word & HighBits)
                break;
            pos += 8;
        }
        if (pos >= s.size())
            break;
        if (static_cast<unsigned char>(s[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const Decoded d = decodeUtf8(s, pos);
        if (!d.valid)
            return pos;
        pos += d.width;
    }
    return std::string_view::npos;
}

std::uint64_t blankMask64Portable(const char *p)
{
    // Per byte, exactly (no carry crosses a byte: the high bit is masked off before adding):
    // high bit set when the byte is ' ', or below 0x80 and in [0x09, 0x0D].
    constexpr std::uint64_t Ones = 0x0101010101010101ULL;
    constexpr std::uint64_t Low7 = 0x7F * Ones;
    constexpr std::uint64_t High = 0x80 * Ones;
    std::uint64_t mask = 0;
    for (int chunk = 0; chunk < 8; ++chunk) {
        std::uint64_t x = 0;
        std::memcpy(&x, p + 8 * chunk, 8);
        const std::uint64_t y = x ^ (0x20 * Ones);
        const std::uint64_t isSpace = ~(((y & Low7) + Low7) | y) & High; // byte == 0x20
        const std::uint64_t low = x & Low7;
        const std::uint64_t atLeast9 = low + (0x80 - 0x09) * Ones;  // high bit: low >= 9
        const std::uint64_t atLeast14 = low + (0x80 - 0x0E) * Ones; // high bit: low >= 14
        const std::uint64_t isControl = atLeast9 & ~atLeast14 & ~x & High;
        // Gather the eight high bits into one byte (each lands on its own bit: no carries).
        const std::uint64_t bits = (((isSpace | isControl) >> 7) * 0x0102040810204080ULL) >> 56;
        mask |= bits << (8 * chunk);
    }
    return mask;
}

LineMasks lineMasks64Portable(const char *p)
{
    LineMasks m;
    for (int i = 0; i < 64; ++i) {
        const auto b = static_cast<unsigned char>(p[i]);
        m.newlines |= static_cast<std::uint64_t>(b == '\n') << i;
        m.nonAscii |= static_cast<std::uint64_t>(b >= 0x80) << i;
    }
    return m;
}

} // namespace stagecraft::model::text
