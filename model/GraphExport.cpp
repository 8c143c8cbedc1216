// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/GraphExport.h"

#include "model/Text.h"

#include <algorithm>
#include <set>

namespace stagecraft::model {

namespace {

/// What both exporters draw: the model's edges plus the FROM relations the model may not list
/// as edges (a stage based on an image or an earlier stage), each drawn once.
struct DrawnEdge
{
    EdgeKind kind = EdgeKind::Copy;
    int from = -1;  ///< stage index, or -1 for image `image`
    int image = -1; ///< index into Drawing::images
    int to = 0;
    std::string label;
};

struct Drawing
{
    std::vector<std::string> images;
    std::vector<bool> imageNeeded;
    std::vector<bool> stageNeeded;
    std::vector<DrawnEdge> edges;
};

/// Replaces invalid UTF-8 sequences (with U+FFFD) and control characters (with a space) so
/// labels stay printable.
std::string printable(std::string_view source)
{
    std::string out;
    out.reserve(source.size());
    std::size_t i = 0;
    while (i < source.size()) {
        const text::Decoded decoded = text::decodeUtf8(source, i);
        if (!decoded.valid)
            out += "\xef\xbf\xbd";
        else if (decoded.rune < 0x20 || decoded.rune == 0x7f)
            out += ' ';
        else
            out.append(source.substr(i, decoded.width));
        i += decoded.width;
    }
    return out;
}

std::string stageTitle(const Stage &stage)
{
    return stage.name.empty() ? "#" + std::to_string(stage.index) : stage.name;
}

std::string stageBase(const Stage &stage)
{
    return stage.baseExpanded.empty() ? stage.base : stage.baseExpanded;
}

std::string edgeLabel(const Edge &edge)
{
    switch (edge.kind) {
    case EdgeKind::Copy: {
        std::string sources;
        for (const std::string &source : edge.sources) {
            if (!sources.empty())
                sources += ' ';
            sources += source;
        }
        if (edge.destination.empty())
            return sources;
        return sources.empty() ? edge.destination : sources + " \xe2\x86\x92 " + edge.destination;
    }
    case EdgeKind::Mount:
        return edge.destination.empty() ? std::string("mount")
                                        : "mount \xe2\x86\x92 " + edge.destination;
    case EdgeKind::From:
        return "FROM";
    }
    return {};
}

Drawing draw(const StageGraph &graph, int target)
{
    Drawing drawing;
    const auto &stages = graph.stages();
    const int stageCount = static_cast<int>(stages.size());
    drawing.stageNeeded.assign(stages.size(), target < 0 || target >= stageCount);
    if (target >= 0 && target < stageCount) {
        for (int index : graph.neededFor(target)) {
            if (index >= 0 && index < stageCount)
                drawing.stageNeeded[static_cast<std::size_t>(index)] = true;
        }
    }
    auto imageIndex = [&drawing](const std::string &image) {
        const auto found = std::find(drawing.images.begin(), drawing.images.end(), image);
        if (found != drawing.images.end())
            return static_cast<int>(found - drawing.images.begin());
        drawing.images.push_back(image);
        drawing.imageNeeded.push_back(false);
        return static_cast<int>(drawing.images.size()) - 1;
    };

    std::set<int> stagesWithFromEdge;
    for (const Edge &edge : graph.edges()) {
        if (edge.to < 0 || edge.to >= stageCount)
            continue;
        DrawnEdge drawn;
        drawn.kind = edge.kind;
        drawn.from = edge.from >= 0 && edge.from < stageCount ? edge.from : -1;
        if (drawn.from < 0)
            drawn.image = imageIndex(edge.image.empty() ? edge.reference : edge.image);
        drawn.to = edge.to;
        drawn.label = edgeLabel(edge);
        if (edge.kind == EdgeKind::From)
            stagesWithFromEdge.insert(edge.to);
        drawing.edges.push_back(std::move(drawn));
    }
    // A stage's own base: drawn as a FROM edge unless the model listed one already.
    for (const Stage &stage : stages) {
        if (stagesWithFromEdge.count(stage.index) != 0)
            continue;
        DrawnEdge drawn;
        drawn.kind = EdgeKind::From;
        drawn.to = stage.index;
        drawn.label = "FROM";
        if (stage.baseStage >= 0 && stage.baseStage < stageCount) {
            drawn.from = stage.baseStage;
        } else {
            const std::string base = stageBase(stage);
            if (base.empty())
                continue;
            drawn.image = imageIndex(base);
        }
        drawing.edges.push_back(std::move(drawn));
    }
    for (const DrawnEdge &edge : drawing.edges) {
        if (edge.image >= 0 && drawing.stageNeeded[static_cast<std::size_t>(edge.to)])
            drawing.imageNeeded[static_cast<std::size_t>(edge.image)] = true;
    }
    return drawing;
}

std::string dotQuote(std::string_view text)
{
    std::string out = "\"";
    for (const char c : printable(text)) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

std::string mermaidQuote(std::string_view text)
{
    // Inside a quoted Mermaid label, `#name;` and `#NN;` are entity codes; escape everything
    // that could close the label or be read as markup.
    std::string out = "\"";
    for (const char c : printable(text)) {
        switch (c) {
        case '"':
            out += "#quot;";
            break;
        case '#':
            out += "#35;";
            break;
        case '<':
            out += "#lt;";
            break;
        case '>':
            out += "#gt;";
            break;
        case '&':
            out += "#amp;";
            break;
        case '|':
            out += "#124;";
            break;
        case '`':
            out += "#96;";
            break;
        default:
            out += c;
            break;
        }
    }
    out += '"';
    return out;
}

std::string nodeId(const DrawnEdge &edge)
{
    return edge.from >= 0 ? "s" + std::to_string(edge.from) : "img" + std::to_string(edge.image);
}

} // namespace

std::string stageGraphToDot(const StageGraph &graph, int target)
{
    const Drawing drawing = draw(graph, target);
    std::string out = "digraph stages {\n"
                      "    rankdir=LR;\n"
                      "    node [fontname=\"sans-serif\"];\n"
                      "    edge [fontname=\"sans-serif\", fontsize=10];\n";
    for (std::size_t i = 0; i < drawing.images.size(); ++i) {
        out += "    img" + std::to_string(i)
            + " [shape=ellipse, label=" + dotQuote(drawing.images[i]);
        out += drawing.imageNeeded[i] ? "];\n" : ", color=gray, fontcolor=gray];\n";
    }
    for (const Stage &stage : graph.stages()) {
        // Escape first, then turn the line breaks into DOT's centred-line escape.
        std::string quoted = dotQuote(stageTitle(stage));
        quoted.pop_back();
        quoted += "\\n" + dotQuote(stageBase(stage)).substr(1);
        if (!stage.platform.empty()) {
            quoted.pop_back();
            quoted += "\\n" + dotQuote("--platform=" + stage.platform).substr(1);
        }
        const bool needed = drawing.stageNeeded[static_cast<std::size_t>(stage.index)];
        out += "    s" + std::to_string(stage.index)
            + " [shape=box, style=rounded, label=" + quoted;
        out += needed ? "];\n" : ", color=gray, fontcolor=gray];\n";
    }
    for (const DrawnEdge &edge : drawing.edges) {
        std::string style;
        switch (edge.kind) {
        case EdgeKind::Copy:
            style = "solid";
            break;
        case EdgeKind::Mount:
            style = "dashed";
            break;
        case EdgeKind::From:
            style = "bold";
            break;
        }
        const bool needed = drawing.stageNeeded[static_cast<std::size_t>(edge.to)];
        out += "    " + nodeId(edge) + " -> s" + std::to_string(edge.to) + " [style=" + style
            + ", label=" + dotQuote(edge.label);
        out += needed ? "];\n" : ", color=gray, fontcolor=gray];\n";
    }
    out += "}\n";
    return out;
}

std::string stageGraphToMermaid(const StageGraph &graph, int target)
{
    const Drawing drawing = draw(graph, target);
    std::string out = "flowchart LR\n";
    std::vector<std::string> dimmed;
    for (std::size_t i = 0; i < drawing.images.size(); ++i) {
        const std::string id = "img" + std::to_string(i);
        out += "    " + id + "([" + mermaidQuote(drawing.images[i]) + "])\n";
        if (!drawing.imageNeeded[i])
            dimmed.push_back(id);
    }
    for (const Stage &stage : graph.stages()) {
        const std::string id = "s" + std::to_string(stage.index);
        std::string label = mermaidQuote(stageTitle(stage));
        label.pop_back();
        label += "<br/>" + mermaidQuote(stageBase(stage)).substr(1);
        if (!stage.platform.empty()) {
            label.pop_back();
            label += "<br/>" + mermaidQuote("--platform=" + stage.platform).substr(1);
        }
        out += "    " + id + "[" + label + "]\n";
        if (!drawing.stageNeeded[static_cast<std::size_t>(stage.index)])
            dimmed.push_back(id);
    }
    for (const DrawnEdge &edge : drawing.edges) {
        std::string arrow;
        switch (edge.kind) {
        case EdgeKind::Copy:
            arrow = "-->";
            break;
        case EdgeKind::Mount:
            arrow = "-.->";
            break;
        case EdgeKind::From:
            arrow = "==>";
            break;
        }
        out += "    " + nodeId(edge) + " " + arrow + "|" + mermaidQuote(edge.label) + "| s"
            + std::to_string(edge.to) + "\n";
    }
    if (!dimmed.empty()) {
        out += "    classDef dimmed fill:#f2f2f2,stroke:#aaaaaa,color:#999999\n";
        out += "    class ";
        for (std::size_t i = 0; i < dimmed.size(); ++i)
            out += (i == 0 ? "" : ",") + dimmed[i];
        out += " dimmed\n";
    }
    return out;
}

} // namespace stagecraft::model
