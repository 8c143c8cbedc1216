// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyntaxTree.h"

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stagecraft::model {

class InstructionReader;

/// Builds a SyntaxTree from bytes, reading the Dockerfile language the way BuildKit's parser
/// (frontend/dockerfile/parser) does, while keeping every byte as a token.
/// Internal to the model: use SyntaxTree::parse().
class Parser
{
public:
    explicit Parser(SyntaxTree &tree);
    /// Reads `text` (which outlives the parser) into `tree`, whose own text stays empty.
    Parser(SyntaxTree &tree, std::string_view text);
    void run();
    /// For reparse() (IncrementalParse.h): reads only the lines of [begin, end) (a line start to a
    /// line end or the end of the text) as lines after the parser directives, with `escape` in
    /// force, and stops before the first line at whose start `stopAt` returns true. Returns where
    /// it stopped
    /// (`end` when it read every line). No line index, no whole-file diagnostics.
    std::uint32_t runFragment(std::uint32_t begin, std::uint32_t end, char escape,
                              const std::function<bool(std::uint32_t)> &stopAt);
    /// After runFragment(): the fragment holds what a whole-file parse reports once for the whole
    /// file (a line over BuildKit's limit, invalid UTF-8), so only a full parse gets it right.
    [[nodiscard]] bool fragmentNeedsFullParse() const;
    /// A tree's members, for the incremental reparse (IncrementalParse.cpp) to splice.
    struct TreeParts
    {
        std::string &text;
        std::vector<Token> &tokens;
        std::vector<Instruction> &instructions;
        std::vector<Directive> &directives;
        std::vector<Diagnostic> &diagnostics;
        LineIndex &lines;
        char &escape;
        bool &bom;
        bool &rejected;
    };
    [[nodiscard]] static TreeParts parts(SyntaxTree &tree)
    {
        return {tree.m_text,       tree.m_tokens,      tree.m_instructions,
                tree.m_directives, tree.m_diagnostics, tree.m_lines,
                tree.m_escape,     tree.m_bom,         tree.m_rejected};
    }
    /// The lines read, in order (after runFragment(): the fragment's).
    [[nodiscard]] const auto &lines() const { return m_lines; }

    /// One physical line: [begin, contentEnd) is the text without the line end,
    /// [contentEnd, end) the "\r*\n" line end (may be empty at EOF).
    struct Line
    {
        std::uint32_t begin = 0;
        std::uint32_t contentEnd = 0;
        std::uint32_t end = 0;
    };

    /// A piece of the logical line and where it came from.
    struct Segment
    {
        std::uint32_t logical = 0;
        std::uint32_t source = 0;
        std::uint32_t length = 0;
    };

private:
    enum class LineRole : std::uint8_t { First, Continued, Comment, Empty };
    struct InstructionLine
    {
        LineRole role = LineRole::First;
        std::uint32_t line = 0;       ///< index into m_lines
        std::uint32_t pieceBegin = 0; ///< source bytes that join the logical line
        std::uint32_t pieceEnd = 0;
        std::uint32_t markerEnd = 0; ///< continuation marker is [pieceEnd, markerEnd)
    };

    void splitLines(std::uint32_t from, std::uint32_t size);
    /// The main loop from the first line read: directives, comments, blank lines and
    /// instructions. Returns the start of the line `stopAt` stopped at, or the text's size.
    std::uint32_t parseLines(const std::function<bool(std::uint32_t)> *stopAt);
    bool handleDirective(std::uint32_t lineIndex, std::string_view trimmed,
                         std::uint32_t trimmedBegin);
    /// Line index pairs [first, last]: a heredoc's body lines, its terminator line last.
    using LineSpans = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

    std::uint32_t parseInstructionAt(std::uint32_t lineIndex, std::uint32_t leading);
    /// The physical lines of the instruction starting at line `first` (its keyword `leading`
    /// bytes in) into m_insLines, its logical line into m_segments (and m_logical when it has
    /// more than one piece). Returns the line after it; `hasEmpty`: an empty continuation line.
    std::uint32_t joinLogicalLine(std::uint32_t first, std::uint32_t leading, bool &hasEmpty);
    /// Finds the bodies of ins.heredocs in the lines from `next` on (their line spans into
    /// `bodyLines`); reports an unterminated one. Returns the line after the last body.
    std::uint32_t readHeredocBodies(Instruction &ins, std::uint32_t next, LineSpans &bodyLines);
    void emitHeredocTokens(const LineSpans &bodyLines);
    [[nodiscard]] std::uint32_t continuationMarker(std::string_view content, bool first) const;
    void emitInstructionTokens(const Instruction &ins, const std::vector<InstructionLine> &lines);
    /// emitInstructionTokens for an instruction in shell form (no JSON, no ONBUILD).
    void emitShellFormTokens(const Instruction &ins, const std::vector<InstructionLine> &lines);
    void emitPiece(const Instruction &ins, std::uint32_t begin, std::uint32_t end,
                   bool &keywordPending, bool &jsonInString);
    /// Bytes [begin, end) as runs of blanks (Whitespace) and words: the first word is the
    /// keyword while `keywordPending` (then `keywordKind`), words that start before `argsBegin`
    /// are flags, the others arguments. With `StopAtArgs` it stops at the first run that starts
    /// at or after `argsBegin`. Returns where it stopped.
    template<bool StopAtArgs>
    std::uint32_t emitWords(std::uint32_t begin, std::uint32_t end, std::uint32_t argsBegin,
                            TokenKind keywordKind, bool &keywordPending);
    void push(TokenKind kind, std::uint32_t begin, std::uint32_t end);
    void pushLong(TokenKind kind, std::uint32_t begin, std::uint32_t end);
    void emitLineEnd(const Line &line);
    /// A comment line inside an instruction: its leading blanks, then the comment.
    void emitCommentLine(const Line &line);
    void addDiagnostic(std::string code, Severity severity, Range range,
                       std::vector<std::string> args, bool rejects);

    SyntaxTree &m_tree;
    std::string_view m_text;
    std::vector<Line> m_lines;
    std::size_t m_firstInvalidUtf8 = std::string_view::npos; ///< offset of the first bad byte
    bool m_directivesDone = false;
    bool m_seenEscape = false;
    bool m_seenSyntax = false;
    bool m_seenCheck = false;
    bool m_fragmentLongLine = false;
    // Scratch buffers reused for every instruction (no allocation per line).
    std::vector<InstructionLine> m_insLines;
    std::vector<Segment> m_segments;
    std::string m_logical;
    InstructionReader *m_reader = nullptr; ///< run()'s, reading m_segments; reused throughout
};

} // namespace stagecraft::model
