// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/EditContext.h"

#include <algorithm>

namespace stagecraft::model {

namespace {

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

} // namespace

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

EditResult refuse(std::string code, std::vector<std::string> args)
{
    EditResult r;
    r.refusal = std::move(code);
    r.refusalArgs = std::move(args);
    return r;
}

bool isTrailingKind(InstructionKind k)
{
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

EditResult finish(EditResult r)
{
    if (!normalize(r.edits))
        return refuse("ConflictingEdits");
    return r;
}

} // namespace stagecraft::model
