// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonStream.h"

#include "cli/fast/EnglishMessages.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

namespace stagecraft::cli::fast {

void JsonStream::newLine()
{
    m_out += '\n';
    m_out.append(2 * m_counts.size(), ' ');
}

void JsonStream::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_counts.empty())
        return;
    // An array element: after the bracket or the previous element's comma, on its own line.
    m_out += m_counts.back()++ > 0 ? "," : "";
    newLine();
}

void JsonStream::open(char bracket)
{
    beforeValue();
    m_out += bracket;
    m_counts.push_back(0);
}

void JsonStream::close(char bracket)
{
    const int count = m_counts.back();
    m_counts.pop_back();
    if (count > 0)
        newLine();
    m_out += bracket;
}

void JsonStream::key(std::string_view name)
{
    m_out += m_counts.back()++ > 0 ? "," : "";
    newLine();
    escaped(name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonStream::string(std::string_view text)
{
    beforeValue();
    escaped(text);
}

void JsonStream::number(long long value)
{
    beforeValue();
    m_out += std::to_string(value);
}

void JsonStream::null()
{
    beforeValue();
    m_out += "null";
}

void JsonStream::escaped(std::string_view text)
{
    static constexpr char hex[] = "0123456789abcdef";
    m_out += '"';
    // Runs of bytes that need no escape are appended whole; only a string with a byte above
    // 0x7F needs the UTF-8 check (most are ASCII: one pass instead of two).
    const char *data = text.data();
    std::size_t runStart = 0;
    bool ascii = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (byte >= 0x80) {
            ascii = false;
            continue;
        }
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        m_out.append(data + runStart, i - runStart);
        runStart = i + 1;
        switch (byte) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            m_out += "\\u00";
            m_out += hex[(byte >> 4) & 0xF];
            m_out += hex[byte & 0xF];
        }
    }
    m_out.append(data + runStart, text.size() - runStart);
    m_out += '"';
    if (!ascii && !english::validUtf8(text))
        m_valid = false;
}

namespace {

void stringOrNull(JsonStream &json, const std::string &value)
{
    if (value.empty())
        json.null();
    else
        json.string(value);
}

void position(JsonStream &json, const model::SyntaxTree &tree, std::uint32_t offset)
{
    const auto at = tree.lineIndex().position(tree.text(), offset);
    json.beginObject();
    json.key("line");
    json.number(at.line);
    json.key("column");
    json.number(at.column);
    json.endObject();
}

void range(JsonStream &json, const model::SyntaxTree &tree, model::Range value)
{
    json.beginObject();
    json.key("start");
    position(json, tree, value.begin);
    json.key("end");
    position(json, tree, value.end);
    json.endObject();
}

void diagnostic(JsonStream &json, const model::SyntaxTree &tree, const model::Diagnostic &item,
                const std::string &message)
{
    json.beginObject();
    json.key("code");
    json.string(item.code);
    json.key("severity");
    json.string(model::severityName(item.severity));
    if (!message.empty()) {
        json.key("message");
        json.string(message);
    }
    json.key("range");
    range(json, tree, item.range);
    json.key("args");
    json.beginArray();
    for (const std::string &arg : item.args)
        json.string(arg);
    json.endArray();
    json.key("fix");
    if (!item.fix) {
        json.null();
    } else {
        json.beginObject();
        json.key("edits");
        json.beginArray();
        for (const model::TextEdit &edit : item.fix->edits) {
            json.beginObject();
            json.key("range");
            range(json, tree, edit.range);
            json.key("replacement");
            json.string(edit.replacement);
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
    json.endObject();
}

} // namespace

bool writeGraphJson(std::string &out, const model::StageGraph &graph, int target)
{
    JsonStream json(out);
    json.beginObject();
    json.key("stages");
    json.beginArray();
    for (const model::Stage &stage : graph.stages()) {
        json.beginObject();
        json.key("index");
        json.number(stage.index);
        json.key("name");
        stringOrNull(json, stage.name);
        json.key("base");
        json.string(stage.baseExpanded.empty() ? stage.base : stage.baseExpanded);
        json.key("baseStage");
        if (stage.baseStage >= 0)
            json.number(stage.baseStage);
        else
            json.null();
        json.key("platform");
        stringOrNull(json, stage.platform);
        json.key("line");
        json.number(stage.line);
        json.endObject();
    }
    json.endArray();
    json.key("edges");
    json.beginArray();
    for (const model::Edge &edge : graph.edges()) {
        json.beginObject();
        json.key("kind");
        json.string(model::edgeKindName(edge.kind));
        json.key("from");
        if (edge.from >= 0)
            json.number(edge.from);
        else
            json.string("image:" + edge.image);
        json.key("to");
        json.number(edge.to);
        json.key("line");
        json.number(edge.line);
        json.endObject();
    }
    json.endArray();
    const bool hasTarget = target >= 0 && target < static_cast<int>(graph.stages().size());
    json.key("target");
    if (hasTarget)
        json.number(target);
    else
        json.null();
    json.key("needed");
    json.beginArray();
    if (hasTarget) {
        for (const int index : graph.neededFor(target))
            json.number(index);
    }
    json.endArray();
    json.endObject();
    out += '\n';
    return json.valid();
}

bool writeDiagnosticsJson(std::string &out, const model::SyntaxTree &tree,
                          const std::vector<model::Diagnostic> &diagnostics,
                          const std::vector<std::string> &messages)
{
    JsonStream json(out);
    json.beginArray();
    for (std::size_t i = 0; i < diagnostics.size(); ++i)
        diagnostic(json, tree, diagnostics[i], messages[i]);
    json.endArray();
    out += '\n';
    return json.valid();
}

} // namespace stagecraft::cli::fast
