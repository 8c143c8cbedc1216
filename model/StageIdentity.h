// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace stagecraft::model {

/// A stage's identity from one parse to the next: the canvas keys its blocks by it, so a block
/// keeps its position and selection when its stage is renamed, moved or edited. 0 is no stage.
using StageId = std::uint64_t;
inline constexpr StageId NoStageId = 0;

/// What a stage is recognised by when the text changes. Views into the graph and the tree it
/// was taken from, which must outlive it.
struct StageFingerprint
{
    std::string_view name; ///< the lower-case name; empty when unnamed
    std::string_view base; ///< the base as written after FROM
    std::string_view body; ///< the text after the FROM instruction to the end of the last one
};

/// The fingerprints of `graph`'s stages (derived from `tree`), in stage order.
[[nodiscard]] std::vector<StageFingerprint> stageFingerprints(const SyntaxTree &tree,
                                                              const StageGraph &graph);

/// Ids for the `current` stages, carried over from the `previous` stages (whose ids are
/// `previousIds`, same order), and a fresh id from `nextId` (which then advances) for each stage
/// that matches none. A previous stage gives its id to at most one current stage.
///
/// Matching, in order:
///  1. by name (case-insensitive): the same name is the same stage, wherever it moved; among
///     duplicate names the best content and position match wins;
///  2. an unnamed (or newly named) stage at the same index with the same base and body;
///  3. the stages left: pairs scored by an identical body, an identical base, the same index and
///     the same rank among the stages left, best pairs first; a pair sharing nothing is not a
///     match. So a rename is recognised by its position and content, and a rename together with
///     a move by its content.
[[nodiscard]] std::vector<StageId> matchStageIds(std::span<const StageFingerprint> previous,
                                                 std::span<const StageId> previousIds,
                                                 std::span<const StageFingerprint> current,
                                                 StageId &nextId);

} // namespace stagecraft::model
