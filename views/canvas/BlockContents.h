// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/canvas/StageBlockItem.h"

#include "model/Analysis.h"

#include <functional>
#include <vector>

namespace stagecraft::views {

/// What each block shows, prepared from an analysis: name, base and its family, platform,
/// instruction rows, the final mark, dimming for stages the target does not need, and the
/// diagnostics badge. Pure preparation; StageScene puts the result on its items.
class BlockContents
{
public:
    /// The content a block showed for a stage id before this analysis, or null.
    using Shown = std::function<const StageBlockItem::Content *(model::StageId id)>;

    /// One content per stage of `analysis`, in stage order. When `previous` is the analysis the
    /// blocks show now, a stage whose instructions are the same bytes, only moved, keeps the
    /// rows `shown` gives for its id (their ranges and lines updated): text typed in one stage
    /// rebuilds only that stage's rows.
    [[nodiscard]] static std::vector<StageBlockItem::Content>
    build(const model::Analysis &analysis, const model::Analysis *previous, const Shown &shown);
    /// Which stages a build of the analysis's target needs (all of them when there is none).
    [[nodiscard]] static std::vector<bool> neededStages(const model::Analysis &analysis);
    /// The text a row shows for `instruction`: what follows its keyword on one line
    /// (continuations joined, heredoc bodies left out), trimmed to what a row can show.
    [[nodiscard]] static QString rowText(const model::SyntaxTree &tree,
                                         const model::Instruction &instruction);
};

} // namespace stagecraft::views
