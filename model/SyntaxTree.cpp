// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntaxTree.h"

#include "Parser.h"
#include "Text.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

namespace stagecraft::model {

namespace {

struct KeywordEntry
{
    std::string_view keyword;
    InstructionKind kind;
};

// BuildKit's command.go: the 18 instructions.
constexpr std::array<KeywordEntry, 18> Keywords{{
    {"ADD", InstructionKind::Add},
    {"ARG", InstructionKind::Arg},
    {"CMD", InstructionKind::Cmd},
    {"COPY", InstructionKind::Copy},
    {"ENTRYPOINT", InstructionKind::Entrypoint},
    {"ENV", InstructionKind::Env},
    {"EXPOSE", InstructionKind::Expose},
    {"FROM", InstructionKind::From},
    {"HEALTHCHECK", InstructionKind::Healthcheck},
    {"LABEL", InstructionKind::Label},
    {"MAINTAINER", InstructionKind::Maintainer},
    {"ONBUILD", InstructionKind::Onbuild},
    {"RUN", InstructionKind::Run},
    {"SHELL", InstructionKind::Shell},
    {"STOPSIGNAL", InstructionKind::Stopsignal},
    {"USER", InstructionKind::User},
    {"VOLUME", InstructionKind::Volume},
    {"WORKDIR", InstructionKind::Workdir},
}};

} // namespace

std::string_view instructionKeyword(InstructionKind kind)
{
    for (const KeywordEntry &e : Keywords) {
        if (e.kind == kind)
            return e.keyword;
    }
    return {};
}

namespace {

/// Bytes [from, from + 8) of `s` with 0x20 set in each (lower case for letters), little end
/// first; 0 past the end.
constexpr std::uint64_t packLowered(std::string_view s, std::size_t from)
{
    std::uint64_t word = 0;
    for (std::size_t i = from; i < s.size() && i < from + 8; ++i)
        word |= std::uint64_t{static_cast<unsigned char>(s[i]) | 0x20U} << (8 * (i - from));
    return word;
}

struct PackedKeyword
{
    std::uint64_t low;
    std::uint64_t high;
    std::size_t size;
    InstructionKind kind;
};

constexpr std::array<PackedKeyword, 18> packKeywords()
{
    std::array<PackedKeyword, 18> out{};
    for (std::size_t i = 0; i < Keywords.size(); ++i) {
        const std::string_view k = Keywords[i].keyword;
        out[i] = {packLowered(k, 0), packLowered(k, 8), k.size(), Keywords[i].kind};
    }
    return out;
}

// Every keyword is letters only, and `c | 0x20` is a lower-case letter exactly when c is a
// letter of either case: a word packed that way equals a keyword's packed words exactly when
// the word is that keyword in any mix of cases.
constexpr std::array<PackedKeyword, 18> PackedKeywords = packKeywords();

} // namespace

InstructionKind instructionKindFromKeyword(std::string_view keyword)
{
    // Called once per instruction: two 64-bit words compared with the 18 keywords' words.
    if (keyword.size() < 3 || keyword.size() > 11)
        return InstructionKind::Unknown;
    const std::uint64_t low = packLowered(keyword, 0);
    const std::uint64_t high = packLowered(keyword, 8);
    for (const PackedKeyword &k : PackedKeywords) {
        if (k.low == low && k.high == high && k.size == keyword.size())
            return k.kind;
    }
    return InstructionKind::Unknown;
}

std::string_view tokenKindName(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Bom:
        return "bom";
    case TokenKind::Whitespace:
        return "whitespace";
    case TokenKind::Newline:
        return "newline";
    case TokenKind::Comment:
        return "comment";
    case TokenKind::Directive:
        return "directive";
    case TokenKind::Keyword:
        return "keyword";
    case TokenKind::Flag:
        return "flag";
    case TokenKind::Argument:
        return "argument";
    case TokenKind::Variable:
        return "variable";
    case TokenKind::Continuation:
        return "continuation";
    case TokenKind::HeredocBody:
        return "heredoc-body";
    case TokenKind::HeredocEnd:
        return "heredoc-end";
    case TokenKind::JsonOpen:
        return "json-open";
    case TokenKind::JsonClose:
        return "json-close";
    case TokenKind::JsonComma:
        return "json-comma";
    case TokenKind::JsonString:
        return "json-string";
    case TokenKind::Error:
        return "error";
    }
    return "error";
}

std::string_view severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return "error";
}

const Flag *Instruction::flag(std::string_view name) const
{
    for (const Flag &f : flags) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

LineIndex::LineIndex(std::vector<std::uint32_t> starts)
    : m_starts(std::move(starts))
{
    if (m_starts.empty())
        m_starts.push_back(0);
}

LineIndex::LineIndex(std::string_view text)
{
    m_starts.reserve(text.size() / 32 + 1);
    m_starts.push_back(0);
    const char *data = text.data();
    std::size_t pos = 0;
    while (pos < text.size()) {
        const void *nl = std::memchr(data + pos, '\n', text.size() - pos);
        if (!nl)
            break;
        pos = static_cast<std::size_t>(static_cast<const char *>(nl) - data) + 1;
        m_starts.push_back(static_cast<std::uint32_t>(pos));
    }
}

int LineIndex::line(std::uint32_t offset) const
{
    if (m_starts.empty())
        return 1;
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    return static_cast<int>(it - m_starts.begin());
}

std::uint32_t LineIndex::lineStart(int line) const
{
    if (m_starts.empty() || line < 1)
        return 0;
    const auto idx = std::min(static_cast<std::size_t>(line - 1), m_starts.size() - 1);
    return m_starts[idx];
}

LineIndex::Position LineIndex::position(std::string_view text, std::uint32_t offset) const
{
    offset = std::min(offset, static_cast<std::uint32_t>(text.size()));
    Position p;
    p.line = line(offset);
    const std::uint32_t start = lineStart(p.line);
    int column = 1;
    for (std::uint32_t i = start; i < offset; ++i) {
        // Count code points: every byte that is not a UTF-8 continuation byte starts one.
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            ++column;
    }
    p.column = column;
    return p;
}

std::shared_ptr<const SyntaxTree> SyntaxTree::parse(std::string text)
{
    auto tree = std::make_shared<SyntaxTree>();
    tree->m_text = std::move(text);
    if (tree->m_text.size() > 0xFFFFFFF0u) {
        // Offsets are 32-bit; larger inputs are refused by the callers long before this.
        tree->m_text.resize(0xFFFFFFF0u);
    }
    Parser parser(*tree);
    parser.run(); // builds the line index too
    return tree;
}

std::string SyntaxTree::print() const
{
    // Sized once, then each token's bytes copied in (an append per token checks the capacity
    // and the range every time: three times the work on a 1.6 MB file).
    std::size_t size = 0;
    for (const Token &t : m_tokens)
        size += t.length;
    std::string out(size, '\0');
    char *at = out.data();
    for (const Token &t : m_tokens) { // tokens lie inside the text (the parser's invariant)
        std::memcpy(at, m_text.data() + t.offset, t.length);
        at += t.length;
    }
    return out;
}

int SyntaxTree::instructionAt(std::uint32_t offset) const
{
    // Instructions are ordered; find the last whose range begins at or before offset.
    const auto it = std::upper_bound(
        m_instructions.begin(), m_instructions.end(), offset,
        [](std::uint32_t value, const Instruction &ins) { return value < ins.range.begin; });
    if (it == m_instructions.begin())
        return -1;
    const auto idx = static_cast<int>(it - m_instructions.begin()) - 1;
    const Instruction &ins = m_instructions[static_cast<std::size_t>(idx)];
    const Token &lastToken = m_tokens[ins.firstToken + ins.tokenCount - 1];
    if (offset < lastToken.offset + lastToken.length)
        return idx;
    return -1;
}

} // namespace stagecraft::model
