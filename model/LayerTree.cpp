// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayerTree.h"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace stagecraft::model {

namespace {

using Kind = LayerEntry::Kind;

struct Stacked
{
    Kind kind = Kind::File;
    std::int64_t size = 0;
};
using Stack = std::map<std::string, Stacked, std::less<>>;

/// Erases everything strictly below `dir` from `stack`.
void eraseBelow(Stack &stack, const std::string &dir)
{
    const std::string prefix = dir == "/" ? std::string("/") : dir + '/';
    auto first = stack.lower_bound(prefix);
    auto last = first;
    while (last != stack.end() && last->first.compare(0, prefix.size(), prefix) == 0)
        ++last;
    stack.erase(first, last);
}

/// Stacks `layer` on `stack`: its whiteouts first (they apply to the layers below), then its
/// entries.
void apply(Stack &stack, const LayerFiles &layer)
{
    for (const LayerEntry &entry : layer.entries) {
        if (entry.kind == Kind::Whiteout) {
            eraseBelow(stack, entry.path);
            stack.erase(entry.path);
        } else if (entry.kind == Kind::OpaqueWhiteout) {
            eraseBelow(stack, entry.path);
        }
    }
    for (const LayerEntry &entry : layer.entries) {
        if (entry.kind == Kind::Whiteout || entry.kind == Kind::OpaqueWhiteout)
            continue;
        const auto it = stack.find(entry.path);
        if (it != stack.end() && it->second.kind == Kind::Directory
            && entry.kind != Kind::Directory)
            eraseBelow(stack, entry.path); // a directory replaced by a file
        stack[entry.path] = {entry.kind, entry.size};
    }
}

FileType fileType(Kind kind)
{
    switch (kind) {
    case Kind::Directory:
        return FileType::Directory;
    case Kind::Symlink:
        return FileType::Symlink;
    case Kind::Hardlink:
        return FileType::Hardlink;
    case Kind::File:
        return FileType::File;
    default:
        return FileType::Other;
    }
}

FileEntry fileEntry(const std::string &path, const Stacked &stacked)
{
    FileEntry entry;
    entry.path = path;
    entry.type = fileType(stacked.kind);
    entry.size = entry.type == FileType::File ? stacked.size : 0;
    return entry;
}

/// Sets the marks from `changes` and sums again: removed children count only for removed
/// parents; changed entries for everyone above them.
void finish(FileNode &node, const std::unordered_map<std::string, FileChange> &changes)
{
    const auto it = changes.find(node.path);
    node.change = it == changes.end() ? FileChange::None : it->second;
    const bool directory = node.type == FileType::Directory;
    node.added = node.change == FileChange::Added || node.change == FileChange::Modified;
    node.totalSize = directory ? 0 : node.size;
    node.fileCount = directory ? 0 : 1;
    node.addedSize = node.added && !directory ? node.size : 0;
    node.addedCount = node.change == FileChange::None ? 0 : 1;
    for (FileNode &child : node.children) {
        finish(child, changes);
        if (child.change != FileChange::Removed || node.change == FileChange::Removed) {
            node.totalSize += child.totalSize;
            node.fileCount += child.fileCount;
        }
        node.addedSize += child.addedSize;
        node.addedCount += child.addedCount;
    }
    std::sort(node.children.begin(), node.children.end(), [](const FileNode &a, const FileNode &b) {
        if (a.totalSize != b.totalSize)
            return a.totalSize > b.totalSize;
        return a.name < b.name;
    });
}

void countInto(const FileNode &node, LayerTreeCounts &counts)
{
    switch (node.change) {
    case FileChange::Added:
        ++counts.added;
        break;
    case FileChange::Modified:
        ++counts.modified;
        break;
    case FileChange::Removed:
        ++counts.removed;
        break;
    case FileChange::None:
        break;
    }
    for (const FileNode &child : node.children)
        countInto(child, counts);
}

} // namespace

int LayerTree::baseLayerCount(const std::vector<LayerFiles> &layers)
{
    int count = 0;
    while (count < static_cast<int>(layers.size())
           && layers[static_cast<std::size_t>(count)].instructionIndex < 0)
        ++count;
    return count;
}

FileNode LayerTree::build(const std::vector<LayerFiles> &layers, int layer, bool aggregated)
{
    if (layers.empty())
        return FileTree::build({}, nullptr);
    const int last = std::clamp(layer, 0, static_cast<int>(layers.size()) - 1);
    int first = last;
    if (aggregated) {
        const int base = baseLayerCount(layers);
        first = last < base ? 0 : base;
    }
    Stack lower;
    for (int i = 0; i < first; ++i)
        apply(lower, layers[static_cast<std::size_t>(i)]);
    Stack upper = lower;
    std::unordered_set<std::string_view> written; // paths the compared layers wrote
    for (int i = first; i <= last; ++i) {
        const LayerFiles &files = layers[static_cast<std::size_t>(i)];
        apply(upper, files);
        for (const LayerEntry &entry : files.entries) {
            if (entry.kind != Kind::Whiteout && entry.kind != Kind::OpaqueWhiteout)
                written.insert(entry.path);
        }
    }

    std::vector<FileEntry> entries;
    entries.reserve(upper.size());
    std::unordered_map<std::string, FileChange> changes;
    for (const auto &[path, stacked] : upper) {
        entries.push_back(fileEntry(path, stacked));
        const auto before = lower.find(path);
        if (before == lower.end())
            changes.emplace(path, FileChange::Added);
        else if ((stacked.kind != Kind::Directory && written.contains(path))
                 || (before->second.kind == Kind::Directory) != (stacked.kind == Kind::Directory))
            changes.emplace(path, FileChange::Modified);
    }
    for (const auto &[path, stacked] : lower) {
        if (!upper.contains(path)) {
            entries.push_back(fileEntry(path, stacked));
            changes.emplace(path, FileChange::Removed);
        }
    }
    FileNode root = FileTree::build(entries, nullptr);
    finish(root, changes);
    return root;
}

std::int64_t LayerTree::layerBytes(const LayerFiles &layer)
{
    std::int64_t bytes = 0;
    for (const LayerEntry &entry : layer.entries) {
        if (entry.kind == Kind::File)
            bytes += entry.size;
    }
    return bytes;
}

LayerTreeCounts LayerTree::count(const FileNode &tree)
{
    LayerTreeCounts counts;
    countInto(tree, counts);
    return counts;
}

} // namespace stagecraft::model
