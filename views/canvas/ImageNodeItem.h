// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/canvas/CanvasNodeItem.h"
#include "views/canvas/ImageFamily.h"

namespace stagecraft::views {

/// An external image (a base image, or the source of `COPY --from=<image>`): a small pill with the
/// family badge and the reference.
class ImageNodeItem : public CanvasNodeItem
{
public:
    enum { Type = UserType + 2 };
    static constexpr qreal Width = 200;
    static constexpr qreal Height = 34;

    ImageNodeItem(const QString &key, const QString &reference);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    [[nodiscard]] const QString &reference() const { return m_reference; }
    /// Dimmed when only stages the target does not need use it.
    void setNeeded(bool needed);

    [[nodiscard]] QPointF outputAnchor() const override;
    [[nodiscard]] QPointF inputAnchor(int line) const override;
    [[nodiscard]] QRectF frameRect() const override;

private:
    QString m_reference;
    ImageFamily::Kind m_family;
};

} // namespace stagecraft::views
