// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QSizeF>

#include <utility>
#include <vector>

namespace stagecraft::views {

/// Automatic layered layout ("Sugiyama-lite") for the stage graph: dependencies flow left to
/// right. A pure function of the nodes' sizes and the edges: longest-path layering (sources pulled
/// right, next to their first consumer), barycentre ordering within layers, then coordinates that
/// keep each node near its neighbours without overlaps.
class CanvasLayout
{
public:
    struct Graph
    {
        std::vector<QSizeF> sizes;              ///< one per node
        std::vector<std::pair<int, int>> edges; ///< (from, to) node indices; cycles tolerated
    };

    struct Options
    {
        qreal columnGap = 240;
        qreal rowGap = 50;
    };

    struct Result
    {
        std::vector<QPointF> positions; ///< top-left corner of each node
        std::vector<int> layers;        ///< column of each node (0 = leftmost)
    };

    [[nodiscard]] static Result layered(const Graph &graph, const Options &options);
    [[nodiscard]] static Result layered(const Graph &graph) { return layered(graph, Options{}); }
};

} // namespace stagecraft::views
