// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPolygonF>
#include <QRectF>

#include <optional>
#include <vector>

namespace stagecraft::views {

/// Orthogonal arrow routing around the canvas's nodes, and label placement beside the route. A
/// pure function of points and rectangles (scene coordinates): an arrow leaves its source
/// rightwards and enters its target from the left, keeps `margin` away from every node, and
/// prefers few bends: straight or a two-bend route when one is free (the shortest possible then),
/// else A* over the sparse grid the nodes' inflated edges span, restricted to a window around the
/// arrow and widened when that has no way through.
class ArrowRouter
{
public:
    struct Options
    {
        qreal margin = 12;   ///< the clearance kept from every node
        qreal bendCost = 60; ///< a bend costs as much as this much length
        qreal window = 240;  ///< how far beyond the ends' bounding box nodes are considered
    };

    /// The route from `start` (on or right of `source`'s right edge) to `end` (on `target`'s left
    /// edge): the points of a polyline of horizontal and vertical segments, `start` first and
    /// `end` last, crossing none of `obstacles` (every node, `source` and `target` included)
    /// except where it leaves `source` and enters `target`. Empty when there is no such route
    /// (an end inside another node).
    [[nodiscard]] static QPolygonF route(const QPointF &start, const QRectF &source,
                                         const QPointF &end, const QRectF &target,
                                         const std::vector<QRectF> &obstacles,
                                         const Options &options);

    /// Where a label of `size` goes along `route`: a rectangle centred on (or just beside) one of
    /// its segments, the longer horizontal ones first, that intersects none of `obstacles`; empty
    /// when no position along the route is free.
    [[nodiscard]] static std::optional<QRectF>
    placeLabel(const QPolygonF &route, const QSizeF &size, const std::vector<QRectF> &obstacles);

    /// True when a segment of `route` passes through the inside of `rect`.
    [[nodiscard]] static bool crosses(const QPolygonF &route, const QRectF &rect);
};

} // namespace stagecraft::views
