// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildStepMap.h"

namespace stagecraft::app {

BuildStepMap::BuildStepMap(const model::SyntaxTree &tree, const model::StageGraph &graph,
                           int target)
{
    const auto &stages = graph.stages();
    const auto &instructions = tree.instructions();
    if (stages.empty())
        return;
    if (target < 0 || target >= static_cast<int>(stages.size()))
        target = graph.defaultTarget();
    const int end = std::min(stages[static_cast<std::size_t>(target)].endInstruction,
                             static_cast<int>(instructions.size()));
    m_entries.reserve(static_cast<std::size_t>(std::max(end, 0)));
    for (int i = 0; i < end; ++i) {
        const model::Instruction &instruction = instructions[static_cast<std::size_t>(i)];
        Entry entry;
        entry.instruction = i;
        entry.stage = graph.stageOfInstruction(i);
        entry.line = instruction.startLine;
        entry.range = instruction.range;
        entry.keyword = QString::fromStdString(instruction.keyword).toUpper();
        m_entries.push_back(entry);
    }
    m_total = static_cast<int>(m_entries.size());
}

int BuildStepMap::instructionForStep(int step) const
{
    return step >= 1 && step <= m_total ? m_entries[static_cast<std::size_t>(step - 1)].instruction
                                        : -1;
}

int BuildStepMap::stageForStep(int step) const
{
    return step >= 1 && step <= m_total ? m_entries[static_cast<std::size_t>(step - 1)].stage : -1;
}

int BuildStepMap::lineForStep(int step) const
{
    return step >= 1 && step <= m_total ? m_entries[static_cast<std::size_t>(step - 1)].line : 0;
}

model::Range BuildStepMap::rangeForStep(int step) const
{
    return step >= 1 && step <= m_total ? m_entries[static_cast<std::size_t>(step - 1)].range
                                        : model::Range{};
}

bool BuildStepMap::matches(int step, int total, const QString &instruction) const
{
    if (total != m_total || step < 1 || step > m_total)
        return false;
    const QString &keyword = m_entries[static_cast<std::size_t>(step - 1)].keyword;
    const QString head = instruction.trimmed().section(u' ', 0, 0).toUpper();
    return head == keyword;
}

} // namespace stagecraft::app
