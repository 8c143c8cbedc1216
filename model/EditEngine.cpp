// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/EditEngine.h"

#include "model/CopyEdits.h"
#include "model/EditContext.h"
#include "model/InstructionEdits.h"
#include "model/StageEdits.h"
#include "model/Text.h"

#include <map>
#include <type_traits>
#include <variant>

// Every operation is computed against the current tree and answers minimal replacements in the
// original text's coordinates. The canvas applies them as one QTextDocument edit block, so one undo
// restores the text byte for byte (see ../shared/DESIGN.md, "the text is the truth"). The
// operations live with their family: StageEdits, CopyEdits and InstructionEdits.

namespace stagecraft::model {

std::string FileStyle::keyword(std::string_view upper) const
{
    return lowercaseKeywords ? text::asciiLower(upper) : std::string(upper);
}

FileStyle FileStyle::detect(const SyntaxTree &tree)
{
    FileStyle style;
    const std::string_view text = tree.text();
    int lower = 0;
    int upper = 0;
    std::map<std::string, int> indents;
    for (const Instruction &ins : tree.instructions()) {
        if (ins.keyword.empty())
            continue;
        const std::string l = text::asciiLower(ins.keyword);
        if (l == ins.keyword)
            ++lower;
        else
            ++upper;
        if (ins.kind != InstructionKind::From && ins.kind != InstructionKind::Arg) {
            std::uint32_t start = ins.range.begin;
            while (start > 0 && text[start - 1] != '\n')
                --start;
            ++indents[std::string(text.substr(start, ins.range.begin - start))];
        }
    }
    style.lowercaseKeywords = lower > upper;
    int best = 0;
    for (const auto &[indent, count] : indents) {
        if (count > best) {
            best = count;
            style.indent = indent;
        }
    }
    int crlf = 0;
    int lf = 0;
    for (const Token &t : tree.tokens()) {
        if (t.kind != TokenKind::Newline)
            continue;
        if (t.length >= 2)
            ++crlf;
        else
            ++lf;
    }
    style.eol = crlf > lf ? "\r\n" : "\n";
    style.endsWithNewline = text.empty() || text.back() == '\n';

    // A blank line before a later stage's FROM (or its comments) tells how stages are separated.
    int separated = 0;
    int joined = 0;
    bool seenFrom = false;
    for (const Instruction &ins : tree.instructions()) {
        if (ins.kind != InstructionKind::From)
            continue;
        if (!seenFrom) {
            seenFrom = true;
            continue;
        }
        std::uint32_t pos = ins.range.begin;
        while (pos > 0 && text[pos - 1] != '\n')
            --pos;
        bool blank = false;
        while (pos > 0) {
            std::uint32_t prev = pos - 1;
            while (prev > 0 && text[prev - 1] != '\n')
                --prev;
            const std::string_view line = text::trimSpace(text.substr(prev, pos - prev));
            if (line.empty()) {
                blank = true;
                break;
            }
            if (line.front() != '#' || tree.instructionAt(prev) >= 0)
                break;
            pos = prev;
        }
        blank ? ++separated : ++joined;
    }
    style.blankLineBetweenStages = separated >= joined;
    return style;
}

EditEngine::EditEngine(const SyntaxTree &tree, const StageGraph &graph)
    : m_tree(tree)
    , m_graph(graph)
    , m_style(FileStyle::detect(tree))
{ }

EditResult EditEngine::apply(const EditOperation &op) const
{
    const EditContext context(m_tree, m_graph, m_style);
    const StageEdits stages(context);
    const CopyEdits copies(context);
    const InstructionEdits instructions(context);
    return std::visit(
        [&](const auto &operation) -> EditResult {
            using Operation = std::decay_t<decltype(operation)>;
            if constexpr (std::is_invocable_v<const StageEdits &, const Operation &>)
                return stages(operation);
            else if constexpr (std::is_invocable_v<const CopyEdits &, const Operation &>)
                return copies(operation);
            else
                return instructions(operation);
        },
        op);
}

std::string applyEdits(std::string_view text, const std::vector<TextEdit> &edits)
{
    std::string out;
    out.reserve(text.size());
    std::uint32_t cur = 0;
    for (const TextEdit &e : edits) {
        const std::uint32_t begin
            = std::max(cur, std::min(e.range.begin, static_cast<std::uint32_t>(text.size())));
        out.append(text.substr(cur, begin - cur));
        out += e.replacement;
        cur = std::max(begin, std::min(e.range.end, static_cast<std::uint32_t>(text.size())));
    }
    out.append(text.substr(cur));
    return out;
}

} // namespace stagecraft::model
