// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/CanvasNodeItem.h"

#include "views/canvas/ArrowItem.h"
#include "views/canvas/StageScene.h"

#include <algorithm>
#include <cmath>

namespace stagecraft::views {

CanvasNodeItem::CanvasNodeItem(QString key)
    : m_key(std::move(key))
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemIsFocusable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
}

CanvasNodeItem::~CanvasNodeItem()
{
    // Arrows are owned by the scene; make sure none keeps a dangling pointer to this node.
    for (ArrowItem *arrow : m_arrows)
        arrow->nodeDestroyed(this);
}

void CanvasNodeItem::attachArrow(ArrowItem *arrow)
{
    if (std::find(m_arrows.begin(), m_arrows.end(), arrow) == m_arrows.end())
        m_arrows.push_back(arrow);
}

void CanvasNodeItem::detachArrow(ArrowItem *arrow)
{
    m_arrows.erase(std::remove(m_arrows.begin(), m_arrows.end(), arrow), m_arrows.end());
}

void CanvasNodeItem::adjustArrows()
{
    for (ArrowItem *arrow : m_arrows)
        arrow->adjust();
}

StageScene *CanvasNodeItem::stageScene() const
{
    return static_cast<StageScene *>(scene());
}

QVariant CanvasNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && stageScene() && stageScene()->snapToGrid()) {
        const qreal grid = stageScene()->gridSize();
        const QPointF wanted = value.toPointF();
        return QPointF(std::round(wanted.x() / grid) * grid, std::round(wanted.y() / grid) * grid);
    }
    if (change == ItemPositionHasChanged) {
        adjustArrows();
        if (stageScene())
            stageScene()->nodeMoved(this);
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace stagecraft::views
