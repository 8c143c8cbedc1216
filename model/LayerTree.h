// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FileTree.h"
#include "WasteAnalysis.h"

#include <vector>

namespace stagecraft::model {

/// The changes of one layer, or of several, counted (LayerTree::count()).
struct LayerTreeCounts
{
    int added = 0;
    int modified = 0;
    int removed = 0;
    friend bool operator==(const LayerTreeCounts &, const LayerTreeCounts &) = default;
};

/// The file tree of an image's layers stacked up to one layer, with changes marked as dive shows
/// them (FileNode::change: added, modified, removed). Pure: no I/O.
///
/// Stacking applies each layer's whiteouts to the layers below it, then its entries (as
/// model::WasteAnalysis does). In the layer view the marks compare the stack up to `layer` with
/// the stack below it; in the aggregated view, with the stack of the base image's layers (the
/// lowest layers whose `instructionIndex` is −1; none when `layer` is itself one of them). An
/// entry is *added* when the comparison has no entry at its path, *modified* when it is not a
/// directory and a compared layer wrote it again (or a directory became a file), *removed* when
/// the comparison has it and the stack no longer does. Removed entries stay in the tree where
/// they were, with their sizes, but do not count in their folders' sizes. In such a tree,
/// FileNode::added is true for added and modified entries, `addedSize` sums the bytes of added
/// and modified files and `addedCount` counts every changed entry at or below a node.
class LayerTree
{
public:
    /// How many of the lowest layers came with the base image (instructionIndex −1).
    [[nodiscard]] static int baseLayerCount(const std::vector<LayerFiles> &layers);
    /// The tree of layers 0…`layer` (clamped to the layers there are).
    [[nodiscard]] static FileNode build(const std::vector<LayerFiles> &layers, int layer,
                                        bool aggregated);
    /// Σ sizes of the regular files `layer` writes (what the engine's history calls its size).
    [[nodiscard]] static std::int64_t layerBytes(const LayerFiles &layer);
    /// The marks in `tree` (a built tree), counted.
    [[nodiscard]] static LayerTreeCounts count(const FileNode &tree);
};

} // namespace stagecraft::model
