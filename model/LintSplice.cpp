// SPDX-License-Identifier: GPL-3.0-or-later
// lintAfterSplice(): lint's diagnostics of a keystroke from those before it.
//
// Of the checks lint() runs (model/Lint.cpp, model/Advice.cpp), the only ones that look at a RUN,
// an ONBUILD or an unknown instruction are the empty-continuation check and the keyword casing
// (whose outcome depends on the keywords alone); the rest look at other kinds and at the graph.
// So when the instructions read again are such ones, one for one with the same keywords and no
// empty continuation lines, and the graph is the previous one moved (StageGraph::afterSplice()),
// every diagnostic outside them is the previous one, moved, and inside them there are only the
// parser's (taken from the new tree, through the check directive as lint() does) and the casing
// check's (the previous ones, at the new keyword ranges).

#include "model/CheckDirective.h"
#include "model/IncrementalParse.h"
#include "model/Lint.h"

#include <algorithm>
#include <string_view>

namespace stagecraft::model {

namespace {

constexpr std::string_view CasingCode = "ConsistentInstructionCasing";

bool onlyCasingLooks(const Instruction &was, const Instruction &now)
{
    const bool kindOk = now.kind == InstructionKind::Run || now.kind == InstructionKind::Onbuild
        || now.kind == InstructionKind::Unknown;
    return kindOk && was.kind == now.kind && was.keyword == now.keyword && !was.hasEmptyContinuation
        && !now.hasEmptyContinuation;
}

/// The first diagnostic of `all` (in lint order) beginning at or after `offset`.
std::vector<Diagnostic>::const_iterator firstAt(const std::vector<Diagnostic> &all,
                                                std::uint32_t offset)
{
    return std::lower_bound(
        all.begin(), all.end(), offset,
        [](const Diagnostic &d, std::uint32_t at) { return d.range.begin < at; });
}

/// The parser's diagnostics of `tree` beginning in [begin, end), as lint() returns them.
std::vector<Diagnostic> parserDiagnostics(const SyntaxTree &tree, const CheckDirective &directive,
                                          std::uint32_t begin, std::uint32_t end)
{
    std::vector<Diagnostic> out;
    for (auto d = firstAt(tree.diagnostics(), begin);
         d != tree.diagnostics().end() && d->range.begin < end; ++d) {
        Diagnostic kept = *d;
        if (directive.apply(kept))
            out.push_back(std::move(kept));
    }
    return out;
}

} // namespace

std::optional<std::vector<Diagnostic>> lintAfterSplice(const std::vector<Diagnostic> &previous,
                                                       const SyntaxTree &previousTree,
                                                       const SyntaxTree &tree,
                                                       const TreeSplice &splice)
{
    const std::vector<Instruction> &was = previousTree.instructions();
    const std::vector<Instruction> &now = tree.instructions();
    if (splice.oldEndInstruction > was.size() || splice.newEndInstruction > now.size())
        return std::nullopt;
    // The first instructions read again may be the same as before (they end before the change):
    // their diagnostics stay where they are.
    const std::size_t same = unchangedAtStart(previousTree, tree, splice);
    const std::size_t first = splice.firstInstruction + same;
    const std::size_t count = splice.oldEndInstruction - first;
    if (splice.newEndInstruction - first != count)
        return std::nullopt;
    for (std::size_t k = 0; k < count; ++k) {
        if (!onlyCasingLooks(was[first + k], now[first + k]))
            return std::nullopt;
    }
    // Past the last unchanged one's final newline.
    const std::uint32_t begin = same > 0 ? was[first - 1].range.end + 1 : splice.begin;

    const CheckDirective directive(tree);
    const auto inside = firstAt(previous, begin);
    const auto after = firstAt(previous, splice.oldEnd);
    std::vector<Diagnostic> middle;
    std::size_t parserCount = 0;
    for (auto d = inside; d != after; ++d) {
        if (d->code != CasingCode) {
            ++parserCount;
            continue;
        }
        // The casing finding of one of the instructions read again: the same at its new place.
        std::size_t k = 0;
        while (k < count && was[first + k].keywordRange != d->range)
            ++k;
        if (k == count)
            return std::nullopt;
        const Instruction &ins = now[first + k];
        const bool exact
            = std::string_view(tree.text()).substr(ins.keywordRange.begin, ins.keywordRange.size())
            == ins.keyword;
        if (d->fix.has_value() != exact)
            return std::nullopt;
        Diagnostic moved = *d;
        moved.range = ins.keywordRange;
        if (moved.fix) {
            for (TextEdit &e : moved.fix->edits)
                e.range = ins.keywordRange;
        }
        middle.push_back(std::move(moved));
    }
    // Everything else inside was the parser's (else something else looked there: lint again).
    if (lintOrder(parserDiagnostics(previousTree, directive, begin, splice.oldEnd)).size()
        != parserCount)
        return std::nullopt;
    std::vector<Diagnostic> parsed = parserDiagnostics(tree, directive, begin, splice.newEnd);
    middle.insert(middle.end(), std::make_move_iterator(parsed.begin()),
                  std::make_move_iterator(parsed.end()));

    std::vector<Diagnostic> out;
    out.reserve(previous.size() + parsed.size());
    out.assign(previous.begin(), inside);
    for (Diagnostic &d : lintOrder(std::move(middle)))
        out.push_back(std::move(d));
    for (auto d = after; d != previous.end(); ++d) {
        Diagnostic &moved = out.emplace_back(*d);
        moved.range = splice.range(moved.range);
        if (moved.fix) {
            for (TextEdit &e : moved.fix->edits)
                e.range = splice.range(e.range);
        }
    }
    return out;
}

} // namespace stagecraft::model
