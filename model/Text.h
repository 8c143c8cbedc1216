// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#if defined(__SSE2__) || defined(_M_X64) || (defined(_M_IX86_FP) && _M_IX86_FP >= 2)
#define STAGECRAFT_TEXT_SSE2 1
#include <emmintrin.h>
#endif

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

/// trimLeftSpace for any UTF-8; trimLeftSpace hands over to it at the first non-ASCII byte.
[[nodiscard]] std::string_view trimLeftSpaceSlow(std::string_view s);

/// strings.TrimLeftFunc(s, unicode.IsSpace)
[[nodiscard]] inline std::string_view trimLeftSpace(std::string_view s)
{
    // Most lines start with a printable ASCII byte or a few ASCII blanks.
    std::size_t pos = 0;
    while (pos < s.size()) {
        const auto b = static_cast<unsigned char>(s[pos]);
        if (b >= 0x80)
            return trimLeftSpaceSlow(s.substr(pos));
        if (!isGoSpaceByte(b))
            break;
        ++pos;
    }
    return s.substr(pos);
}
/// strings.TrimSpace(s)
[[nodiscard]] std::string_view trimSpace(std::string_view s);

/// ASCII lower-case copy.
[[nodiscard]] std::string asciiLower(std::string_view s);
/// Case-insensitive ASCII comparison.
[[nodiscard]] bool equalsIgnoreCase(std::string_view a, std::string_view b);
/// Whether `haystack` contains `needle`, ASCII letters compared without case.
[[nodiscard]] bool containsIgnoreCase(std::string_view haystack, std::string_view needle);

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

/// The same as blankMask64 in portable C++ (8 bytes at a time in a 64-bit word): blankMask64
/// where SSE2 is missing, and the reference the tests compare it with.
[[nodiscard]] std::uint64_t blankMask64Portable(const char *p);

/// Bit i (0..63) is set when p[i] is a blank that ends a word: ' ', '\t', '\n', '\v', '\f' or
/// '\r'. Reads exactly 64 bytes from p. Uses SSE2 where the target has it. (Inline: the parser
/// calls it for every piece of every line.)
[[nodiscard]] inline std::uint64_t blankMask64(const char *p)
{
#if defined(STAGECRAFT_TEXT_SSE2)
    const __m128i space = _mm_set1_epi8(' ');
    const __m128i tab = _mm_set1_epi8('\t');
    const __m128i four = _mm_set1_epi8(4);
    std::uint64_t mask = 0;
    for (int chunk = 0; chunk < 4; ++chunk) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * chunk));
        const __m128i fromTab = _mm_sub_epi8(x, tab); // '\t'..'\r' become 0..4
        const __m128i isControl = _mm_cmpeq_epi8(_mm_min_epu8(fromTab, four), fromTab);
        const __m128i isBlank = _mm_or_si128(_mm_cmpeq_epi8(x, space), isControl);
        const auto bits = static_cast<std::uint32_t>(_mm_movemask_epi8(isBlank)) & 0xFFFFU;
        mask |= static_cast<std::uint64_t>(bits) << (16 * chunk);
    }
    return mask;
#else
    return blankMask64Portable(p);
#endif
}

/// Masks of 64 bytes for splitting lines.
struct LineMasks
{
    std::uint64_t newlines = 0; ///< bit i set when p[i] == '\n'
    std::uint64_t nonAscii = 0; ///< bit i set when p[i] >= 0x80
};

/// lineMasks64 in portable C++: where SSE2 is missing, and the reference the tests compare with.
[[nodiscard]] LineMasks lineMasks64Portable(const char *p);

/// The line ends and the non-ASCII bytes among the 64 bytes at p (reads exactly 64 bytes).
/// Uses SSE2 where the target has it.
[[nodiscard]] inline LineMasks lineMasks64(const char *p)
{
#if defined(STAGECRAFT_TEXT_SSE2)
    const __m128i newline = _mm_set1_epi8('\n');
    LineMasks m;
    for (int chunk = 0; chunk < 4; ++chunk) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * chunk));
        const auto nl = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, newline)));
        const auto high = static_cast<std::uint32_t>(_mm_movemask_epi8(x));
        m.newlines |= static_cast<std::uint64_t>(nl & 0xFFFFU) << (16 * chunk);
        m.nonAscii |= static_cast<std::uint64_t>(high & 0xFFFFU) << (16 * chunk);
    }
    return m;
#else
    return lineMasks64Portable(p);
#endif
}

} // namespace stagecraft::model::text
