// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/EditContext.h"
#include "model/EditEngine.h"
#include "model/EditOperation.h"

#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::model {

/// The instruction operations of the edit engine: add, remove, move and edit one instruction
/// of a stage (internal to the model; EditEngine::apply() dispatches here).
class InstructionEdits
{
public:
    explicit InstructionEdits(const EditContext &context)
        : c(context)
    { }

    EditResult operator()(const AddInstruction &op) const;
    EditResult operator()(const RemoveInstruction &op) const;
    EditResult operator()(const MoveInstruction &op) const;
    EditResult operator()(const EditInstruction &op) const;

private:
    [[nodiscard]] EditResult checkInstructionText(const std::string &input, bool mustBeFrom,
                                                  InstructionKind &kind, std::string &line) const;

    const EditContext &c;
};

} // namespace stagecraft::model
