// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileTree.h"

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <unordered_map>

namespace stagecraft::model {

namespace {

/// The non-empty segments of an absolute path ("/a//b/" → "a", "b").
std::vector<std::string_view> segments(std::string_view path)
{
    std::vector<std::string_view> parts;
    std::size_t at = 0;
    while (at < path.size()) {
        const std::size_t slash = path.find('/', at);
        const std::size_t end = slash == std::string_view::npos ? path.size() : slash;
        if (end > at)
            parts.push_back(path.substr(at, end - at));
        at = end + 1;
    }
    return parts;
}

/// A node while the tree is built: children by name.
struct TreeBuilder
{
    FileNode node;
    std::vector<std::unique_ptr<TreeBuilder>> kids;
    std::map<std::string, TreeBuilder *, std::less<>> byName;

    TreeBuilder *child(std::string_view name, const std::string &path)
    {
        if (const auto found = byName.find(name); found != byName.end())
            return found->second;
        auto kid = std::make_unique<TreeBuilder>();
        kid->node.name = std::string(name);
        kid->node.path = path;
        kid->node.type = FileType::Directory;
        TreeBuilder *raw = kid.get();
        byName.emplace(std::string(name), raw);
        kids.push_back(std::move(kid));
        return raw;
    }

    FileNode finish()
    {
        FileNode result = std::move(node);
        result.totalSize = result.size;
        result.addedSize = result.added && result.type != FileType::Directory ? result.size : 0;
        result.addedCount = result.added ? 1 : 0;
        result.fileCount = result.type == FileType::Directory ? 0 : 1;
        result.children.reserve(kids.size());
        for (auto &kid : kids) {
            FileNode child = kid->finish();
            result.totalSize += child.totalSize;
            result.addedSize += child.addedSize;
            result.addedCount += child.addedCount;
            result.fileCount += child.fileCount;
            result.children.push_back(std::move(child));
        }
        std::sort(result.children.begin(), result.children.end(),
                  [](const FileNode &a, const FileNode &b) {
                      if (a.totalSize != b.totalSize)
                          return a.totalSize > b.totalSize;
                      return a.name < b.name;
                  });
        return result;
    }
};

bool differs(const FileEntry &a, const FileEntry &b)
{
    return a.type != b.type || a.size != b.size || a.mode != b.mode || a.mtime != b.mtime
        || a.linkTarget != b.linkTarget;
}

} // namespace

bool FileTree::isEngineInjected(std::string_view path)
{
    static constexpr std::array<std::string_view, 7> injected{
        "/.dockerenv", "/etc/hosts", "/etc/hostname", "/etc/resolv.conf", "/dev", "/proc", "/sys"};
    return std::find(injected.begin(), injected.end(), path) != injected.end();
}

FileNode FileTree::build(const std::vector<FileEntry> &entries, const std::vector<FileEntry> *base)
{
    std::unordered_map<std::string_view, const FileEntry *> baseByPath;
    if (base) {
        baseByPath.reserve(base->size());
        for (const FileEntry &entry : *base)
            baseByPath.insert_or_assign(entry.path, &entry);
    }
    TreeBuilder root;
    root.node.path = "/";
    for (const FileEntry &entry : entries) {
        const std::vector<std::string_view> parts = segments(entry.path);
        if (parts.empty())
            continue;
        TreeBuilder *at = &root;
        std::string path;
        for (const std::string_view part : parts) {
            path += '/';
            path += part;
            at = at->child(part, path);
        }
        FileNode &node = at->node;
        node.type = entry.type;
        node.size = entry.type == FileType::File ? entry.size : 0;
        node.mode = entry.mode;
        node.mtime = entry.mtime;
        node.linkTarget = entry.linkTarget;
        if (base && !isEngineInjected(entry.path)) {
            const auto found = baseByPath.find(entry.path);
            const FileEntry *before = found == baseByPath.end() ? nullptr : found->second;
            if (entry.type == FileType::Directory)
                node.added = before == nullptr || before->type != FileType::Directory;
            else
                node.added = before == nullptr || differs(entry, *before);
        }
    }
    return root.finish();
}

const FileNode *FileTree::find(const FileNode &root, std::string_view path)
{
    const FileNode *at = &root;
    for (const std::string_view part : segments(path)) {
        const auto it = std::find_if(at->children.begin(), at->children.end(),
                                     [part](const FileNode &child) { return child.name == part; });
        if (it == at->children.end())
            return nullptr;
        at = &*it;
    }
    return at;
}

} // namespace stagecraft::model
