// SPDX-License-Identifier: GPL-3.0-or-later
#include "Parser.h"

#include "DirectiveMatch.h"
#include "InstructionReader.h"
#include "Text.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <functional>
#include <string>
#include <utility>

// The reading rules follow BuildKit's frontend/dockerfile/parser (parser.go, directives.go,
// line_parsers.go); ../shared/corpus/buildkit/FORMAT.md describes them. Where BuildKit aborts the
// whole parse we record an error diagnostic and keep going, so an editor always has a tree.

// The few helpers called for every token and every line, inlined wherever they are used.
#if defined(__GNUC__)
#define STAGECRAFT_PARSER_INLINE [[gnu::always_inline]] inline
#else
#define STAGECRAFT_PARSER_INLINE inline
#endif

namespace stagecraft::model {

namespace {

constexpr std::uint32_t MaxLineLength = 65535; // bufio.Scanner's token limit in BuildKit

/// Bytes that end an argument word when tokenizing (blanks; for exec form also JSON punctuation).
struct StopTable
{
    bool table[256] = {};
    constexpr explicit StopTable(bool json)
    {
        for (const char c : {' ', '\t', '\v', '\f', '\r', '\n'})
            table[static_cast<unsigned char>(c)] = true;
        if (json) {
            for (const char c : {'[', ']', ',', '"'})
                table[static_cast<unsigned char>(c)] = true;
        }
    }
};
constexpr StopTable WordStops(false);
constexpr StopTable JsonWordStops(true);

/// A token assembled in one 64-bit register where the layout is known (GCC and Clang put the
/// bit-fields after `offset` from the low bits up on little-endian targets), which saves the
/// read-modify-write of each bit-field; field by field elsewhere.
Token makeToken(std::uint32_t offset, std::uint32_t length, TokenKind kind)
{
    if constexpr (sizeof(Token) == 8 && std::endian::native == std::endian::little) {
        const std::uint64_t bits = offset | (std::uint64_t{length} << 32U)
            | (std::uint64_t{static_cast<std::uint8_t>(kind)} << 56U);
        return std::bit_cast<Token>(bits);
    } else {
        Token t;
        t.offset = offset;
        t.length = length;
        t.kind = kind;
        return t;
    }
}

} // namespace

Parser::Parser(SyntaxTree &tree)
    : m_tree(tree)
    , m_text(tree.m_text)
{ }

Parser::Parser(SyntaxTree &tree, std::string_view text)
    : m_tree(tree)
    , m_text(text)
{ }

STAGECRAFT_PARSER_INLINE void Parser::push(TokenKind kind, std::uint32_t begin, std::uint32_t end)
{
    // 1 <= length <= MaxLength in one unsigned comparison (an empty range wraps around).
    if (end - begin - 1 < Token::MaxLength) [[likely]]
        m_tree.m_tokens.push_back(makeToken(begin, end - begin, kind));
    else if (end > begin)
        pushLong(kind, begin, end);
}

void Parser::pushLong(TokenKind kind, std::uint32_t begin, std::uint32_t end)
{
    // More than 16 MiB without a line break: several tokens of the same kind, each ending
    // between UTF-8 sequences. Only a line end's final "\n" is a Newline; the "\r"s before it
    // are whitespace.
    while (end - begin > Token::MaxLength) {
        std::uint32_t cut = begin + Token::MaxLength;
        while (cut > begin + 1 && (static_cast<unsigned char>(m_text[cut]) & 0xC0U) == 0x80U)
            --cut;
        m_tree.m_tokens.push_back(
            {begin, cut - begin, kind == TokenKind::Newline ? TokenKind::Whitespace : kind});
        begin = cut;
    }
    m_tree.m_tokens.push_back({begin, end - begin, kind});
}

STAGECRAFT_PARSER_INLINE void Parser::emitLineEnd(const Line &line)
{
    // The last line may end in "\r" without "\n": BuildKit drops those bytes like a line end, but
    // they are no newline, so they stay whitespace.
    const bool hasNewline = line.end > line.contentEnd && m_text[line.end - 1] == '\n';
    push(hasNewline ? TokenKind::Newline : TokenKind::Whitespace, line.contentEnd, line.end);
}

STAGECRAFT_PARSER_INLINE void Parser::emitCommentLine(const Line &line)
{
    const std::string_view content = m_text.substr(line.begin, line.contentEnd - line.begin);
    const auto lead
        = static_cast<std::uint32_t>(content.size() - text::trimLeftSpace(content).size());
    push(TokenKind::Whitespace, line.begin, line.begin + lead);
    push(TokenKind::Comment, line.begin + lead, line.contentEnd);
}

void Parser::addDiagnostic(std::string code, Severity severity, Range range,
                           std::vector<std::string> args, bool rejects)
{
    Diagnostic d;
    d.code = std::move(code);
    d.severity = severity;
    d.range = range;
    d.args = std::move(args);
    m_tree.m_diagnostics.push_back(std::move(d));
    if (rejects)
        m_tree.m_rejected = true;
}

void Parser::splitLines(std::uint32_t from, std::uint32_t size)
{
    // The line ends of 64 bytes at a time as one bit mask, and whether any byte so far is not
    // ASCII: a file that is all ASCII needs no UTF-8 check at all. [from, size) is the whole text
    // or, for a fragment, a line start to a line end.
    m_lines.reserve((size - from) / 32 + 1);
    const char *data = m_text.data();
    std::uint32_t pos = from;     // where the current line starts
    std::uint32_t checked = from; // valid UTF-8 up to here (a line start)
    bool nonAscii = false;        // a byte >= 0x80 at or before the current block
    const auto checkUtf8 = [&](std::uint32_t end) {
        // A line break is never part of a UTF-8 sequence, so checking up to a line end finds
        // the same first bad byte as checking the whole text.
        const std::size_t bad = text::firstInvalidUtf8(m_text.substr(checked, end - checked));
        if (bad != std::string_view::npos)
            m_firstInvalidUtf8 = checked + bad;
        checked = end;
    };
    for (std::uint32_t base = from; base < size; base += 64) {
        text::LineMasks masks;
        if (size - base >= 64) {
            masks = text::lineMasks64(data + base);
        } else {
            char last[64] = {};
            std::memcpy(last, data + base, size - base);
            masks = text::lineMasks64(last);
        }
        nonAscii = nonAscii || masks.nonAscii != 0;
        for (std::uint64_t newlines = masks.newlines; newlines != 0; newlines &= newlines - 1) {
            const std::uint32_t end
                = base + static_cast<std::uint32_t>(std::countr_zero(newlines)) + 1;
            std::uint32_t contentEnd = end - 1;
            while (contentEnd > pos && data[contentEnd - 1] == '\r')
                --contentEnd;
            m_lines.push_back({pos, contentEnd, end});
            pos = end;
            if (!nonAscii)
                checked = end;
            else if (end - checked >= 16384 && m_firstInvalidUtf8 == std::string_view::npos)
                checkUtf8(end); // the last 16 KiB or so of lines, while they are in the cache
        }
    }
    if (pos < size) {
        // The last line, without a '\n' (so without line breaks: only "\r"s may end it).
        std::uint32_t contentEnd = size;
        while (contentEnd > pos && data[contentEnd - 1] == '\r')
            --contentEnd;
        m_lines.push_back({pos, contentEnd, size});
    }
    if (nonAscii && checked < size && m_firstInvalidUtf8 == std::string_view::npos)
        checkUtf8(size);
}

STAGECRAFT_PARSER_INLINE std::uint32_t Parser::continuationMarker(std::string_view content,
                                                                  bool first) const
{
    // BuildKit: ([^E])E[ \t]*$ | ^E[ \t]*$   — E is the escape character.
    std::size_t end = content.size();
    while (end > 0 && (content[end - 1] == ' ' || content[end - 1] == '\t'))
        --end;
    if (end == 0 || content[end - 1] != m_tree.m_escape)
        return static_cast<std::uint32_t>(content.size());
    if (end >= 2 && content[end - 2] == m_tree.m_escape)
        return static_cast<std::uint32_t>(content.size());
    (void)first;
    return static_cast<std::uint32_t>(end - 1);
}

bool Parser::handleDirective(std::uint32_t lineIndex, std::string_view trimmed,
                             std::uint32_t trimmedBegin)
{
    DirectiveMatch m;
    if (!matchDirective(trimmed, m)) {
        m_directivesDone = true;
        return false;
    }
    const std::string key = text::asciiLower(m.key);
    bool *seen = nullptr;
    if (key == "escape")
        seen = &m_seenEscape;
    else if (key == "syntax")
        seen = &m_seenSyntax;
    else if (key == "check")
        seen = &m_seenCheck;
    if (!seen) {
        m_directivesDone = true;
        return false;
    }
    const Range lineRange{trimmedBegin, trimmedBegin + static_cast<std::uint32_t>(trimmed.size())};
    const auto valueBegin
        = trimmedBegin + static_cast<std::uint32_t>(m.value.data() - trimmed.data());
    const Range valueRange{valueBegin, valueBegin + static_cast<std::uint32_t>(m.value.size())};
    if (*seen) {
        addDiagnostic("SyntaxDuplicateDirective", Severity::Error, lineRange, {key}, true);
    } else {
        *seen = true;
        if (key == "escape") {
            if (m.value == "`" || m.value == "\\")
                m_tree.m_escape = m.value.front();
            else
                addDiagnostic("SyntaxInvalidEscape", Severity::Error, valueRange,
                              {std::string(m.value)}, true);
        }
    }
    m_tree.m_directives.push_back(
        {key, std::string(m.value), lineRange, valueRange, static_cast<int>(lineIndex) + 1});
    return true;
}

void Parser::run()
{
    InstructionReader reader(m_segments);
    m_reader = &reader;
    splitLines(0, static_cast<std::uint32_t>(m_text.size()));
    // Dockerfiles have 4 to 7 bytes per token and 2 to 5 lines per instruction; denser files
    // grow the vectors once. The reserves also decide how a reparse gets its memory from glibc:
    // a block above its mmap threshold (which grows to the largest block freed, up to 32 MiB)
    // comes fresh from the kernel, page by page, every time; and the heap is given back when
    // more than twice that threshold is free at its top. So the token block, the largest, is
    // made big enough (4 bytes per input byte) that the rest of a tree stays under the trim
    // limit, and kept under 32 MiB (31 MiB: a 10 MB file still fits). Measured on the benchmark
    // files: from the second parse on, 0 to 500 new pages per parse instead of up to 7,700.
    constexpr std::size_t TokenBlockLimit = (std::size_t{31} << 20U) / sizeof(Token);
    m_tree.m_tokens.reserve(std::min<std::size_t>(m_text.size() / 2 + 16, TokenBlockLimit));
    m_tree.m_instructions.reserve(m_lines.size() / 3 + 1);
    std::string_view text = m_text;
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") {
        m_tree.m_bom = true;
        push(TokenKind::Bom, 0, 3);
        m_lines.front().begin = 3;
    }

    for (const Line &line : m_lines) {
        if (line.end - line.begin > MaxLineLength + 1) {
            addDiagnostic("SyntaxLineTooLong", Severity::Error, {line.begin, line.contentEnd},
                          {std::to_string(MaxLineLength)}, true);
            break;
        }
    }

    parseLines(nullptr);

    // The line index: every line's start (splitLines found them), and the empty line after a
    // final '\n'.
    {
        std::vector<std::uint32_t> starts;
        starts.reserve(m_lines.size() + 1);
        for (const Line &line : m_lines)
            starts.push_back(line.begin);
        if (!starts.empty())
            starts.front() = 0; // the BOM moved the first line's begin
        if (!text.empty() && text.back() == '\n')
            starts.push_back(static_cast<std::uint32_t>(text.size()));
        m_tree.m_lines = LineIndex(std::move(starts));
    }

    if (m_tree.m_instructions.empty()) {
        const bool blank = text::trimSpace(text).empty();
        addDiagnostic(blank ? "SyntaxEmptyFile" : "SyntaxNoInstructions", Severity::Error,
                      {0, static_cast<std::uint32_t>(text.size())}, {}, true);
    }
    const std::size_t bad = m_firstInvalidUtf8; // found by splitLines
    if (bad != std::string_view::npos) {
        const auto at = static_cast<std::uint32_t>(bad);
        addDiagnostic("SyntaxInvalidUtf8", Severity::Warning, {at, at + 1}, {}, false);
    }
    std::stable_sort(
        m_tree.m_diagnostics.begin(), m_tree.m_diagnostics.end(),
        [](const Diagnostic &a, const Diagnostic &b) { return a.range.begin < b.range.begin; });
}

std::uint32_t Parser::parseLines(const std::function<bool(std::uint32_t)> *stopAt)
{
    const std::string_view text = m_text;
    std::uint32_t i = 0;
    const auto lineCount = static_cast<std::uint32_t>(m_lines.size());
    while (i < lineCount) {
        const Line &line = m_lines[i];
        if (stopAt != nullptr && (*stopAt)(line.begin))
            return line.begin;
        const std::string_view content = text.substr(line.begin, line.contentEnd - line.begin);
        const std::string_view trimmed = text::trimLeftSpace(content);
        const auto leading = static_cast<std::uint32_t>(content.size() - trimmed.size());
        const std::uint32_t trimmedBegin = line.begin + leading;

        if (!m_directivesDone && handleDirective(i, trimmed, trimmedBegin)) {
            push(TokenKind::Whitespace, line.begin, trimmedBegin);
            push(TokenKind::Directive, trimmedBegin, line.contentEnd);
            emitLineEnd(line);
            ++i;
            continue;
        }
        m_directivesDone = true;
        if (!trimmed.empty() && trimmed.front() == '#') {
            push(TokenKind::Whitespace, line.begin, trimmedBegin);
            push(TokenKind::Comment, trimmedBegin, line.contentEnd);
            emitLineEnd(line);
            ++i;
            continue;
        }
        if (trimmed.empty()) {
            push(TokenKind::Whitespace, line.begin, line.contentEnd);
            emitLineEnd(line);
            ++i;
            continue;
        }
        i = parseInstructionAt(i, leading);
    }
    return static_cast<std::uint32_t>(m_text.size());
}

std::uint32_t Parser::runFragment(std::uint32_t begin, std::uint32_t end, char escape,
                                  const std::function<bool(std::uint32_t)> &stopAt)
{
    InstructionReader reader(m_segments);
    m_reader = &reader;
    splitLines(begin, end);
    m_directivesDone = true;
    m_tree.m_escape = escape;
    for (const Line &line : m_lines) {
        if (line.end - line.begin > MaxLineLength + 1)
            m_fragmentLongLine = true;
    }
    const std::uint32_t stopped = parseLines(&stopAt);
    m_reader = nullptr;
    return std::min(stopped, end);
}

bool Parser::fragmentNeedsFullParse() const
{
    return m_fragmentLongLine || m_firstInvalidUtf8 != std::string_view::npos;
}

STAGECRAFT_PARSER_INLINE std::uint32_t
Parser::joinLogicalLine(std::uint32_t first, std::uint32_t leading, bool &hasEmpty)
{
    const std::string_view text = m_text;
    std::vector<InstructionLine> &lines = m_insLines;
    std::vector<Segment> &segments = m_segments;
    std::string &logical = m_logical;
    lines.clear();
    segments.clear();
    logical.clear();

    // The logical line is copied only once a second piece joins the first.
    std::uint32_t logicalSize = 0;
    auto addPiece = [&](std::uint32_t b, std::uint32_t e) {
        if (e > b) {
            if (segments.size() == 1)
                logical.assign(text.substr(segments.front().source, segments.front().length));
            segments.push_back({logicalSize, b, e - b});
            logicalSize += e - b;
            if (segments.size() > 1)
                logical.append(text.substr(b, e - b));
        }
    };

    const auto lineCount = static_cast<std::uint32_t>(m_lines.size());
    bool continued = false;
    {
        const Line &line = m_lines[first];
        const std::uint32_t b = line.begin + leading;
        const std::string_view content = text.substr(b, line.contentEnd - b);
        const std::uint32_t marker = continuationMarker(content, true);
        continued = marker < content.size();
        lines.push_back({LineRole::First, first, b, b + marker, line.contentEnd});
        addPiece(b, b + marker);
    }
    std::uint32_t next = first + 1;
    hasEmpty = false;
    while (continued && next < lineCount) {
        const Line &line = m_lines[next];
        const std::string_view content = text.substr(line.begin, line.contentEnd - line.begin);
        const std::string_view trimmed = text::trimLeftSpace(content);
        if (!trimmed.empty() && trimmed.front() == '#') {
            lines.push_back({LineRole::Comment, next, line.begin, line.begin, line.begin});
            ++next;
            continue;
        }
        if (trimmed.empty()) {
            hasEmpty = true;
            lines.push_back({LineRole::Empty, next, line.begin, line.begin, line.begin});
            ++next;
            continue;
        }
        const std::uint32_t marker = continuationMarker(content, false);
        continued = marker < content.size();
        lines.push_back(
            {LineRole::Continued, next, line.begin, line.begin + marker, line.contentEnd});
        addPiece(line.begin, line.begin + marker);
        ++next;
    }
    if (segments.empty())
        segments.push_back({0, lines.front().pieceBegin, 0});
    return next;
}

STAGECRAFT_PARSER_INLINE std::uint32_t
Parser::readHeredocBodies(Instruction &ins, std::uint32_t next, LineSpans &bodyLines)
{
    const std::string_view text = m_text;
    const auto lineCount = static_cast<std::uint32_t>(m_lines.size());
    for (Heredoc &h : ins.heredocs) {
        const std::uint32_t bodyFirst = next;
        h.terminated = false;
        while (next < lineCount) {
            const Line &line = m_lines[next];
            std::string_view candidate = text.substr(line.begin, line.contentEnd - line.begin);
            if (h.chomp) {
                while (!candidate.empty() && candidate.front() == '\t')
                    candidate.remove_prefix(1);
            }
            if (candidate == h.name) {
                h.terminated = true;
                h.terminator = {line.begin, line.contentEnd};
                break;
            }
            ++next;
        }
        const std::uint32_t bodyEnd
            = next < lineCount ? m_lines[next].begin : static_cast<std::uint32_t>(text.size());
        h.body = {bodyFirst < lineCount ? m_lines[bodyFirst].begin : bodyEnd, bodyEnd};
        // The body lines (with their line ends) follow one another in the text.
        h.content.assign(text.substr(h.body.begin, h.body.size()));
        bodyLines.emplace_back(bodyFirst, next);
        if (h.terminated) {
            ++next;
        } else {
            const Range where = ins.argsRange.isEmpty() ? ins.keywordRange : ins.argsRange;
            addDiagnostic("SyntaxUnterminatedHeredoc", Severity::Error, where, {h.name}, true);
            break;
        }
    }
    // Heredocs after an unterminated one never start: no body, not terminated.
    const auto end = static_cast<std::uint32_t>(text.size());
    for (std::size_t k = bodyLines.size(); k < ins.heredocs.size(); ++k) {
        ins.heredocs[k].terminated = false;
        ins.heredocs[k].body = {end, end};
        ins.heredocs[k].terminator = {end, end};
    }
    return next;
}

STAGECRAFT_PARSER_INLINE void Parser::emitHeredocTokens(const LineSpans &bodyLines)
{
    const auto lineCount = static_cast<std::uint32_t>(m_lines.size());
    for (const auto &[bodyFirst, terminatorLine] : bodyLines) {
        for (std::uint32_t l = bodyFirst; l < terminatorLine && l < lineCount; ++l)
            push(TokenKind::HeredocBody, m_lines[l].begin, m_lines[l].end);
        if (terminatorLine < lineCount) {
            push(TokenKind::HeredocEnd, m_lines[terminatorLine].begin,
                 m_lines[terminatorLine].contentEnd);
            emitLineEnd(m_lines[terminatorLine]);
        }
    }
}

std::uint32_t Parser::parseInstructionAt(std::uint32_t first, std::uint32_t leading)
{
    const std::string_view text = m_text;
    bool hasEmpty = false;
    std::uint32_t next = joinLogicalLine(first, leading, hasEmpty);
    const std::vector<Segment> &segments = m_segments;

    // One piece (most instructions): read it where it is instead of copying it.
    const std::string_view logicalText = segments.size() == 1
        ? text.substr(segments.front().source, segments.front().length)
        : std::string_view(m_logical);

    Instruction &ins = m_tree.m_instructions.emplace_back(); // built in place
    InstructionReader &reader = *m_reader;
    reader.read(logicalText, m_tree.m_escape, ins);
    ins.hasEmptyContinuation = hasEmpty;
    ins.startLine = static_cast<int>(first) + 1;

    // Heredoc bodies follow the instruction's last line, one after another.
    LineSpans heredocLines; // [first, last] body lines incl. terminator
    if (InstructionReader::canContainHeredoc(ins)
        && logicalText.find("<<") != std::string_view::npos) {
        ins.heredocs = InstructionReader::heredocsFromLine(logicalText);
        next = readHeredocBodies(ins, next, heredocLines);
    }

    const std::uint32_t last = next - 1;
    ins.endLine = static_cast<int>(last) + 1;
    if (ins.sub) {
        // The inner keyword may sit on a continuation line.
        const std::uint32_t at = ins.sub->keywordRange.begin;
        const auto it = std::upper_bound(
            m_lines.begin(), m_lines.end(), at,
            [](std::uint32_t offset, const Line &line) { return offset < line.begin; });
        ins.sub->startLine = std::max(ins.startLine, static_cast<int>(it - m_lines.begin()));
        ins.sub->endLine = ins.endLine;
    }
    const std::uint32_t begin = m_insLines.front().pieceBegin;
    ins.range = {begin, std::max(begin, m_lines[last].contentEnd)};

    for (const ReaderError &e : reader.errors())
        addDiagnostic(e.code, Severity::Error, reader.toSource(e.begin, e.end), e.args, true);
    if (ins.kind == InstructionKind::Unknown) {
        addDiagnostic("UnknownInstruction", Severity::Error,
                      ins.keywordRange.isEmpty() ? Range{begin, begin} : ins.keywordRange,
                      {ins.keyword}, false);
    }

    ins.firstToken = static_cast<std::uint32_t>(m_tree.m_tokens.size());
    emitInstructionTokens(ins, m_insLines);
    emitHeredocTokens(heredocLines);
    ins.tokenCount = static_cast<std::uint32_t>(m_tree.m_tokens.size()) - ins.firstToken;
    return next;
}

void Parser::emitInstructionTokens(const Instruction &ins,
                                   const std::vector<InstructionLine> &lines)
{
    if (!ins.json && !(ins.kind == InstructionKind::Onbuild && ins.sub)) {
        emitShellFormTokens(ins, lines);
        return;
    }
    bool keywordPending = true;
    bool jsonInString = false;
    for (const InstructionLine &il : lines) {
        const Line &line = m_lines[il.line];
        switch (il.role) {
        case LineRole::First:
            push(TokenKind::Whitespace, line.begin, il.pieceBegin);
            emitPiece(ins, il.pieceBegin, il.pieceEnd, keywordPending, jsonInString);
            push(TokenKind::Continuation, il.pieceEnd, il.markerEnd);
            break;
        case LineRole::Continued:
            emitPiece(ins, il.pieceBegin, il.pieceEnd, keywordPending, jsonInString);
            push(TokenKind::Continuation, il.pieceEnd, il.markerEnd);
            break;
        case LineRole::Comment:
            emitCommentLine(line);
            break;
        case LineRole::Empty:
            push(TokenKind::Whitespace, line.begin, line.contentEnd);
            break;
        }
        emitLineEnd(line);
    }
}

void Parser::emitShellFormTokens(const Instruction &ins, const std::vector<InstructionLine> &lines)
{
    // What emitPiece does for an instruction without exec form or ONBUILD (blanks and words
    // only), with the work of each line in one loop: most lines are arguments continued from the
    // line before, and they are most of a Dockerfile's bytes.
    auto &tokens = m_tree.m_tokens;
    const char *data = m_text.data();
    const auto size = static_cast<std::uint32_t>(m_text.size());
    const std::uint32_t argsBegin = ins.argsRange.begin;
    const TokenKind keywordKind
        = ins.kind == InstructionKind::Unknown ? TokenKind::Error : TokenKind::Keyword;
    bool keywordPending = true;
    // Words of [begin, end) that are all arguments (see emitWords), 1 <= end - begin <= MaxLength.
    const auto argumentWords = [&](std::uint32_t begin, std::uint32_t end) {
        std::uint32_t runStart = begin;
        bool runBlank = WordStops.table[static_cast<unsigned char>(data[begin])];
        for (std::uint32_t base = begin; base < end; base += 64) {
            std::uint64_t blank = 0;
            if (size - base >= 64) {
                blank = text::blankMask64(data + base);
            } else {
                char last[64] = {};
                std::memcpy(last, data + base, size - base);
                blank = text::blankMask64(last);
            }
            std::uint64_t starts = blank ^ ((blank << 1U) | (runBlank ? 1U : 0U));
            if (end - base < 64)
                starts &= (std::uint64_t{1} << (end - base)) - 1;
            while (starts != 0) {
                const std::uint32_t at
                    = base + static_cast<std::uint32_t>(std::countr_zero(starts));
                tokens.push_back(makeToken(runStart, at - runStart,
                                           runBlank ? TokenKind::Whitespace : TokenKind::Argument));
                runStart = at;
                runBlank = !runBlank;
                starts &= starts - 1;
            }
        }
        tokens.push_back(makeToken(runStart, end - runStart,
                                   runBlank ? TokenKind::Whitespace : TokenKind::Argument));
    };
    for (const InstructionLine &il : lines) {
        const Line &line = m_lines[il.line];
        switch (il.role) {
        case LineRole::First:
            push(TokenKind::Whitespace, line.begin, il.pieceBegin);
            [[fallthrough]];
        case LineRole::Continued:
            if (!keywordPending && il.pieceBegin >= argsBegin && il.pieceEnd > il.pieceBegin
                && il.pieceEnd - il.pieceBegin <= Token::MaxLength)
                argumentWords(il.pieceBegin, il.pieceEnd);
            else
                emitWords<false>(il.pieceBegin, il.pieceEnd, argsBegin, keywordKind,
                                 keywordPending);
            push(TokenKind::Continuation, il.pieceEnd, il.markerEnd);
            break;
        case LineRole::Comment:
            emitCommentLine(line);
            break;
        case LineRole::Empty:
            push(TokenKind::Whitespace, line.begin, line.contentEnd);
            break;
        }
        emitLineEnd(line);
    }
}

template<bool StopAtArgs>
std::uint32_t Parser::emitWords(std::uint32_t begin, std::uint32_t end, std::uint32_t argsBegin,
                                TokenKind keywordKind, bool &keywordPending)
{
    // Runs of blanks and runs of other bytes alternate. The blank bytes of 64 at a time become
    // one bit mask; each place where a bit differs from the one before starts a token.
    if (begin >= end || (StopAtArgs && begin >= argsBegin))
        return begin;
    auto &tokens = m_tree.m_tokens;
    const char *data = m_text.data();
    const auto size = static_cast<std::uint32_t>(m_text.size());
    bool pending = keywordPending;
    const auto kindOf = [&](bool blank, std::uint32_t start) {
        if (blank)
            return TokenKind::Whitespace;
        if (pending) {
            pending = false;
            return keywordKind;
        }
        return start < argsBegin ? TokenKind::Flag : TokenKind::Argument;
    };
    std::uint32_t runStart = begin;
    bool runBlank = WordStops.table[static_cast<unsigned char>(data[begin])];
    for (std::uint32_t base = begin; base < end; base += 64) {
        const std::uint32_t n = std::min<std::uint32_t>(64, end - base);
        std::uint64_t blank = 0;
        if (size - base >= 64) {
            blank = text::blankMask64(data + base); // may look past `end`, never past the text
        } else {
            char last[64] = {};
            std::memcpy(last, data + base, size - base);
            blank = text::blankMask64(last);
        }
        std::uint64_t starts = blank ^ ((blank << 1U) | (runBlank ? 1U : 0U));
        if (n < 64)
            starts &= (std::uint64_t{1} << n) - 1;
        while (starts != 0) {
            const std::uint32_t at = base + static_cast<std::uint32_t>(std::countr_zero(starts));
            const TokenKind kind = kindOf(runBlank, runStart);
            if (at - runStart <= Token::MaxLength) [[likely]]
                tokens.push_back(makeToken(runStart, at - runStart, kind));
            else
                pushLong(kind, runStart, at);
            runStart = at;
            runBlank = !runBlank;
            if (StopAtArgs && runStart >= argsBegin) {
                keywordPending = pending;
                return runStart;
            }
            starts &= starts - 1;
        }
    }
    push(kindOf(runBlank, runStart), runStart, end);
    keywordPending = pending;
    return end;
}

void Parser::emitPiece(const Instruction &ins, std::uint32_t begin, std::uint32_t end,
                       bool &keywordPending, bool &jsonInString)
{
    const std::string_view text = m_text;
    const Instruction *onbuildSub = ins.kind == InstructionKind::Onbuild ? ins.sub.get() : nullptr;
    const bool json = ins.json || (onbuildSub && onbuildSub->json);
    const std::uint32_t argsBegin = ins.argsRange.begin;
    std::uint32_t pos = begin;
    if (!onbuildSub) {
        // Keyword, flags and shell-form arguments are blanks and words only; exec-form (JSON)
        // arguments are read below.
        const TokenKind keywordKind
            = ins.kind == InstructionKind::Unknown ? TokenKind::Error : TokenKind::Keyword;
        pos = json ? emitWords<true>(begin, end, argsBegin, keywordKind, keywordPending)
                   : emitWords<false>(begin, end, argsBegin, keywordKind, keywordPending);
    }
    while (pos < end) {
        const char c = text[pos];
        if (text::isSplitSpace(c) || c == '\n') {
            std::uint32_t e = pos + 1;
            while (e < end && (text::isSplitSpace(text[e]) || text[e] == '\n'))
                ++e;
            push(TokenKind::Whitespace, pos, e);
            pos = e;
            continue;
        }
        if (jsonInString || (json && pos >= argsBegin && c == '"')) {
            // A JSON string, possibly continued from the previous physical line.
            std::uint32_t e = jsonInString ? pos : pos + 1;
            bool closed = false;
            while (e < end) {
                if (text[e] == '\\') {
                    e += 2;
                    continue;
                }
                if (text[e] == '"') {
                    ++e;
                    closed = true;
                    break;
                }
                ++e;
            }
            e = std::min(e, end);
            jsonInString = !closed;
            push(TokenKind::JsonString, pos, e);
            pos = e;
            continue;
        }
        if (json && pos >= argsBegin && (c == '[' || c == ']' || c == ',')) {
            push(c == '[' ? TokenKind::JsonOpen
                          : (c == ']' ? TokenKind::JsonClose : TokenKind::JsonComma),
                 pos, pos + 1);
            ++pos;
            continue;
        }
        std::uint32_t e = pos + 1;
        const auto &stops = (json && e >= argsBegin) ? JsonWordStops.table : WordStops.table;
        while (e < end && !stops[static_cast<unsigned char>(text[e])])
            ++e;
        if (json && e < end && e < argsBegin) {
            // A flag or keyword word ends at blanks only, even in an exec-form instruction.
            while (e < end && !WordStops.table[static_cast<unsigned char>(text[e])])
                ++e;
        }
        TokenKind kind = TokenKind::Argument;
        if (keywordPending) {
            kind = ins.kind == InstructionKind::Unknown ? TokenKind::Error : TokenKind::Keyword;
            keywordPending = false;
        } else if (pos < argsBegin) {
            kind = TokenKind::Flag;
        } else if (onbuildSub && pos >= onbuildSub->keywordRange.begin
                   && pos < onbuildSub->keywordRange.end) {
            kind = TokenKind::Keyword;
        } else if (onbuildSub && pos < onbuildSub->argsRange.begin) {
            kind = TokenKind::Flag;
        }
        push(kind, pos, e);
        pos = e;
    }
}

} // namespace stagecraft::model
