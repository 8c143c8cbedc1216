// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/ModelMetaTypes.h"

#include "model/Analysis.h"
#include "model/EditOperation.h"
#include "model/StageIdentity.h"
#include "model/StageWaste.h"

#include <QGraphicsView>
#include <QHash>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class QGraphicsPathItem;
class QMenu;

namespace stagecraft::views {

class ArrowItem;
class CanvasEmptyState;
class StageActions;
class StageBlockItem;
class StageScene;

/// The stage canvas: FROM blocks, artifact arrows and external images on a QGraphicsView. It
/// renders an analysis and turns gestures into edit operations (operationRequested); the app
/// applies them to the text, reparses and calls setAnalysis() with the new analysis, and the
/// scene reconciles in place (blocks keyed by stage id).
class StageCanvas : public QGraphicsView
{
    Q_OBJECT

public:
    explicit StageCanvas(QWidget *parent = nullptr);
    ~StageCanvas() override;

    /// Reconcile in place with a new analysis (the controller publishes one per reparse): a
    /// block keeps its identity, position and selection while its stage keeps its id (renamed,
    /// moved or edited); no flicker. The analysis's target is the build target shown.
    void setAnalysis(const std::shared_ptr<const stagecraft::model::Analysis> &analysis);
    /// Select (and ensure visible) the block of a stage; -1 clears. Does not emit stageSelected.
    void selectStage(int stageIndex);
    /// Where positions/collapsed state are kept ("" = no sidecar, e.g. the built-in example).
    void setSidecarPath(const QString &path);
    /// Re-read colours from the palette (called on palette change) and retranslate captions.
    void retranslate();

    [[nodiscard]] StageScene *stageScene() const { return m_scene; }
    /// What the canvas shows while it has no block (what it is for, and ways to start).
    [[nodiscard]] CanvasEmptyState *emptyState() const { return m_emptyState; }
    /// The smallest zoom the automatic fit uses for the graph shown: a small graph (at most
    /// SmallGraphStages stages) stays readable (at least SmallGraphMinZoom, scrolled when
    /// larger than the view); a large one fits whole, with level of detail.
    [[nodiscard]] qreal minimumFitZoom() const;
    static constexpr int SmallGraphStages = 6;
    static constexpr qreal SmallGraphMinZoom = 0.8;
    /// The current zoom factor (1.0 = 100 %).
    [[nodiscard]] qreal zoomFactor() const;
    /// The context menu for what is at `viewportPos` (a block, an arrow, or empty canvas). The
    /// caller owns the menu. Exposed for tests; contextMenuEvent() shows it.
    [[nodiscard]] QMenu *createContextMenu(const QPoint &viewportPos);

    /// Writes the canvas as PNG or SVG, or the graph as DOT or Mermaid, chosen by the suffix of
    /// `path` (.png, .svg, .dot/.gv, .mmd/.mermaid). On failure returns false with `error` set.
    [[nodiscard]] bool exportTo(const QString &path, QString &error);

    /// Measurements on the canvas (see StageScene): stage sizes, bytes per artifact arrow (by the
    /// COPY's line), the step being built, and clearing them all.
    void setStageSizes(const QHash<int, qint64> &bytesByStage);
    void setStageWaste(const QHash<int, model::StageWaste> &wasteByStage);
    void setArrowBytes(const QHash<int, qint64> &bytesByLine);
    /// Highlights the running instruction and keeps its block in view (stage < 0: none).
    void setActiveStep(int stageIndex, int line);
    void clearMeasurements();

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    /// 100 %.
    void resetZoom();
    /// Fits every node (and the legend) into the view.
    void fitToView();
    /// Lays every block out again automatically.
    void autoLayout();
    /// Removes the selected blocks and arrows (through operations).
    void deleteSelection();

Q_SIGNALS:
    /// A gesture, as an edit operation; the app applies it through the edit engine.
    void operationRequested(const stagecraft::model::EditOperation &operation);
    /// The user selected a block (-1: nothing).
    void stageSelected(int stageIndex);
    /// The user selected an arrow or an instruction row: reveal and highlight these bytes.
    void rangeActivated(stagecraft::model::Range range);
    /// A refusal or other message worth showing in the status bar (already translated).
    void statusMessage(const QString &message);
    /// A gesture the model refused before it became an operation (see
    /// StageScene::operationRefused()): a code and arguments for the UI's message table.
    void operationRefused(const std::string &code, const std::vector<std::string> &args);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Gesture { None, Connect, RetargetStart, RetargetEnd, Pan };

    void scaleBy(qreal factor);
    /// While m_autoFit: everything in view, never beyond 100 %.
    void fitIfAuto();
    void onSelectionChanged();
    [[nodiscard]] StageBlockItem *blockAt(const QPoint &viewportPos,
                                          const StageBlockItem *except = nullptr) const;
    void finishGesture(const QPoint &viewportPos);
    void openArrowDialog(int fromStage, int toStage);
    void navigate(int key);

    StageScene *m_scene = nullptr;
    StageActions *m_actions = nullptr;
    CanvasEmptyState *m_emptyState = nullptr;
    Gesture m_gesture = Gesture::None;
    model::StageId m_gestureBlockId = model::NoStageId;
    QString m_gestureArrowKey;
    QGraphicsPathItem *m_rubberArrow = nullptr;
    QPoint m_panOrigin;
    QPointF m_gestureOrigin;
    bool m_programmaticSelection = false;
    bool m_fittedOnce = false;
    /// Fit the content again when the view is resized (from the first model until the user
    /// zooms).
    bool m_autoFit = false;
    std::optional<QTransform> m_autoFitTransform; ///< the view's transform after the last fit
    bool m_pressMoved = false;
};

} // namespace stagecraft::views
