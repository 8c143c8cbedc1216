// SPDX-License-Identifier: GPL-3.0-or-later
// StageGraph::afterSplice(): the graph of a keystroke from the graph before it.
//
// derive() reads only some instructions: the ARGs before the first FROM (and anything else there,
// which it reports), every FROM, ARG and ENV in stages (for variables in `--from`), COPY/ADD with
// `--from`, RUN with a `--mount` naming `from=`, and the flags of COPY/ADD/RUN for a `$`. Every
// other instruction only counts (its index) and takes room (its bytes and lines). So when the
// instructions an incremental reparse read again are none of those, before and after the edit,
// derive() would find the same stages, edges, images and diagnostics, only moved: the previous
// graph with its offsets, lines and instruction indices moved by the splice is that result.

#include "model/IncrementalParse.h"
#include "model/StageGraph.h"
#include "model/Text.h"

#include <algorithm>
#include <string_view>

namespace stagecraft::model {

namespace {

/// True when derive() never looks at `ins` beyond its index and place (see the file comment).
bool graphIgnores(const Instruction &ins)
{
    switch (ins.kind) {
    case InstructionKind::From:
    case InstructionKind::Arg:
    case InstructionKind::Env:
        return false;
    case InstructionKind::Copy:
    case InstructionKind::Add:
    case InstructionKind::Run:
        return std::none_of(ins.flags.begin(), ins.flags.end(), [&ins](const Flag &f) {
            if (f.value.find('$') != std::string::npos)
                return true;
            if (ins.kind == InstructionKind::Run)
                return f.name == "mount" && text::containsIgnoreCase(f.value, "from");
            return f.name == "from";
        });
    default:
        return true;
    }
}

bool allIgnored(const std::vector<Instruction> &all, std::size_t from, std::size_t to)
{
    return std::all_of(all.begin() + static_cast<long>(from), all.begin() + static_cast<long>(to),
                       graphIgnores);
}

void moveDiagnostic(Diagnostic &d, const TreeSplice &splice)
{
    d.range = splice.range(d.range);
    if (d.fix) {
        for (TextEdit &e : d.fix->edits)
            e.range = splice.range(e.range);
    }
}

} // namespace

std::optional<StageGraph> StageGraph::afterSplice(const StageGraph &previous,
                                                  const SyntaxTree &previousTree,
                                                  const SyntaxTree &tree, const TreeSplice &splice)
{
    if (previous.m_hasOverrides || previous.m_stages.empty()
        || splice.oldEndInstruction > previousTree.instructions().size()
        || splice.newEndInstruction > tree.instructions().size())
        return std::nullopt;
    // The first instructions read again may be the same as before (they end before the change).
    const std::size_t changed
        = splice.firstInstruction + unchangedAtStart(previousTree, tree, splice);
    // Only after the first FROM: before it every instruction is reported or a meta ARG.
    if (previous.m_stages.front().fromInstruction >= static_cast<int>(changed)
        || !allIgnored(previousTree.instructions(), changed, splice.oldEndInstruction)
        || !allIgnored(tree.instructions(), changed, splice.newEndInstruction))
        return std::nullopt;

    StageGraph g = previous;
    const int oldEnd = static_cast<int>(splice.oldEndInstruction);
    for (Stage &s : g.m_stages) {
        if (s.fromInstruction >= oldEnd)
            s.line += splice.lineShift;
        s.fromInstruction = splice.instruction(s.fromInstruction);
        s.endInstruction = splice.instruction(s.endInstruction);
        s.nameRange = splice.range(s.nameRange);
        s.baseRange = splice.range(s.baseRange);
    }
    for (Edge &e : g.m_edges) {
        if (e.instruction >= oldEnd)
            e.line += splice.lineShift;
        e.instruction = splice.instruction(e.instruction);
        e.referenceRange = splice.range(e.referenceRange);
    }
    // Meta args lie before the first FROM, so before the splice: unchanged.
    for (Diagnostic &d : g.m_diagnostics)
        moveDiagnostic(d, splice);
    return g;
}

} // namespace stagecraft::model
