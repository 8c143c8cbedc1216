// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Diagnostic.h"
#include "Token.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::model {

/// The 18 instructions BuildKit knows, plus Unknown for anything else (kept, with an error).
enum class InstructionKind : std::uint8_t {
    Unknown,
    Add,
    Arg,
    Cmd,
    Copy,
    Entrypoint,
    Env,
    Expose,
    From,
    Healthcheck,
    Label,
    Maintainer,
    Onbuild,
    Run,
    Shell,
    Stopsignal,
    User,
    Volume,
    Workdir,
};

/// Upper-case canonical keyword ("FROM"); empty for Unknown.
[[nodiscard]] std::string_view instructionKeyword(InstructionKind kind);
/// Case-insensitive lookup; Unknown when not one of the 18.
[[nodiscard]] InstructionKind instructionKindFromKeyword(std::string_view keyword);

/// A `--name[=value]` flag as BuildKit's extractBuilderFlags reads it (quotes and escapes removed).
struct Flag
{
    std::string text;  ///< the whole flag after unquoting, e.g. "--from=build"
    std::string name;  ///< "from"
    std::string value; ///< "build" (empty when there is no '=')
    bool hasValue = false;
    Range range; ///< source bytes of the flag word (as written)
};

/// An argument node shaped as BuildKit's line parsers shape it (see corpus FORMAT.md).
struct Argument
{
    std::string value; ///< exactly as BuildKit's AST holds it
    Range range;       ///< best source range (empty range at the instruction end when synthetic)
};

struct Heredoc
{
    std::string name; ///< delimiter, unquoted
    std::string word; ///< the heredoc word as written in the line ("<<-\"EOF\"")
    unsigned fileDescriptor = 0;
    bool expand = true; ///< false when any part of the delimiter was quoted
    bool chomp = false; ///< "<<-": leading tabs stripped
    Range body;         ///< source bytes of the body lines (including their newlines)
    Range terminator;   ///< source bytes of the terminator line (empty if unterminated)
    bool terminated = true;
    std::string content; ///< body as BuildKit stores it (raw lines with newlines)
};

/// One instruction: a contiguous run of tokens from its first physical line to the end of its
/// last heredoc body or continuation line (the final newline included).
struct Instruction
{
    InstructionKind kind = InstructionKind::Unknown;
    std::string keyword; ///< as written
    Range keywordRange;
    Range range; ///< whole instruction: first non-blank byte of its first line (the keyword, or a
                 ///< lone continuation) .. end of its last line (final newline excluded)
    std::uint32_t firstToken = 0;
    std::uint32_t tokenCount = 0;
    int startLine = 0; ///< 1-based physical line of the keyword
    int endLine = 0;   ///< 1-based physical line of the last byte (heredoc terminator included)
    std::vector<Flag> flags;
    std::vector<Argument> args;
    bool json = false;                ///< exec (JSON) form
    std::unique_ptr<Instruction> sub; ///< ONBUILD's inner instruction
    std::vector<Heredoc> heredocs;
    bool hasEmptyContinuation = false; ///< NoEmptyContinuation applies
    Range argsRange;                   ///< source bytes of the text after the flags (to range.end
                                       ///< on the last logical line, heredoc bodies excluded)

    /// Flag by name (first match), or nullptr.
    [[nodiscard]] const Flag *flag(std::string_view name) const;
};

/// A parser directive from the leading comment block.
struct Directive
{
    std::string name; ///< lower-case: syntax, escape, check
    std::string value;
    Range range; ///< the directive line's text
    Range valueRange;
    int line = 0;
};

/// Maps byte offsets to 1-based lines and columns.
class LineIndex
{
public:
    LineIndex() = default;
    explicit LineIndex(std::string_view text);
    /// From the offsets where lines start, ascending: 0, then one past every '\n' (the parser
    /// has found them already).
    explicit LineIndex(std::vector<std::uint32_t> starts);

    struct Position
    {
        int line = 1;   ///< 1-based
        int column = 1; ///< 1-based, in Unicode code points
    };

    [[nodiscard]] Position position(std::string_view text, std::uint32_t offset) const;
    [[nodiscard]] int line(std::uint32_t offset) const;
    [[nodiscard]] std::uint32_t lineStart(int line) const; ///< 1-based line
    [[nodiscard]] int lineCount() const { return static_cast<int>(m_starts.size()); }

private:
    std::vector<std::uint32_t> m_starts;
};

/// The lossless syntax tree of one Dockerfile. Immutable once built; share it as
/// std::shared_ptr<const SyntaxTree>. `print()` returns the input byte for byte.
class SyntaxTree
{
public:
    /// Parse any bytes. Never throws on bad input; problems become diagnostics.
    [[nodiscard]] static std::shared_ptr<const SyntaxTree> parse(std::string text);

    [[nodiscard]] const std::string &text() const { return m_text; }
    [[nodiscard]] const std::vector<Token> &tokens() const { return m_tokens; }
    [[nodiscard]] const std::vector<Instruction> &instructions() const { return m_instructions; }
    [[nodiscard]] const std::vector<Directive> &directives() const { return m_directives; }
    /// Syntax errors and parse-time warnings (codes listed in docs/diagnostics.md).
    [[nodiscard]] const std::vector<Diagnostic> &diagnostics() const { return m_diagnostics; }
    [[nodiscard]] const LineIndex &lineIndex() const { return m_lines; }
    /// The escape character in force ('\\' or '`').
    [[nodiscard]] char escapeChar() const { return m_escape; }
    /// True when the file starts with a UTF-8 BOM.
    [[nodiscard]] bool hasBom() const { return m_bom; }
    /// True when BuildKit's parser would reject the file (see diagnostics with severity Error and
    /// a code starting with "Syntax").
    [[nodiscard]] bool buildkitRejects() const { return m_rejected; }
    /// Concatenation of every token's text: equals text().
    [[nodiscard]] std::string print() const;
    /// Index of the instruction whose range (final newline included) holds `offset`, or -1.
    [[nodiscard]] int instructionAt(std::uint32_t offset) const;

private:
    friend class Parser;
    std::string m_text;
    std::vector<Token> m_tokens;
    std::vector<Instruction> m_instructions;
    std::vector<Directive> m_directives;
    std::vector<Diagnostic> m_diagnostics;
    LineIndex m_lines;
    char m_escape = '\\';
    bool m_bom = false;
    bool m_rejected = false;
};

} // namespace stagecraft::model
