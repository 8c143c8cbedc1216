// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/CanvasLayout.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace stagecraft::views {

namespace {

using Adjacency = std::vector<std::vector<int>>;

/// Longest-path layers over the edges that point forward in a topological order (Kahn); edges
/// that close a cycle are ignored for layering.
std::vector<int> longestPathLayers(int count, const Adjacency &successors,
                                   const Adjacency &predecessors)
{
    std::vector<int> inDegree(static_cast<std::size_t>(count), 0);
    for (int v = 0; v < count; ++v)
        inDegree[static_cast<std::size_t>(v)]
            = static_cast<int>(predecessors[static_cast<std::size_t>(v)].size());
    std::vector<int> layer(static_cast<std::size_t>(count), 0);
    std::vector<bool> done(static_cast<std::size_t>(count), false);
    std::vector<int> queue;
    queue.reserve(static_cast<std::size_t>(count));
    int processed = 0;
    while (processed < count) {
        if (queue.empty()) {
            // Start from the nodes nothing points to; when none is left, a cycle remains: break
            // it at the lowest-numbered node still waiting.
            for (int v = count - 1; v >= 0; --v) {
                if (!done[static_cast<std::size_t>(v)]
                    && inDegree[static_cast<std::size_t>(v)] == 0)
                    queue.push_back(v);
            }
            for (int v = 0; queue.empty() && v < count; ++v) {
                if (!done[static_cast<std::size_t>(v)]) {
                    queue.push_back(v);
                    inDegree[static_cast<std::size_t>(v)] = 0;
                }
            }
        }
        const int v = queue.back();
        queue.pop_back();
        if (done[static_cast<std::size_t>(v)])
            continue;
        done[static_cast<std::size_t>(v)] = true;
        ++processed;
        for (int w : successors[static_cast<std::size_t>(v)]) {
            if (done[static_cast<std::size_t>(w)])
                continue;
            layer[static_cast<std::size_t>(w)] = std::max(layer[static_cast<std::size_t>(w)],
                                                          layer[static_cast<std::size_t>(v)] + 1);
            if (--inDegree[static_cast<std::size_t>(w)] == 0)
                queue.push_back(w);
        }
    }
    return layer;
}

template<typename Vector>
auto &at(Vector &vector, int index)
{
    return vector[static_cast<std::size_t>(index)];
}

/// Successors and predecessors of every node, each list sorted and without duplicates (edges
/// out of range and loops dropped).
std::pair<Adjacency, Adjacency> adjacencyOf(const CanvasLayout::Graph &graph, int count)
{
    Adjacency successors(static_cast<std::size_t>(count));
    Adjacency predecessors(static_cast<std::size_t>(count));
    for (const auto &[from, to] : graph.edges) {
        if (from < 0 || to < 0 || from >= count || to >= count || from == to)
            continue;
        at(successors, from).push_back(to);
        at(predecessors, to).push_back(from);
    }
    for (Adjacency *adjacency : {&successors, &predecessors}) {
        for (auto &list : *adjacency) {
            std::sort(list.begin(), list.end());
            list.erase(std::unique(list.begin(), list.end()), list.end());
        }
    }
    return {std::move(successors), std::move(predecessors)};
}

/// Longest-path layers, with sources (base images, independent stages) pulled right, next to
/// their first consumer.
std::vector<int> assignLayers(int count, const Adjacency &successors, const Adjacency &predecessors)
{
    std::vector<int> layer = longestPathLayers(count, successors, predecessors);
    for (int v = 0; v < count; ++v) {
        if (!at(predecessors, v).empty() || at(successors, v).empty())
            continue;
        int nearest = -1;
        for (int w : at(successors, v))
            nearest = nearest < 0 ? at(layer, w) : std::min(nearest, at(layer, w));
        at(layer, v) = std::max(0, nearest - 1);
    }
    return layer;
}

/// The nodes of each layer, ordered by barycentre sweeps (down by predecessors, then up by
/// successors) from file order.
std::vector<std::vector<int>> orderColumns(int count, const std::vector<int> &layer,
                                           const Adjacency &successors,
                                           const Adjacency &predecessors)
{
    const int layerCount = *std::max_element(layer.begin(), layer.end()) + 1;
    std::vector<std::vector<int>> columns(static_cast<std::size_t>(layerCount));
    for (int v = 0; v < count; ++v)
        at(columns, at(layer, v)).push_back(v);
    std::vector<double> order(static_cast<std::size_t>(count), 0.0);
    auto renumber = [&](const std::vector<int> &column) {
        for (std::size_t i = 0; i < column.size(); ++i)
            at(order, column[i]) = static_cast<double>(i);
    };
    for (const auto &column : columns)
        renumber(column);
    auto sweep = [&](int column, const Adjacency &neighbours) {
        auto &nodes = at(columns, column);
        std::vector<std::pair<double, int>> keyed;
        keyed.reserve(nodes.size());
        for (int v : nodes) {
            const auto &list = at(neighbours, v);
            double key = at(order, v);
            if (!list.empty()) {
                double sum = 0;
                for (int w : list)
                    sum += at(order, w);
                key = sum / static_cast<double>(list.size());
            }
            keyed.emplace_back(key, v);
        }
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (std::size_t i = 0; i < keyed.size(); ++i)
            nodes[i] = keyed[i].second;
        renumber(nodes);
    };
    for (int pass = 0; pass < 4; ++pass) {
        for (int c = 1; c < layerCount; ++c)
            sweep(c, predecessors);
        for (int c = layerCount - 2; c >= 0; --c)
            sweep(c, successors);
    }
    return columns;
}

/// x: columns side by side, each as wide as its widest node (nodes centred in it).
void placeColumns(const std::vector<std::vector<int>> &columns, const CanvasLayout::Graph &graph,
                  const CanvasLayout::Options &options, std::vector<QPointF> &positions)
{
    qreal x = 0;
    for (const auto &column : columns) {
        qreal width = 0;
        for (int v : column)
            width = std::max(width, at(graph.sizes, v).width());
        for (int v : column)
            at(positions, v).setX(x + (width - at(graph.sizes, v).width()) / 2);
        x += width + options.columnGap;
    }
}

/// y: each column stacked, then nodes moved towards their neighbours' centres, keeping the order
/// and the gaps (left to right by predecessors, then sources by successors).
void placeRows(const std::vector<std::vector<int>> &columns, const CanvasLayout::Graph &graph,
               const CanvasLayout::Options &options, const Adjacency &successors,
               const Adjacency &predecessors, std::vector<QPointF> &positions)
{
    const int count = static_cast<int>(graph.sizes.size());
    const int layerCount = static_cast<int>(columns.size());
    std::vector<qreal> y(static_cast<std::size_t>(count), 0);
    auto centre = [&](int v) { return at(y, v) + at(graph.sizes, v).height() / 2; };
    for (const auto &column : columns) {
        qreal top = 0;
        for (int v : column) {
            at(y, v) = top;
            top += at(graph.sizes, v).height() + options.rowGap;
        }
    }
    auto place = [&](const std::vector<int> &column, const Adjacency &neighbours,
                     bool onlySources) {
        qreal bottom = -1e18;
        for (int v : column) {
            const auto &list = at(neighbours, v);
            qreal wanted = at(y, v);
            const bool movable = !list.empty() && (!onlySources || at(predecessors, v).empty());
            if (movable) {
                qreal sum = 0;
                for (int w : list)
                    sum += centre(w);
                wanted = sum / static_cast<qreal>(list.size()) - at(graph.sizes, v).height() / 2;
            }
            at(y, v) = std::max(wanted, bottom);
            bottom = at(y, v) + at(graph.sizes, v).height() + options.rowGap;
        }
    };
    for (int c = 1; c < layerCount; ++c)
        place(at(columns, c), predecessors, false);
    for (int c = layerCount - 1; c >= 0; --c)
        place(at(columns, c), successors, true);
    const qreal minY = *std::min_element(y.begin(), y.end());
    for (int v = 0; v < count; ++v)
        at(positions, v).setY(at(y, v) - minY);
}

} // namespace

CanvasLayout::Result CanvasLayout::layered(const Graph &graph, const Options &options)
{
    const int count = static_cast<int>(graph.sizes.size());
    Result result;
    result.positions.assign(static_cast<std::size_t>(count), QPointF());
    if (count == 0)
        return result;
    const auto [successors, predecessors] = adjacencyOf(graph, count);
    std::vector<int> layer = assignLayers(count, successors, predecessors);
    const std::vector<std::vector<int>> columns
        = orderColumns(count, layer, successors, predecessors);
    placeColumns(columns, graph, options, result.positions);
    placeRows(columns, graph, options, successors, predecessors, result.positions);
    result.layers = std::move(layer);
    return result;
}

} // namespace stagecraft::views
