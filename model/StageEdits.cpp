// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/StageEdits.h"

#include "model/StageName.h"
#include "model/Text.h"

#include <algorithm>

namespace stagecraft::model {

EditResult StageEdits::operator()(const AddStage &op) const
{
    if (op.image.empty() || hasBlank(op.image))
        return refuse("InvalidImage", {op.image});
    if (!op.name.empty()) {
        if (EditResult r = checkNewName(op.name, -1); !r.ok())
            return r;
    }
    int before = -1;
    if (!op.before.empty()) {
        before = c.graph.stageIndex(op.before);
        if (before < 0)
            return refuse("UnknownStage", {op.before});
    } else if (!op.after.empty()) {
        const int after = c.graph.stageIndex(op.after);
        if (after < 0)
            return refuse("UnknownStage", {op.after});
        before = after + 1 < c.stageCount() ? after + 1 : -1;
    }
    std::string line = c.style.keyword("FROM");
    if (!op.platform.empty())
        line += " --platform=" + op.platform;
    line += " " + op.image;
    if (!op.name.empty())
        line += " " + c.style.keyword("AS") + " " + op.name;
    line += c.style.eol;

    EditResult r;
    if (before < 0) {
        const auto end = static_cast<std::uint32_t>(c.text.size());
        r.edits.push_back({{end, end}, c.endPrefix(c.stageCount() > 0) + line});
    } else {
        const std::uint32_t at = c.attachedStart(c.stage(before).fromInstruction);
        r.edits.push_back(
            {{at, at}, line + (c.style.blankLineBetweenStages ? c.style.eol : std::string())});
        c.renumber(shiftFrom(before, +1), r.edits);
    }
    return r;
}

EditResult StageEdits::operator()(const RemoveStage &op) const
{
    const int s = c.graph.stageIndex(op.stage);
    if (s < 0)
        return refuse("UnknownStage", {op.stage});
    const Range removed = c.removalRange(s);
    EditResult r;
    r.edits.push_back({removed, std::string()});
    std::vector<int> map(static_cast<std::size_t>(c.stageCount()));
    for (int i = 0; i < c.stageCount(); ++i)
        map[static_cast<std::size_t>(i)] = i < s ? i : i - 1;
    map[static_cast<std::size_t>(s)] = -1;
    c.renumber(map, r.edits);
    for (const Edge &e : c.graph.edges()) {
        if (e.from != s || e.to == s)
            continue;
        if (op.cascade) {
            if (e.kind == EdgeKind::From)
                return refuse("StageIsBase", {c.referenceTo(s), c.referenceTo(e.to)});
            if (e.kind == EdgeKind::Copy) {
                r.edits.push_back({c.instructionLines(e.instruction), std::string()});
            } else if (const Flag *mount = c.mountFlagFor(e)) {
                r.edits.push_back({c.withTrailingBlanks(mount->range), std::string()});
            }
        } else if (isDigits(e.reference) && c.referenceIsLiteral(e) && !c.stage(s).name.empty()) {
            // Keep the reference meaning "that stage": by name it shows as an unknown stage.
            r.edits.push_back({e.referenceRange, c.stage(s).name});
        }
    }
    // Edits inside the removed block are moot.
    std::erase_if(r.edits, [&](const TextEdit &e) {
        return e.range != removed && e.range.begin >= removed.begin && e.range.end <= removed.end;
    });
    return finish(std::move(r));
}

EditResult StageEdits::operator()(const RenameStage &op) const
{
    const int s = c.graph.stageIndex(op.stage);
    if (s < 0)
        return refuse("UnknownStage", {op.stage});
    const Stage &st = c.stage(s);
    if (st.name == op.name)
        return {};
    if (EditResult r = checkNewName(op.name, s); !r.ok())
        return r;
    EditResult r;
    if (st.name.empty()) {
        const Instruction &from = c.ins(st.fromInstruction);
        const bool lower = !from.keyword.empty() && from.keyword == text::asciiLower(from.keyword);
        const std::uint32_t at = st.baseRange.end;
        r.edits.push_back({{at, at}, std::string(" ") + (lower ? "as" : "AS") + " " + op.name});
    } else {
        r.edits.push_back({st.nameRange, op.name});
    }
    for (const Edge &e : c.graph.edges()) {
        if (e.from == s && !isDigits(e.reference) && c.referenceIsLiteral(e))
            r.edits.push_back({e.referenceRange, op.name});
    }
    return finish(std::move(r));
}

EditResult StageEdits::operator()(const MoveStage &op) const
{
    const int s = c.graph.stageIndex(op.stage);
    if (s < 0)
        return refuse("UnknownStage", {op.stage});
    const std::string &anchorRef = op.before.empty() ? op.after : op.before;
    if (anchorRef.empty())
        return refuse("MissingPosition");
    const int anchor = c.graph.stageIndex(anchorRef);
    if (anchor < 0)
        return refuse("UnknownStage", {anchorRef});
    if (anchor == s)
        return {};
    // "before" index in the original numbering: the moved stage goes right before it.
    const int before = op.before.empty() ? anchor + 1 : anchor;
    if (before == s || before == s + 1)
        return {};
    const int n = c.stageCount();
    std::vector<int> order;
    for (int i = 0; i < n; ++i) {
        if (i == before)
            order.push_back(s);
        if (i != s)
            order.push_back(i);
    }
    if (before >= n)
        order.push_back(s);
    std::vector<int> map(static_cast<std::size_t>(n));
    for (int pos = 0; pos < n; ++pos)
        map[static_cast<std::size_t>(order[static_cast<std::size_t>(pos)])] = pos;
    for (const Edge &e : c.graph.edges()) {
        if (e.from < 0 || e.from >= e.to)
            continue; // images, and references that are already broken
        if (map[static_cast<std::size_t>(e.from)] >= map[static_cast<std::size_t>(e.to)])
            return refuse("MoveBreaksReference",
                          {c.referenceTo(e.to), c.referenceTo(e.from), std::to_string(e.line)});
    }
    std::vector<TextEdit> numeric;
    c.renumber(map, numeric);
    const Range removed = c.removalRange(s);
    const Range ext = c.extent(s);
    std::vector<TextEdit> inside;
    EditResult r;
    for (TextEdit &e : numeric) {
        if (e.range.begin >= ext.begin && e.range.end <= ext.end)
            inside.push_back(std::move(e));
        else
            r.edits.push_back(std::move(e));
    }
    const std::string block = c.blockText(s, inside);
    r.edits.push_back({removed, std::string()});
    if (before >= n) {
        const auto end = static_cast<std::uint32_t>(c.text.size());
        // The old last stage keeps its text; separate the moved block from it.
        std::string prefix;
        if (!c.text.empty() && c.text.back() != '\n')
            prefix += c.style.eol;
        if (c.style.blankLineBetweenStages)
            prefix += c.style.eol;
        r.edits.push_back({{end, end}, prefix + block});
    } else {
        const std::uint32_t at = c.attachedStart(c.stage(before).fromInstruction);
        r.edits.push_back(
            {{at, at}, block + (c.style.blankLineBetweenStages ? c.style.eol : std::string())});
    }
    return finish(std::move(r));
}

EditResult StageEdits::operator()(const SetBase &op) const
{
    const int s = c.graph.stageIndex(op.stage);
    if (s < 0)
        return refuse("UnknownStage", {op.stage});
    if (op.image.empty() || hasBlank(op.image))
        return refuse("InvalidImage", {op.image});
    const int named = stageByName(op.image);
    if (named == s)
        return refuse("SelfReference", {op.image});
    if (named > s)
        return refuse("ForwardReference", {op.image, c.referenceTo(s)});
    const Stage &st = c.stage(s);
    EditResult r;
    if (st.baseRange.isEmpty()) {
        const std::uint32_t at = st.baseRange.begin;
        r.edits.push_back({{at, at}, op.image});
    } else {
        r.edits.push_back({st.baseRange, op.image});
    }
    return finish(std::move(r));
}

EditResult StageEdits::operator()(const SetPlatform &op) const
{
    const int s = c.graph.stageIndex(op.stage);
    if (s < 0)
        return refuse("UnknownStage", {op.stage});
    if (hasBlank(op.platform))
        return refuse("InvalidPlatform", {op.platform});
    const Stage &st = c.stage(s);
    const Flag *flag = c.ins(st.fromInstruction).flag("platform");
    EditResult r;
    if (flag) {
        if (op.platform.empty())
            r.edits.push_back({c.withTrailingBlanks(flag->range), std::string()});
        else
            r.edits.push_back({flag->range, "--platform=" + op.platform});
    } else if (!op.platform.empty()) {
        const std::uint32_t at = st.baseRange.begin;
        r.edits.push_back({{at, at}, "--platform=" + op.platform + " "});
    }
    return finish(std::move(r));
}

EditResult StageEdits::operator()(const DuplicateStage &op) const
{
    const int s = c.graph.stageIndex(op.stage);
    if (s < 0)
        return refuse("UnknownStage", {op.stage});
    if (EditResult r = checkNewName(op.name, -1); !r.ok())
        return r;
    const Stage &st = c.stage(s);
    std::vector<TextEdit> inside;
    if (st.name.empty()) {
        const Instruction &from = c.ins(st.fromInstruction);
        const bool lower = !from.keyword.empty() && from.keyword == text::asciiLower(from.keyword);
        inside.push_back({{st.baseRange.end, st.baseRange.end},
                          std::string(" ") + (lower ? "as" : "AS") + " " + op.name});
    } else {
        inside.push_back({st.nameRange, op.name});
    }
    const std::string block = c.blockText(s, inside);
    EditResult r;
    if (s + 1 >= c.stageCount()) {
        const auto end = static_cast<std::uint32_t>(c.text.size());
        r.edits.push_back({{end, end}, c.endPrefix(true) + block});
    } else {
        const std::uint32_t at = c.attachedStart(c.stage(s + 1).fromInstruction);
        r.edits.push_back(
            {{at, at}, block + (c.style.blankLineBetweenStages ? c.style.eol : std::string())});
        c.renumber(shiftFrom(s + 1, +1), r.edits);
    }
    return finish(std::move(r));
}

std::vector<int> StageEdits::shiftFrom(int first, int delta) const
{
    std::vector<int> map(static_cast<std::size_t>(c.stageCount()));
    for (int i = 0; i < c.stageCount(); ++i)
        map[static_cast<std::size_t>(i)] = i >= first ? i + delta : i;
    return map;
}

int StageEdits::stageByName(std::string_view name) const
{
    if (isDigits(name))
        return -1;
    return c.graph.stageIndex(name);
}

EditResult StageEdits::checkNewName(const std::string &name, int self) const
{
    if (!isValidStageName(name))
        return refuse("InvalidStageName", {name});
    if (isReservedStageName(name))
        return refuse("ReservedStageName", {name});
    const std::string lower = text::asciiLower(name);
    for (const Stage &st : c.graph.stages()) {
        if (st.index != self && st.nameLower == lower)
            return refuse("DuplicateStageName", {name});
    }
    return {};
}

} // namespace stagecraft::model
