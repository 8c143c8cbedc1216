// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/ImageNodeItem.h"

#include "views/canvas/CanvasTheme.h"
#include "views/canvas/StageScene.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace stagecraft::views {

ImageNodeItem::ImageNodeItem(const QString &key, const QString &reference)
    : CanvasNodeItem(key)
    , m_reference(reference)
    , m_family(ImageFamily::detect(reference.toStdString()))
{
    setToolTip(reference);
    setZValue(1);
}

void ImageNodeItem::setNeeded(bool needed)
{
    setOpacity(needed ? 1.0 : 0.45);
}

QRectF ImageNodeItem::frameRect() const
{
    return QRectF(0, 0, Width, Height);
}

QRectF ImageNodeItem::boundingRect() const
{
    return frameRect().adjusted(-2, -2, 2, 2);
}

QPointF ImageNodeItem::outputAnchor() const
{
    return mapToScene(QPointF(Width, Height / 2));
}

QPointF ImageNodeItem::inputAnchor(int line) const
{
    Q_UNUSED(line);
    return mapToScene(QPointF(0, Height / 2));
}

void ImageNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                          QWidget *widget)
{
    Q_UNUSED(widget);
    const StageScene *owner = stageScene();
    if (!owner)
        return;
    const CanvasTheme &theme = owner->theme();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state.testFlag(QStyle::State_Selected);
    painter->setPen(selected ? QPen(theme.selection, 2) : QPen(theme.blockBorder, 1, Qt::DashLine));
    painter->setBrush(theme.blockBody);
    painter->drawRoundedRect(frameRect(), Height / 2, Height / 2);
    ImageFamily::paintBadge(painter, QRectF(6, 5, Height - 10, Height - 10), m_family);
    painter->setFont(theme.smallFont);
    painter->setPen(theme.text);
    const QRectF textRect(Height, 0, Width - Height - 12, Height);
    painter->drawText(
        textRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(theme.smallFont).elidedText(m_reference, Qt::ElideMiddle, textRect.width()));
}

} // namespace stagecraft::views
