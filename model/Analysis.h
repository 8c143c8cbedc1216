// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"
#include "model/Lint.h"
#include "model/StageGraph.h"
#include "model/StageIdentity.h"
#include "model/SyntaxTree.h"
#include "model/TextOffsets.h"

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace stagecraft::model {

/// Everything derived from one version of the text: the lossless tree, the stage graph, every
/// diagnostic (lint order), the UTF-8 ⇄ UTF-16 offset table and the stages' stable ids. Built
/// once per reparse, never changed, and shared by every reader (canvas, editor, panels) through
/// `std::shared_ptr<const Analysis>`: nobody keeps a copy of the graph or a second offset table.
class Analysis
{
    struct Private; // keeps the constructor for build() and relint()

public:
    /// Parses `text`, derives the graph (with `buildArgs` overriding ARG defaults), lints it
    /// with `options`, builds the offset table and gives the stages ids carried over from
    /// `previous` (null: all new; see matchStageIds()).
    [[nodiscard]] static std::shared_ptr<const Analysis> build(std::string text,
                                                               const LintOptions &options = {},
                                                               const Analysis *previous = nullptr,
                                                               const BuildArgs &buildArgs = {});
    /// The same text (tree, graph, offsets and ids shared, not copied) linted again with
    /// `options`: another build target or build context.
    [[nodiscard]] static std::shared_ptr<const Analysis> relint(const Analysis &analysis,
                                                                const LintOptions &options);

    /// Use build() or relint() (Private is theirs alone).
    explicit Analysis(Private &&parts);

    [[nodiscard]] const std::shared_ptr<const SyntaxTree> &tree() const { return m_tree; }
    /// The text it was built from (UTF-8, "\n" line ends).
    [[nodiscard]] const std::string &text() const { return m_tree->text(); }
    [[nodiscard]] const StageGraph &graph() const { return *m_graph; }
    /// Every diagnostic: the tree's, the graph's, the checks and the advice (see lint()).
    [[nodiscard]] const std::vector<Diagnostic> &diagnostics() const { return m_diagnostics; }
    /// The one table between the text's UTF-8 bytes and the editor's UTF-16 positions.
    [[nodiscard]] const TextOffsets &offsets() const { return *m_offsets; }
    /// The options lint ran with (the build target and the build context).
    [[nodiscard]] const LintOptions &lintOptions() const { return m_options; }
    /// The build target as asked for (-1: the last stage).
    [[nodiscard]] int target() const { return m_options.target; }
    /// The build target in range: target(), or the last stage when it is -1 or out of range
    /// (-1 when there are no stages).
    [[nodiscard]] int effectiveTarget() const;

    /// Stable ids of the stages, in stage order.
    [[nodiscard]] const std::vector<StageId> &stageIds() const { return *m_stageIds; }
    /// The id of stage `stageIndex`, or NoStageId.
    [[nodiscard]] StageId stageId(int stageIndex) const;
    /// The index of the stage with `id`, or -1.
    [[nodiscard]] int stageIndex(StageId id) const;
    /// The stage holding byte `offset` (its instruction's stage), or -1.
    [[nodiscard]] int stageAtOffset(std::uint32_t offset) const;
    /// The id the next new stage gets (ids are never reused).
    [[nodiscard]] StageId nextStageId() const { return m_nextStageId; }

private:
    std::shared_ptr<const SyntaxTree> m_tree;
    std::shared_ptr<const StageGraph> m_graph;
    std::shared_ptr<const TextOffsets> m_offsets;
    std::shared_ptr<const std::vector<StageId>> m_stageIds;
    std::vector<Diagnostic> m_diagnostics;
    LintOptions m_options;
    StageId m_nextStageId = 1;
};

} // namespace stagecraft::model
