// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/StageWaste.h"

#include "views/LayoutSidecar.h"
#include "views/ModelMetaTypes.h"
#include "views/canvas/CanvasTheme.h"

#include "model/Analysis.h"
#include "model/EditOperation.h"
#include "model/StageIdentity.h"

#include <QGraphicsScene>
#include <QHash>

#include <memory>
#include <string>
#include <vector>

namespace stagecraft::views {

class ArrowItem;
class CanvasNodeItem;
class ImageNodeItem;
class LegendItem;
class StageBlockItem;
struct StageTime;

/// The canvas scene: mirrors the analysis in a stable id → item map (stage blocks keyed by the
/// analysis's stage ids, image nodes by `image:<reference>`) and reconciles in place on every
/// reparse, so a block keeps its identity, position and selection when its stage is renamed,
/// moved or edited. Items hold their id and ask the scene for the rest. Items report gestures
/// here; the scene turns them into edit operations (it never changes the model itself).
///
/// The layout sidecar stays keyed by stage name (lower case, `#index` when unnamed): the scene
/// maps ids to those keys when it reads and writes it.
class StageScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit StageScene(QObject *parent = nullptr);
    ~StageScene() override;

    /// Reconciles the items with a new analysis (its target() is the build target shown).
    void setAnalysis(std::shared_ptr<const model::Analysis> analysis);
    /// The analysis shown; null before the first.
    [[nodiscard]] const std::shared_ptr<const model::Analysis> &analysis() const
    {
        return m_analysis;
    }
    /// The graph shown (an empty graph before the first analysis).
    [[nodiscard]] const model::StageGraph &graph() const;
    /// The build target shown: the analysis's, or the last stage (-1: no stages).
    [[nodiscard]] int target() const { return m_target; }

    [[nodiscard]] const CanvasTheme &theme() const { return m_theme; }
    void setTheme(const CanvasTheme &theme);
    /// Re-reads translated captions of items (legend, badges).
    void retranslate();

    [[nodiscard]] bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool snap) { m_snap = snap; }
    [[nodiscard]] qreal gridSize() const { return 20; }

    /// Loads the layout sidecar at `path` ("" = none) and applies it to the current items. A
    /// corrupt sidecar is ignored with a statusMessage().
    void setSidecarPath(const QString &path);
    [[nodiscard]] const QString &sidecarPath() const { return m_sidecarPath; }
    /// Uses `entries` as the saved layout without a file (nothing is ever written).
    void setLayoutEntries(const LayoutSidecar::Entries &entries);
    /// The current positions and collapsed states, as the sidecar stores them.
    [[nodiscard]] LayoutSidecar::Entries layoutEntries() const;
    /// Writes the sidecar (when a path is set). Called after moves and collapse toggles.
    void saveLayout();
    /// Lays every node out again automatically (and saves when a sidecar is in use).
    void autoLayout();

    /// The index of the stage with `id` in the analysis shown, or -1.
    [[nodiscard]] int stageIndex(model::StageId id) const;
    /// How operations name a stage: its name, or its index when unnamed ("" when out of range).
    [[nodiscard]] std::string stageReference(int stageIndex) const;

    [[nodiscard]] StageBlockItem *blockForStage(int stageIndex) const;
    /// The block of the stage with `id`, or nullptr.
    [[nodiscard]] StageBlockItem *block(model::StageId id) const { return m_blocks.value(id); }
    /// The block of the stage named `name` (case-insensitive), or nullptr.
    [[nodiscard]] StageBlockItem *blockNamed(const QString &name) const;
    [[nodiscard]] ImageNodeItem *imageNode(const QString &reference) const;
    /// Blocks in stage order.
    [[nodiscard]] const std::vector<StageBlockItem *> &blocks() const { return m_blockByIndex; }
    [[nodiscard]] QList<ArrowItem *> arrows() const { return m_arrows.values(); }
    [[nodiscard]] ArrowItem *arrow(const QString &key) const { return m_arrows.value(key); }
    /// The arrow of the instruction on `line` (a COPY/ADD --from or a mount), or nullptr.
    [[nodiscard]] ArrowItem *arrowForLine(int line) const;
    [[nodiscard]] LegendItem *legend() const { return m_legend; }
    /// The bounding rectangle of every node and the legend.
    [[nodiscard]] QRectF contentRect() const;
    /// The frame of every block and image node, in scene coordinates: what arrows route around.
    [[nodiscard]] std::vector<QRectF> nodeRects() const;
    /// True while a reconcile or a layout moves nodes: arrows are routed once it is done.
    [[nodiscard]] bool routingDeferred() const { return m_reconciling; }
    /// Routes every arrow again whose ends moved or whose route or label now meets a node; only
    /// the nodes that moved or changed size since the last time are checked against the routes.
    void routeArrows();
    /// Called by an arrow routed on its own (a node dragged, its label changed): it was routed
    /// around nodes that may since move back, so the next routeArrows() checks every node.
    void arrowRoutedAlone() { m_routedAlone = true; }

    // Build and measure results. They live on the items (a reparse keeps them on the blocks and
    // arrows it keeps) until cleared or replaced.

    /// Size pills: stage index → image bytes. Blocks not in the map lose their pill.
    void setStageSizes(const QHash<int, qint64> &bytesByStage);
    /// Waste pills: stage index → its waste (model::StageWaste); blocks not in the map, or whose
    /// waste was not analysed, lose theirs.
    void setStageWaste(const QHash<int, model::StageWaste> &wasteByStage);
    /// Bytes on artifact arrows: 1-based line of the COPY/ADD --from → bytes carried. Arrows
    /// not in the map lose theirs.
    void setArrowBytes(const QHash<int, qint64> &bytesByLine);
    /// The instruction being built: its stage and 1-based line (stage < 0: none).
    void setActiveStep(int stageIndex, int line);
    /// Build times in the size pills: stage index → time. Blocks not in the map lose theirs.
    void setStageTimes(const QHash<int, StageTime> &timeByStage);
    /// The steps being built, stage index → 1-based line: BuildKit builds stages at once, so
    /// several blocks can be active. Blocks not in the map are not.
    void setActiveSteps(const QHash<int, int> &lineByStage);
    /// Removes size pills, build times, arrow bytes and the active step.
    void clearMeasurements();

    // Called by items.
    void toggleCollapsed(model::StageId id);
    void activateRange(model::Range range);
    /// Renames the stage with `id` (an operation), or refuses a name the model does not accept.
    void requestRename(model::StageId id, const QString &name);
    void nodeMoved(CanvasNodeItem *node);
    /// After a drag ends: saves the layout when nodes were moved by the user.
    void commitMoves();
    /// Where the block of the stage named `stageName` goes when a coming reparse creates it (a
    /// palette drop).
    void setPendingPosition(const QString &stageName, const QPointF &scenePos);
    /// Emits an operation (the single exit of every gesture).
    void requestOperation(const model::EditOperation &operation);

Q_SIGNALS:
    void operationRequested(const stagecraft::model::EditOperation &operation);
    /// A gesture the model refused before it became an operation (a stage name it does not
    /// accept): the code and arguments of the edit engine's refusal, for the UI's message table.
    void operationRefused(const std::string &code, const std::vector<std::string> &args);
    void rangeActivated(stagecraft::model::Range range);
    void statusMessage(const QString &message);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    struct ArrowSpec;
    /// Matches blocks to stages by id (new ones created, placed from the layout when it knows
    /// them); returns the blocks whose stages are gone (deleted by the caller, after arrows).
    QList<StageBlockItem *> reconcileBlocks(std::vector<CanvasNodeItem *> &newNodes);
    /// The arrows (and the image nodes they start from) of the analysis; returns the image
    /// nodes no arrow starts from any more.
    QList<ImageNodeItem *> reconcileArrows(const std::vector<bool> &needed,
                                           std::vector<CanvasNodeItem *> &newNodes);
    [[nodiscard]] std::vector<ArrowSpec> arrowSpecs(const std::vector<bool> &needed,
                                                    QHash<QString, ImageNodeItem *> &oldImages,
                                                    std::vector<CanvasNodeItem *> &newNodes);
    /// The sidecar key of each stage (lower-case name, `#index`, `~n` after duplicates).
    [[nodiscard]] std::vector<QString> layoutKeys() const;
    void placeNewNodes(const std::vector<CanvasNodeItem *> &newNodes, bool everythingNew);
    void placeLegend();
    void applyEntries();

    CanvasTheme m_theme;
    std::shared_ptr<const model::Analysis> m_analysis;
    int m_target = -1;
    QHash<model::StageId, StageBlockItem *> m_blocks;
    std::vector<StageBlockItem *> m_blockByIndex;
    QHash<QString, ImageNodeItem *> m_images;
    QHash<QString, ArrowItem *> m_arrows;
    LegendItem *m_legend = nullptr;
    QString m_sidecarPath;
    LayoutSidecar::Entries m_entries; ///< as loaded from the sidecar
    bool m_snap = true;
    bool m_userLayout = false; ///< the user moved or collapsed something since loading
    bool m_reconciling = false;
    bool m_movedSinceSave = false;
    std::vector<QRectF> m_routedRects; ///< nodeRects() when the arrows were last routed
    bool m_routedAlone = false;        ///< an arrow was routed since, against other nodes
    QHash<QString, QPointF> m_pending; ///< lower-case stage name → position
};

} // namespace stagecraft::views
