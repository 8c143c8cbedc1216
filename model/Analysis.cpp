// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Analysis.h"

#include "model/IncrementalParse.h"

#include <algorithm>
#include <optional>

namespace stagecraft::model {

struct Analysis::Private
{
    std::shared_ptr<const SyntaxTree> tree;
    std::shared_ptr<const StageGraph> graph;
    std::shared_ptr<const TextOffsets> offsets;
    std::shared_ptr<const std::vector<StageId>> stageIds;
    std::vector<Diagnostic> diagnostics;
    LintOptions options;
    StageId nextStageId = 1;
};

Analysis::Analysis(Private &&parts)
    : m_tree(std::move(parts.tree))
    , m_graph(std::move(parts.graph))
    , m_offsets(std::move(parts.offsets))
    , m_stageIds(std::move(parts.stageIds))
    , m_diagnostics(std::move(parts.diagnostics))
    , m_options(std::move(parts.options))
    , m_nextStageId(parts.nextStageId)
{ }

std::shared_ptr<const Analysis> Analysis::build(std::string text, const LintOptions &options,
                                                const Analysis *previous,
                                                const BuildArgs &buildArgs)
{
    Private parts;
    // After an edit, only the instructions around the change are read again; when they are
    // none the graph or the checks look at, the previous graph and diagnostics are moved.
    TreeSplice splice;
    bool incremental = false;
    parts.tree = previous != nullptr
        ? reparse(*previous->m_tree, std::move(text), &incremental, &splice)
        : SyntaxTree::parse(std::move(text));
    std::optional<StageGraph> moved;
    if (incremental && buildArgs.empty())
        moved = StageGraph::afterSplice(*previous->m_graph, *previous->m_tree, *parts.tree, splice);
    const bool graphMoved = moved.has_value();
    parts.graph = std::make_shared<const StageGraph>(
        graphMoved ? std::move(*moved) : StageGraph::derive(*parts.tree, buildArgs));
    std::optional<std::vector<Diagnostic>> relinted;
    if (graphMoved && options.target == previous->m_options.target
        && options.context == previous->m_options.context)
        relinted = lintAfterSplice(previous->m_diagnostics, *previous->m_tree, *parts.tree, splice);
    parts.diagnostics = relinted ? std::move(*relinted) : lint(*parts.tree, *parts.graph, options);
    parts.offsets = std::make_shared<const TextOffsets>(parts.tree->text());
    parts.options = options;
    parts.nextStageId = previous != nullptr ? previous->m_nextStageId : 1;
    const std::vector<StageFingerprint> now = stageFingerprints(*parts.tree, *parts.graph);
    if (previous != nullptr) {
        const std::vector<StageFingerprint> before
            = stageFingerprints(*previous->m_tree, *previous->m_graph);
        parts.stageIds = std::make_shared<const std::vector<StageId>>(
            matchStageIds(before, *previous->m_stageIds, now, parts.nextStageId));
    } else {
        parts.stageIds = std::make_shared<const std::vector<StageId>>(
            matchStageIds({}, {}, now, parts.nextStageId));
    }
    return std::make_shared<const Analysis>(std::move(parts));
}

std::shared_ptr<const Analysis> Analysis::relint(const Analysis &analysis,
                                                 const LintOptions &options)
{
    Private parts;
    parts.tree = analysis.m_tree;
    parts.graph = analysis.m_graph;
    parts.offsets = analysis.m_offsets;
    parts.stageIds = analysis.m_stageIds;
    parts.diagnostics = lint(*parts.tree, *parts.graph, options);
    parts.options = options;
    parts.nextStageId = analysis.m_nextStageId;
    return std::make_shared<const Analysis>(std::move(parts));
}

int Analysis::effectiveTarget() const
{
    const int count = static_cast<int>(m_graph->stages().size());
    return m_options.target >= 0 && m_options.target < count ? m_options.target
                                                             : m_graph->defaultTarget();
}

StageId Analysis::stageId(int stageIndex) const
{
    if (stageIndex < 0 || stageIndex >= static_cast<int>(m_stageIds->size()))
        return NoStageId;
    return (*m_stageIds)[static_cast<std::size_t>(stageIndex)];
}

int Analysis::stageIndex(StageId id) const
{
    if (id == NoStageId)
        return -1;
    const auto it = std::find(m_stageIds->begin(), m_stageIds->end(), id);
    return it == m_stageIds->end() ? -1 : static_cast<int>(it - m_stageIds->begin());
}

int Analysis::stageAtOffset(std::uint32_t offset) const
{
    const int instruction = m_tree->instructionAt(offset);
    return instruction < 0 ? -1 : m_graph->stageOfInstruction(instruction);
}

} // namespace stagecraft::model
