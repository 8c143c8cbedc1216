// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/BlockContents.h"

#include <QStringBuilder>

#include <algorithm>
#include <optional>
#include <string_view>

namespace stagecraft::views {

namespace {

/// Rows longer than this many bytes are cut before they are turned into text.
constexpr std::size_t MaxRowBytes = 240;

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// The rows `previous` showed (built from `previousTree`) for a stage whose instructions
/// `first`..`end` of `tree` are the same bytes, only moved: text typed in another stage leaves
/// every row text as it was, and only the ranges and lines need updating. Empty when the bytes
/// (or the escape character) differ, or when there is nothing to reuse.
std::optional<std::vector<StageBlockItem::Row>> reusedRows(const model::SyntaxTree &previousTree,
                                                           const StageBlockItem::Content &previous,
                                                           const model::SyntaxTree &tree, int first,
                                                           int end)
{
    if (first >= end || previous.rows.size() != static_cast<std::size_t>(end - first)
        || previousTree.escapeChar() != tree.escapeChar())
        return std::nullopt;
    const auto &instructions = tree.instructions();
    const std::uint32_t oldBase = previous.rows.front().range.begin;
    const std::uint32_t newBase = instructions[static_cast<std::size_t>(first)].range.begin;
    for (int k = first; k < end; ++k) {
        const model::Range range = instructions[static_cast<std::size_t>(k)].range;
        const model::Range old = previous.rows[static_cast<std::size_t>(k - first)].range;
        if (range.begin < newBase || old.begin < oldBase || range.end < range.begin
            || old.end < old.begin || range.begin - newBase != old.begin - oldBase
            || range.end - range.begin != old.end - old.begin)
            return std::nullopt;
    }
    const std::uint32_t length
        = instructions[static_cast<std::size_t>(end - 1)].range.end - newBase;
    const std::string_view now = tree.text();
    const std::string_view before = previousTree.text();
    if (newBase + std::size_t{length} > now.size() || oldBase + std::size_t{length} > before.size()
        || now.substr(newBase, length) != before.substr(oldBase, length))
        return std::nullopt;
    std::vector<StageBlockItem::Row> rows = previous.rows;
    for (int k = first; k < end; ++k) {
        const model::Instruction &instruction = instructions[static_cast<std::size_t>(k)];
        StageBlockItem::Row &row = rows[static_cast<std::size_t>(k - first)];
        row.range = instruction.range;
        row.line = instruction.startLine;
    }
    return rows;
}

/// Error and warning counts and the badge's tooltip, per stage.
void countDiagnostics(const model::Analysis &analysis,
                      std::vector<StageBlockItem::Content> &contents)
{
    const model::SyntaxTree &tree = *analysis.tree();
    const int stageCount = static_cast<int>(contents.size());
    for (const model::Diagnostic &diagnostic : analysis.diagnostics()) {
        const int stage = analysis.stageAtOffset(diagnostic.range.begin);
        if (stage < 0 || stage >= stageCount)
            continue;
        StageBlockItem::Content &content = contents[static_cast<std::size_t>(stage)];
        if (diagnostic.severity == model::Severity::Error)
            ++content.errors;
        else if (diagnostic.severity == model::Severity::Warning)
            ++content.warnings;
        else
            continue;
        const int line = tree.lineIndex().line(diagnostic.range.begin);
        if (!content.diagnosticsTip.isEmpty())
            content.diagnosticsTip += QLatin1Char('\n');
        content.diagnosticsTip += fromUtf8(diagnostic.code) % QStringLiteral(" (")
            % QString::number(line) % QLatin1Char(')');
    }
}

/// The instruction rows of `stage`: reused from what its block showed when only their bytes
/// moved, otherwise made from the tree.
std::vector<StageBlockItem::Row> stageRows(const model::Analysis &analysis,
                                           const model::Analysis *previous,
                                           const StageBlockItem::Content *shown,
                                           const model::Stage &stage)
{
    const model::SyntaxTree &tree = *analysis.tree();
    const auto &instructions = tree.instructions();
    const int end = std::min(stage.endInstruction, static_cast<int>(instructions.size()));
    if (previous != nullptr && shown != nullptr) {
        if (auto rows = reusedRows(*previous->tree(), *shown, tree, stage.fromInstruction + 1, end))
            return std::move(*rows);
    }
    std::vector<StageBlockItem::Row> rows;
    for (int k = stage.fromInstruction + 1; k < end; ++k) {
        const model::Instruction &instruction = instructions[static_cast<std::size_t>(k)];
        rows.push_back({fromUtf8(instruction.keyword).toUpper(),
                        BlockContents::rowText(tree, instruction), instruction.range,
                        instruction.startLine});
    }
    return rows;
}

} // namespace

QString BlockContents::rowText(const model::SyntaxTree &tree, const model::Instruction &instruction)
{
    const std::string &text = tree.text();
    std::uint32_t begin = instruction.keywordRange.end;
    std::uint32_t end
        = std::min<std::uint32_t>(instruction.range.end, static_cast<std::uint32_t>(text.size()));
    if (begin > end)
        begin = end;
    std::string_view slice(text.data() + begin, end - begin);
    if (!instruction.heredocs.empty()) {
        if (const auto newline = slice.find('\n'); newline != std::string_view::npos)
            slice = slice.substr(0, newline);
    }
    if (slice.size() > MaxRowBytes)
        slice = slice.substr(0, MaxRowBytes);
    QString row = fromUtf8(slice);
    const QChar escape = QLatin1Char(tree.escapeChar());
    row.replace(QString(escape) + QLatin1Char('\n'), QStringLiteral(" "));
    row.replace(QString(escape) + QStringLiteral("\r\n"), QStringLiteral(" "));
    return row.simplified();
}

std::vector<bool> BlockContents::neededStages(const model::Analysis &analysis)
{
    const model::StageGraph &graph = analysis.graph();
    const int stageCount = static_cast<int>(graph.stages().size());
    const int target = analysis.effectiveTarget();
    std::vector<bool> needed(graph.stages().size(), target < 0);
    if (target >= 0) {
        for (int index : graph.neededFor(target)) {
            if (index >= 0 && index < stageCount)
                needed[static_cast<std::size_t>(index)] = true;
        }
    }
    return needed;
}

std::vector<StageBlockItem::Content> BlockContents::build(const model::Analysis &analysis,
                                                          const model::Analysis *previous,
                                                          const Shown &shown)
{
    const auto &stages = analysis.graph().stages();
    const int stageCount = static_cast<int>(stages.size());
    const int target = analysis.effectiveTarget();
    const std::vector<bool> needed = neededStages(analysis);
    const auto &instructions = analysis.tree()->instructions();
    std::vector<StageBlockItem::Content> contents(stages.size());
    countDiagnostics(analysis, contents);
    for (const model::Stage &stage : stages) {
        const auto i = static_cast<std::size_t>(stage.index);
        StageBlockItem::Content &content = contents[i];
        content.index = stage.index;
        content.name = fromUtf8(stage.name);
        const std::string &base = stage.baseExpanded.empty() ? stage.base : stage.baseExpanded;
        content.base = fromUtf8(base);
        content.family = stage.baseStage >= 0 && stage.baseStage < stageCount
            ? ImageFamily::Other
            : ImageFamily::detect(base);
        content.platform = fromUtf8(stage.platform);
        content.isFinal = stage.index == target;
        content.needed = needed[i];
        if (stage.fromInstruction >= 0
            && stage.fromInstruction < static_cast<int>(instructions.size()))
            content.fromRange = instructions[static_cast<std::size_t>(stage.fromInstruction)].range;
        const StageBlockItem::Content *before
            = shown ? shown(analysis.stageId(stage.index)) : nullptr;
        content.rows = stageRows(analysis, previous, before, stage);
    }
    // A stage built FROM another stage shows the family of the stage it inherits.
    for (const model::Stage &stage : stages) {
        if (stage.baseStage >= 0 && stage.baseStage < stage.index)
            contents[static_cast<std::size_t>(stage.index)].family
                = contents[static_cast<std::size_t>(stage.baseStage)].family;
    }
    return contents;
}

} // namespace stagecraft::views
