// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/EditEngine.h"

#include "model/Text.h"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>

// Every operation is computed against the current tree and answers minimal replacements in the
// original text's coordinates. The canvas applies them as one QTextDocument edit block, so one undo
// restores the text byte for byte (see ../shared/DESIGN.md, "the text is the truth").

namespace stagecraft::model {

namespace {

bool isDigits(std::string_view s)
{
    return !s.empty()
        && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool hasBlank(std::string_view s)
{
    return std::any_of(s.begin(), s.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

std::string jsonQuote(std::string_view s)
{
    std::string out = "\"";
    for (const char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out.push_back(c);
        }
    }
    out += '"';
    return out;
}

EditResult refuse(std::string code, std::vector<std::string> args = {})
{
    EditResult r;
    r.refusal = std::move(code);
    r.refusalArgs = std::move(args);
    return r;
}

bool isTrailingKind(InstructionKind k)
{
    // Instructions a person writes after the build steps of a stage.
    switch (k) {
    case InstructionKind::Expose:
    case InstructionKind::User:
    case InstructionKind::Entrypoint:
    case InstructionKind::Cmd:
    case InstructionKind::Healthcheck:
    case InstructionKind::Stopsignal:
    case InstructionKind::Env:
    case InstructionKind::Label:
    case InstructionKind::Volume:
    case InstructionKind::Arg:
    case InstructionKind::Onbuild:
        return true;
    default:
        return false;
    }
}

/// Shared machinery over one tree + graph.
class Context
{
public:
    Context(const SyntaxTree &t, const StageGraph &g, const FileStyle &st)
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
    [[nodiscard]] std::string referenceTo(int s) const
    {
        return stage(s).name.empty() ? std::to_string(s) : stage(s).name;
    }

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
};

/// Edits must be sorted and must not overlap.
bool normalize(std::vector<TextEdit> &edits)
{
    std::stable_sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) {
        if (a.range.begin != b.range.begin)
            return a.range.begin < b.range.begin;
        return a.range.end < b.range.end;
    });
    for (std::size_t i = 1; i < edits.size(); ++i) {
        if (edits[i].range.begin < edits[i - 1].range.end)
            return false;
    }
    return true;
}

std::string copyLine(const Context &c, const std::string &indent, const std::string &from,
                     const std::vector<std::string> &sources, const std::string &destination,
                     const std::string &chown, const std::string &chmod, bool link)
{
    std::string line = indent + c.style.keyword("COPY");
    if (!from.empty())
        line += " --from=" + from;
    if (!chown.empty())
        line += " --chown=" + chown;
    if (!chmod.empty())
        line += " --chmod=" + chmod;
    if (link)
        line += " --link";
    const bool json = hasBlank(destination)
        || std::any_of(sources.begin(), sources.end(),
                       [](const std::string &s) { return hasBlank(s); });
    if (json) {
        line += " [";
        for (const std::string &s : sources)
            line += jsonQuote(s) + ", ";
        line += jsonQuote(destination) + "]";
    } else {
        for (const std::string &s : sources)
            line += " " + s;
        line += " " + destination;
    }
    return line + c.style.eol;
}

class Engine
{
public:
    explicit Engine(const Context &context)
        : c(context)
    { }

    EditResult operator()(const AddStage &op) const
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

    EditResult operator()(const RemoveStage &op) const
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
                } else if (const Flag *mount = mountFlagFor(e)) {
                    r.edits.push_back({withTrailingBlanks(mount->range), std::string()});
                }
            } else if (isDigits(e.reference) && c.referenceIsLiteral(e)
                       && !c.stage(s).name.empty()) {
                // Keep the reference meaning "that stage": by name it shows as an unknown stage.
                r.edits.push_back({e.referenceRange, c.stage(s).name});
            }
        }
        // Edits inside the removed block are moot.
        std::erase_if(r.edits, [&](const TextEdit &e) {
            return e.range != removed && e.range.begin >= removed.begin
                && e.range.end <= removed.end;
        });
        return finish(std::move(r));
    }

    EditResult operator()(const RenameStage &op) const
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
            const bool lower
                = !from.keyword.empty() && from.keyword == text::asciiLower(from.keyword);
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

    EditResult operator()(const MoveStage &op) const
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

    EditResult operator()(const SetBase &op) const
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

    EditResult operator()(const SetPlatform &op) const
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
                r.edits.push_back({withTrailingBlanks(flag->range), std::string()});
            else
                r.edits.push_back({flag->range, "--platform=" + op.platform});
        } else if (!op.platform.empty()) {
            const std::uint32_t at = st.baseRange.begin;
            r.edits.push_back({{at, at}, "--platform=" + op.platform + " "});
        }
        return finish(std::move(r));
    }

    EditResult operator()(const AddCopy &op) const
    {
        const int to = c.graph.stageIndex(op.to);
        if (to < 0)
            return refuse("UnknownStage", {op.to});
        if (op.sources.empty()
            || std::any_of(op.sources.begin(), op.sources.end(),
                           [](const std::string &p) { return p.empty(); }))
            return refuse("MissingSource");
        if (op.destination.empty())
            return refuse("MissingDestination");
        std::string fromText;
        if (EditResult r = sourceReference(op.from, to, fromText); !r.ok())
            return r;
        const int anchor = c.copyAnchor(to);
        const std::string line = copyLine(c, c.indentFor(to), fromText, op.sources, op.destination,
                                          op.chown, op.chmod, op.link);
        EditResult r;
        r.edits.push_back(c.insertAfterInstruction(anchor, line));
        return r;
    }

    EditResult operator()(const RemoveCopy &op) const
    {
        const int to = c.graph.stageIndex(op.to);
        if (to < 0)
            return refuse("UnknownStage", {op.to});
        const int i = c.instructionAtLine(op.line);
        if (i < 0 || c.graph.stageOfInstruction(i) != to)
            return refuse("NoInstructionAtLine", {std::to_string(op.line), c.referenceTo(to)});
        const Instruction &in = c.ins(i);
        if ((in.kind != InstructionKind::Copy && in.kind != InstructionKind::Add)
            || !in.flag("from"))
            return refuse("NotAnArrow", {std::to_string(op.line)});
        EditResult r;
        const std::size_t sourceCount = in.args.empty() ? 0 : in.args.size() - 1;
        if (op.source.empty() || sourceCount <= 1) {
            if (!op.source.empty() && (sourceCount == 0 || in.args.front().value != op.source))
                return refuse("NoSuchSource", {op.source, std::to_string(op.line)});
            r.edits.push_back({c.instructionLines(i), std::string()});
            return r;
        }
        std::size_t k = 0;
        while (k < sourceCount && in.args[k].value != op.source)
            ++k;
        if (k == sourceCount)
            return refuse("NoSuchSource", {op.source, std::to_string(op.line)});
        // Remove the path and the separator up to the next argument.
        r.edits.push_back({{in.args[k].range.begin, in.args[k + 1].range.begin}, std::string()});
        return r;
    }

    EditResult operator()(const RetargetCopy &op) const
    {
        const int i = c.instructionAtLine(op.line);
        if (i < 0)
            return refuse("NoInstructionAtLine", {std::to_string(op.line), std::string()});
        const Edge *edge = c.copyEdge(i);
        if (!edge)
            return refuse("NotAnArrow", {std::to_string(op.line)});
        int to = edge->to;
        if (!op.to.empty()) {
            to = c.graph.stageIndex(op.to);
            if (to < 0)
                return refuse("UnknownStage", {op.to});
        }
        std::vector<TextEdit> inside;
        if (!op.from.empty()) {
            std::string fromText;
            if (EditResult r = sourceReference(op.from, to, fromText); !r.ok())
                return r;
            const Flag *flag = c.ins(i).flag("from");
            const Range where = c.referenceIsLiteral(*edge) ? edge->referenceRange : flag->range;
            inside.push_back({where, where == flag->range ? "--from=" + fromText : fromText});
        } else if (edge->from >= to) {
            return refuse("ForwardReference", {edge->reference, c.referenceTo(to)});
        }
        EditResult r;
        if (to == edge->to) {
            r.edits = std::move(inside);
            return finish(std::move(r));
        }
        const Range lines = c.instructionLines(i);
        std::string moved = c.sliceWithEdits({c.insLineStart(i), c.insEnd(i)}, inside);
        if (moved.empty() || moved.back() != '\n')
            moved += c.style.eol;
        r.edits.push_back({lines, std::string()});
        r.edits.push_back(c.insertAfterInstruction(c.copyAnchor(to), moved));
        return finish(std::move(r));
    }

    EditResult operator()(const AddInstruction &op) const
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

    EditResult operator()(const RemoveInstruction &op) const
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

    EditResult operator()(const MoveInstruction &op) const
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

    EditResult operator()(const EditInstruction &op) const
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

    EditResult operator()(const DuplicateStage &op) const
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
            const bool lower
                = !from.keyword.empty() && from.keyword == text::asciiLower(from.keyword);
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

private:
    const Context &c;

    [[nodiscard]] std::vector<int> shiftFrom(int first, int delta) const
    {
        std::vector<int> map(static_cast<std::size_t>(c.stageCount()));
        for (int i = 0; i < c.stageCount(); ++i)
            map[static_cast<std::size_t>(i)] = i >= first ? i + delta : i;
        return map;
    }

    [[nodiscard]] int stageByName(std::string_view name) const
    {
        if (isDigits(name))
            return -1;
        return c.graph.stageIndex(name);
    }

    [[nodiscard]] EditResult checkNewName(const std::string &name, int self) const
    {
        if (!isValidStageName(name))
            return refuse("InvalidStageName", {name});
        const std::string lower = text::asciiLower(name);
        if (lower == "scratch" || lower == "context")
            return refuse("ReservedStageName", {name});
        for (const Stage &st : c.graph.stages()) {
            if (st.index != self && st.nameLower == lower)
                return refuse("DuplicateStageName", {name});
        }
        return {};
    }

    /// Resolve the source of an arrow into stage `to`: an earlier stage (written by name or
    /// index) or an image reference.
    [[nodiscard]] EditResult sourceReference(const std::string &from, int to,
                                             std::string &out) const
    {
        if (from.empty() || hasBlank(from))
            return refuse("InvalidImage", {from});
        const int s = c.graph.stageIndex(from);
        if (s == to)
            return refuse("SelfReference", {from});
        if (s > to)
            return refuse("ForwardReference", {from, c.referenceTo(to)});
        if (s >= 0) {
            out = c.referenceTo(s);
            return {};
        }
        if (isDigits(from))
            return refuse("UnknownStage", {from});
        out = from;
        return {};
    }

    [[nodiscard]] EditResult checkInstructionText(const std::string &input, bool mustBeFrom,
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

    [[nodiscard]] const Flag *mountFlagFor(const Edge &e) const
    {
        for (const Flag &f : c.ins(e.instruction).flags) {
            if (f.name == "mount" && f.range.begin <= e.referenceRange.begin
                && e.referenceRange.end <= f.range.end)
                return &f;
        }
        return nullptr;
    }

    [[nodiscard]] Range withTrailingBlanks(Range r) const
    {
        while (r.end < c.text.size() && (c.text[r.end] == ' ' || c.text[r.end] == '\t'))
            ++r.end;
        return r;
    }

    [[nodiscard]] static EditResult finish(EditResult r)
    {
        if (!normalize(r.edits))
            return refuse("ConflictingEdits");
        return r;
    }
};

} // namespace

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
    const Context context(m_tree, m_graph, m_style);
    return std::visit(Engine(context), op);
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

bool isValidStageName(std::string_view name)
{
    if (name.empty())
        return false;
    const auto alpha = [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); };
    if (!alpha(name.front()))
        return false;
    return std::all_of(name.begin(), name.end(), [&](char ch) {
        return alpha(ch) || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' || ch == '.';
    });
}

} // namespace stagecraft::model
