// SPDX-License-Identifier: GPL-3.0-or-later
#include "WasteAnalysis.h"

#include "Measurement.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace stagecraft::model {

namespace {

using Kind = LayerEntry::Kind;

/// An entry of the stacked file system (every layer up to the current one applied).
struct Stacked
{
    Kind kind = Kind::File;
    std::int64_t size = 0;
    int layer = 0;
};
using StackedTree = std::map<std::string, Stacked>;

struct PathTally
{
    int count = 0;
    std::int64_t cumulative = 0;
    std::int64_t minimum = -1;
};

bool isWhiteout(Kind kind)
{
    return kind == Kind::Whiteout || kind == Kind::OpaqueWhiteout;
}

/// "dir/" (or "/" for the root): every path below `dir` starts with it.
std::string childPrefix(const std::string &dir)
{
    return dir == "/" ? std::string("/") : dir + '/';
}

/// The range of `tree` strictly below `dir`.
std::pair<StackedTree::iterator, StackedTree::iterator> below(StackedTree &tree,
                                                              const std::string &dir)
{
    const std::string prefix = childPrefix(dir);
    auto first = tree.lower_bound(prefix);
    auto last = first;
    while (last != tree.end() && last->first.compare(0, prefix.size(), prefix) == 0)
        ++last;
    return {first, last};
}

/// Σ sizes below `dir` in the stacked tree (dive sums a removed directory's whole subtree).
std::int64_t subtreeBytes(StackedTree &tree, const std::string &dir)
{
    std::int64_t bytes = 0;
    auto [first, last] = below(tree, dir);
    for (auto it = first; it != last; ++it)
        bytes += it->second.size;
    return bytes;
}

/// The direct children of `dir` in the stacked tree.
std::vector<std::string> childrenOf(StackedTree &tree, const std::string &dir)
{
    std::vector<std::string> children;
    const std::string prefix = childPrefix(dir);
    auto [first, last] = below(tree, dir);
    for (auto it = first; it != last; ++it) {
        if (it->first.find('/', prefix.size()) == std::string::npos)
            children.push_back(it->first);
    }
    return children;
}

/// The entries of `layer` that have nothing below them in the same layer (dive's leaves).
std::vector<const LayerEntry *> leavesOf(const LayerFiles &layer)
{
    std::unordered_set<std::string> parents;
    for (const LayerEntry &entry : layer.entries) {
        std::string_view path = entry.path;
        if (entry.kind == Kind::OpaqueWhiteout)
            parents.emplace(path); // the marker lives inside the directory
        for (std::size_t slash = path.rfind('/'); slash != std::string_view::npos && slash > 0;
             slash = path.rfind('/', slash - 1)) {
            if (!parents.emplace(path.substr(0, slash)).second)
                break; // its ancestors are in already
        }
    }
    std::vector<const LayerEntry *> leaves;
    for (const LayerEntry &entry : layer.entries) {
        if (entry.kind == Kind::OpaqueWhiteout || !parents.contains(entry.path))
            leaves.push_back(&entry);
    }
    return leaves;
}

class Analyser
{
public:
    explicit Analyser(const std::vector<LayerFiles> &layers)
        : m_layers(layers)
    { }

    WasteReport run()
    {
        for (std::size_t i = 0; i < m_layers.size(); ++i) {
            m_layer = static_cast<int>(i);
            tally(m_layers[i]);
            m_report.layers.push_back(apply(m_layers[i]));
        }
        summarise();
        return std::move(m_report);
    }

private:
    void see(const std::string &path, std::int64_t size)
    {
        PathTally &tally = m_paths[path];
        ++tally.count;
        tally.cumulative += size;
        if (tally.minimum < 0 || size < tally.minimum)
            tally.minimum = size;
    }

    /// A whiteout's size: the subtree it removes when the path was a directory below, else 0.
    std::int64_t whiteoutSize(const std::string &path)
    {
        const auto it = m_tree.find(path);
        if (it == m_tree.end() || it->second.kind != Kind::Directory)
            return 0;
        return subtreeBytes(m_tree, path);
    }

    void tally(const LayerFiles &layer)
    {
        for (const LayerEntry *entry : leavesOf(layer)) {
            if (entry->kind == Kind::Whiteout) {
                see(entry->path, whiteoutSize(entry->path));
            } else if (entry->kind == Kind::OpaqueWhiteout) {
                for (const std::string &child : childrenOf(m_tree, entry->path))
                    see(child, whiteoutSize(child));
            } else {
                see(entry->path, entry->size);
            }
        }
    }

    /// Removes `first`..`last` from the stacked tree, recording each file as removed.
    void erase(StackedTree::iterator first, StackedTree::iterator last, bool overwritten,
               LayerChange *change)
    {
        for (auto it = first; it != last; ++it) {
            if (change) {
                ++change->removed;
                change->removedBytes += it->second.size;
            }
            if (it->second.kind != Kind::Directory)
                m_report.removed.push_back(
                    {it->first, it->second.size, it->second.layer, m_layer, overwritten});
        }
        m_tree.erase(first, last);
    }

    void remove(const LayerEntry &entry, LayerChange &change)
    {
        auto [first, last] = below(m_tree, entry.path);
        erase(first, last, false, &change);
        if (entry.kind == Kind::Whiteout) {
            const auto it = m_tree.find(entry.path);
            if (it != m_tree.end())
                erase(it, std::next(it), false, &change);
        }
    }

    void add(const LayerEntry &entry, LayerChange &change)
    {
        const auto it = m_tree.find(entry.path);
        const bool directory = entry.kind == Kind::Directory;
        if (it == m_tree.end()) {
            ++change.added;
            change.addedBytes += entry.size;
        } else if (it->second.kind == Kind::Directory && !directory) {
            auto [first, last] = below(m_tree, entry.path); // a directory replaced by a file
            erase(first, last, true, nullptr);
            ++change.modified;
            change.modifiedBytes += entry.size;
        } else if (it->second.kind != Kind::Directory) {
            erase(it, std::next(it), true, nullptr);
            ++change.modified;
            change.modifiedBytes += entry.size;
        }
        m_tree[entry.path] = {entry.kind, entry.size, m_layer};
    }

    /// Stacks `layer` on the tree: its deletions first (they apply to the layers below only),
    /// then its entries.
    LayerChange apply(const LayerFiles &layer)
    {
        LayerChange change;
        for (const LayerEntry &entry : layer.entries) {
            if (isWhiteout(entry.kind))
                remove(entry, change);
        }
        for (const LayerEntry &entry : layer.entries) {
            if (!isWhiteout(entry.kind))
                add(entry, change);
        }
        return change;
    }

    void summarise();
    void group();

    const std::vector<LayerFiles> &m_layers;
    int m_layer = 0;
    StackedTree m_tree;
    std::unordered_map<std::string, PathTally> m_paths;
    WasteReport m_report;
};

void Analyser::summarise()
{
    for (const auto &[path, tally] : m_paths) {
        m_report.minimumBytes += tally.minimum;
        m_report.cumulativeBytes += tally.cumulative;
        if (tally.count >= 2) {
            m_report.wastedBytes += tally.cumulative;
            m_report.paths.push_back({path, tally.count, tally.cumulative, tally.minimum});
        }
    }
    m_report.efficiency = m_report.cumulativeBytes == 0 ? 1.0
                                                        : static_cast<double>(m_report.minimumBytes)
            / static_cast<double>(m_report.cumulativeBytes);
    std::sort(m_report.paths.begin(), m_report.paths.end(), [](const auto &a, const auto &b) {
        return std::tie(b.cumulativeSize, a.path) < std::tie(a.cumulativeSize, b.path);
    });
    std::sort(m_report.removed.begin(), m_report.removed.end(), [](const auto &a, const auto &b) {
        return std::tie(b.size, a.path, a.removedLayer) < std::tie(a.size, b.path, b.removedLayer);
    });
    group();
}

void Analyser::group()
{
    std::map<std::pair<int, int>, WasteGroup> groups;
    for (const RemovedFile &file : m_report.removed) {
        auto [it, inserted] = groups.try_emplace({file.addedLayer, file.removedLayer});
        WasteGroup &g = it->second;
        if (inserted) {
            g.addedLayer = file.addedLayer;
            g.removedLayer = file.removedLayer;
            g.overwritten = true;
        }
        g.bytes += file.size;
        ++g.files;
        g.overwritten = g.overwritten && file.overwritten;
    }
    for (auto &[key, g] : groups) {
        g.advice = WasteAnalysis::adviceFor(m_layers[static_cast<std::size_t>(g.addedLayer)],
                                            m_layers[static_cast<std::size_t>(g.removedLayer)],
                                            g.overwritten);
        m_report.groups.push_back(std::move(g));
    }
    std::stable_sort(m_report.groups.begin(), m_report.groups.end(),
                     [](const auto &a, const auto &b) { return a.bytes > b.bytes; });
}

} // namespace

double WasteReport::userWastedPercent(std::int64_t imageSize, std::int64_t baseSize) const
{
    const std::int64_t own = imageSize - baseSize;
    if (own <= 0)
        return 0.0;
    return 100.0 * static_cast<double>(wastedBytes) / static_cast<double>(own);
}

WasteReport WasteAnalysis::analyse(const std::vector<LayerFiles> &layers)
{
    return Analyser(layers).run();
}

std::string WasteAnalysis::adviceFor(const LayerFiles &added, const LayerFiles &removed,
                                     bool overwritten)
{
    if (removed.instructionIndex < 0)
        return {}; // both in the base image: nothing this Dockerfile can change
    if (added.instructionIndex < 0)
        return std::string(kAdviceSlimmerBase);
    if (overwritten)
        return std::string(kAdviceBuilderStage);
    const std::string addedBy = Measurement::keywordOfCreatedBy(added.createdBy);
    const std::string removedBy = Measurement::keywordOfCreatedBy(removed.createdBy);
    if (removedBy != "RUN")
        return std::string(kAdviceBuilderStage);
    if (addedBy == "RUN")
        return std::string(kAdviceSameRun);
    if (addedBy == "COPY" || addedBy == "ADD")
        return std::string(kAdviceNarrowCopy);
    return std::string(kAdviceBuilderStage);
}

} // namespace stagecraft::model
