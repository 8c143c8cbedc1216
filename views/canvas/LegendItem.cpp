// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/LegendItem.h"

#include "views/canvas/CanvasTheme.h"
#include "views/canvas/ImageFamily.h"
#include "views/canvas/StageScene.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace stagecraft::views {

namespace {

constexpr qreal Padding = 10;
constexpr qreal Sample = 46;

} // namespace

LegendItem::LegendItem()
{
    setZValue(-1);
    retranslate();
}

void LegendItem::retranslate()
{
    prepareGeometryChange();
    m_title = tr("Legend");
    m_copy = tr("Artifact copy (COPY --from)");
    m_from = tr("Built on (FROM)");
    m_mount = tr("Mount (RUN --mount from=)");
    m_image = tr("External image");
    m_final = tr("Final stage (the build target)");
    m_dimmed = tr("Faded: not needed by the target");
    const auto *owner = static_cast<const StageScene *>(scene());
    const QFont font = owner ? owner->theme().smallFont : QFont();
    const QFontMetricsF metrics(font);
    qreal width = 0;
    for (const QString *text :
         {&m_title, &m_copy, &m_from, &m_mount, &m_image, &m_final, &m_dimmed})
        width = std::max(width, metrics.horizontalAdvance(*text));
    const qreal lineHeight = std::max<qreal>(18.0, metrics.height() + 5);
    m_rect = QRectF(0, 0, Padding * 3 + Sample + width, Padding * 2 + lineHeight * 7);
    update();
}

QRectF LegendItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void LegendItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option);
    Q_UNUSED(widget);
    const auto *owner = static_cast<const StageScene *>(scene());
    if (!owner)
        return;
    const CanvasTheme &theme = owner->theme();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(theme.blockBorder, 1));
    painter->setBrush(theme.blockBody);
    painter->drawRoundedRect(m_rect, 6, 6);

    const QFontMetricsF metrics(theme.smallFont);
    const qreal lineHeight = std::max<qreal>(18.0, metrics.height() + 5);
    qreal y = Padding;
    auto textRect = [&](qreal top) {
        return QRectF(Padding * 2 + Sample, top, m_rect.width() - Padding * 3 - Sample, lineHeight);
    };
    QFont bold = theme.smallFont;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(theme.text);
    painter->drawText(QRectF(Padding, y, m_rect.width() - 2 * Padding, lineHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, m_title);
    y += lineHeight;

    painter->setFont(theme.smallFont);
    auto line = [&](const QPen &pen, const QString &caption) {
        const qreal mid = y + lineHeight / 2;
        painter->setPen(pen);
        painter->drawLine(QPointF(Padding, mid), QPointF(Padding + Sample - 6, mid));
        painter->setPen(Qt::NoPen);
        painter->setBrush(pen.color());
        QPolygonF head;
        head << QPointF(Padding + Sample, mid) << QPointF(Padding + Sample - 8, mid - 4.5)
             << QPointF(Padding + Sample - 8, mid + 4.5);
        painter->drawPolygon(head);
        painter->setPen(theme.text);
        painter->drawText(textRect(y), Qt::AlignLeft | Qt::AlignVCenter, caption);
        y += lineHeight;
    };
    line(QPen(theme.copyArrow, 2.0, Qt::SolidLine), m_copy);
    line(QPen(theme.fromArrow, 3.0, Qt::DashLine, Qt::FlatCap), m_from);
    line(QPen(theme.mountArrow, 2.0, Qt::DotLine, Qt::RoundCap), m_mount);

    // Image pill.
    painter->setPen(QPen(theme.blockBorder, 1, Qt::DashLine));
    painter->setBrush(theme.blockBody);
    const QRectF pill(Padding, y + 2, Sample, lineHeight - 4);
    painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    ImageFamily::paintBadge(
        painter, QRectF(pill.left() + 3, pill.top() + 2, pill.height() - 4, pill.height() - 4),
        ImageFamily::Other);
    painter->setPen(theme.text);
    painter->drawText(textRect(y), Qt::AlignLeft | Qt::AlignVCenter, m_image);
    y += lineHeight;

    // Final mark.
    painter->setPen(QPen(theme.finalMark, 2.5));
    painter->setBrush(theme.blockBody);
    painter->drawRoundedRect(QRectF(Padding, y + 3, Sample, lineHeight - 6), 4, 4);
    painter->setPen(theme.text);
    painter->drawText(textRect(y), Qt::AlignLeft | Qt::AlignVCenter, m_final);
    y += lineHeight;

    // Dimmed block.
    painter->setOpacity(0.45);
    painter->setPen(QPen(theme.blockBorder, 1));
    painter->setBrush(theme.stageTint(0));
    painter->drawRoundedRect(QRectF(Padding, y + 3, Sample, lineHeight - 6), 4, 4);
    painter->setOpacity(1.0);
    painter->setPen(theme.text);
    painter->drawText(textRect(y), Qt::AlignLeft | Qt::AlignVCenter, m_dimmed);
}

} // namespace stagecraft::views
