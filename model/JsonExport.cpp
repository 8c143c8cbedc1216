// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/JsonExport.h"

#include <nlohmann/json.hpp>

namespace stagecraft::model {

namespace {

nlohmann::ordered_json positionToJson(const SyntaxTree &tree, std::uint32_t offset)
{
    const auto position = tree.lineIndex().position(tree.text(), offset);
    return {{"line", position.line}, {"column", position.column}};
}

std::string_view instructionKindName(InstructionKind kind)
{
    switch (kind) {
    case InstructionKind::Unknown:
        return "unknown";
    case InstructionKind::Add:
        return "add";
    case InstructionKind::Arg:
        return "arg";
    case InstructionKind::Cmd:
        return "cmd";
    case InstructionKind::Copy:
        return "copy";
    case InstructionKind::Entrypoint:
        return "entrypoint";
    case InstructionKind::Env:
        return "env";
    case InstructionKind::Expose:
        return "expose";
    case InstructionKind::From:
        return "from";
    case InstructionKind::Healthcheck:
        return "healthcheck";
    case InstructionKind::Label:
        return "label";
    case InstructionKind::Maintainer:
        return "maintainer";
    case InstructionKind::Onbuild:
        return "onbuild";
    case InstructionKind::Run:
        return "run";
    case InstructionKind::Shell:
        return "shell";
    case InstructionKind::Stopsignal:
        return "stopsignal";
    case InstructionKind::User:
        return "user";
    case InstructionKind::Volume:
        return "volume";
    case InstructionKind::Workdir:
        return "workdir";
    }
    return "unknown";
}

nlohmann::ordered_json nullIfEmpty(const std::string &value)
{
    return value.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(value);
}

} // namespace

nlohmann::ordered_json rangeToJson(const SyntaxTree &tree, Range range)
{
    return {{"start", positionToJson(tree, range.begin)}, {"end", positionToJson(tree, range.end)}};
}

nlohmann::ordered_json diagnosticToJson(const SyntaxTree &tree, const Diagnostic &diagnostic,
                                        std::string_view message)
{
    nlohmann::ordered_json result = nlohmann::ordered_json::object();
    result["code"] = diagnostic.code;
    result["severity"] = std::string(severityName(diagnostic.severity));
    if (!message.empty())
        result["message"] = std::string(message);
    result["range"] = rangeToJson(tree, diagnostic.range);
    result["args"] = diagnostic.args;
    if (diagnostic.fix) {
        nlohmann::ordered_json edits = nlohmann::ordered_json::array();
        for (const TextEdit &edit : diagnostic.fix->edits)
            edits.push_back(
                {{"range", rangeToJson(tree, edit.range)}, {"replacement", edit.replacement}});
        result["fix"] = {{"edits", std::move(edits)}};
    } else {
        result["fix"] = nullptr;
    }
    return result;
}

nlohmann::ordered_json instructionToJson(const SyntaxTree &tree, const Instruction &instruction)
{
    nlohmann::ordered_json flags = nlohmann::ordered_json::array();
    for (const Flag &flag : instruction.flags) {
        flags.push_back(
            {{"name", flag.name},
             {"value",
              flag.hasValue ? nlohmann::ordered_json(flag.value) : nlohmann::ordered_json(nullptr)},
             {"text", flag.text}});
    }
    nlohmann::ordered_json arguments = nlohmann::ordered_json::array();
    for (const Argument &argument : instruction.args)
        arguments.push_back(argument.value);
    nlohmann::ordered_json heredocs = nlohmann::ordered_json::array();
    for (const Heredoc &heredoc : instruction.heredocs) {
        const LineIndex &lines = tree.lineIndex();
        const std::uint32_t last = heredoc.terminated ? heredoc.terminator.begin
            : heredoc.body.isEmpty()                  ? heredoc.body.begin
                                                      : heredoc.body.end - 1;
        heredocs.push_back({{"name", heredoc.name},
                            {"expand", heredoc.expand},
                            {"chomp", heredoc.chomp},
                            {"terminated", heredoc.terminated},
                            {"startLine", lines.line(heredoc.body.begin)},
                            {"endLine", lines.line(last)}});
    }
    nlohmann::ordered_json result = {
        {"keyword", instruction.keyword},
        {"kind", std::string(instructionKindName(instruction.kind))},
        {"flags", std::move(flags)},
        {"arguments", std::move(arguments)},
        {"json", instruction.json},
        {"heredocs", std::move(heredocs)},
        {"range", rangeToJson(tree, instruction.range)},
    };
    if (instruction.sub)
        result["sub"] = instructionToJson(tree, *instruction.sub);
    return result;
}

nlohmann::ordered_json syntaxTreeToJson(const SyntaxTree &tree, std::string_view fileName,
                                        const DiagnosticMessageFunction &message)
{
    nlohmann::ordered_json directives = nlohmann::ordered_json::array();
    for (const Directive &directive : tree.directives())
        directives.push_back(
            {{"name", directive.name}, {"value", directive.value}, {"line", directive.line}});
    nlohmann::ordered_json instructions = nlohmann::ordered_json::array();
    for (const Instruction &instruction : tree.instructions())
        instructions.push_back(instructionToJson(tree, instruction));
    nlohmann::ordered_json diagnostics = nlohmann::ordered_json::array();
    for (const Diagnostic &diagnostic : tree.diagnostics())
        diagnostics.push_back(
            diagnosticToJson(tree, diagnostic, message ? message(diagnostic) : std::string()));
    return {
        {"file", std::string(fileName)},
        {"escape", std::string(1, tree.escapeChar())},
        {"bom", tree.hasBom()},
        {"directives", std::move(directives)},
        {"instructions", std::move(instructions)},
        {"diagnostics", std::move(diagnostics)},
    };
}

nlohmann::ordered_json stageGraphToJson(const StageGraph &graph, int target)
{
    nlohmann::ordered_json stages = nlohmann::ordered_json::array();
    for (const Stage &stage : graph.stages()) {
        stages.push_back({
            {"index", stage.index},
            {"name", nullIfEmpty(stage.name)},
            {"base", stage.baseExpanded.empty() ? stage.base : stage.baseExpanded},
            {"baseStage",
             stage.baseStage >= 0 ? nlohmann::ordered_json(stage.baseStage)
                                  : nlohmann::ordered_json(nullptr)},
            {"platform", nullIfEmpty(stage.platform)},
            {"line", stage.line},
        });
    }
    nlohmann::ordered_json edges = nlohmann::ordered_json::array();
    for (const Edge &edge : graph.edges()) {
        edges.push_back({
            {"kind", std::string(edgeKindName(edge.kind))},
            {"from",
             edge.from >= 0 ? nlohmann::ordered_json(edge.from)
                            : nlohmann::ordered_json("image:" + edge.image)},
            {"to", edge.to},
            {"line", edge.line},
        });
    }
    const bool hasTarget = target >= 0 && target < static_cast<int>(graph.stages().size());
    return {
        {"stages", std::move(stages)},
        {"edges", std::move(edges)},
        {"target", hasTarget ? nlohmann::ordered_json(target) : nlohmann::ordered_json(nullptr)},
        {"needed",
         hasTarget ? nlohmann::ordered_json(graph.neededFor(target))
                   : nlohmann::ordered_json::array()},
    };
}

std::string jsonText(const nlohmann::ordered_json &value, int indent)
{
    return value.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace stagecraft::model
