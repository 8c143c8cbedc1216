// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/PresenterStepper.h"

#include "views/canvas/ArrowItem.h"
#include "views/canvas/CanvasTheme.h"
#include "views/canvas/StageCanvas.h"
#include "views/canvas/StageScene.h"

#include <QBrush>
#include <QGraphicsEllipseItem>
#include <QPen>
#include <QVariantAnimation>

#include <algorithm>

namespace stagecraft::views {

PresenterStepper::PresenterStepper(StageCanvas *canvas, QObject *parent)
    : QObject(parent)
    , m_canvas(canvas)
    , m_animation(new QVariantAnimation(this))
{
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setEasingCurve(QEasingCurve::InOutQuad);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &value) { tick(value.toReal()); });
    connect(m_animation, &QVariantAnimation::finished, this, [this] {
        // Rest at the arrow heads until the next step, then disappear.
        for (QGraphicsEllipseItem *packet : m_packets)
            packet->setOpacity(0.35);
    });
}

PresenterStepper::~PresenterStepper()
{
    stop();
}

std::vector<int> PresenterStepper::buildOrder() const
{
    if (!m_canvas)
        return {};
    const StageScene *scene = m_canvas->stageScene();
    const model::StageGraph &graph = scene->graph();
    const int target = scene->target() >= 0 ? scene->target() : graph.defaultTarget();
    if (target < 0)
        return {};
    // neededFor() is sorted, and a stage can only use stages above it: file order is build order.
    return graph.neededFor(target);
}

void PresenterStepper::setAnimationsEnabled(bool enabled)
{
    m_animate = enabled;
    if (!enabled)
        stop();
}

bool PresenterStepper::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void PresenterStepper::next()
{
    const std::vector<int> order = buildOrder();
    if (order.empty())
        return;
    const auto it = std::find(order.begin(), order.end(), m_current);
    const int stage
        = (it == order.end() || std::next(it) == order.end()) ? order.front() : *std::next(it);
    showStage(stage);
}

void PresenterStepper::previous()
{
    const std::vector<int> order = buildOrder();
    if (order.empty())
        return;
    const auto it = std::find(order.begin(), order.end(), m_current);
    const int stage = (it == order.end() || it == order.begin()) ? order.back() : *std::prev(it);
    showStage(stage);
}

void PresenterStepper::showStage(int stageIndex)
{
    const std::vector<int> order = buildOrder();
    const auto it = std::find(order.begin(), order.end(), stageIndex);
    if (it == order.end() || !m_canvas)
        return;
    m_current = stageIndex;
    m_canvas->selectStage(stageIndex);
    stop();
    if (m_animate)
        animateInto(stageIndex);
    Q_EMIT stageShown(stageIndex, static_cast<int>(it - order.begin()),
                      static_cast<int>(order.size()));
}

void PresenterStepper::animateInto(int stageIndex)
{
    StageScene *scene = m_canvas->stageScene();
    const CanvasTheme &theme = scene->theme();
    const qreal radius = 6 * std::max<qreal>(1.0, theme.lineScale * 0.8);
    const QList<ArrowItem *> arrows = scene->arrows();
    for (ArrowItem *arrow : arrows) {
        if (arrow->content().toStage != stageIndex || arrow->path().isEmpty())
            continue;
        auto *packet = new QGraphicsEllipseItem(-radius, -radius, 2 * radius, 2 * radius);
        packet->setBrush(arrow->content().kind == model::EdgeKind::Copy        ? theme.copyArrow
                             : arrow->content().kind == model::EdgeKind::Mount ? theme.mountArrow
                                                                               : theme.fromArrow);
        packet->setPen(QPen(theme.blockBody, 1.5));
        packet->setZValue(5);
        packet->setAcceptedMouseButtons(Qt::NoButton);
        packet->setPos(arrow->mapToScene(arrow->path().pointAtPercent(0)));
        scene->addItem(packet);
        m_packets.push_back(packet);
        m_arrowKeys << arrow->key();
    }
    if (m_packets.empty())
        return;
    m_animation->setDuration(m_duration);
    m_animation->start();
}

void PresenterStepper::tick(qreal progress)
{
    if (!m_canvas)
        return;
    StageScene *scene = m_canvas->stageScene();
    for (std::size_t i = 0; i < m_packets.size(); ++i) {
        const ArrowItem *arrow = scene->arrow(m_arrowKeys.value(static_cast<qsizetype>(i)));
        if (!arrow || arrow->path().isEmpty()) {
            // The arrow went away in a reparse: no packet without its path.
            stop();
            return;
        }
        m_packets[i]->setPos(arrow->mapToScene(arrow->path().pointAtPercent(progress)));
    }
}

void PresenterStepper::stop()
{
    m_animation->stop();
    // Without the canvas, its scene (and the packets in it) are gone already.
    StageScene *scene = m_canvas ? m_canvas->stageScene() : nullptr;
    for (QGraphicsEllipseItem *packet : m_packets) {
        if (!scene)
            break;
        scene->removeItem(packet);
        delete packet;
    }
    m_packets.clear();
    m_arrowKeys.clear();
}

void PresenterStepper::reset()
{
    stop();
    m_current = -1;
}

} // namespace stagecraft::views
