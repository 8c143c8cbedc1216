// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/EditContext.h"
#include "model/EditEngine.h"
#include "model/EditOperation.h"

#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::model {

/// The artifact-arrow operations of the edit engine: add, remove and retarget a
/// `COPY --from` (internal to the model; EditEngine::apply() dispatches here).
class CopyEdits
{
public:
    explicit CopyEdits(const EditContext &context)
        : c(context)
    { }

    EditResult operator()(const AddCopy &op) const;
    EditResult operator()(const RemoveCopy &op) const;
    EditResult operator()(const RetargetCopy &op) const;

private:
    /// Resolve the source of an arrow into stage `to`: an earlier stage (written by name or
    /// index) or an image reference.
    [[nodiscard]] EditResult sourceReference(const std::string &from, int to,
                                             std::string &out) const;

    const EditContext &c;
};

} // namespace stagecraft::model
