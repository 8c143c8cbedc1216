// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/StageGraph.h"
#include "model/Token.h"

#include <QFont>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>
#include <QString>

#include <vector>

namespace stagecraft::views {

class CanvasNodeItem;

/// An arrow between two nodes: an artifact copy (`COPY/ADD --from`, solid, labelled
/// "sources → destination"), a base-stage inheritance (`FROM <stage>` or the base image, bold
/// dashed) or a cache/bind mount (`RUN --mount from=`, dotted). It follows its nodes.
class ArrowItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    enum class Handle { None, Start, End };

    /// What the arrow stands for, prepared by the scene.
    struct Content
    {
        model::EdgeKind kind = model::EdgeKind::Copy;
        int fromStage = -1; ///< source stage index, -1 for an image
        int toStage = 0;
        int line = 0;       ///< 1-based first line of the COPY/ADD/RUN/FROM instruction
        model::Range range; ///< the instruction's bytes (revealed in the editor on selection)
        QString label;
        int lane = 0; ///< ordinal among arrows between the same two nodes
        bool needed = true;
        friend bool operator==(const Content &, const Content &) = default;
    };

    ArrowItem(const QString &key, CanvasNodeItem *from, CanvasNodeItem *to);
    ~ArrowItem() override;
    ArrowItem(const ArrowItem &) = delete;
    ArrowItem &operator=(const ArrowItem &) = delete;

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    [[nodiscard]] const QString &key() const { return m_key; }
    [[nodiscard]] const Content &content() const { return m_content; }
    void setContent(const Content &content);
    [[nodiscard]] CanvasNodeItem *fromNode() const { return m_from; }
    [[nodiscard]] CanvasNodeItem *toNode() const { return m_to; }
    /// Re-attaches the arrow to other nodes (after a reparse changed an end).
    void setNodes(CanvasNodeItem *from, CanvasNodeItem *to);
    /// Follows the nodes: routes the arrow again (around the other nodes, see ArrowRouter) when
    /// its ends moved or a node now stands on its route or its label; `nodes` are the frames of
    /// every node (the scene's when null). Only the nodes in `moved` (all of `nodes` when null)
    /// are checked against the current route: the others have not changed since it was made.
    /// Does nothing while the scene defers routing.
    void adjust(const std::vector<QRectF> *nodes = nullptr,
                const std::vector<QRectF> *moved = nullptr);
    /// The route's corner points, first and last the arrow's ends (scene coordinates).
    [[nodiscard]] const QPolygonF &route() const { return m_route; }
    /// Which end handle is at `scenePos` (within a few pixels), if any.
    [[nodiscard]] Handle handleAt(const QPointF &scenePos) const;
    /// True for arrows a drag of their end can retarget (COPY/ADD --from a stage or an image).
    [[nodiscard]] bool isRetargetable() const;
    [[nodiscard]] QPointF startPoint() const { return m_start; }
    [[nodiscard]] QPointF endPoint() const { return m_end; }
    [[nodiscard]] QRectF labelRect() const { return m_labelRect; }
    /// The curve from start to end (scene coordinates: arrows sit at the origin).
    [[nodiscard]] const QPainterPath &path() const { return m_path; }

    /// The bytes the artifact copy carried in the last measurement, shown as a second pill under
    /// the label (negative: none). Kept across reparses: it is not part of Content.
    void setMeasuredBytes(qint64 bytes);
    [[nodiscard]] qint64 measuredBytes() const { return m_measuredBytes; }
    /// The bytes pill's text in the current locale ("" when none is set).
    [[nodiscard]] QString measuredBytesText() const;
    [[nodiscard]] QRectF bytesRect() const { return m_bytesRect; }

    /// Called by a node being destroyed.
    void nodeDestroyed(CanvasNodeItem *node);

private:
    /// The label's (and the bytes pill's) size in the scene's small font.
    [[nodiscard]] QSizeF labelSize();
    [[nodiscard]] QSizeF bytesSize() const;
    /// Puts the label and the bytes pill beside the route where they cover no node.
    void placeLabels(const std::vector<QRectF> &nodes, QRectF &labelRect, QRectF &bytesRect);
    /// Does the current route, or a label, meet a node other than the arrow's own two?
    [[nodiscard]] bool blocked(const std::vector<QRectF> &nodes, const QRectF &source,
                               const QRectF &target) const;

    QString m_key;
    CanvasNodeItem *m_from = nullptr;
    CanvasNodeItem *m_to = nullptr;
    Content m_content;
    QPainterPath m_path;
    QPolygonF m_route;
    QPointF m_start;
    QPointF m_end;
    QRectF m_labelRect;
    QString m_shownLabel;
    qint64 m_measuredBytes = -1;
    QRectF m_bytesRect;
    QString m_measuredLabel; ///< the label m_shownLabel and m_labelSize were measured for
    QFont m_measuredFont;
    QSizeF m_labelSize;
};

} // namespace stagecraft::views
