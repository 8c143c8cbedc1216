// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string_view>

namespace stagecraft::model {

/// A half-open byte range [begin, end) into the UTF-8 source text.
struct Range
{
    std::uint32_t begin = 0;
    std::uint32_t end = 0;

    [[nodiscard]] constexpr std::uint32_t size() const { return end - begin; }
    [[nodiscard]] constexpr bool isEmpty() const { return end == begin; }
    [[nodiscard]] constexpr bool contains(std::uint32_t offset) const
    {
        return offset >= begin && offset < end;
    }
    friend constexpr bool operator==(Range, Range) = default;
};

/// What a token is. Every byte of a Dockerfile belongs to exactly one token.
enum class TokenKind : std::uint8_t {
    Bom,          ///< UTF-8 byte order mark at the very start
    Whitespace,   ///< spaces, tabs, \r, \v, \f inside a line (never \n)
    Newline,      ///< a line end: "\n" with any "\r" directly before it ("\r\n" is one token);
                  ///< "\r" at the very end of a file without "\n" is Whitespace
    Comment,      ///< a comment line's text, from '#' to the end of the line (no newline)
    Directive,    ///< a parser directive line's text ("# escape=`"), no newline
    Keyword,      ///< the instruction keyword as written (FROM, run, …)
    Flag,         ///< a "--name[=value]" word before the arguments
    Argument,     ///< an argument word (shell form), or raw argument text
    Variable,     ///< reserved for overlays: "$NAME" / "${NAME…}" inside arguments
    Continuation, ///< the escape character that continues a line, plus trailing blanks
    HeredocBody,  ///< one line of a heredoc body, including its newline
    HeredocEnd,   ///< the terminator line of a heredoc (without its newline)
    JsonOpen,     ///< '[' of exec form
    JsonClose,    ///< ']' of exec form
    JsonComma,    ///< ',' of exec form
    JsonString,   ///< a JSON string literal in exec form, quotes included (a string continued
                  ///< over a line break is two tokens, each missing one quote)
    Error,        ///< bytes that cannot be read as anything else (kept, never dropped)
};

/// One token: a kind and a byte range. Tokens are contiguous and cover the whole text.
/// Eight bytes (a 10 MB file has about 2.5 million tokens), so a token is at most
/// `Token::MaxLength` bytes: a longer run (more than 16 MiB without a line break) becomes several
/// tokens of the same kind, cut between UTF-8 sequences.
struct Token
{
    static constexpr std::uint32_t MaxLength = (std::uint32_t{1} << 24U) - 1;

    std::uint32_t offset = 0;
    std::uint32_t length : 24 = 0;
    TokenKind kind : 8 = TokenKind::Error;

    [[nodiscard]] constexpr Range range() const { return {offset, offset + length}; }
    [[nodiscard]] std::string_view text(std::string_view source) const
    {
        return source.substr(offset, length);
    }
};

#if !defined(_MSC_VER) // MSVC does not share one unit between bit-fields of different types
static_assert(sizeof(Token) == 8);
#endif

[[nodiscard]] std::string_view tokenKindName(TokenKind kind);

} // namespace stagecraft::model
