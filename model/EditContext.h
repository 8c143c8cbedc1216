// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/EditEngine.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"
#include "model/Text.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::model {

/// Digits only (a stage index as written).
[[nodiscard]] bool isDigits(std::string_view s);
/// Holds a blank (a word that cannot be written bare).
[[nodiscard]] bool hasBlank(std::string_view s);
/// `s` as a JSON string literal.
[[nodiscard]] std::string jsonQuote(std::string_view s);
/// A refusal: `code` and its arguments, no edits.
[[nodiscard]] EditResult refuse(std::string code, std::vector<std::string> args = {});
/// `r` with its edits sorted, or a ConflictingEdits refusal when two of them overlap.
[[nodiscard]] EditResult finish(EditResult r);
/// Instructions a person writes after the build steps of a stage.
[[nodiscard]] bool isTrailingKind(InstructionKind k);

/// What every edit operation works with (internal to the model): the tree, the graph and the
/// file's style, and the positions and pieces of text the operations share.
class EditContext
{
public:
    EditContext(const SyntaxTree &t, const StageGraph &g, const FileStyle &st)
        : tree(t)
        , graph(g)
        , style(st)
        , text(t.text())
    { }

    const SyntaxTree &tree;
    const StageGraph &graph;
    const FileStyle &style;
    std::string_view text;

    [[nodiscard]] const Instruction &ins(int i) const
    {
        return tree.instructions()[static_cast<std::size_t>(i)];
    }
    [[nodiscard]] const Stage &stage(int s) const
    {
        return graph.stages()[static_cast<std::size_t>(s)];
    }
    [[nodiscard]] int stageCount() const { return static_cast<int>(graph.stages().size()); }

    [[nodiscard]] std::uint32_t lineStart(std::uint32_t offset) const
    {
        while (offset > 0 && text[offset - 1] != '\n')
            --offset;
        return offset;
    }

    /// End of the instruction's last token (its final newline included when it has one).
    [[nodiscard]] std::uint32_t insEnd(int i) const
    {
        const Instruction &in = ins(i);
        const Token &last = tree.tokens()[in.firstToken + in.tokenCount - 1];
        return last.offset + last.length;
    }

    [[nodiscard]] std::uint32_t insLineStart(int i) const { return lineStart(ins(i).range.begin); }

    [[nodiscard]] bool isDirectiveLine(std::uint32_t begin, std::uint32_t end) const
    {
        return std::any_of(
            tree.directives().begin(), tree.directives().end(),
            [&](const Directive &d) { return d.range.begin >= begin && d.range.begin < end; });
    }

    /// Start of the comment lines written directly above instruction i (no blank line between).
    [[nodiscard]] std::uint32_t attachedStart(int i) const
    {
        std::uint32_t pos = insLineStart(i);
        while (pos > 0) {
            const std::uint32_t prev = lineStart(pos - 1);
            const std::string_view line = text::trimLeftSpace(text.substr(prev, pos - prev));
            if (line.empty() || line.front() != '#' || tree.instructionAt(prev) >= 0
                || isDirectiveLine(prev, pos))
                break;
            pos = prev;
        }
        return pos;
    }

    [[nodiscard]] bool isBlankLine(std::uint32_t begin, std::uint32_t end) const
    {
        return text::trimSpace(text.substr(begin, end - begin)).empty();
    }

    /// Extend `begin` backwards over blank lines that no instruction owns.
    [[nodiscard]] std::uint32_t backOverBlankLines(std::uint32_t begin) const
    {
        while (begin > 0) {
            const std::uint32_t prev = lineStart(begin - 1);
            if (!isBlankLine(prev, begin) || tree.instructionAt(prev) >= 0)
                break;
            begin = prev;
        }
        return begin;
    }

    /// The bytes that belong to stage s: its attached comments, instructions and the blank lines
    /// and comments up to the next stage's block.
    [[nodiscard]] Range extent(int s) const
    {
        const std::uint32_t begin = attachedStart(stage(s).fromInstruction);
        const std::uint32_t end = s + 1 < stageCount() ? attachedStart(stage(s + 1).fromInstruction)
                                                       : static_cast<std::uint32_t>(text.size());
        return {begin, end};
    }

    /// Range to delete to take stage s out of the file, leaving tidy separation.
    [[nodiscard]] Range removalRange(int s) const
    {
        Range r = extent(s);
        if (s + 1 == stageCount())
            r.begin = backOverBlankLines(r.begin);
        return r;
    }

    /// Stage s's text without trailing blank lines, ending with a line end.
    [[nodiscard]] std::string blockText(int s, const std::vector<TextEdit> &inside = {}) const
    {
        const Range r = extent(s);
        std::uint32_t end = r.end;
        // Drop trailing blank lines (and the last line's end; it is added back below).
        const int last = stage(s).endInstruction - 1;
        end = std::min(end, std::max(insEnd(last), r.begin));
        std::string block = sliceWithEdits({r.begin, end}, inside);
        while (!block.empty() && (block.back() == '\n' || block.back() == '\r'))
            block.pop_back();
        block += style.eol;
        return block;
    }

    /// text[range] with `edits` (absolute coordinates, inside range) applied.
    [[nodiscard]] std::string sliceWithEdits(Range range, const std::vector<TextEdit> &edits) const
    {
        std::string out;
        std::uint32_t cur = range.begin;
        for (const TextEdit &e : edits) {
            if (e.range.begin < range.begin || e.range.end > range.end)
                continue;
            out.append(text.substr(cur, e.range.begin - cur));
            out += e.replacement;
            cur = e.range.end;
        }
        out.append(text.substr(cur, range.end - cur));
        return out;
    }

    /// Text to insert a block of whole lines at the end of the file.
    [[nodiscard]] std::string endPrefix(bool separateStage) const
    {
        std::string prefix;
        if (!text.empty() && text.back() != '\n')
            prefix += style.eol;
        if (separateStage && style.blankLineBetweenStages && !text::trimSpace(text).empty())
            prefix += style.eol;
        return prefix;
    }

    /// Insert `lines` (ending with eol) right after instruction i.
    [[nodiscard]] TextEdit insertAfterInstruction(int i, const std::string &lines) const
    {
        const std::uint32_t pos = insEnd(i);
        if (pos == text.size() && !text.empty() && text.back() != '\n')
            return {{pos, pos}, style.eol + lines.substr(0, lines.size() - style.eol.size())};
        return {{pos, pos}, lines};
    }

    /// Delete instruction i's lines (not its comments).
    [[nodiscard]] Range instructionLines(int i) const
    {
        std::uint32_t begin = insLineStart(i);
        const std::uint32_t end = insEnd(i);
        if (end == text.size() && !text.empty() && text.back() != '\n' && begin > 0) {
            // Last line without a line end: take the previous line end instead.
            begin -= 1;
            if (begin > 0 && text[begin - 1] == '\r')
                begin -= 1;
        }
        return {begin, end};
    }

    [[nodiscard]] std::string indentFor(int stageIndex) const
    {
        const Stage &s = stage(stageIndex);
        const int last = s.endInstruction - 1;
        if (last > s.fromInstruction)
            return std::string(
                text.substr(insLineStart(last), ins(last).range.begin - insLineStart(last)));
        return style.indent;
    }

    /// How a reference to stage s is written: its name, else its index.
    [[nodiscard]] std::string referenceTo(int s) const { return stageLabel(stage(s)); }

    /// Instruction whose first line is `line`, or -1.
    [[nodiscard]] int instructionAtLine(int line) const
    {
        const auto &all = tree.instructions();
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (all[i].startLine == line)
                return static_cast<int>(i);
        }
        return -1;
    }

    /// The edge an arrow instruction carries, or nullptr.
    [[nodiscard]] const Edge *copyEdge(int instruction) const
    {
        for (const Edge &e : graph.edges()) {
            if (e.instruction == instruction && e.kind == EdgeKind::Copy)
                return &e;
        }
        return nullptr;
    }

    /// The reference as written in the source is exactly the reference value (not quoted or
    /// built from variables), so it can be replaced in place.
    [[nodiscard]] bool referenceIsLiteral(const Edge &e) const
    {
        return e.referenceRange.end <= text.size() && !e.referenceRange.isEmpty()
            && text.substr(e.referenceRange.begin, e.referenceRange.size()) == e.reference;
    }

    /// Rewrite numeric stage references through `newIndex` (old index -> new index, or -1 to keep).
    void renumber(const std::vector<int> &newIndex, std::vector<TextEdit> &edits) const
    {
        for (const Edge &e : graph.edges()) {
            if (e.from < 0 || !isDigits(e.reference) || !referenceIsLiteral(e))
                continue;
            const int mapped = newIndex[static_cast<std::size_t>(e.from)];
            if (mapped >= 0 && mapped != e.from)
                edits.push_back({e.referenceRange, std::to_string(mapped)});
        }
    }

    /// Where an artifact COPY goes in stage s: after its WORKDIR and build steps, before the
    /// trailing EXPOSE/USER/ENV/CMD/ENTRYPOINT block. Returns the instruction to insert after.
    [[nodiscard]] int copyAnchor(int s) const
    {
        const Stage &st = stage(s);
        int k = st.endInstruction - 1;
        while (k > st.fromInstruction && isTrailingKind(ins(k).kind))
            --k;
        return k;
    }

    /// Where a new instruction of `kind` goes in stage s (instruction to insert after).
    [[nodiscard]] int anchorFor(int s, InstructionKind kind) const
    {
        const Stage &st = stage(s);
        switch (kind) {
        case InstructionKind::Cmd:
        case InstructionKind::Entrypoint:
        case InstructionKind::Healthcheck:
        case InstructionKind::Stopsignal:
            return st.endInstruction - 1;
        case InstructionKind::Expose:
        case InstructionKind::User:
        case InstructionKind::Volume: {
            for (int i = st.fromInstruction + 1; i < st.endInstruction; ++i) {
                const InstructionKind k = ins(i).kind;
                if (k == InstructionKind::Cmd || k == InstructionKind::Entrypoint
                    || k == InstructionKind::Healthcheck)
                    return i - 1;
            }
            return st.endInstruction - 1;
        }
        case InstructionKind::Arg:
        case InstructionKind::Env:
        case InstructionKind::Label:
        case InstructionKind::Workdir:
        case InstructionKind::Shell: {
            int k = st.fromInstruction;
            while (k + 1 < st.endInstruction) {
                const InstructionKind n = ins(k + 1).kind;
                if (n != InstructionKind::Arg && n != InstructionKind::Env
                    && n != InstructionKind::Label && n != InstructionKind::Workdir
                    && n != InstructionKind::Shell)
                    break;
                ++k;
            }
            return k;
        }
        default:
            return copyAnchor(s);
        }
    }

    [[nodiscard]] const Flag *mountFlagFor(const Edge &e) const
    {
        for (const Flag &f : ins(e.instruction).flags) {
            if (f.name == "mount" && f.range.begin <= e.referenceRange.begin
                && e.referenceRange.end <= f.range.end)
                return &f;
        }
        return nullptr;
    }

    [[nodiscard]] Range withTrailingBlanks(Range r) const
    {
        while (r.end < text.size() && (text[r.end] == ' ' || text[r.end] == '\t'))
            ++r.end;
        return r;
    }
};

} // namespace stagecraft::model
