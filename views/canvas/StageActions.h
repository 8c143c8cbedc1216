// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/ModelMetaTypes.h"

#include "model/Token.h"

#include <QObject>
#include <QString>

#include <string>

class QGraphicsItem;
class QMenu;
class QPoint;

namespace stagecraft::views {

class StageCanvas;
class StageScene;

/// What the canvas's context menu and keys do to stages and arrows: rename, duplicate, move
/// earlier or later, set the base image, collapse, remove, and delete the selection. Each one
/// becomes edit operations through the scene (StageScene::requestOperation()); the canvas only
/// decides where they are asked for.
class StageActions : public QObject
{
    Q_OBJECT

public:
    /// Actions on `scene`'s items; dialogs and menus open over `canvas`.
    StageActions(StageCanvas *canvas, StageScene *scene);

    /// The context menu for `hit` (a block, an arrow, or null for the empty canvas), owned by
    /// the caller.
    [[nodiscard]] QMenu *contextMenu(QGraphicsItem *hit);

    /// Opens the block's inline title editor.
    void renameStage(int stageIndex);
    void removeStage(int stageIndex, bool cascade);
    /// Adds a copy of the stage after it, under an unused name (`<name>-copy`, …).
    void duplicateStage(int stageIndex);
    /// Swaps the stage with its neighbour (`delta` -1: earlier, +1: later).
    void moveStage(int stageIndex, int delta);
    /// Asks for a new base image (or earlier stage) for the stage.
    void setBaseImage(int stageIndex);
    /// Removes the selected blocks and artifact arrows, last in the file first.
    void deleteSelection();
    /// `stem`, or `stem2`, `stem3`, … : the first that names no stage and is not reserved.
    [[nodiscard]] std::string uniqueStageName(const std::string &stem) const;

Q_SIGNALS:
    /// A refusal or other message worth showing in the status bar (already translated).
    void statusMessage(const QString &message);
    /// "Show in Editor" on an arrow.
    void rangeActivated(stagecraft::model::Range range);

private:
    [[nodiscard]] QMenu *blockMenu(int index);
    StageCanvas *m_canvas = nullptr;
    StageScene *m_scene = nullptr;
};

} // namespace stagecraft::views
