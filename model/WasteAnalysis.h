// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::model {

/// One header of a layer tar (an image layer's diff), as the engine's layer archives carry it.
struct LayerEntry
{
    enum class Kind : std::uint8_t {
        File,
        Directory,
        Symlink,
        Hardlink,
        Other,
        Whiteout,       ///< `.wh.<name>`: `path` (the removed path) is gone from this layer on
        OpaqueWhiteout, ///< `.wh..wh..opq`: everything below `path` (a directory) from lower layers
    };
    std::string
        path; ///< absolute, no trailing slash ("/usr/bin/x"); for whiteouts the removed path
    Kind kind = Kind::File;
    std::int64_t size = 0; ///< tar header size (0 for directories, links and whiteouts)
    friend bool operator==(const LayerEntry &, const LayerEntry &) = default;
};

/// The entries of one layer and the instruction that made it.
struct LayerFiles
{
    std::vector<LayerEntry> entries; ///< in archive order
    std::string createdBy;           ///< history `CreatedBy` ("" when unknown)
    int line = 0;                    ///< 1-based Dockerfile line; 0 = from the base image
    int instructionIndex = -1;       ///< index into SyntaxTree::instructions(); -1 = base image
    std::int64_t tarBytes = 0;       ///< bytes of the layer archive
};

/// A path seen in two or more layers (dive's "inefficient" files).
struct WastedPath
{
    std::string path;
    int count = 0;                   ///< layers in which the path appears
    std::int64_t cumulativeSize = 0; ///< Σ sizes seen
    std::int64_t minimumSize = 0;    ///< the smallest size seen
    friend bool operator==(const WastedPath &, const WastedPath &) = default;
};

/// A file one layer added and a later layer removed (whiteout) or replaced: its bytes stay in
/// the image.
struct RemovedFile
{
    std::string path;
    std::int64_t size = 0;
    int addedLayer = 0;       ///< index into the layers (0 = lowest)
    int removedLayer = 0;     ///< index into the layers
    bool overwritten = false; ///< replaced by a new entry rather than deleted
    friend bool operator==(const RemovedFile &, const RemovedFile &) = default;
};

/// The removed files of one (adding layer, removing layer) pair, with the advice for it.
struct WasteGroup
{
    int addedLayer = 0;
    int removedLayer = 0;
    std::int64_t bytes = 0;
    int files = 0;
    bool overwritten = false; ///< true when every file was replaced rather than deleted
    std::string advice;       ///< one of WasteAnalysis::kAdvice… ("" when no rule applies)
    friend bool operator==(const WasteGroup &, const WasteGroup &) = default;
};

/// What one layer does to the files below it, as dive shows it.
struct LayerChange
{
    int added = 0;    ///< entries (files, links, new directories) the lower layers lack
    int modified = 0; ///< non-directory entries that replace one of a lower layer
    int removed = 0;  ///< entries deleted by whiteouts
    std::int64_t addedBytes = 0;
    std::int64_t modifiedBytes = 0;
    std::int64_t removedBytes = 0;
    friend bool operator==(const LayerChange &, const LayerChange &) = default;
};

/// The waste of one image.
struct WasteReport
{
    double efficiency = 1.0;       ///< Σ minimum sizes ÷ Σ cumulative sizes (1 when both are 0)
    std::int64_t wastedBytes = 0;  ///< Σ cumulative sizes of the paths in `paths`
    std::int64_t minimumBytes = 0; ///< Σ over every path of its smallest size
    std::int64_t cumulativeBytes = 0; ///< Σ over every path of every size seen
    std::vector<WastedPath> paths;    ///< seen in ≥ 2 layers, largest cumulative size first
    std::vector<RemovedFile> removed; ///< largest first (then by path)
    std::vector<WasteGroup> groups;   ///< largest first
    std::vector<LayerChange> layers;  ///< one per layer, lowest first
    friend bool operator==(const WasteReport &, const WasteReport &) = default;

    /// wastedBytes as a percentage of the stage's own bytes (image size − base image size); 0
    /// when the stage adds nothing.
    [[nodiscard]] double userWastedPercent(std::int64_t imageSize, std::int64_t baseSize) const;
};

/// Waste metrics of an image from its layers' file lists. Pure: no I/O.
///
/// Efficiency and wasted bytes follow dive (filetree/efficiency.go) so the numbers can be
/// checked against it: each layer's leaf entries (entries with nothing below them in the same
/// layer) are visited; a whiteout counts the bytes of the directory subtree it removes from the
/// layers below (a removed file counts 0, as in dive); every path sums the sizes seen
/// (cumulative) and keeps the smallest; efficiency = Σ smallest ÷ Σ cumulative; wasted bytes =
/// Σ cumulative over the paths seen in two or more layers. Where dive has no rule we chose: an
/// opaque whiteout counts as a whiteout of each child the directory had below; a whiteout of a
/// path no lower layer has counts 0 (dive stops reading the layer there).
class WasteAnalysis
{
public:
    [[nodiscard]] static WasteReport analyse(const std::vector<LayerFiles> &layers);

    /// The advice for files added by `added` and removed (or replaced) by `removed`.
    [[nodiscard]] static std::string adviceFor(const LayerFiles &added, const LayerFiles &removed,
                                               bool overwritten);

    static constexpr std::string_view kAdviceSameRun = "same-run";       ///< RUN … then RUN rm
    static constexpr std::string_view kAdviceNarrowCopy = "narrow-copy"; ///< COPY … then RUN rm
    static constexpr std::string_view kAdviceBuilderStage = "builder-stage"; ///< replaced later
    static constexpr std::string_view kAdviceSlimmerBase = "slimmer-base";   ///< base files removed
};

} // namespace stagecraft::model
