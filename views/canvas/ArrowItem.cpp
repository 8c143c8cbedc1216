// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/ArrowItem.h"

#include "views/SizeFormat.h"
#include "views/canvas/ArrowRouter.h"
#include "views/canvas/CanvasNodeItem.h"
#include "views/canvas/CanvasTheme.h"
#include "views/canvas/StageScene.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace stagecraft::views {

namespace {

constexpr qreal HandleRadius = 10;
constexpr qreal MaxLabelWidth = 200;
constexpr qreal CornerRadius = 8;

qreal distance(const QPointF &a, const QPointF &b)
{
    const QPointF d = a - b;
    return std::sqrt(d.x() * d.x() + d.y() * d.y());
}

} // namespace

ArrowItem::ArrowItem(const QString &key, CanvasNodeItem *from, CanvasNodeItem *to)
    : m_key(key)
{
    setFlags(ItemIsSelectable);
    setZValue(0);
    setNodes(from, to);
}

ArrowItem::~ArrowItem()
{
    if (m_from)
        m_from->detachArrow(this);
    if (m_to)
        m_to->detachArrow(this);
}

void ArrowItem::setNodes(CanvasNodeItem *from, CanvasNodeItem *to)
{
    if (m_from == from && m_to == to)
        return;
    if (m_from)
        m_from->detachArrow(this);
    if (m_to)
        m_to->detachArrow(this);
    m_from = from;
    m_to = to;
    if (m_from)
        m_from->attachArrow(this);
    if (m_to)
        m_to->attachArrow(this);
    adjust();
}

void ArrowItem::nodeDestroyed(CanvasNodeItem *node)
{
    if (m_from == node)
        m_from = nullptr;
    if (m_to == node)
        m_to = nullptr;
}

void ArrowItem::setContent(const Content &content)
{
    if (content == m_content)
        return;
    // Most reconciles only shift the instruction's range and line (text typed above it): that
    // changes neither the look nor, unless the row moved, the geometry, so nothing is repainted.
    const bool looks = content.kind != m_content.kind || content.label != m_content.label
        || content.needed != m_content.needed;
    const bool labelChanged = content.label != m_content.label;
    m_content = content;
    setOpacity(m_content.needed ? 1.0 : 0.4);
    if (labelChanged)
        setToolTip(m_content.label);
    adjust();
    if (looks)
        update();
}

void ArrowItem::setMeasuredBytes(qint64 bytes)
{
    bytes = bytes < 0 ? -1 : bytes;
    if (bytes == m_measuredBytes)
        return;
    m_measuredBytes = bytes;
    adjust();
    update();
}

QString ArrowItem::measuredBytesText() const
{
    return m_measuredBytes < 0 ? QString() : SizeFormat::size(m_measuredBytes);
}

bool ArrowItem::isRetargetable() const
{
    return m_content.kind == model::EdgeKind::Copy && m_content.line > 0;
}

QSizeF ArrowItem::labelSize()
{
    if (m_content.label.isEmpty()) {
        m_shownLabel.clear();
        m_measuredLabel.clear();
        return {0, 0};
    }
    const auto *owner = static_cast<const StageScene *>(scene());
    const QFont font = owner ? owner->theme().smallFont : QFont();
    // Measuring text shapes it, which costs more than the rest of a reconcile: measure only
    // when the label or the font changed.
    if (m_measuredLabel != m_content.label || m_measuredFont != font) {
        const QFontMetricsF metrics(font);
        m_shownLabel = metrics.elidedText(m_content.label, Qt::ElideMiddle, MaxLabelWidth);
        m_labelSize = QSizeF(metrics.horizontalAdvance(m_shownLabel) + 10, metrics.height() + 4);
        m_measuredLabel = m_content.label;
        m_measuredFont = font;
    }
    return m_labelSize;
}

QSizeF ArrowItem::bytesSize() const
{
    if (m_measuredBytes < 0)
        return {0, 0};
    const auto *owner = static_cast<const StageScene *>(scene());
    QFont font = owner ? owner->theme().smallFont : QFont();
    font.setBold(true);
    const QFontMetricsF metrics(font);
    return {metrics.horizontalAdvance(measuredBytesText()) + 12, metrics.height() + 4};
}

void ArrowItem::placeLabels(const std::vector<QRectF> &nodes, QRectF &labelRect, QRectF &bytesRect)
{
    const QSizeF label = labelSize();
    const QSizeF bytes = bytesSize();
    if (label.isEmpty() && bytes.isEmpty())
        return;
    // The label with the bytes pill under it, placed as one where neither covers a node.
    const qreal gap = label.isEmpty() || bytes.isEmpty() ? 0 : 1;
    const QSizeF both(std::max(label.width(), bytes.width()),
                      label.height() + gap + bytes.height());
    const std::optional<QRectF> spot = ArrowRouter::placeLabel(m_route, both, nodes);
    const QPointF centre = spot ? spot->center() : m_path.pointAtPercent(0.5);
    const qreal top = centre.y() - both.height() / 2;
    if (!label.isEmpty())
        labelRect = QRectF(centre.x() - label.width() / 2, top, label.width(), label.height());
    if (!bytes.isEmpty())
        bytesRect = QRectF(centre.x() - bytes.width() / 2, top + label.height() + gap,
                           bytes.width(), bytes.height());
}

bool ArrowItem::blocked(const std::vector<QRectF> &nodes, const QRectF &source,
                        const QRectF &target) const
{
    // Most nodes are nowhere near the arrow: one test against everything it covers skips them.
    QRectF covered = m_route.boundingRect().adjusted(-1, -1, 1, 1);
    if (!m_labelRect.isNull())
        covered = covered.united(m_labelRect);
    if (!m_bytesRect.isNull())
        covered = covered.united(m_bytesRect);
    for (const QRectF &node : nodes) {
        if (!node.intersects(covered))
            continue;
        if ((!m_labelRect.isNull() && node.intersects(m_labelRect))
            || (!m_bytesRect.isNull() && node.intersects(m_bytesRect)))
            return true;
        if (node != source && node != target && ArrowRouter::crosses(m_route, node))
            return true;
    }
    return false;
}

void ArrowItem::adjust(const std::vector<QRectF> *nodes, const std::vector<QRectF> *moved)
{
    const auto *owner = static_cast<const StageScene *>(scene());
    if (!m_from || !m_to || (owner && owner->routingDeferred()))
        return;
    const QPointF start = m_from->outputAnchor();
    const QPointF end
        = m_to->inputAnchor(m_content.kind == model::EdgeKind::From ? 0 : m_content.line);
    std::vector<QRectF> own;
    const bool alone = nodes == nullptr;
    if (alone) {
        if (owner)
            own = owner->nodeRects();
        nodes = &own;
    }
    if (!moved)
        moved = nodes;
    const QRectF source = m_from->mapRectToScene(m_from->frameRect());
    const QRectF target = m_to->mapRectToScene(m_to->frameRect());
    const bool labelChanged
        = labelSize() != m_labelRect.size() || bytesSize() != m_bytesRect.size();
    if (start == m_start && end == m_end && !m_route.isEmpty() && !labelChanged
        && !blocked(*moved, source, target))
        return; // nothing moved that matters: a reconcile after typing costs no routing
    if (alone && owner)
        static_cast<StageScene *>(scene())->arrowRoutedAlone();

    // Parallel arrows between the same two nodes keep apart: each lane a little further out.
    ArrowRouter::Options options;
    options.margin += 5.0 * (std::abs(m_content.lane) % 3);
    QPolygonF route = ArrowRouter::route(start, source, end, target, *nodes, options);
    QPainterPath path(start);
    if (route.isEmpty()) {
        // No way around (an end inside another node): the direct curve.
        const qreal dx = std::max<qreal>(60.0, std::abs(end.x() - start.x()) / 2.0);
        path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end);
        route = QPolygonF({start, end});
    } else {
        // Rounded corners: each bend a short quadratic through its corner.
        for (qsizetype k = 1; k + 1 < route.size(); ++k) {
            const QPointF &corner = route[k];
            const qreal in = QLineF(route[k - 1], corner).length();
            const qreal out = QLineF(corner, route[k + 1]).length();
            const qreal r = std::min({CornerRadius, in / 2, out / 2});
            path.lineTo(corner + (route[k - 1] - corner) * (r / std::max(in, 1e-9)));
            path.quadTo(corner, corner + (route[k + 1] - corner) * (r / std::max(out, 1e-9)));
        }
        path.lineTo(end);
    }
    prepareGeometryChange();
    m_start = start;
    m_end = end;
    m_route = route;
    m_path = path;
    m_labelRect = QRectF();
    m_bytesRect = QRectF();
    placeLabels(*nodes, m_labelRect, m_bytesRect);
}

QRectF ArrowItem::boundingRect() const
{
    return m_path.controlPointRect()
        .united(m_labelRect)
        .united(m_bytesRect)
        .adjusted(-HandleRadius, -HandleRadius, HandleRadius, HandleRadius);
}

QPainterPath ArrowItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath shape = stroker.createStroke(m_path);
    if (!m_labelRect.isNull())
        shape.addRect(m_labelRect);
    if (!m_bytesRect.isNull())
        shape.addRect(m_bytesRect);
    shape.addEllipse(m_end, HandleRadius * 0.7, HandleRadius * 0.7);
    return shape.simplified();
}

void ArrowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget);
    const auto *owner = static_cast<const StageScene *>(scene());
    if (!owner || !m_from || !m_to)
        return;
    const CanvasTheme &theme = owner->theme();
    const bool selected = option->state.testFlag(QStyle::State_Selected);
    painter->setRenderHint(QPainter::Antialiasing);

    QColor colour;
    QPen pen;
    switch (m_content.kind) {
    case model::EdgeKind::Copy:
        colour = theme.copyArrow;
        pen = QPen(colour, 2.0, Qt::SolidLine, Qt::RoundCap);
        break;
    case model::EdgeKind::From:
        colour = theme.fromArrow;
        pen = QPen(colour, 3.0, Qt::DashLine, Qt::FlatCap);
        break;
    case model::EdgeKind::Mount:
        colour = theme.mountArrow;
        pen = QPen(colour, 2.0, Qt::DotLine, Qt::RoundCap);
        break;
    }
    pen.setWidthF(pen.widthF() * theme.lineScale);
    if (selected) {
        colour = theme.selection;
        pen.setColor(colour);
        pen.setWidthF(pen.widthF() + 1.0);
    }
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);

    // Arrowhead along the curve's final direction.
    const qreal angle = m_path.angleAtPercent(1.0) * std::numbers::pi / 180.0;
    const QPointF direction(std::cos(angle), -std::sin(angle));
    const QPointF normal(-direction.y(), direction.x());
    const qreal size = 9 * std::max<qreal>(1.0, theme.lineScale * 0.75);
    QPolygonF head;
    head << m_end << m_end - direction * size + normal * (size * 0.55)
         << m_end - direction * size - normal * (size * 0.55);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(head);

    // Zoomed far out, labels are bars (as block rows are): no text is shaped.
    const bool legible = theme.legible(theme.smallFont, CanvasTheme::levelOfDetail(painter));
    const auto textBar = [painter, &theme](const QRectF &box, qsizetype length,
                                           const QColor &barColour) {
        const QFontMetricsF metrics(theme.smallFont);
        const qreal w
            = std::min(box.width() - 8, metrics.averageCharWidth() * static_cast<qreal>(length));
        const qreal h = metrics.capHeight();
        painter->setPen(Qt::NoPen);
        painter->setBrush(barColour);
        painter->drawRoundedRect(QRectF(box.center().x() - w / 2, box.center().y() - h / 2, w, h),
                                 h / 2, h / 2);
    };
    if (!m_shownLabel.isEmpty()) {
        painter->setPen(QPen(colour, 0.8));
        painter->setBrush(theme.labelBackground);
        painter->drawRoundedRect(m_labelRect, 4, 4);
        if (legible) {
            painter->setFont(theme.smallFont);
            painter->setPen(theme.text);
            painter->drawText(m_labelRect, Qt::AlignCenter, m_shownLabel);
        } else {
            textBar(m_labelRect, m_shownLabel.size(), theme.mutedText);
        }
    }
    if (!m_bytesRect.isNull()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(m_bytesRect, 7, 7);
        QFont font = theme.smallFont;
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(Qt::white);
        if (legible)
            painter->drawText(m_bytesRect, Qt::AlignCenter, measuredBytesText());
        else
            textBar(m_bytesRect, measuredBytesText().size(), Qt::white);
    }
    if (selected && isRetargetable()) {
        // Handles: drag either end onto another block to retarget the arrow.
        painter->setPen(QPen(theme.selection, 1.5));
        painter->setBrush(theme.blockBody);
        painter->drawEllipse(m_start, 5, 5);
        painter->drawEllipse(m_end - direction * 4, 5, 5);
    }
}

ArrowItem::Handle ArrowItem::handleAt(const QPointF &scenePos) const
{
    const QPointF local = mapFromScene(scenePos);
    if (distance(local, m_end) <= HandleRadius)
        return Handle::End;
    if (distance(local, m_start) <= HandleRadius)
        return Handle::Start;
    return Handle::None;
}

} // namespace stagecraft::views
