// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QString>

#include <vector>

namespace stagecraft::views {

class ArrowItem;
class StageScene;

/// What stage blocks and image nodes share: a stable key (`stage:<id>` or `image:<reference>`,
/// what arrows are keyed by), movable and selectable, snapping to the scene's grid, and arrows
/// that follow when the node moves.
class CanvasNodeItem : public QGraphicsItem
{
public:
    explicit CanvasNodeItem(QString key);
    ~CanvasNodeItem() override;
    CanvasNodeItem(const CanvasNodeItem &) = delete;
    CanvasNodeItem &operator=(const CanvasNodeItem &) = delete;

    /// The node's stable key: `stage:<stage id>` for a block, `image:<reference>` for an image.
    [[nodiscard]] const QString &key() const { return m_key; }

    /// Where outgoing arrows start, in scene coordinates.
    [[nodiscard]] virtual QPointF outputAnchor() const = 0;
    /// Where an incoming arrow for the instruction on `line` ends (0: the header), scene coords.
    [[nodiscard]] virtual QPointF inputAnchor(int line) const = 0;
    /// The node's frame, in item coordinates (without badges or ports).
    [[nodiscard]] virtual QRectF frameRect() const = 0;

    void attachArrow(ArrowItem *arrow);
    void detachArrow(ArrowItem *arrow);
    /// Re-routes every attached arrow (after a move or a size change).
    void adjustArrows();

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    [[nodiscard]] StageScene *stageScene() const;

private:
    QString m_key;
    std::vector<ArrowItem *> m_arrows;
};

} // namespace stagecraft::views
