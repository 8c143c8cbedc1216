// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <vector>

class QGraphicsEllipseItem;
class QVariantAnimation;

namespace stagecraft::views {

class StageCanvas;

/// Steps through a build stage by stage on the canvas: the stages the target needs, in the order
/// a build runs them (file order; each stage's sources come before it). Each step selects the
/// stage's block and, when animations are on, sends a packet along every arrow into it (the
/// artifacts it copies, its base, its mounts) with a QVariantAnimation. stop() removes the
/// packets; a reparse that removes an arrow stops its packet at once.
class PresenterStepper : public QObject
{
    Q_OBJECT

public:
    explicit PresenterStepper(StageCanvas *canvas, QObject *parent = nullptr);
    ~PresenterStepper() override;

    /// The stage indices in build order (from the canvas's current graph and target).
    [[nodiscard]] std::vector<int> buildOrder() const;
    /// The stage shown (-1 before the first step).
    [[nodiscard]] int currentStage() const { return m_current; }
    /// Packets along the arrows (off in tests unless asked).
    void setAnimationsEnabled(bool enabled);
    [[nodiscard]] bool animationsEnabled() const { return m_animate; }
    /// True while packets move.
    [[nodiscard]] bool isAnimating() const;
    /// Milliseconds a packet takes along one arrow.
    void setDuration(int milliseconds) { m_duration = milliseconds; }

public Q_SLOTS:
    /// The next stage in build order (wraps to the first after the last).
    void next();
    /// The previous stage (wraps to the last before the first).
    void previous();
    /// Shows stage `stageIndex` (must be in buildOrder()).
    void showStage(int stageIndex);
    /// Stops the animation and removes the packets.
    void stop();
    /// Forgets the position (the next step starts at the first stage) and stops.
    void reset();

Q_SIGNALS:
    /// A step selected `stageIndex`; `position` is 0-based in buildOrder() of `count`.
    void stageShown(int stageIndex, int position, int count);

private:
    void animateInto(int stageIndex);
    void tick(qreal progress);

    QPointer<StageCanvas> m_canvas;
    int m_current = -1;
    bool m_animate = true;
    int m_duration = 1200;
    QVariantAnimation *m_animation = nullptr;
    QStringList m_arrowKeys;                       ///< arrows the packets follow
    std::vector<QGraphicsEllipseItem *> m_packets; ///< one per arrow, owned by the scene
};

} // namespace stagecraft::views
