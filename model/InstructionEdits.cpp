// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/InstructionEdits.h"

#include "model/StageName.h"
#include "model/Text.h"

#include <algorithm>

namespace stagecraft::model {

EditResult InstructionEdits::operator()(const AddInstruction &op) const
{
    const int s = c.graph.stageIndex(op.stage);
    if (s < 0)
        return refuse("UnknownStage", {op.stage});
    InstructionKind kind = InstructionKind::Unknown;
    std::string line;
    if (EditResult r = checkInstructionText(op.text, false, kind, line); !r.ok())
        return r;
    const Stage &st = c.stage(s);
    int anchor = 0;
    if (op.index < 0)
        anchor = c.anchorFor(s, kind);
    else
        anchor = std::min(st.fromInstruction + op.index, st.endInstruction - 1);
    EditResult r;
    r.edits.push_back(c.insertAfterInstruction(anchor, c.indentFor(s) + line + c.style.eol));
    return r;
}

EditResult InstructionEdits::operator()(const RemoveInstruction &op) const
{
    const int i = c.instructionAtLine(op.line);
    if (i < 0)
        return refuse("NoInstructionAtLine", {std::to_string(op.line), std::string()});
    if (c.ins(i).kind == InstructionKind::From)
        return refuse("UseRemoveStage", {std::to_string(op.line)});
    EditResult r;
    r.edits.push_back({c.instructionLines(i), std::string()});
    return r;
}

EditResult InstructionEdits::operator()(const MoveInstruction &op) const
{
    const int i = c.instructionAtLine(op.line);
    if (i < 0)
        return refuse("NoInstructionAtLine", {std::to_string(op.line), std::string()});
    const int s = c.graph.stageOfInstruction(i);
    if (s < 0 || c.ins(i).kind == InstructionKind::From)
        return refuse("CannotMoveInstruction", {std::to_string(op.line)});
    const Stage &st = c.stage(s);
    const int count = st.endInstruction - st.fromInstruction - 1; // instructions after FROM
    const int current = i - st.fromInstruction - 1;
    const int target = std::clamp(op.index, 0, count - 1);
    if (target == current)
        return {};
    // Insert after the instruction that will precede it once moved.
    const int after
        = target < current ? st.fromInstruction + target : st.fromInstruction + target + 1;
    std::string moved(c.text.substr(c.insLineStart(i), c.insEnd(i) - c.insLineStart(i)));
    if (moved.empty() || moved.back() != '\n')
        moved += c.style.eol;
    EditResult r;
    r.edits.push_back({c.instructionLines(i), std::string()});
    r.edits.push_back(c.insertAfterInstruction(after, moved));
    return finish(std::move(r));
}

EditResult InstructionEdits::operator()(const EditInstruction &op) const
{
    const int i = c.instructionAtLine(op.line);
    if (i < 0)
        return refuse("NoInstructionAtLine", {std::to_string(op.line), std::string()});
    const bool isFrom = c.ins(i).kind == InstructionKind::From;
    InstructionKind kind = InstructionKind::Unknown;
    std::string line;
    if (EditResult r = checkInstructionText(op.text, isFrom, kind, line); !r.ok())
        return r;
    EditResult r;
    r.edits.push_back({c.ins(i).range, line});
    return r;
}

EditResult InstructionEdits::checkInstructionText(const std::string &input, bool mustBeFrom,
                                                  InstructionKind &kind, std::string &line) const
{
    std::string_view t = input;
    while (!t.empty() && (t.back() == '\n' || t.back() == '\r'))
        t.remove_suffix(1);
    t = text::trimLeftSpace(t);
    const auto parsed = SyntaxTree::parse(std::string(t));
    if (parsed->instructions().size() != 1 || parsed->buildkitRejects())
        return refuse("InvalidInstruction", {std::string(t)});
    kind = parsed->instructions().front().kind;
    if (kind == InstructionKind::Unknown)
        return refuse("InvalidInstruction", {std::string(t)});
    if (mustBeFrom != (kind == InstructionKind::From))
        return refuse(mustBeFrom ? "MustStayFrom" : "UseAddStage", {std::string(t)});
    line = std::string(t);
    if (c.style.eol == "\r\n") {
        // Keep the file's line ends inside multi-line instructions.
        std::string converted;
        for (const char ch : line) {
            if (ch == '\n' && (converted.empty() || converted.back() != '\r'))
                converted += '\r';
            converted += ch;
        }
        line = std::move(converted);
    }
    return {};
}

} // namespace stagecraft::model
