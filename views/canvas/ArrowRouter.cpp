// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/ArrowRouter.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <queue>
#include <utility>

namespace stagecraft::views {

namespace {

constexpr qreal Epsilon = 1e-6;

/// The sorted, distinct coordinates of one axis.
void sortUnique(std::vector<qreal> &values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end(),
                             [](qreal a, qreal b) { return std::abs(a - b) < Epsilon; }),
                 values.end());
}

int indexOf(const std::vector<qreal> &values, qreal value)
{
    const auto it = std::lower_bound(values.begin(), values.end(), value - Epsilon);
    return static_cast<int>(it - values.begin());
}

bool strictlyInside(const QRectF &rect, const QPointF &point)
{
    return point.x() > rect.left() + Epsilon && point.x() < rect.right() - Epsilon
        && point.y() > rect.top() + Epsilon && point.y() < rect.bottom() - Epsilon;
}

/// The sparse routing grid: the lines through every inflated obstacle's edges and the route's
/// two inner ends, with the grid edges that pass through an obstacle's inside marked blocked.
class Grid
{
public:
    Grid(const std::vector<QRectF> &inflated, const QPointF &from, const QPointF &to,
         const QRectF &window)
    {
        xs = {from.x(), to.x(), window.left(), window.right()};
        ys = {from.y(), to.y(), window.top(), window.bottom()};
        for (const QRectF &rect : inflated) {
            xs.push_back(rect.left());
            xs.push_back(rect.right());
            ys.push_back(rect.top());
            ys.push_back(rect.bottom());
        }
        sortUnique(xs);
        sortUnique(ys);
        nx = static_cast<int>(xs.size());
        ny = static_cast<int>(ys.size());
        horizontalBlocked.assign(static_cast<std::size_t>(nx * ny), 0);
        verticalBlocked.assign(static_cast<std::size_t>(nx * ny), 0);
        for (const QRectF &rect : inflated)
            block(rect);
    }

    [[nodiscard]] int node(int i, int j) const { return j * nx + i; }
    /// May the route go from (i, j) to (i + di, j + dj)?
    [[nodiscard]] bool open(int i, int j, int di, int dj) const
    {
        const int ti = i + di;
        const int tj = j + dj;
        if (ti < 0 || tj < 0 || ti >= nx || tj >= ny)
            return false;
        if (dj == 0)
            return horizontalBlocked[static_cast<std::size_t>(node(std::min(i, ti), j))] == 0;
        return verticalBlocked[static_cast<std::size_t>(node(i, std::min(j, tj)))] == 0;
    }

    std::vector<qreal> xs;
    std::vector<qreal> ys;
    int nx = 0;
    int ny = 0;

private:
    void block(const QRectF &rect)
    {
        const int i0 = indexOf(xs, rect.left());
        const int i1 = indexOf(xs, rect.right());
        const int j0 = indexOf(ys, rect.top());
        const int j1 = indexOf(ys, rect.bottom());
        for (int j = j0; j <= j1; ++j) {
            for (int i = i0; i <= i1; ++i) {
                // Horizontal edge (i, j)→(i+1, j) inside when strictly between top and bottom.
                if (i < i1 && j > j0 && j < j1)
                    horizontalBlocked[static_cast<std::size_t>(node(i, j))] = 1;
                if (j < j1 && i > i0 && i < i1)
                    verticalBlocked[static_cast<std::size_t>(node(i, j))] = 1;
            }
        }
    }

    std::vector<std::uint8_t> horizontalBlocked;
    std::vector<std::uint8_t> verticalBlocked;
};

/// A* over the grid from `from` to `to`; states are (node, last direction horizontal or
/// vertical), so a bend costs `bendCost`. The route leaves `from` and enters `to` horizontally.
std::vector<QPointF> search(const Grid &grid, const QPointF &from, const QPointF &to,
                            qreal bendCost)
{
    const int si = indexOf(grid.xs, from.x());
    const int sj = indexOf(grid.ys, from.y());
    const int ti = indexOf(grid.xs, to.x());
    const int tj = indexOf(grid.ys, to.y());
    const auto states = static_cast<std::size_t>(grid.nx * grid.ny * 2);
    std::vector<qreal> cost(states, std::numeric_limits<qreal>::infinity());
    std::vector<int> previous(states, -1);
    // Open states by estimate; of equal estimates the one furthest along first (fewer of the
    // many equally good states are expanded).
    struct Entry
    {
        qreal estimate;
        qreal cost;
        int state;
        bool operator>(const Entry &other) const
        {
            return estimate > other.estimate || (estimate == other.estimate && cost < other.cost);
        }
    };
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> open;
    // The distance left, plus the bends that are certainly still to come: a route not yet on the
    // target's row must still turn to get there (twice when running horizontally), and one
    // running vertically must turn to enter the target horizontally. Never more than the rest
    // costs, so the first route reached is still the cheapest.
    const auto heuristic = [&](int i, int j, int direction) {
        const qreal dy = std::abs(grid.ys[static_cast<std::size_t>(j)] - to.y());
        const int bends = dy > Epsilon ? (direction == 0 ? 2 : 1) : direction;
        return std::abs(grid.xs[static_cast<std::size_t>(i)] - to.x()) + dy + bends * bendCost;
    };
    const int first = grid.node(si, sj) * 2; // arrived horizontally
    cost[static_cast<std::size_t>(first)] = 0;
    open.push({heuristic(si, sj, 0), 0.0, first});
    const int goal = grid.node(ti, tj);
    int reached = -1;
    static constexpr int Steps[4][2] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
    while (!open.empty()) {
        const Entry top = open.top();
        open.pop();
        const int state = top.state;
        const int nodeIndex = state / 2;
        const int i = nodeIndex % grid.nx;
        const int j = nodeIndex / grid.nx;
        const qreal here = cost[static_cast<std::size_t>(state)];
        if (top.cost > here + Epsilon)
            continue; // a stale entry
        if (nodeIndex == goal && state % 2 == 0) {
            reached = state;
            break;
        }
        for (const auto &step : Steps) {
            if (!grid.open(i, j, step[0], step[1]))
                continue;
            const int ni = i + step[0];
            const int nj = j + step[1];
            const int direction = step[0] != 0 ? 0 : 1;
            const qreal length = std::abs(grid.xs[static_cast<std::size_t>(ni)]
                                          - grid.xs[static_cast<std::size_t>(i)])
                + std::abs(grid.ys[static_cast<std::size_t>(nj)]
                           - grid.ys[static_cast<std::size_t>(j)]);
            const qreal next = here + length + (direction != state % 2 ? bendCost : 0.0);
            const int nextState = grid.node(ni, nj) * 2 + direction;
            if (next + Epsilon < cost[static_cast<std::size_t>(nextState)]) {
                cost[static_cast<std::size_t>(nextState)] = next;
                previous[static_cast<std::size_t>(nextState)] = state;
                open.push({next + heuristic(ni, nj, direction), next, nextState});
            }
        }
        // Turning on the spot into the goal's direction (arriving vertically at the goal).
        if (nodeIndex == goal && state % 2 == 1) {
            const int turned = nodeIndex * 2;
            if (here + bendCost + Epsilon < cost[static_cast<std::size_t>(turned)]) {
                cost[static_cast<std::size_t>(turned)] = here + bendCost;
                previous[static_cast<std::size_t>(turned)] = state;
                open.push({here + bendCost, here + bendCost, turned});
            }
        }
    }
    std::vector<QPointF> points;
    for (int state = reached; state >= 0; state = previous[static_cast<std::size_t>(state)]) {
        const int nodeIndex = state / 2;
        const QPointF point(grid.xs[static_cast<std::size_t>(nodeIndex % grid.nx)],
                            grid.ys[static_cast<std::size_t>(nodeIndex / grid.nx)]);
        if (points.empty() || QLineF(points.back(), point).length() > Epsilon)
            points.push_back(point);
    }
    std::reverse(points.begin(), points.end());
    return points;
}

/// Drops the points in the middle of straight runs.
QPolygonF simplified(const std::vector<QPointF> &points)
{
    QPolygonF result;
    for (const QPointF &point : points) {
        if (!result.isEmpty() && QLineF(result.back(), point).length() < Epsilon)
            continue;
        if (result.size() >= 2) {
            const QPointF &a = result[result.size() - 2];
            const QPointF &b = result.back();
            const bool straight
                = (std::abs(a.x() - b.x()) < Epsilon && std::abs(b.x() - point.x()) < Epsilon)
                || (std::abs(a.y() - b.y()) < Epsilon && std::abs(b.y() - point.y()) < Epsilon);
            if (straight)
                result.back() = point;
            else
                result.append(point);
            continue;
        }
        result.append(point);
    }
    return result;
}

/// True when the axis-parallel segment a→b enters the inside of none of `rects` (running along an
/// edge is allowed, as it is on the grid).
bool segmentClear(const QPointF &a, const QPointF &b, const std::vector<QRectF> &rects)
{
    const qreal left = std::min(a.x(), b.x());
    const qreal right = std::max(a.x(), b.x());
    const qreal top = std::min(a.y(), b.y());
    const qreal bottom = std::max(a.y(), b.y());
    return std::none_of(rects.begin(), rects.end(), [&](const QRectF &rect) {
        return right > rect.left() + Epsilon && left < rect.right() - Epsilon
            && bottom > rect.top() + Epsilon && top < rect.bottom() - Epsilon;
    });
}

/// The cheapest routes, tried before any search: straight across, or one vertical run between
/// two horizontal ones (two bends). When the target lies to the right such a route is as short
/// as any route can be and has the fewest bends, so it is what the search would find. Empty when
/// none of them is free of `inflated`.
std::vector<QPointF> directRoute(const QPointF &from, const QPointF &to,
                                 const std::vector<QRectF> &inflated)
{
    if (to.x() < from.x() - Epsilon)
        return {};
    // Only the nodes meeting the ends' box can stand in the way of a route inside it.
    const QRectF box(QPointF(from.x(), std::min(from.y(), to.y())),
                     QPointF(to.x(), std::max(from.y(), to.y())));
    std::vector<QRectF> inBox;
    for (const QRectF &rect : inflated) {
        if (rect.right() > box.left() && rect.left() < box.right() && rect.bottom() > box.top()
            && rect.top() < box.bottom())
            inBox.push_back(rect);
    }
    if (std::abs(from.y() - to.y()) < Epsilon)
        return segmentClear(from, to, inBox) ? std::vector<QPointF>{from, to}
                                             : std::vector<QPointF>{};
    // The vertical run beside the source first (parallel arrows keep their lanes), then beside
    // the target, then along the edges of the nodes in between.
    std::vector<qreal> xs{from.x(), to.x()};
    for (const QRectF &rect : inBox) {
        for (const qreal x : {rect.left(), rect.right()}) {
            if (x > from.x() && x < to.x())
                xs.push_back(x);
        }
    }
    for (const qreal x : xs) {
        const QPointF bendOut(x, from.y());
        const QPointF bendIn(x, to.y());
        if (segmentClear(from, bendOut, inBox) && segmentClear(bendOut, bendIn, inBox)
            && segmentClear(bendIn, to, inBox))
            return {from, bendOut, bendIn, to};
    }
    return {};
}

} // namespace

QPolygonF ArrowRouter::route(const QPointF &start, const QRectF &source, const QPointF &end,
                             const QRectF &target, const std::vector<QRectF> &obstacles,
                             const Options &options)
{
    const qreal m = options.margin;
    const QPointF from(std::max(start.x(), source.right() + m), start.y());
    const QPointF to(std::min(end.x(), target.left() - m), end.y());
    // Every node, inflated by the margin; one the inner ends fall into (nodes closer than two
    // margins) keeps only its own outline, and an end inside a node has no route.
    std::vector<QRectF> inflated;
    inflated.reserve(obstacles.size());
    for (const QRectF &rect : obstacles) {
        if (strictlyInside(rect, from) || strictlyInside(rect, to))
            return {};
        const QRectF grown = rect.adjusted(-m, -m, m, m);
        inflated.push_back(strictlyInside(grown, from) || strictlyInside(grown, to) ? rect : grown);
    }
    // (QRectF::united() ignores empty rectangles, so the box of the two points is built here.)
    const QRectF ends = QRectF(QPointF(std::min(from.x(), to.x()), std::min(from.y(), to.y())),
                               QPointF(std::max(from.x(), to.x()), std::max(from.y(), to.y())))
                            .adjusted(-1, -1, 1, 1);
    QRectF all = ends;
    for (const QRectF &rect : inflated)
        all = all.united(rect);
    if (const std::vector<QPointF> direct = directRoute(from, to, inflated); !direct.empty()) {
        std::vector<QPointF> points{start};
        points.insert(points.end(), direct.begin(), direct.end());
        points.push_back(end);
        return simplified(points);
    }
    // A window around the ends first; the whole picture (and a ring around it) when that fails.
    for (qreal reach = options.window; reach > 0;) {
        QRectF window = ends.adjusted(-reach, -reach, reach, reach);
        const bool whole = window.contains(all);
        if (whole)
            window = all.adjusted(-4 * m, -4 * m, 4 * m, 4 * m);
        std::vector<QRectF> near;
        for (const QRectF &rect : inflated) {
            if (rect.intersects(window))
                near.push_back(rect);
        }
        const Grid grid(near, from, to, window);
        const std::vector<QPointF> inner = search(grid, from, to, options.bendCost);
        if (!inner.empty()) {
            std::vector<QPointF> points{start};
            points.insert(points.end(), inner.begin(), inner.end());
            points.push_back(end);
            return simplified(points);
        }
        if (whole)
            break;
        reach *= 3;
    }
    return {};
}

bool ArrowRouter::crosses(const QPolygonF &route, const QRectF &rect)
{
    const QRectF inside = rect.adjusted(Epsilon, Epsilon, -Epsilon, -Epsilon);
    for (qsizetype k = 0; k + 1 < route.size(); ++k) {
        const QPointF &a = route[k];
        const QPointF &b = route[k + 1];
        // Axis-parallel segments are exact; a diagonal one is judged by its bounding box.
        const QRectF span(QPointF(std::min(a.x(), b.x()), std::min(a.y(), b.y())),
                          QPointF(std::max(a.x(), b.x()), std::max(a.y(), b.y())));
        if (span.right() > inside.left() && span.left() < inside.right()
            && span.bottom() > inside.top() && span.top() < inside.bottom())
            return true;
    }
    return false;
}

std::optional<QRectF> ArrowRouter::placeLabel(const QPolygonF &route, const QSizeF &size,
                                              const std::vector<QRectF> &obstacles)
{
    struct Segment
    {
        QPointF a;
        QPointF b;
        bool horizontal = false;
        qreal length = 0;
    };
    std::vector<Segment> segments;
    for (qsizetype k = 0; k + 1 < route.size(); ++k) {
        const QPointF &a = route[k];
        const QPointF &b = route[k + 1];
        segments.push_back({a, b, std::abs(a.y() - b.y()) < Epsilon, QLineF(a, b).length()});
    }
    // Horizontal runs first (a label reads along them), longer first.
    std::stable_sort(segments.begin(), segments.end(), [](const Segment &l, const Segment &r) {
        if (l.horizontal != r.horizontal)
            return l.horizontal;
        return l.length > r.length;
    });
    const qreal w = size.width();
    const qreal h = size.height();
    const auto free = [&obstacles](const QRectF &rect) {
        return std::none_of(obstacles.begin(), obstacles.end(),
                            [&rect](const QRectF &node) { return node.intersects(rect); });
    };
    static constexpr qreal Along[] = {0.5, 0.35, 0.65, 0.2, 0.8, 0.05, 0.95};
    for (const Segment &segment : segments) {
        const QPointF across = segment.horizontal ? QPointF(0, h / 2 + 3) : QPointF(w / 2 + 3, 0);
        for (const qreal t : Along) {
            const QPointF centre = segment.a + (segment.b - segment.a) * t;
            for (const QPointF &offset : {QPointF(0, 0), -across, across}) {
                const QPointF c = centre + offset;
                const QRectF rect(c.x() - w / 2, c.y() - h / 2, w, h);
                if (free(rect))
                    return rect;
            }
        }
    }
    return std::nullopt;
}

} // namespace stagecraft::views
