// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::model {

/// What a file-system entry of an image is.
enum class FileType : std::uint8_t { File, Directory, Symlink, Hardlink, Other };

/// What a layer did to an entry, as dive marks it (model::LayerTree); None elsewhere.
enum class FileChange : std::uint8_t { None, Added, Modified, Removed };

/// One entry of an image's file system (one tar header of its archive).
struct FileEntry
{
    std::string path; ///< absolute, no trailing slash ("/bin/sh"); UTF-8
    FileType type = FileType::File;
    std::int64_t size = 0;  ///< bytes of a regular file (0 for links and directories)
    std::uint32_t mode = 0; ///< permission bits (07777)
    std::int64_t mtime = 0; ///< seconds since the epoch
    std::string linkTarget; ///< symlink or hard-link target
    friend bool operator==(const FileEntry &, const FileEntry &) = default;
};

/// A node of a file tree: directories sum their contents; children sorted by size, largest
/// first (then by name).
struct FileNode
{
    std::string name; ///< "" for the root
    std::string path; ///< "/" for the root
    FileType type = FileType::Directory;
    std::int64_t size = 0;      ///< own bytes (files)
    std::int64_t totalSize = 0; ///< own bytes + everything below
    std::uint32_t mode = 0;
    std::int64_t mtime = 0;
    std::string linkTarget;
    bool added = false;                   ///< added or changed by the stage (see FileTree)
    std::int64_t addedSize = 0;           ///< bytes of added files at or below this node
    int addedCount = 0;                   ///< added entries at or below this node
    int fileCount = 0;                    ///< non-directory entries at or below this node
    FileChange change = FileChange::None; ///< set by model::LayerTree only
    std::vector<FileNode> children;
};

/// The files of one image, as the Files panel shows them.
struct FileListing
{
    std::string image;       ///< as asked
    std::string imageId;     ///< sha256:…
    std::string baseImage;   ///< as asked ("" when there was none)
    std::string baseImageId; ///< "" when there was no base to compare with
    int entryCount = 0;
    std::int64_t archiveBytes = 0; ///< bytes of tar read
    FileNode root;
};

/// Builds the tree of an image's file system from its entries, and marks what a stage added.
///
/// "Added by the stage" is decided by comparing with the base image's entries: a file, link or
/// other entry is added when the base has no entry at that path, or one that differs in type,
/// size, permission bits, mtime or link target; a directory is added when the base has no
/// directory there. Paths the engine puts into every container (`/.dockerenv`, `/etc/hosts`,
/// `/etc/hostname`, `/etc/resolv.conf`, the `/dev`, `/proc` and `/sys` mount points) never count
/// as added. Files the stage deleted are not shown.
class FileTree
{
public:
    /// The tree of `entries`; with `base`, entries that the base lacks (or has differently) are
    /// marked added. Parent directories missing from `entries` are created.
    [[nodiscard]] static FileNode build(const std::vector<FileEntry> &entries,
                                        const std::vector<FileEntry> *base);
    /// True for the paths the engine adds to every container.
    [[nodiscard]] static bool isEngineInjected(std::string_view path);
    /// The node at `path` ("/a/b"), or nullptr.
    [[nodiscard]] static const FileNode *find(const FileNode &root, std::string_view path);
};

} // namespace stagecraft::model
