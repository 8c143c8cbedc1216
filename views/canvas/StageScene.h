// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/LayoutSidecar.h"
#include "views/ModelMetaTypes.h"
#include "views/canvas/CanvasTheme.h"

#include "model/Diagnostic.h"
#include "model/EditOperation.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include <QGraphicsScene>
#include <QHash>

#include <memory>
#include <vector>

namespace stagecraft::views {

class ArrowItem;
class CanvasNodeItem;
class ImageNodeItem;
class LegendItem;
class StageBlockItem;

/// The canvas scene: mirrors the stage graph in a stable id → item map (stages keyed by their
/// lower-case name, or `#index` when unnamed; images by `image:<reference>`) and reconciles in
/// place on every reparse, so items keep identity, position and selection. Items report gestures
/// here; the scene turns them into edit operations (it never changes the model itself).
class StageScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit StageScene(QObject *parent = nullptr);
    ~StageScene() override;

    /// Reconciles the items with a new parse. `target` < 0 means the graph's default target.
    void setModel(std::shared_ptr<const model::SyntaxTree> tree, const model::StageGraph &graph,
                  const std::vector<model::Diagnostic> &diagnostics, int target = -1);

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

    [[nodiscard]] std::shared_ptr<const model::SyntaxTree> tree() const { return m_tree; }
    [[nodiscard]] const model::StageGraph &graph() const { return m_graph; }
    [[nodiscard]] int target() const { return m_target; }
    /// How operations name a stage: its name, or its index when unnamed.
    [[nodiscard]] std::string stageReference(int stageIndex) const;

    [[nodiscard]] StageBlockItem *blockForStage(int stageIndex) const;
    [[nodiscard]] StageBlockItem *block(const QString &key) const { return m_blocks.value(key); }
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

    // Build and measure results. They live on the items (a reparse keeps them on the blocks and
    // arrows it keeps) until cleared or replaced.

    /// Size pills: stage index → image bytes. Blocks not in the map lose their pill.
    void setStageSizes(const QHash<int, qint64> &bytesByStage);
    /// Bytes on artifact arrows: 1-based line of the COPY/ADD --from → bytes carried. Arrows
    /// not in the map lose theirs.
    void setArrowBytes(const QHash<int, qint64> &bytesByLine);
    /// The instruction being built: its stage and 1-based line (stage < 0: none).
    void setActiveStep(int stageIndex, int line);
    /// Removes size pills, arrow bytes and the active step.
    void clearMeasurements();

    // Called by items.
    void toggleCollapsed(const QString &key);
    void activateRange(model::Range range);
    void requestRename(const QString &key, const QString &name);
    void nodeMoved(CanvasNodeItem *node);
    /// After a drag ends: saves the layout when nodes were moved by the user.
    void commitMoves();
    /// Where the node with `key` goes when a coming reparse creates it (a palette drop).
    void setPendingPosition(const QString &key, const QPointF &scenePos);
    /// Emits an operation (the single exit of every gesture).
    void requestOperation(const model::EditOperation &operation);

Q_SIGNALS:
    void operationRequested(const stagecraft::model::EditOperation &operation);
    void rangeActivated(stagecraft::model::Range range);
    void statusMessage(const QString &message);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    struct ArrowSpec;
    void placeNewNodes(const std::vector<CanvasNodeItem *> &newNodes, bool everythingNew);
    void placeLegend();
    void applyEntries();

    CanvasTheme m_theme;
    std::shared_ptr<const model::SyntaxTree> m_tree;
    model::StageGraph m_graph;
    int m_target = -1;
    QHash<QString, StageBlockItem *> m_blocks;
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
    QHash<QString, QPointF> m_pending;
};

} // namespace stagecraft::views
