// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace stagecraft::engine {

/// Where a BuildKit vertex comes from in the Dockerfile.
struct BuildKitStep
{
    int stage = -1;       ///< stage index, -1 when not a stage's step ([internal], exporting…)
    int instruction = -1; ///< index into SyntaxTree::instructions(), -1 when unknown
    int line = 0;         ///< 1-based line of that instruction, 0 when unknown
    int step = 0;         ///< N of "[stage N/M]", 0 when absent
    int total = 0;        ///< M
    QString text;         ///< the instruction as BuildKit names it ("RUN make")
    /// The FROM of an image: BuildKit resolves it on every build and never reports it cached.
    bool isFrom = false;

    [[nodiscard]] bool isStep() const { return stage >= 0; }
};

/// Maps BuildKit's vertex names back to the Dockerfile. The Dockerfile frontend names a stage's
/// steps "[name N/M] INSTRUCTION" ("[stage-K N/M]" for the unnamed stage K, "[N/M]" in a file
/// with one stage, a platform before the name on cross builds); everything else is BuildKit's
/// own work ("[internal] load metadata …", "exporting to image").
///
/// N counts only the instructions that make a vertex (checked against dockerd 20.10's built-in
/// frontend): the FROM of an image (not of an earlier stage), RUN, COPY, ADD and WORKDIR, in
/// order; M is their number. When the count does not fit (another frontend version), the
/// instruction text is matched instead.
class BuildKitStepMap
{
public:
    BuildKitStepMap() = default;
    /// `aliases`: extra stage names (lower case) → index, for names generated into a copy of
    /// the file (see StageMeasurer).
    BuildKitStepMap(std::shared_ptr<const model::SyntaxTree> tree, model::StageGraph graph,
                    const QHash<QString, int> &aliases = {});

    [[nodiscard]] BuildKitStep locate(const QString &vertexName) const;
    /// The instructions of `stage` that make vertices (indexes into instructions()).
    [[nodiscard]] std::vector<int> stepInstructions(int stage) const;

private:
    int stageForName(const QString &name) const;
    int matchText(int stage, const QString &text) const;

    std::shared_ptr<const model::SyntaxTree> m_tree;
    model::StageGraph m_graph;
    QHash<QString, int> m_names; ///< lower-case stage name → index
};

} // namespace stagecraft::engine
