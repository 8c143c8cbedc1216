// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

/// Small text helpers shared by the model: Go-compatible whitespace and UTF-8 decoding.
/// BuildKit is written in Go; where its parser asks `unicode.IsSpace` or decodes runes we must
/// answer the same way to read Dockerfiles exactly as it does.
namespace stagecraft::model::text {

/// Go's unicode.IsSpace for a code point.
[[nodiscard]] constexpr bool isGoSpace(char32_t c)
{
    switch (c) {
    case U'\t':
    case U'\n':
    case U'\v':
    case U'\f':
    case U'\r':
    case U' ':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

/// Go's unicode.IsSpace applied to a single byte reinterpreted as a rune (rune(line[i])), which
/// is how BuildKit's byte-wise loops test for spaces.
[[nodiscard]] constexpr bool isGoSpaceByte(unsigned char c)
{
    return isGoSpace(static_cast<char32_t>(c));
}

/// BuildKit's reWhitespace: [\t\v\f\r ].
[[nodiscard]] constexpr bool isSplitSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';
}

struct Decoded
{
    char32_t rune = 0xFFFD;
    std::uint32_t width = 1;
    bool valid = false;
};

/// Decode one UTF-8 sequence at s[pos] like Go's utf8.DecodeRuneInString: invalid input gives
/// U+FFFD with width 1 and valid == false.
[[nodiscard]] Decoded decodeUtf8(std::string_view s, std::size_t pos);

/// Append the UTF-8 encoding of `c` (multi-byte part).
void appendUtf8Slow(std::string &out, char32_t c);

/// Append the UTF-8 encoding of `c`.
inline void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80)
        out.push_back(static_cast<char>(c));
    else
        appendUtf8Slow(out, c);
}

/// Byte length of a Go space rune starting at s[pos], or 0.
[[nodiscard]] std::uint32_t spaceLengthAt(std::string_view s, std::size_t pos);

/// strings.TrimLeftFunc(s, unicode.IsSpace)
[[nodiscard]] std::string_view trimLeftSpace(std::string_view s);
/// strings.TrimSpace(s)
[[nodiscard]] std::string_view trimSpace(std::string_view s);

/// ASCII lower-case copy.
[[nodiscard]] std::string asciiLower(std::string_view s);
/// Case-insensitive ASCII comparison.
[[nodiscard]] bool equalsIgnoreCase(std::string_view a, std::string_view b);

/// The value of the hexadecimal digit `c` (0-9, a-f, A-F), or -1.
[[nodiscard]] constexpr int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// Index of the first invalid UTF-8 byte, or npos.
[[nodiscard]] std::size_t firstInvalidUtf8(std::string_view s);

} // namespace stagecraft::model::text
