// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FileTree.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::model {

/// One path that differs between image A (before) and image B (after).
struct FileDelta
{
    enum class Kind : std::uint8_t {
        Gone,    ///< in A, not in B
        New,     ///< in B, not in A
        Changed, ///< in both, with another type, size, permission bits or link target
    };
    /// What differs for a Changed path (bit flags).
    enum What : std::uint8_t {
        Type = 1,
        Size = 2,
        Mode = 4,
        Link = 8,
        Time = 16, ///< only with FileDiffOptions::compareMtime
    };
    Kind kind = Kind::Changed;
    std::string path;
    FileType typeA = FileType::File;
    FileType typeB = FileType::File;
    std::int64_t sizeA = 0; ///< 0 when the path is not in A
    std::int64_t sizeB = 0; ///< 0 when the path is not in B
    std::uint32_t modeA = 0;
    std::uint32_t modeB = 0;
    std::string linkA;
    std::string linkB;
    std::uint8_t what = 0; ///< What flags (Changed only)

    /// sizeB − sizeA.
    [[nodiscard]] std::int64_t delta() const { return sizeB - sizeA; }
    /// The size the list is sorted by: A's for Gone, B's for New, the larger one for Changed.
    [[nodiscard]] std::int64_t weight() const;
    friend bool operator==(const FileDelta &, const FileDelta &) = default;
};

/// The changes below one directory (see FileDiff::rollUp()).
struct DirectoryDiff
{
    std::string path; ///< "/" or "/usr/lib"
    int goneFiles = 0;
    int newFiles = 0;
    int changedFiles = 0;
    std::int64_t goneBytes = 0;
    std::int64_t newBytes = 0;
    std::int64_t changedDelta = 0; ///< Σ (sizeB − sizeA) of the changed files
    /// goneBytes + newBytes + |changedDelta|: what the roll-ups are sorted by.
    [[nodiscard]] std::int64_t weight() const;
    friend bool operator==(const DirectoryDiff &, const DirectoryDiff &) = default;
};

/// Sums of a diff.
struct FileDiffTotals
{
    int filesA = 0;          ///< non-directory entries of A (engine-injected paths left out)
    int filesB = 0;          ///< the same for B
    std::int64_t bytesA = 0; ///< Σ regular-file sizes of A
    std::int64_t bytesB = 0;
    int goneFiles = 0; ///< Gone changes that are not directories
    int newFiles = 0;
    int changedFiles = 0;
    std::int64_t goneBytes = 0;
    std::int64_t newBytes = 0;
    std::int64_t changedBytesA = 0; ///< Σ sizeA of the changed paths
    std::int64_t changedBytesB = 0;
    int unchanged = 0; ///< paths in both, equal (directories included)
    int touched = 0;   ///< unchanged paths whose mtime differs (not compared: see options)
    friend bool operator==(const FileDiffTotals &, const FileDiffTotals &) = default;
};

/// How two listings are compared.
struct FileDiffOptions
{
    /// Count a different mtime as a change. Off by default: every RUN of a rebuild stamps its
    /// files anew, so the mtime says "rebuilt", not "changed"; such paths are counted in
    /// FileDiffTotals::touched instead.
    bool compareMtime = false;
};

/// The difference of two images' file systems, biggest first.
struct FileDiffResult
{
    std::vector<FileDelta> changes; ///< by weight (largest first), then by path
    FileDiffTotals totals;
    friend bool operator==(const FileDiffResult &, const FileDiffResult &) = default;
};

/// Compares the merged file systems of two images (each a list of tar headers, as
/// engine::StageFilesystem reads them): what is gone, what is new, what changed. Pure: no I/O.
///
/// A path is Changed when both have it with another type, size, permission bits or link target
/// (and, with FileDiffOptions::compareMtime, mtime); the tar headers carry no content hash, so a
/// file rewritten with the same size, mode and link target counts as unchanged. Directories are
/// listed only when one side has a directory and the other something else (a type change), or
/// when a directory is gone or new with nothing below it that is listed; the roll-ups count the
/// files. Paths the engine puts into every container (FileTree::isEngineInjected) are left out.
class FileDiff
{
public:
    [[nodiscard]] static FileDiffResult compare(const std::vector<FileEntry> &a,
                                                const std::vector<FileEntry> &b,
                                                const FileDiffOptions &options = {});
    /// The entries of a tree (FileTree::build), in depth-first order, the root left out.
    [[nodiscard]] static std::vector<FileEntry> entries(const FileNode &root);
    /// The changes grouped by their directory `depth` segments deep ("/usr/lib" at depth 2); a
    /// path less deep groups under its own directory ("/bin/sh" → "/bin", "/x" → "/"). Sorted
    /// by weight, largest first, then by path.
    [[nodiscard]] static std::vector<DirectoryDiff> rollUp(const std::vector<FileDelta> &changes,
                                                           int depth);
    /// "gone", "new", "changed".
    [[nodiscard]] static std::string_view kindName(FileDelta::Kind kind);
    /// "file", "directory", "symlink", "hardlink", "other".
    [[nodiscard]] static std::string_view typeName(FileType type);
    /// The names of the set What flags: "type", "size", "mode", "link", "mtime".
    [[nodiscard]] static std::vector<std::string> whatNames(std::uint8_t what);
    /// The diff as JSON (docs/cli.md, `diff --format json`): totals, the first `limit` changes
    /// (all when `limit` < 0) and the roll-ups at `depth`.
    [[nodiscard]] static nlohmann::ordered_json toJson(const FileDiffResult &result, int limit,
                                                       int depth);
};

} // namespace stagecraft::model
