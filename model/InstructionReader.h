// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Parser.h"
#include "SyntaxTree.h"

#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::model {

/// An error BuildKit's parser raises for one instruction (it rejects the whole file).
struct ReaderError
{
    std::string code;
    std::uint32_t begin = 0; ///< logical offsets
    std::uint32_t end = 0;
    std::vector<std::string> args;
};

/// Reads one logical instruction line into an Instruction the way BuildKit's
/// newNodeFromLine / splitCommand / extractBuilderFlags / line parsers do.
/// Ranges are produced in logical-line coordinates and then mapped to source bytes.
/// One reader reads every instruction of a file in turn, reusing its scratch buffers.
class InstructionReader
{
public:
    /// A word read from a line: its value and where it was (offsets into the string read).
    struct Word
    {
        std::string value;
        std::uint32_t begin = 0;
        std::uint32_t end = 0;
    };

    /// `segments` maps the logical line of each read to source bytes; the parser refills it
    /// before every read.
    explicit InstructionReader(const std::vector<Parser::Segment> &segments);

    /// Fill `ins` (kind, keyword, flags, args, json, sub) from `logical`, with `escape` as the
    /// escape character. errors() then holds this read's errors only.
    void read(std::string_view logical, char escape, Instruction &ins);

    [[nodiscard]] const std::vector<ReaderError> &errors() const { return m_errors; }
    /// Map a logical offset to a source offset.
    [[nodiscard]] std::uint32_t toSource(std::uint32_t logical) const;
    [[nodiscard]] Range toSource(std::uint32_t begin, std::uint32_t end) const;

    /// Whether `ins` may carry heredocs (RUN/COPY/ADD, also inside ONBUILD, not JSON form).
    [[nodiscard]] static bool canContainHeredoc(const Instruction &ins);
    /// Heredocs named on the (joined) instruction line, in order.
    [[nodiscard]] static std::vector<Heredoc> heredocsFromLine(std::string_view line);

private:
    /// The arguments of the node being read (after keyword and flags, trimmed) and where they
    /// are: logical offsets [begin, end).
    struct Args
    {
        std::string_view text;
        std::uint32_t begin = 0;
        std::uint32_t end = 0;
    };

    /// Keyword, flags and arguments of one instruction (ONBUILD's inner one from `base`).
    void readNode(std::string_view line, std::uint32_t base, Instruction &ins);
    /// BuildKit's extractBuilderFlags into ins.flags (`rest` starts at logical `restOff`);
    /// returns where the arguments start in `rest`.
    std::uint32_t readFlags(std::string_view rest, std::uint32_t restOff, Instruction &ins);
    /// The arguments, read the way BuildKit's line parser for ins.kind reads them.
    void readArgs(const Args &args, Instruction &ins);
    /// ENV and LABEL: `key=value` pairs, or the old `key value` form.
    void readKeyValues(const Args &args, Instruction &ins);
    /// HEALTHCHECK: the type word, then CMD's arguments (JSON or not).
    void readHealthcheck(const Args &args, Instruction &ins);
    /// Exec form when `s` (at `sOff` in the arguments) is a JSON string array; else the words
    /// (`toList`) or `s` as one argument. Returns false on a nested-JSON error (reported).
    bool readMaybeJson(const Args &args, Instruction &ins, std::string_view s, std::uint32_t sOff,
                       bool toList);
    /// Appends one argument, [b, e) relative to the arguments.
    void pushArg(const Args &args, Instruction &ins, std::string value, std::uint32_t b,
                 std::uint32_t e);
    /// Appends m_words as arguments, their offsets relative to `wordsOff` in the arguments.
    void pushWords(const Args &args, Instruction &ins, std::uint32_t wordsOff);
    void error(std::string code, std::uint32_t begin, std::uint32_t end,
               std::vector<std::string> args);

    char m_escape = '\\';
    const std::vector<Parser::Segment> &m_segments;
    std::vector<ReaderError> m_errors;
    mutable std::size_t m_lastSegment = 0; ///< toSource's guess for the next lookup
    // Scratch reused by every read (no allocation per instruction once they have grown).
    std::vector<Word> m_words; ///< the flags, then the arguments, of the node being read
    std::string m_word;        ///< the word being assembled (copied out at its exact size)
};

} // namespace stagecraft::model
