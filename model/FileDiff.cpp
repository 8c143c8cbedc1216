// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDiff.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace stagecraft::model {

namespace {

using Kind = FileDelta::Kind;

bool isDirectory(const FileEntry &entry)
{
    return entry.type == FileType::Directory;
}

std::int64_t fileBytes(const FileEntry &entry)
{
    return entry.type == FileType::File ? entry.size : 0;
}

/// The What flags of two entries at the same path.
std::uint8_t differences(const FileEntry &a, const FileEntry &b, bool compareMtime)
{
    std::uint8_t what = 0;
    if (a.type != b.type)
        what |= FileDelta::Type;
    if (fileBytes(a) != fileBytes(b))
        what |= FileDelta::Size;
    if (a.mode != b.mode)
        what |= FileDelta::Mode;
    if (a.linkTarget != b.linkTarget)
        what |= FileDelta::Link;
    if (compareMtime && a.mtime != b.mtime)
        what |= FileDelta::Time;
    return what;
}

FileDelta changeOf(Kind kind, const FileEntry *a, const FileEntry *b)
{
    FileDelta change;
    change.kind = kind;
    change.path = a ? a->path : b->path;
    if (a) {
        change.typeA = a->type;
        change.sizeA = fileBytes(*a);
        change.modeA = a->mode;
        change.linkA = a->linkTarget;
    }
    if (b) {
        change.typeB = b->type;
        change.sizeB = fileBytes(*b);
        change.modeB = b->mode;
        change.linkB = b->linkTarget;
    }
    if (!a)
        change.typeA = change.typeB;
    if (!b)
        change.typeB = change.typeA;
    return change;
}

/// Entries by path (the last one wins, as in a tar extracted in order), engine-injected paths
/// left out.
std::unordered_map<std::string_view, const FileEntry *> byPath(const std::vector<FileEntry> &list)
{
    std::unordered_map<std::string_view, const FileEntry *> map;
    map.reserve(list.size());
    for (const FileEntry &entry : list) {
        if (!FileTree::isEngineInjected(entry.path) && !entry.path.empty() && entry.path != "/")
            map.insert_or_assign(entry.path, &entry);
    }
    return map;
}

void count(const std::unordered_map<std::string_view, const FileEntry *> &map, int &files,
           std::int64_t &bytes)
{
    for (const auto &[path, entry] : map) {
        if (!isDirectory(*entry)) {
            ++files;
            bytes += fileBytes(*entry);
        }
    }
}

/// Every ancestor directory of `path` ("/a/b/c" → "/a/b", "/a"; not "/").
void addAncestors(std::string_view path, std::unordered_set<std::string> &into)
{
    for (std::size_t slash = path.rfind('/'); slash != std::string_view::npos && slash > 0;
         slash = path.rfind('/', slash - 1)) {
        if (!into.insert(std::string(path.substr(0, slash))).second)
            return; // its ancestors are in already
    }
}

/// The directory a path rolls up to at `depth`.
std::string groupOf(const std::string &path, int depth)
{
    // Its own directory, cut to `depth` segments.
    const std::size_t last = path.rfind('/');
    const std::string directory
        = last == 0 || last == std::string::npos ? "/" : path.substr(0, last);
    if (directory == "/")
        return directory;
    std::size_t at = 0;
    for (int segment = 0; segment < depth; ++segment) {
        at = directory.find('/', at + 1);
        if (at == std::string::npos)
            return directory;
    }
    return directory.substr(0, at);
}

} // namespace

std::int64_t FileDelta::weight() const
{
    switch (kind) {
    case Kind::Gone:
        return sizeA;
    case Kind::New:
        return sizeB;
    case Kind::Changed:
        return std::max(sizeA, sizeB);
    }
    return 0;
}

std::int64_t DirectoryDiff::weight() const
{
    return goneBytes + newBytes + (changedDelta < 0 ? -changedDelta : changedDelta);
}

FileDiffResult FileDiff::compare(const std::vector<FileEntry> &a, const std::vector<FileEntry> &b,
                                 const FileDiffOptions &options)
{
    FileDiffResult result;
    FileDiffTotals &totals = result.totals;
    const auto inA = byPath(a);
    const auto inB = byPath(b);
    count(inA, totals.filesA, totals.bytesA);
    count(inB, totals.filesB, totals.bytesB);

    std::vector<FileDelta> directories; // gone or new directories, listed when nothing below is
    for (const auto &[path, before] : inA) {
        const auto found = inB.find(path);
        if (found == inB.end()) {
            FileDelta change = changeOf(Kind::Gone, before, nullptr);
            if (isDirectory(*before)) {
                directories.push_back(std::move(change));
            } else {
                ++totals.goneFiles;
                totals.goneBytes += change.sizeA;
                result.changes.push_back(std::move(change));
            }
            continue;
        }
        const FileEntry &after = *found->second;
        const std::uint8_t what = differences(*before, after, options.compareMtime);
        if (what == 0) {
            ++totals.unchanged;
            if (before->mtime != after.mtime)
                ++totals.touched;
            continue;
        }
        // A directory whose permission bits (or mtime) changed is not worth a line: its files
        // tell what happened. A type change is.
        if (isDirectory(*before) && isDirectory(after)) {
            ++totals.unchanged;
            continue;
        }
        FileDelta change = changeOf(Kind::Changed, before, &after);
        change.what = what;
        ++totals.changedFiles;
        totals.changedBytesA += change.sizeA;
        totals.changedBytesB += change.sizeB;
        result.changes.push_back(std::move(change));
    }
    for (const auto &[path, after] : inB) {
        if (inA.contains(path))
            continue;
        FileDelta change = changeOf(Kind::New, nullptr, after);
        if (isDirectory(*after)) {
            directories.push_back(std::move(change));
        } else {
            ++totals.newFiles;
            totals.newBytes += change.sizeB;
            result.changes.push_back(std::move(change));
        }
    }

    // A gone or new directory is listed only when nothing listed lies below it (an emptied
    // `mkdir /data`); otherwise its files say it all.
    std::unordered_set<std::string> ancestors;
    for (const FileDelta &change : result.changes)
        addAncestors(change.path, ancestors);
    for (const FileDelta &directory : directories)
        addAncestors(directory.path, ancestors);
    for (FileDelta &directory : directories) {
        if (!ancestors.contains(directory.path))
            result.changes.push_back(std::move(directory));
    }

    std::sort(result.changes.begin(), result.changes.end(),
              [](const FileDelta &x, const FileDelta &y) {
                  if (x.weight() != y.weight())
                      return x.weight() > y.weight();
                  return x.path < y.path;
              });
    return result;
}

std::vector<FileEntry> FileDiff::entries(const FileNode &root)
{
    std::vector<FileEntry> list;
    std::vector<const FileNode *> stack;
    for (auto it = root.children.rbegin(); it != root.children.rend(); ++it)
        stack.push_back(&*it);
    while (!stack.empty()) {
        const FileNode *node = stack.back();
        stack.pop_back();
        list.push_back(
            {node->path, node->type, node->size, node->mode, node->mtime, node->linkTarget});
        for (auto it = node->children.rbegin(); it != node->children.rend(); ++it)
            stack.push_back(&*it);
    }
    return list;
}

std::vector<DirectoryDiff> FileDiff::rollUp(const std::vector<FileDelta> &changes, int depth)
{
    std::map<std::string, DirectoryDiff> groups;
    for (const FileDelta &change : changes) {
        if (change.typeA == FileType::Directory && change.typeB == FileType::Directory)
            continue; // an empty directory gone or new: no file to count
        const std::string key = groupOf(change.path, std::max(depth, 1));
        DirectoryDiff &group = groups[key];
        group.path = key;
        switch (change.kind) {
        case Kind::Gone:
            ++group.goneFiles;
            group.goneBytes += change.sizeA;
            break;
        case Kind::New:
            ++group.newFiles;
            group.newBytes += change.sizeB;
            break;
        case Kind::Changed:
            ++group.changedFiles;
            group.changedDelta += change.delta();
            break;
        }
    }
    std::vector<DirectoryDiff> list;
    list.reserve(groups.size());
    for (auto &[path, group] : groups)
        list.push_back(std::move(group));
    std::stable_sort(list.begin(), list.end(), [](const DirectoryDiff &x, const DirectoryDiff &y) {
        return x.weight() > y.weight();
    });
    return list;
}

std::string_view FileDiff::kindName(FileDelta::Kind kind)
{
    switch (kind) {
    case Kind::Gone:
        return "gone";
    case Kind::New:
        return "new";
    case Kind::Changed:
        return "changed";
    }
    return {};
}

std::string_view FileDiff::typeName(FileType type)
{
    switch (type) {
    case FileType::File:
        return "file";
    case FileType::Directory:
        return "directory";
    case FileType::Symlink:
        return "symlink";
    case FileType::Hardlink:
        return "hardlink";
    case FileType::Other:
        return "other";
    }
    return {};
}

std::vector<std::string> FileDiff::whatNames(std::uint8_t what)
{
    std::vector<std::string> names;
    if (what & FileDelta::Type)
        names.emplace_back("type");
    if (what & FileDelta::Size)
        names.emplace_back("size");
    if (what & FileDelta::Mode)
        names.emplace_back("mode");
    if (what & FileDelta::Link)
        names.emplace_back("link");
    if (what & FileDelta::Time)
        names.emplace_back("mtime");
    return names;
}

nlohmann::ordered_json FileDiff::toJson(const FileDiffResult &result, int limit, int depth)
{
    const FileDiffTotals &t = result.totals;
    nlohmann::ordered_json json;
    json["totals"]
        = {{"filesA", t.filesA},
           {"filesB", t.filesB},
           {"bytesA", t.bytesA},
           {"bytesB", t.bytesB},
           {"gone", {{"files", t.goneFiles}, {"bytes", t.goneBytes}}},
           {"new", {{"files", t.newFiles}, {"bytes", t.newBytes}}},
           {"changed",
            {{"files", t.changedFiles}, {"bytesA", t.changedBytesA}, {"bytesB", t.changedBytesB}}},
           {"unchanged", t.unchanged},
           {"touched", t.touched}};
    nlohmann::ordered_json changes = nlohmann::ordered_json::array();
    const std::size_t shown
        = limit < 0 ? result.changes.size() : std::min(result.changes.size(), std::size_t(limit));
    for (std::size_t i = 0; i < shown; ++i) {
        const FileDelta &c = result.changes[i];
        nlohmann::ordered_json row = {{"change", kindName(c.kind)}, {"path", c.path}};
        if (c.kind != Kind::New)
            row["a"] = {{"type", typeName(c.typeA)},
                        {"size", c.sizeA},
                        {"mode", c.modeA},
                        {"link", c.linkA}};
        if (c.kind != Kind::Gone)
            row["b"] = {{"type", typeName(c.typeB)},
                        {"size", c.sizeB},
                        {"mode", c.modeB},
                        {"link", c.linkB}};
        if (c.kind == Kind::Changed)
            row["what"] = whatNames(c.what);
        row["delta"] = c.delta();
        changes.push_back(std::move(row));
    }
    json["changes"] = std::move(changes);
    json["omitted"] = result.changes.size() - shown;
    nlohmann::ordered_json directories = nlohmann::ordered_json::array();
    for (const DirectoryDiff &d : rollUp(result.changes, depth))
        directories.push_back(
            {{"path", d.path},
             {"gone", {{"files", d.goneFiles}, {"bytes", d.goneBytes}}},
             {"new", {{"files", d.newFiles}, {"bytes", d.newBytes}}},
             {"changed", {{"files", d.changedFiles}, {"delta", d.changedDelta}}}});
    json["directories"] = std::move(directories);
    json["depth"] = std::max(depth, 1);
    return json;
}

} // namespace stagecraft::model
