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

std::string_view trimLeftSpace(std::string_view s)
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

std::size_t firstInvalidUtf8(std::string_view s)
{
    std::size_t pos = 0;
    while (pos < s.size()) {
        // Fast path: skip 8 ASCII bytes at a time.
        while (pos + 8 <= s.size()) {
            std::uint64_t word = 0;
            std::memcpy(&word, s.data() + pos, 8);
            if (word & 0x8080808080808080ULL)
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

} // namespace stagecraft::model::text
