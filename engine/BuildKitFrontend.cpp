// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildKitFrontend.h"

#include <QVersionNumber>

namespace stagecraft::engine {

namespace {

bool hasModernFrontend(const QString &engineVersion)
{
    const QVersionNumber version = QVersionNumber::fromString(engineVersion);
    return !version.isNull() && version.majorVersion() >= 23;
}

void addInstructionLimits(const model::Instruction &instruction, int index,
                          std::vector<FrontendLimit> &limits)
{
    const QString keyword = QString::fromStdString(instruction.keyword).toUpper();
    if (!instruction.heredocs.empty())
        limits.push_back({FrontendLimit::Kind::Heredoc, index, instruction.startLine, keyword});
    const bool copies = instruction.kind == model::InstructionKind::Copy
        || instruction.kind == model::InstructionKind::Add;
    if (copies && instruction.flag("link") != nullptr)
        limits.push_back({FrontendLimit::Kind::CopyLink, index, instruction.startLine, keyword});
}

} // namespace

std::vector<FrontendLimit> builtinFrontendLimits(const model::SyntaxTree &tree,
                                                 const QString &engineVersion)
{
    std::vector<FrontendLimit> limits;
    for (const model::Directive &directive : tree.directives()) {
        if (directive.name == "syntax") {
            const int line = [&tree, &directive] {
                int counted = 1;
                for (std::uint32_t i = 0; i < directive.range.begin && i < tree.text().size(); ++i)
                    counted += tree.text()[i] == '\n' ? 1 : 0;
                return counted;
            }();
            limits.push_back({FrontendLimit::Kind::SyntaxDirective, -1, line,
                              QString::fromStdString(directive.value)});
        }
    }
    if (hasModernFrontend(engineVersion))
        return limits;
    const auto &instructions = tree.instructions();
    for (std::size_t i = 0; i < instructions.size(); ++i)
        addInstructionLimits(instructions[i], static_cast<int>(i), limits);
    return limits;
}

} // namespace stagecraft::engine
