// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildKitStepMap.h"

#include <QRegularExpression>

namespace stagecraft::engine {

namespace {

/// Collapses runs of white space (line continuations included) to one space.
QString simplified(const std::string &text)
{
    QString out = QString::fromStdString(text);
    out.replace(QRegularExpression(QStringLiteral("\\\\\\s*\\n")), QStringLiteral(" "));
    return out.simplified();
}

bool makesVertex(const model::Instruction &instruction)
{
    switch (instruction.kind) {
    case model::InstructionKind::Run:
    case model::InstructionKind::Copy:
    case model::InstructionKind::Add:
    case model::InstructionKind::Workdir:
        return true;
    default:
        return false;
    }
}

} // namespace

BuildKitStepMap::BuildKitStepMap(std::shared_ptr<const model::SyntaxTree> tree,
                                 model::StageGraph graph, const QHash<QString, int> &aliases)
    : m_tree(std::move(tree))
    , m_graph(std::move(graph))
    , m_names(aliases)
{
    for (const model::Stage &stage : m_graph.stages()) {
        if (!stage.name.empty() && !m_names.contains(QString::fromStdString(stage.nameLower)))
            m_names.insert(QString::fromStdString(stage.nameLower), stage.index);
    }
}

std::vector<int> BuildKitStepMap::stepInstructions(int stage) const
{
    std::vector<int> steps;
    if (!m_tree || stage < 0 || stage >= static_cast<int>(m_graph.stages().size()))
        return steps;
    const model::Stage &st = m_graph.stages()[static_cast<std::size_t>(stage)];
    if (st.baseStage < 0 && st.fromInstruction >= 0)
        steps.push_back(st.fromInstruction);
    for (int i = st.fromInstruction + 1; i < st.endInstruction; ++i) {
        if (makesVertex(m_tree->instructions()[static_cast<std::size_t>(i)]))
            steps.push_back(i);
    }
    return steps;
}

int BuildKitStepMap::stageForName(const QString &name) const
{
    const int stageCount = static_cast<int>(m_graph.stages().size());
    if (name.isEmpty())
        return stageCount == 1 ? 0 : -1;
    const auto it = m_names.constFind(name.toLower());
    if (it != m_names.constEnd())
        return it.value();
    static const QRegularExpression generated(QStringLiteral("^stage-(\\d+)$"));
    const QRegularExpressionMatch match = generated.match(name);
    if (match.hasMatch()) {
        const int index = match.captured(1).toInt();
        if (index >= 0 && index < stageCount)
            return index;
    }
    return -1;
}

int BuildKitStepMap::matchText(int stage, const QString &text) const
{
    const QString wanted = text.simplified();
    const auto &stages = m_graph.stages();
    for (const model::Stage &st : stages) {
        if (stage >= 0 && st.index != stage)
            continue;
        for (int i = st.fromInstruction; i < st.endInstruction; ++i) {
            const model::Instruction &instruction = m_tree->instructions()[std::size_t(i)];
            const std::string source
                = m_tree->text().substr(instruction.range.begin, instruction.range.size());
            if (simplified(source).compare(wanted, Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

BuildKitStep BuildKitStepMap::locate(const QString &vertexName) const
{
    BuildKitStep step;
    static const QRegularExpression pattern(QStringLiteral("^\\[([^\\]]*)\\] (.*)$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = pattern.match(vertexName);
    if (!m_tree || !match.hasMatch())
        return step;
    QStringList words = match.captured(1).split(u' ', Qt::SkipEmptyParts);
    static const QRegularExpression counter(QStringLiteral("^(\\d+)/(\\d+)$"));
    const QRegularExpressionMatch count
        = words.isEmpty() ? QRegularExpressionMatch() : counter.match(words.last());
    if (!count.hasMatch())
        return step; // "[internal]" and the like
    step.step = count.captured(1).toInt();
    step.total = count.captured(2).toInt();
    step.text = match.captured(2);
    words.removeLast();
    step.stage = stageForName(words.isEmpty() ? QString() : words.last());

    const std::vector<int> steps = stepInstructions(step.stage);
    if (step.stage >= 0 && static_cast<int>(steps.size()) == step.total && step.step >= 1
        && step.step <= step.total) {
        const int candidate = steps[static_cast<std::size_t>(step.step - 1)];
        const model::Instruction &instruction = m_tree->instructions()[std::size_t(candidate)];
        if (step.text.startsWith(QString::fromStdString(instruction.keyword) + u' ',
                                 Qt::CaseInsensitive)
            || step.text.compare(QString::fromStdString(instruction.keyword), Qt::CaseInsensitive)
                == 0)
            step.instruction = candidate;
    }
    if (step.instruction < 0)
        step.instruction = matchText(step.stage, step.text);
    if (step.instruction >= 0) {
        const model::Instruction &found = m_tree->instructions()[std::size_t(step.instruction)];
        step.line = found.startLine;
        step.isFrom = found.kind == model::InstructionKind::From;
        if (step.stage < 0)
            step.stage = m_graph.stageOfInstruction(step.instruction);
    }
    return step;
}

} // namespace stagecraft::engine
