// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/CopyEdits.h"

#include "model/StageName.h"
#include "model/Text.h"

#include <algorithm>

namespace stagecraft::model {

namespace {

std::string copyLine(const EditContext &c, const std::string &indent, const std::string &from,
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

} // namespace

EditResult CopyEdits::operator()(const AddCopy &op) const
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

EditResult CopyEdits::operator()(const RemoveCopy &op) const
{
    const int to = c.graph.stageIndex(op.to);
    if (to < 0)
        return refuse("UnknownStage", {op.to});
    const int i = c.instructionAtLine(op.line);
    if (i < 0 || c.graph.stageOfInstruction(i) != to)
        return refuse("NoInstructionAtLine", {std::to_string(op.line), c.referenceTo(to)});
    const Instruction &in = c.ins(i);
    if ((in.kind != InstructionKind::Copy && in.kind != InstructionKind::Add) || !in.flag("from"))
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

EditResult CopyEdits::operator()(const RetargetCopy &op) const
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

/// Resolve the source of an arrow into stage `to`: an earlier stage (written by name or
/// index) or an image reference.
EditResult CopyEdits::sourceReference(const std::string &from, int to, std::string &out) const
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

} // namespace stagecraft::model
