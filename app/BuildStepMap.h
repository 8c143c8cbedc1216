// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/StageGraph.h"
#include "model/SyntaxTree.h"
#include "model/Token.h"

#include <QString>

namespace stagecraft::app {

/// Maps the classic builder's "Step N/M : INSTRUCTION" lines to the Dockerfile's instructions.
///
/// What dockerd 20.10 does (moby builder/dockerfile, checked against the real engine, see
/// tests/app/tst_buildstepmap.cpp): every meta ARG before the first FROM is a step, then each
/// stage's FROM and each of its instructions, in file order; a `target` drops the stages after
/// it, and every stage up to the target is built whether the target needs it or not. So step N
/// is the N-th instruction of the file and M is the number of instructions up to the end of the
/// target stage.
class BuildStepMap
{
public:
    BuildStepMap() = default;
    /// `target` < 0: the last stage.
    BuildStepMap(const model::SyntaxTree &tree, const model::StageGraph &graph, int target = -1);

    /// The M the engine should announce.
    [[nodiscard]] int totalSteps() const { return m_total; }
    /// Index into SyntaxTree::instructions() of step `step` (1-based), or -1.
    [[nodiscard]] int instructionForStep(int step) const;
    /// The stage holding step `step`, or -1 (a meta ARG, or out of range).
    [[nodiscard]] int stageForStep(int step) const;
    /// 1-based first line of step `step`, or 0.
    [[nodiscard]] int lineForStep(int step) const;
    /// The bytes of step `step`'s instruction (empty when out of range).
    [[nodiscard]] model::Range rangeForStep(int step) const;
    /// True when the engine's step fits this file: same total, and `instruction` (the text after
    /// "Step N/M : ") starts with the keyword of the N-th instruction. False means the engine
    /// builds a different text (the file changed since, or another target).
    [[nodiscard]] bool matches(int step, int total, const QString &instruction) const;

private:
    struct Entry
    {
        int instruction = -1;
        int stage = -1;
        int line = 0;
        model::Range range;
        QString keyword; ///< upper case
    };
    std::vector<Entry> m_entries;
    int m_total = 0;
};

} // namespace stagecraft::app
