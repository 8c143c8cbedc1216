// SPDX-License-Identifier: GPL-3.0-or-later
// reparse(): a keystroke's tree from the tree before it.
//
// The parser's state at the start of a line that begins a top-level item (an instruction, a
// comment or a blank line after the parser directives) is only the escape character: what it
// reads from there on depends on the text from there on and nothing before. So when the bytes
// [begin, oldEnd) of the old text became [begin, newEnd) of the new one, the new tree is
//   - the old tree before the start of an instruction at or before `begin` (an item never depends
//     on the lines after it once it has ended, so it ends where it did),
//   - the new text read from there, item by item, until an item starts at a line that is at or
//     after `newEnd` and was the start of an item in the old text (the same bytes follow and the
//     parser is in the same state, so it would read them as it did),
//   - the old tree from that item on, every offset moved by the change in size.

#include "IncrementalParse.h"

#include "Parser.h"

#include <algorithm>
#include <cstring>
#include <functional>

namespace stagecraft::model {

namespace {

/// The bytes that differ: [begin, oldEnd) of the old text became [begin, newEnd) of the new.
struct Change
{
    std::uint32_t begin = 0;
    std::uint32_t oldEnd = 0;
    std::uint32_t newEnd = 0;
};

Change findChange(std::string_view before, std::string_view after)
{
    const std::size_t limit = std::min(before.size(), after.size());
    std::size_t prefix = 0;
    // Eight bytes at a time, then byte by byte.
    while (prefix + 8 <= limit
           && std::memcmp(before.data() + prefix, after.data() + prefix, 8) == 0)
        prefix += 8;
    while (prefix < limit && before[prefix] == after[prefix])
        ++prefix;
    std::size_t suffix = 0;
    const std::size_t suffixLimit = limit - prefix;
    while (suffix + 8 <= suffixLimit
           && std::memcmp(before.data() + before.size() - suffix - 8,
                          after.data() + after.size() - suffix - 8, 8)
               == 0)
        suffix += 8;
    while (suffix < suffixLimit
           && before[before.size() - suffix - 1] == after[after.size() - suffix - 1])
        ++suffix;
    return {static_cast<std::uint32_t>(prefix), static_cast<std::uint32_t>(before.size() - suffix),
            static_cast<std::uint32_t>(after.size() - suffix)};
}

/// Moves every offset, line and token index of a copied instruction.
struct Shift
{
    std::int64_t bytes = 0;
    int lines = 0;
    std::int64_t tokens = 0;

    [[nodiscard]] std::uint32_t offset(std::uint32_t at) const
    {
        return static_cast<std::uint32_t>(static_cast<std::int64_t>(at) + bytes);
    }
    [[nodiscard]] Range range(Range r) const { return {offset(r.begin), offset(r.end)}; }
};

void shiftInPlace(Instruction &ins, const Shift &shift, bool topLevel)
{
    ins.keywordRange = shift.range(ins.keywordRange);
    ins.range = shift.range(ins.range);
    ins.argsRange = shift.range(ins.argsRange);
    if (topLevel) // an ONBUILD's inner instruction has no tokens of its own
        ins.firstToken = static_cast<std::uint32_t>(ins.firstToken + shift.tokens);
    ins.startLine += shift.lines;
    ins.endLine += shift.lines;
    for (Flag &f : ins.flags)
        f.range = shift.range(f.range);
    for (Argument &a : ins.args)
        a.range = shift.range(a.range);
    for (Heredoc &h : ins.heredocs) {
        h.body = shift.range(h.body);
        // An unterminated heredoc's terminator is the parser's default, {0, 0}: not moved.
        if (h.terminated || h.terminator != Range{})
            h.terminator = shift.range(h.terminator);
    }
    if (ins.sub)
        shiftInPlace(*ins.sub, shift, false);
}

/// `ins` copied into `out`, a default-constructed instruction in its place in the new tree (no
/// temporary moved in and destroyed).
void copyInto(Instruction &out, const Instruction &ins)
{
    out.kind = ins.kind;
    out.keyword = ins.keyword;
    out.keywordRange = ins.keywordRange;
    out.range = ins.range;
    out.firstToken = ins.firstToken;
    out.tokenCount = ins.tokenCount;
    out.startLine = ins.startLine;
    out.endLine = ins.endLine;
    out.flags = ins.flags;
    out.args = ins.args;
    out.json = ins.json;
    if (ins.sub) {
        out.sub = std::make_unique<Instruction>();
        copyInto(*out.sub, *ins.sub);
    }
    out.heredocs = ins.heredocs;
    out.hasEmptyContinuation = ins.hasEmptyContinuation;
    out.argsRange = ins.argsRange;
}

Diagnostic shifted(const Diagnostic &d, const Shift &shift)
{
    Diagnostic out = d;
    out.range = shift.range(d.range);
    if (out.fix) {
        for (TextEdit &e : out.fix->edits)
            e.range = shift.range(e.range);
    }
    return out;
}

/// Whole-file findings: a tree holding one is parsed whole again (they are rare).
bool hasWholeFileDiagnostic(const SyntaxTree &tree)
{
    return std::any_of(tree.diagnostics().begin(), tree.diagnostics().end(),
                       [](const Diagnostic &d) {
                           return d.code == "SyntaxLineTooLong" || d.code == "SyntaxInvalidUtf8"
                               || d.code == "SyntaxEmptyFile" || d.code == "SyntaxNoInstructions";
                       });
}

/// The start of the line after the '\n' at or after `at`, or the end of the text.
std::uint32_t lineEndAfter(std::string_view text, std::size_t at)
{
    if (at >= text.size())
        return static_cast<std::uint32_t>(text.size());
    const std::size_t nl = text.find('\n', at);
    return static_cast<std::uint32_t>(nl == std::string_view::npos ? text.size() : nl + 1);
}

} // namespace

/// reparse()'s work (through Parser, a friend of SyntaxTree).
class IncrementalParse
{
public:
    IncrementalParse(const SyntaxTree &old, std::string text)
        : m_old(old)
        , m_tree(std::make_shared<SyntaxTree>())
        , m_parts(Parser::parts(*m_tree))
    {
        m_parts.text = std::move(text);
    }

    std::shared_ptr<const SyntaxTree> run();
    [[nodiscard]] bool wasIncremental() const { return m_incremental; }
    [[nodiscard]] const TreeSplice &splice() const { return m_splice; }

private:
    /// True when the old text's line at `offset` began a top-level item.
    [[nodiscard]] bool wasItemStart(std::uint32_t offset) const;
    /// The fragment's start (the start of the instruction before the one the change begins in),
    /// or 0 when only a whole parse will do.
    [[nodiscard]] std::uint32_t fragmentStart() const;
    void splice(SyntaxTree &fragment, const std::vector<Parser::Line> &lines, std::uint32_t start,
                std::uint32_t stop);
    std::shared_ptr<const SyntaxTree> wholeParse()
    {
        return SyntaxTree::parse(std::move(m_parts.text));
    }

    const SyntaxTree &m_old;
    std::shared_ptr<SyntaxTree> m_tree;
    Parser::TreeParts m_parts; ///< m_tree's members
    Change m_change;
    std::int64_t m_delta = 0; ///< new size - old size
    TreeSplice m_splice;      ///< what splice() did
    bool m_incremental = false;
};

bool IncrementalParse::wasItemStart(std::uint32_t offset) const
{
    const LineIndex &lines = m_old.lineIndex();
    const int line = lines.line(offset);
    if (lines.lineStart(line) != offset)
        return false;
    const std::vector<Instruction> &all = m_old.instructions();
    // The last instruction starting on a line before this one must have ended before it.
    auto it = std::lower_bound(all.begin(), all.end(), line,
                               [](const Instruction &ins, int l) { return ins.startLine < l; });
    return it == all.begin() || std::prev(it)->endLine < line;
}

std::uint32_t IncrementalParse::fragmentStart() const
{
    const std::vector<Instruction> &all = m_old.instructions();
    const LineIndex &lines = m_old.lineIndex();
    // The last instruction whose first line starts at or before the change.
    const auto it = std::upper_bound(all.begin(), all.end(), m_change.begin,
                                     [&lines](std::uint32_t at, const Instruction &ins) {
                                         return at < lines.lineStart(ins.startLine);
                                     });
    const auto k = it - all.begin() - 1;
    if (k < 1)
        return 0;
    // One instruction earlier, for safety's sake; and never on or before the line that ended
    // the parser directives (a new directive there changes the whole file).
    const Instruction &from = all[static_cast<std::size_t>(k - 1)];
    if (from.startLine <= static_cast<int>(m_old.directives().size()) + 1)
        return 0;
    return lines.lineStart(from.startLine);
}

std::shared_ptr<const SyntaxTree> IncrementalParse::run()
{
    const std::string_view text = m_parts.text;
    if (hasWholeFileDiagnostic(m_old) || text.size() > 0xFFFFFFF0u)
        return wholeParse();
    m_change = findChange(m_old.text(), text);
    m_delta
        = static_cast<std::int64_t>(text.size()) - static_cast<std::int64_t>(m_old.text().size());
    const std::uint32_t start = fragmentStart();
    if (start == 0)
        return wholeParse();

    const std::function<bool(std::uint32_t)> stopAt = [this, start](std::uint32_t at) {
        return at >= m_change.newEnd && at > start
            && wasItemStart(static_cast<std::uint32_t>(static_cast<std::int64_t>(at) - m_delta));
    };
    // Read a window of lines past the change; when no item there starts a line the old text
    // shares, read a window three times as large (an item cut off at the window's end may read
    // differently, so only a stop before the end counts).
    std::size_t extra = 4096;
    for (;;) {
        const std::uint32_t end = lineEndAfter(text, std::size_t{m_change.newEnd} + extra);
        SyntaxTree fragment;
        Parser parser(fragment, text);
        const std::uint32_t stop = parser.runFragment(start, end, m_old.escapeChar(), stopAt);
        if (parser.fragmentNeedsFullParse())
            return wholeParse();
        if (stop < end || end == text.size()) {
            splice(fragment, parser.lines(), start, stop);
            if (m_parts.instructions.empty())
                return wholeParse();
            m_incremental = true;
            return m_tree;
        }
        extra = (end - start) * 3;
    }
}

void IncrementalParse::splice(SyntaxTree &fragment, const std::vector<Parser::Line> &lines,
                              std::uint32_t start, std::uint32_t stop)
{
    Parser::TreeParts &tree = m_parts;
    const Parser::TreeParts frag = Parser::parts(fragment);
    const std::string_view text = tree.text;
    const bool toTheEnd = stop >= text.size();
    const auto oldStop = static_cast<std::uint32_t>(static_cast<std::int64_t>(stop) - m_delta);
    const std::vector<Token> &oldTokens = m_old.tokens();
    const auto tokenAt = [&oldTokens](std::uint32_t at) {
        return static_cast<std::size_t>(
            std::lower_bound(oldTokens.begin(), oldTokens.end(), at,
                             [](const Token &t, std::uint32_t a) { return t.offset < a; })
            - oldTokens.begin());
    };
    const std::size_t tokensBefore = tokenAt(start);
    const std::size_t tokensAfter = toTheEnd ? oldTokens.size() : tokenAt(oldStop);

    // Tokens: the old ones before, the fragment's, the old ones after (moved).
    tree.tokens.reserve(tokensBefore + frag.tokens.size() + oldTokens.size() - tokensAfter);
    tree.tokens.assign(oldTokens.begin(), oldTokens.begin() + static_cast<long>(tokensBefore));
    tree.tokens.insert(tree.tokens.end(), frag.tokens.begin(), frag.tokens.end());
    const std::size_t movedFrom = tree.tokens.size();
    tree.tokens.resize(movedFrom + oldTokens.size() - tokensAfter);
    Token *out = tree.tokens.data() + movedFrom;
    for (std::size_t t = tokensAfter; t < oldTokens.size(); ++t, ++out) {
        *out = oldTokens[t];
        out->offset = static_cast<std::uint32_t>(out->offset + m_delta);
    }

    // Lines: the fragment's lines are numbered from the first line it read.
    const LineIndex &oldLines = m_old.lineIndex();
    const int linesBefore = oldLines.line(start) - 1;
    int fragmentLines = 0;
    while (fragmentLines < static_cast<int>(lines.size())
           && lines[static_cast<std::size_t>(fragmentLines)].begin < stop)
        ++fragmentLines;
    std::vector<std::uint32_t> starts;
    starts.reserve(static_cast<std::size_t>(oldLines.lineCount() + fragmentLines + 1));
    for (int l = 1; l <= linesBefore; ++l)
        starts.push_back(oldLines.lineStart(l));
    for (int l = 0; l < fragmentLines; ++l)
        starts.push_back(lines[static_cast<std::size_t>(l)].begin);
    if (toTheEnd) {
        if (!text.empty() && text.back() == '\n')
            starts.push_back(static_cast<std::uint32_t>(text.size()));
    } else {
        // The first old line starting at or after oldStop (an item's start: a line start).
        int from = oldLines.line(oldStop);
        if (oldLines.lineStart(from) < oldStop)
            ++from;
        for (int l = from; l <= oldLines.lineCount(); ++l)
            starts.push_back(static_cast<std::uint32_t>(oldLines.lineStart(l) + m_delta));
    }
    const int oldStopLine = toTheEnd ? 0 : m_old.lineIndex().line(oldStop);
    tree.lines = LineIndex(std::move(starts));

    // Instructions.
    const std::vector<Instruction> &oldIns = m_old.instructions();
    const auto insAt = [&oldIns](std::uint32_t at) {
        return static_cast<std::size_t>(std::lower_bound(oldIns.begin(), oldIns.end(), at,
                                                         [](const Instruction &i, std::uint32_t a) {
                                                             return i.range.begin < a;
                                                         })
                                        - oldIns.begin());
    };
    const std::size_t insBefore = insAt(start);
    const std::size_t insAfter = toTheEnd ? oldIns.size() : insAt(oldStop);
    tree.instructions.reserve(insBefore + frag.instructions.size() + oldIns.size() - insAfter);
    for (std::size_t i = 0; i < insBefore; ++i)
        copyInto(tree.instructions.emplace_back(), oldIns[i]);
    const Shift fragmentShift{0, linesBefore, static_cast<std::int64_t>(tokensBefore)};
    for (Instruction &ins : frag.instructions) {
        Instruction &added = tree.instructions.emplace_back(std::move(ins));
        shiftInPlace(added, fragmentShift, true);
    }
    const Shift after{m_delta, linesBefore + fragmentLines + 1 - oldStopLine,
                      static_cast<std::int64_t>(tokensBefore + frag.tokens.size())
                          - static_cast<std::int64_t>(tokensAfter)};
    for (std::size_t i = insAfter; i < oldIns.size(); ++i) {
        Instruction &added = tree.instructions.emplace_back();
        copyInto(added, oldIns[i]);
        shiftInPlace(added, after, true);
    }
    m_splice = {insBefore,
                insAfter,
                insBefore + frag.instructions.size(),
                start,
                toTheEnd ? static_cast<std::uint32_t>(m_old.text().size()) : oldStop,
                toTheEnd ? static_cast<std::uint32_t>(text.size()) : stop,
                after.lines,
                m_change.begin};

    // Diagnostics (sorted by where they begin, each inside its instruction).
    const std::vector<Diagnostic> &oldDiags = m_old.diagnostics();
    const auto diagAt = [&oldDiags](std::uint32_t at) {
        return std::lower_bound(
            oldDiags.begin(), oldDiags.end(), at,
            [](const Diagnostic &d, std::uint32_t a) { return d.range.begin < a; });
    };
    tree.diagnostics.assign(oldDiags.begin(), diagAt(start));
    std::vector<Diagnostic> middle = frag.diagnostics;
    std::stable_sort(middle.begin(), middle.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return a.range.begin < b.range.begin;
    });
    tree.diagnostics.insert(tree.diagnostics.end(), middle.begin(), middle.end());
    if (!toTheEnd) {
        for (auto d = diagAt(oldStop); d != oldDiags.end(); ++d)
            tree.diagnostics.push_back(shifted(*d, after));
    }

    tree.directives = m_old.directives();
    tree.escape = m_old.escapeChar();
    tree.bom = m_old.hasBom();
    // What the parser counts as rejecting: every syntax error but an unknown instruction.
    tree.rejected
        = std::any_of(tree.diagnostics.begin(), tree.diagnostics.end(), [](const Diagnostic &d) {
              return d.severity == Severity::Error && d.code != "UnknownInstruction";
          });
}

std::size_t unchangedAtStart(const SyntaxTree &previous, const SyntaxTree &tree,
                             const TreeSplice &splice)
{
    // An item reads the same from the same bytes (the state at its start is only the escape
    // character): one that ends, final newline included, before the first changed byte is the
    // same in both trees.
    const std::vector<Instruction> &was = previous.instructions();
    const std::vector<Instruction> &now = tree.instructions();
    std::size_t k = splice.firstInstruction;
    while (k < splice.oldEndInstruction && k < splice.newEndInstruction && k < was.size()
           && k < now.size() && was[k].range == now[k].range && was[k].range.end < splice.changed)
        ++k;
    return k - splice.firstInstruction;
}

std::shared_ptr<const SyntaxTree> reparse(const SyntaxTree &previous, std::string text,
                                          bool *incremental, TreeSplice *splice)
{
    IncrementalParse parse(previous, std::move(text));
    std::shared_ptr<const SyntaxTree> tree = parse.run();
    if (incremental != nullptr)
        *incremental = parse.wasIncremental();
    if (splice != nullptr && parse.wasIncremental())
        *splice = parse.splice();
    return tree;
}

} // namespace stagecraft::model
