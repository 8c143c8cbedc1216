// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/EditContext.h"
#include "model/EditEngine.h"
#include "model/EditOperation.h"

#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::model {

/// The stage operations of the edit engine: add, remove, rename, move, duplicate, and set a
/// stage's base or platform (internal to the model; EditEngine::apply() dispatches here).
class StageEdits
{
public:
    explicit StageEdits(const EditContext &context)
        : c(context)
    { }

    EditResult operator()(const AddStage &op) const;
    EditResult operator()(const RemoveStage &op) const;
    EditResult operator()(const RenameStage &op) const;
    EditResult operator()(const MoveStage &op) const;
    EditResult operator()(const SetBase &op) const;
    EditResult operator()(const SetPlatform &op) const;
    EditResult operator()(const DuplicateStage &op) const;

private:
    [[nodiscard]] std::vector<int> shiftFrom(int first, int delta) const;
    [[nodiscard]] int stageByName(std::string_view name) const;
    [[nodiscard]] EditResult checkNewName(const std::string &name, int self) const;

    const EditContext &c;
};

} // namespace stagecraft::model
