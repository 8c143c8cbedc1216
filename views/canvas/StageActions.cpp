// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/StageActions.h"

#include "views/canvas/ArrowItem.h"
#include "views/canvas/StageBlockItem.h"
#include "views/canvas/StageCanvas.h"
#include "views/canvas/StageScene.h"

#include "model/EditOperation.h"
#include "model/StageName.h"

#include <QInputDialog>
#include <QMenu>

#include <algorithm>
#include <vector>

namespace stagecraft::views {

namespace {

struct PendingOperation
{
    std::uint32_t position = 0;
    model::EditOperation operation;
};

} // namespace

StageActions::StageActions(StageCanvas *canvas, StageScene *scene)
    : QObject(canvas)
    , m_canvas(canvas)
    , m_scene(scene)
{ }

void StageActions::deleteSelection()
{
    std::vector<PendingOperation> pending;
    std::vector<int> removedStages;
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    for (QGraphicsItem *item : selected) {
        if (item->type() == StageBlockItem::Type) {
            const auto *block = static_cast<StageBlockItem *>(item);
            removedStages.push_back(block->content().index);
            pending.push_back(
                {block->content().fromRange.begin,
                 model::RemoveStage{m_scene->stageReference(block->content().index), false}});
        }
    }
    bool skippedArrow = false;
    for (QGraphicsItem *item : selected) {
        if (item->type() != ArrowItem::Type)
            continue;
        const auto *arrow = static_cast<ArrowItem *>(item);
        if (std::find(removedStages.begin(), removedStages.end(), arrow->content().toStage)
            != removedStages.end())
            continue;
        if (!arrow->isRetargetable()) {
            skippedArrow = true;
            continue;
        }
        pending.push_back({arrow->content().range.begin,
                           model::RemoveCopy{m_scene->stageReference(arrow->content().toStage),
                                             arrow->content().line,
                                             {}}});
    }
    if (skippedArrow)
        Q_EMIT statusMessage(
            tr("Only artifact arrows (COPY --from) can be removed here; change the base "
               "of a stage with \u201cSet Base Image\u201d."));
    // Last in the file first: each operation's byte offsets stay valid while the ones after it
    // in the file have already been applied.
    std::stable_sort(pending.begin(), pending.end(),
                     [](const PendingOperation &a, const PendingOperation &b) {
                         return a.position > b.position;
                     });
    for (const PendingOperation &operation : pending)
        m_scene->requestOperation(operation.operation);
}

void StageActions::renameStage(int stageIndex)
{
    if (StageBlockItem *block = m_scene->blockForStage(stageIndex)) {
        m_canvas->ensureVisible(block);
        m_canvas->setFocus();
        block->startRename();
    }
}

void StageActions::removeStage(int stageIndex, bool cascade)
{
    m_scene->requestOperation(model::RemoveStage{m_scene->stageReference(stageIndex), cascade});
}

std::string StageActions::uniqueStageName(const std::string &stem) const
{
    const model::StageGraph &graph = m_scene->graph();
    std::string name = stem;
    for (int n = 2; graph.stageIndex(name) >= 0 || model::isReservedStageName(name); ++n)
        name = stem + std::to_string(n);
    return name;
}

void StageActions::duplicateStage(int stageIndex)
{
    const auto &stages = m_scene->graph().stages();
    if (stageIndex < 0 || stageIndex >= static_cast<int>(stages.size()))
        return;
    const model::Stage &stage = stages[static_cast<std::size_t>(stageIndex)];
    const std::string stem
        = (stage.name.empty() ? "stage" + std::to_string(stageIndex) : stage.name) + "-copy";
    m_scene->requestOperation(
        model::DuplicateStage{m_scene->stageReference(stageIndex), uniqueStageName(stem)});
}

void StageActions::moveStage(int stageIndex, int delta)
{
    const int count = static_cast<int>(m_scene->graph().stages().size());
    const int other = stageIndex + delta;
    if (other < 0 || other >= count)
        return;
    model::MoveStage move;
    move.stage = m_scene->stageReference(stageIndex);
    if (delta < 0)
        move.before = m_scene->stageReference(other);
    else
        move.after = m_scene->stageReference(other);
    m_scene->requestOperation(move);
}

void StageActions::setBaseImage(int stageIndex)
{
    StageBlockItem *block = m_scene->blockForStage(stageIndex);
    if (!block)
        return;
    bool ok = false;
    const QString image
        = QInputDialog::getText(m_canvas, tr("Set Base Image"),
                                tr("Base image or earlier stage for %1:").arg(block->title()),
                                QLineEdit::Normal, block->content().base, &ok)
              .trimmed();
    if (ok && !image.isEmpty() && image != block->content().base)
        m_scene->requestOperation(
            model::SetBase{m_scene->stageReference(stageIndex), image.toStdString()});
}

QMenu *StageActions::contextMenu(QGraphicsItem *hit)
{
    if (hit && hit->type() == StageBlockItem::Type)
        return blockMenu(static_cast<StageBlockItem *>(hit)->content().index);
    auto *menu = new QMenu(m_canvas);
    if (hit && hit->type() == ArrowItem::Type) {
        auto *arrow = static_cast<ArrowItem *>(hit);
        const ArrowItem::Content content = arrow->content();
        menu->addAction(tr("Show in &Editor"), this,
                        [this, content] { Q_EMIT rangeActivated(content.range); })
            ->setObjectName(QStringLiteral("show"));
        QAction *remove = menu->addAction(tr("&Remove Arrow"), this, [this, content] {
            m_scene->requestOperation(
                model::RemoveCopy{m_scene->stageReference(content.toStage), content.line, {}});
        });
        remove->setObjectName(QStringLiteral("removeArrow"));
        remove->setEnabled(arrow->isRetargetable());
        return menu;
    }
    menu->addAction(tr("&Automatic Layout"), m_canvas, &StageCanvas::autoLayout)
        ->setObjectName(QStringLiteral("layout"));
    menu->addAction(tr("&Fit to View"), m_canvas, &StageCanvas::fitToView)
        ->setObjectName(QStringLiteral("fit"));
    menu->addAction(tr("Zoom &100%"), m_canvas, &StageCanvas::resetZoom)
        ->setObjectName(QStringLiteral("zoom100"));
    return menu;
}

QMenu *StageActions::blockMenu(int index)
{
    auto *menu = new QMenu(m_canvas);
    StageBlockItem *block = m_scene->blockForStage(index);
    const int count = static_cast<int>(m_scene->graph().stages().size());
    const model::StageId id = block != nullptr ? block->id() : model::NoStageId;
    menu->addAction(tr("&Rename Stage"), this, [this, index] { renameStage(index); })
        ->setObjectName(QStringLiteral("rename"));
    menu->addAction(tr("D&uplicate Stage"), this, [this, index] { duplicateStage(index); })
        ->setObjectName(QStringLiteral("duplicate"));
    QAction *earlier
        = menu->addAction(tr("Move &Earlier"), this, [this, index] { moveStage(index, -1); });
    earlier->setObjectName(QStringLiteral("moveEarlier"));
    earlier->setEnabled(index > 0);
    QAction *later
        = menu->addAction(tr("Move &Later"), this, [this, index] { moveStage(index, +1); });
    later->setObjectName(QStringLiteral("moveLater"));
    later->setEnabled(index + 1 < count);
    menu->addAction(tr("Set &Base Image\u2026"), this, [this, index] { setBaseImage(index); })
        ->setObjectName(QStringLiteral("setBase"));
    menu->addAction(block != nullptr && block->isCollapsed() ? tr("E&xpand") : tr("C&ollapse"),
                    this, [this, id] { m_scene->toggleCollapsed(id); })
        ->setObjectName(QStringLiteral("collapse"));
    menu->addSeparator();
    menu->addAction(tr("Re&move Stage"), this, [this, index] { removeStage(index, false); })
        ->setObjectName(QStringLiteral("remove"));
    menu->addAction(tr("Remove Stage and Its &Arrows"), this,
                    [this, index] { removeStage(index, true); })
        ->setObjectName(QStringLiteral("removeCascade"));
    return menu;
}

} // namespace stagecraft::views
