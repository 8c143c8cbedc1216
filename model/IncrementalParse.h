// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SyntaxTree.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace stagecraft::model {

/// Where an incremental reparse() read the text again, for the readers that update what they
/// derived from the previous tree instead of deriving it again (StageGraph::afterSplice(),
/// lintAfterSplice()). The old instructions [firstInstruction, oldEndInstruction) became the new
/// [firstInstruction, newEndInstruction); the old bytes [begin, oldEnd) became the new
/// [begin, newEnd). Everything before `begin` is unchanged; everything from old byte `oldEnd` on
/// moved by newEnd - oldEnd bytes, `lineShift` lines and newEndInstruction - oldEndInstruction
/// instructions.
struct TreeSplice
{
    std::size_t firstInstruction = 0;
    std::size_t oldEndInstruction = 0;
    std::size_t newEndInstruction = 0;
    std::uint32_t begin = 0;
    std::uint32_t oldEnd = 0;
    std::uint32_t newEnd = 0;
    int lineShift = 0;
    std::uint32_t changed = 0; ///< the first byte that differs (in [begin, oldEnd])

    /// Where the old byte `offset` (outside [begin, oldEnd)) is now.
    [[nodiscard]] std::uint32_t offset(std::uint32_t old) const
    {
        return old >= oldEnd ? old - oldEnd + newEnd : old;
    }
    [[nodiscard]] Range range(Range old) const { return {offset(old.begin), offset(old.end)}; }
    /// Where the old instruction `index` (outside the replaced ones) is now.
    [[nodiscard]] int instruction(int old) const
    {
        return old >= static_cast<int>(oldEndInstruction)
            ? old + static_cast<int>(newEndInstruction) - static_cast<int>(oldEndInstruction)
            : old;
    }
};

/// The tree SyntaxTree::parse(text) returns, built from `previous`, the tree of an earlier
/// version of the text: only the instructions around the bytes that differ are read again; what
/// comes before them is copied and what comes after them copied with its offsets moved. A change
/// that can reach further (the parser directives and the lines up to the second instruction, a
/// line over BuildKit's limit, invalid UTF-8, a file without instructions) gets a whole parse;
/// `incremental`, when given, tells which it was.
/// How many of the instructions `splice` read again, from the first, end before the first byte
/// that differs: those are the same instructions in `previous` and `tree`, at the same place.
[[nodiscard]] std::size_t unchangedAtStart(const SyntaxTree &previous, const SyntaxTree &tree,
                                           const TreeSplice &splice);

/// `splice`, when given and the reparse was incremental, tells what was read again.
[[nodiscard]] std::shared_ptr<const SyntaxTree> reparse(const SyntaxTree &previous,
                                                        std::string text,
                                                        bool *incremental = nullptr,
                                                        TreeSplice *splice = nullptr);

} // namespace stagecraft::model
