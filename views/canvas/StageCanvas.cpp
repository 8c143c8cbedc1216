// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/StageCanvas.h"

#include "views/canvas/ArrowDialog.h"
#include "views/canvas/ArrowItem.h"
#include "views/canvas/ArtifactDrag.h"
#include "views/canvas/CanvasAccessibility.h"
#include "views/canvas/CanvasEmptyState.h"
#include "views/canvas/CanvasExport.h"
#include "views/canvas/CanvasPalette.h"
#include "views/canvas/CanvasTheme.h"
#include "views/canvas/ImageNodeItem.h"
#include "views/canvas/InlineRenameEditor.h"
#include "views/canvas/StageActions.h"
#include "views/canvas/StageBlockItem.h"
#include "views/canvas/StageScene.h"

#include "model/EditOperation.h"
#include "model/GraphExport.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGraphicsPathItem>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QSaveFile>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace stagecraft::views {

namespace {

constexpr qreal MinZoom = 0.1;
constexpr qreal MaxZoom = 4.0;

QString fromUtf8(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

StageCanvas::StageCanvas(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("StageCanvas"));
    // Blocks are accessible objects: name, base image and rectangle on screen.
    static const bool accessible = [] {
        QAccessible::installFactory(&CanvasAccessible::factory);
        return true;
    }();
    Q_UNUSED(accessible);
    m_scene = new StageScene(this);
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);

    m_rubberArrow = new QGraphicsPathItem;
    m_rubberArrow->setZValue(20);
    m_rubberArrow->setVisible(false);
    m_scene->addItem(m_rubberArrow);

    m_actions = new StageActions(this, m_scene);
    connect(m_actions, &StageActions::statusMessage, this, &StageCanvas::statusMessage);
    connect(m_actions, &StageActions::rangeActivated, this, &StageCanvas::rangeActivated);
    connect(m_scene, &StageScene::operationRequested, this, &StageCanvas::operationRequested);
    connect(m_scene, &StageScene::operationRefused, this, &StageCanvas::operationRefused);
    connect(m_scene, &StageScene::rangeActivated, this, &StageCanvas::rangeActivated);
    connect(m_scene, &StageScene::statusMessage, this, &StageCanvas::statusMessage);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &StageCanvas::onSelectionChanged);
    m_emptyState = new CanvasEmptyState(viewport());
    retranslate();
}

StageCanvas::~StageCanvas()
{
    // The scene is a child: it dies after this view is half gone, and its items' removal would
    // still signal selection changes here.
    disconnect(m_scene, nullptr, this, nullptr);
    delete m_scene;
    m_scene = nullptr;
}

void StageCanvas::setAnalysis(const std::shared_ptr<const model::Analysis> &analysis)
{
    m_programmaticSelection = true;
    m_scene->setAnalysis(analysis);
    m_programmaticSelection = false;
    m_emptyState->setVisible(m_scene->blocks().empty());
    if (QAccessible::isActive()) {
        QAccessibleEvent reorder(this, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&reorder);
    }
    if (!m_fittedOnce && !m_scene->blocks().empty()) {
        m_fittedOnce = true;
        // After the first layout, show everything (never zoomed in beyond 100 %), and keep
        // doing so while the view gets its real size (the window is laid out after the file is
        // opened) until the user zooms.
        m_autoFit = true;
        QTimer::singleShot(0, this, &StageCanvas::fitIfAuto);
    }
}

void StageCanvas::fitIfAuto()
{
    if (!m_autoFit)
        return;
    if (m_autoFitTransform && transform() != *m_autoFitTransform) {
        m_autoFit = false; // zoomed by someone else since (presenter mode, a test)
        return;
    }
    const QRectF content = m_scene->contentRect().adjusted(-30, -30, 30, 30);
    if (content.width() > viewport()->width() || content.height() > viewport()->height()) {
        fitToView();
    } else {
        setTransform(QTransform());
        centerOn(content.center());
    }
    m_autoFitTransform = transform();
}

void StageCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitIfAuto();
}

void StageCanvas::selectStage(int stageIndex)
{
    m_programmaticSelection = true;
    m_scene->clearSelection();
    if (StageBlockItem *block = m_scene->blockForStage(stageIndex)) {
        block->setSelected(true);
        ensureVisible(block, 40, 40);
    }
    m_programmaticSelection = false;
}

void StageCanvas::setSidecarPath(const QString &path)
{
    m_scene->setSidecarPath(path);
}

void StageCanvas::retranslate()
{
    m_scene->setTheme(CanvasTheme::fromPalette(palette()));
    m_scene->retranslate();
    viewport()->update();
}

void StageCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange
        || event->type() == QEvent::FontChange)
        retranslate();
    QGraphicsView::changeEvent(event);
}

qreal StageCanvas::zoomFactor() const
{
    return transform().m11();
}

void StageCanvas::scaleBy(qreal factor)
{
    const qreal current = zoomFactor();
    const qreal wanted = std::clamp(current * factor, MinZoom, MaxZoom);
    if (current > 0)
        scale(wanted / current, wanted / current);
}

void StageCanvas::setStageSizes(const QHash<int, qint64> &bytesByStage)
{
    m_scene->setStageSizes(bytesByStage);
}

void StageCanvas::setStageWaste(const QHash<int, model::StageWaste> &wasteByStage)
{
    m_scene->setStageWaste(wasteByStage);
}

void StageCanvas::setArrowBytes(const QHash<int, qint64> &bytesByLine)
{
    m_scene->setArrowBytes(bytesByLine);
}

void StageCanvas::setActiveStep(int stageIndex, int line)
{
    m_scene->setActiveStep(stageIndex, line);
    if (StageBlockItem *block = m_scene->blockForStage(stageIndex))
        ensureVisible(block, 40, 40);
}

void StageCanvas::clearMeasurements()
{
    m_scene->clearMeasurements();
}

void StageCanvas::zoomIn()
{
    m_autoFit = false;
    scaleBy(1.25);
}

void StageCanvas::zoomOut()
{
    m_autoFit = false;
    scaleBy(1 / 1.25);
}

void StageCanvas::resetZoom()
{
    m_autoFit = false;
    setTransform(QTransform());
}

void StageCanvas::fitToView()
{
    const QRectF content = m_scene->contentRect().adjusted(-30, -30, 30, 30);
    if (content.isEmpty())
        return;
    fitInView(content, Qt::KeepAspectRatio);
    if (zoomFactor() > 1.0)
        setTransform(QTransform());
    else if (zoomFactor() < minimumFitZoom())
        setTransform(QTransform::fromScale(minimumFitZoom(), minimumFitZoom()));
    const QRectF shown = mapToScene(viewport()->rect()).boundingRect();
    if (content.width() <= shown.width() && content.height() <= shown.height()) {
        centerOn(content.center());
        return;
    }
    // A small graph larger than the view at its smallest zoom: its stage blocks (without the
    // base images and the legend) in the middle when they fit, else its first stages.
    QRectF stages;
    for (const StageBlockItem *block : m_scene->blocks())
        stages = stages.united(block->mapRectToScene(block->frameRect()));
    stages = stages.adjusted(-30, -30, 30, 30);
    if (stages.width() <= shown.width() && stages.height() <= shown.height())
        centerOn(stages.center());
    else
        centerOn(stages.topLeft() + QPointF(shown.width() / 2, shown.height() / 2));
}

qreal StageCanvas::minimumFitZoom() const
{
    const bool small = m_scene->blocks().size() <= static_cast<std::size_t>(SmallGraphStages);
    return small ? SmallGraphMinZoom : MinZoom;
}

void StageCanvas::autoLayout()
{
    m_scene->autoLayout();
    fitToView();
}

void StageCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers().testFlag(Qt::ControlModifier)) {
        const int delta = event->angleDelta().y();
        if (delta != 0) {
            m_autoFit = false;
            scaleBy(std::pow(1.0015, delta));
        }
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void StageCanvas::onSelectionChanged()
{
    if (m_programmaticSelection)
        return;
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    if (selected.isEmpty()) {
        Q_EMIT stageSelected(-1);
        return;
    }
    if (selected.size() != 1)
        return;
    QGraphicsItem *item = selected.first();
    if (item->type() == StageBlockItem::Type)
        Q_EMIT stageSelected(static_cast<StageBlockItem *>(item)->content().index);
    else if (item->type() == ArrowItem::Type)
        Q_EMIT rangeActivated(static_cast<ArrowItem *>(item)->content().range);
}

StageBlockItem *StageCanvas::blockAt(const QPoint &viewportPos, const StageBlockItem *except) const
{
    const QList<QGraphicsItem *> hits = items(viewportPos);
    for (QGraphicsItem *item : hits) {
        QGraphicsItem *top = item;
        while (top->parentItem())
            top = top->parentItem();
        if (top->type() == StageBlockItem::Type && top != except)
            return static_cast<StageBlockItem *>(top);
    }
    return nullptr;
}

void StageCanvas::mousePressEvent(QMouseEvent *event)
{
    m_pressMoved = false;
    if (event->button() == Qt::MiddleButton) {
        m_gesture = Gesture::Pan;
        m_panOrigin = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton
        && !(m_scene->focusItem() && m_scene->focusItem()->type() == InlineRenameEditor::Type)) {
        const QPoint pos = event->position().toPoint();
        const QPointF scenePos = mapToScene(pos);
        const QList<QGraphicsItem *> hits = items(pos);
        // The output port of a block starts a new arrow.
        for (QGraphicsItem *item : hits) {
            if (item->type() != StageBlockItem::Type)
                continue;
            auto *block = static_cast<StageBlockItem *>(item);
            if (block->isOnOutputPort(block->mapFromScene(scenePos))) {
                m_gesture = Gesture::Connect;
                m_gestureBlockId = block->id();
                m_gestureOrigin = block->outputAnchor();
            }
            break;
        }
        // The ends of a COPY --from arrow retarget it.
        if (m_gesture == Gesture::None) {
            for (QGraphicsItem *item : hits) {
                if (item->type() != ArrowItem::Type)
                    continue;
                auto *arrow = static_cast<ArrowItem *>(item);
                const ArrowItem::Handle handle = arrow->handleAt(scenePos);
                if (handle == ArrowItem::Handle::None || !arrow->isRetargetable())
                    continue;
                m_gesture = handle == ArrowItem::Handle::End ? Gesture::RetargetEnd
                                                             : Gesture::RetargetStart;
                m_gestureArrowKey = arrow->key();
                m_gestureOrigin
                    = handle == ArrowItem::Handle::End ? arrow->startPoint() : arrow->endPoint();
                m_scene->clearSelection();
                arrow->setSelected(true);
                break;
            }
        }
        if (m_gesture != Gesture::None) {
            QPen pen(m_scene->theme().copyArrow, 2, Qt::DashLine);
            m_rubberArrow->setPen(pen);
            QPainterPath path(m_gestureOrigin);
            path.lineTo(scenePos);
            m_rubberArrow->setPath(path);
            m_rubberArrow->setVisible(true);
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void StageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    m_pressMoved = true;
    const QPoint pos = event->position().toPoint();
    switch (m_gesture) {
    case Gesture::Pan: {
        const QPoint delta = pos - m_panOrigin;
        m_panOrigin = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    case Gesture::Connect:
    case Gesture::RetargetStart:
    case Gesture::RetargetEnd: {
        QPainterPath path(m_gestureOrigin);
        path.lineTo(mapToScene(pos));
        m_rubberArrow->setPath(path);
        event->accept();
        return;
    }
    case Gesture::None:
        break;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void StageCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_gesture == Gesture::Pan) {
        m_gesture = Gesture::None;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    if (m_gesture != Gesture::None) {
        finishGesture(event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    m_scene->commitMoves();
}

void StageCanvas::finishGesture(const QPoint &viewportPos)
{
    const Gesture gesture = m_gesture;
    m_gesture = Gesture::None;
    m_rubberArrow->setVisible(false);
    if (gesture == Gesture::Connect) {
        StageBlockItem *source = m_scene->block(m_gestureBlockId);
        StageBlockItem *target = blockAt(viewportPos, source);
        if (!source)
            return;
        if (!target) {
            Q_EMIT statusMessage(
                tr("Drop the arrow on another block to copy an artifact into it."));
            return;
        }
        openArrowDialog(source->content().index, target->content().index);
        return;
    }
    ArrowItem *arrow = m_scene->arrow(m_gestureArrowKey);
    StageBlockItem *target = blockAt(viewportPos);
    if (!arrow || !target)
        return;
    model::RetargetCopy retarget;
    retarget.line = arrow->content().line;
    if (gesture == Gesture::RetargetEnd) {
        if (target->content().index == arrow->content().toStage)
            return;
        retarget.to = m_scene->stageReference(target->content().index);
    } else {
        if (target->content().index == arrow->content().fromStage)
            return;
        retarget.from = m_scene->stageReference(target->content().index);
    }
    m_scene->requestOperation(retarget);
}

void StageCanvas::openArrowDialog(int fromStage, int toStage)
{
    StageBlockItem *source = m_scene->blockForStage(fromStage);
    StageBlockItem *target = m_scene->blockForStage(toStage);
    if (!source || !target)
        return;
    auto *dialog
        = new ArrowDialog(source->title(), target->title(), source->content().family, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::string from = m_scene->stageReference(fromStage);
    const std::string to = m_scene->stageReference(toStage);
    connect(dialog, &QDialog::accepted, dialog, [this, dialog, from, to] {
        model::AddCopy copy;
        copy.from = from;
        copy.to = to;
        for (const QString &path : dialog->sources())
            copy.sources.push_back(path.toStdString());
        copy.destination = dialog->destination().toStdString();
        m_scene->requestOperation(copy);
    });
    dialog->open();
}

void StageCanvas::deleteSelection()
{
    m_actions->deleteSelection();
}

QMenu *StageCanvas::createContextMenu(const QPoint &viewportPos)
{
    QGraphicsItem *hit = itemAt(viewportPos);
    while (hit && hit->parentItem())
        hit = hit->parentItem();
    return m_actions->contextMenu(hit);
}

void StageCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
    event->accept();
}

void StageCanvas::navigate(int key)
{
    const std::vector<StageBlockItem *> &blocks = m_scene->blocks();
    if (blocks.empty())
        return;
    StageBlockItem *current = nullptr;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (item->type() == StageBlockItem::Type) {
            current = static_cast<StageBlockItem *>(item);
            break;
        }
    }
    StageBlockItem *next = nullptr;
    const int count = static_cast<int>(blocks.size());
    if (!current) {
        next = blocks.front();
    } else if (key == Qt::Key_Tab || key == Qt::Key_Backtab) {
        const int step = key == Qt::Key_Tab ? 1 : count - 1;
        next = blocks[static_cast<std::size_t>((current->content().index + step) % count)];
    } else {
        // The nearest block in the arrow's direction (distance along it, plus a penalty across it).
        const QPointF from = current->sceneBoundingRect().center();
        qreal best = std::numeric_limits<qreal>::max();
        for (StageBlockItem *block : blocks) {
            if (block == current)
                continue;
            const QPointF d = block->mapRectToScene(block->frameRect()).center() - from;
            qreal along = 0;
            qreal across = 0;
            switch (key) {
            case Qt::Key_Right:
                along = d.x();
                across = d.y();
                break;
            case Qt::Key_Left:
                along = -d.x();
                across = d.y();
                break;
            case Qt::Key_Down:
                along = d.y();
                across = d.x();
                break;
            default:
                along = -d.y();
                across = d.x();
                break;
            }
            if (along <= 1)
                continue;
            const qreal score = along + 2 * std::abs(across);
            if (score < best) {
                best = score;
                next = block;
            }
        }
    }
    if (!next)
        return;
    m_scene->clearSelection();
    next->setSelected(true);
    next->setFocus();
    ensureVisible(next, 40, 40);
}

bool StageCanvas::event(QEvent *event)
{
    // Tab and Backtab walk the blocks instead of moving the keyboard focus to another widget.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool editing
            = m_scene->focusItem() && m_scene->focusItem()->type() == InlineRenameEditor::Type;
        if (!editing && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
            && !m_scene->blocks().empty() && !(key->modifiers() & Qt::ControlModifier)) {
            navigate(key->key());
            return true;
        }
    }
    return QGraphicsView::event(event);
}

void StageCanvas::keyPressEvent(QKeyEvent *event)
{
    if (m_scene->focusItem() && m_scene->focusItem()->type() == InlineRenameEditor::Type) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        deleteSelection();
        event->accept();
        return;
    case Qt::Key_F2:
        for (QGraphicsItem *item : m_scene->selectedItems()) {
            if (item->type() == StageBlockItem::Type) {
                m_actions->renameStage(static_cast<StageBlockItem *>(item)->content().index);
                break;
            }
        }
        event->accept();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
            navigate(event->key());
            event->accept();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_gesture != Gesture::None) {
            m_gesture = Gesture::None;
            m_rubberArrow->setVisible(false);
        } else {
            m_scene->clearSelection();
        }
        event->accept();
        return;
    case Qt::Key_0:
        if (event->modifiers().testFlag(Qt::ControlModifier)) {
            resetZoom();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (event->modifiers().testFlag(Qt::ControlModifier)) {
            zoomIn();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Minus:
        if (event->modifiers().testFlag(Qt::ControlModifier)) {
            zoomOut();
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void StageCanvas::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasFormat(QLatin1String(CanvasPalette::ImageMimeType))
        || mime->hasFormat(QLatin1String(CanvasPalette::InstructionMimeType))
        || mime->hasFormat(QLatin1String(ArtifactDrag::MimeType))) {
        event->acceptProposedAction();
        return;
    }
    event->ignore();
}

void StageCanvas::dragMoveEvent(QDragMoveEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QPoint pos = event->position().toPoint();
    if (mime->hasFormat(QLatin1String(CanvasPalette::ImageMimeType))
        || ((mime->hasFormat(QLatin1String(CanvasPalette::InstructionMimeType))
             || mime->hasFormat(QLatin1String(ArtifactDrag::MimeType)))
            && blockAt(pos))) {
        event->acceptProposedAction();
        return;
    }
    event->ignore();
}

void StageCanvas::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QPoint pos = event->position().toPoint();
    StageBlockItem *block = blockAt(pos);
    if (mime->hasFormat(QLatin1String(CanvasPalette::ImageMimeType))) {
        const QString image
            = QString::fromUtf8(mime->data(QLatin1String(CanvasPalette::ImageMimeType))).trimmed();
        if (image.isEmpty()) {
            event->ignore();
            return;
        }
        if (block) {
            // An image dropped on a block becomes its base.
            m_scene->requestOperation(model::SetBase{
                m_scene->stageReference(block->content().index), image.toStdString()});
        } else {
            const ImageFamily::Kind family = ImageFamily::detect(image.toStdString());
            std::string stem = ImageFamily::name(family).toStdString();
            if (family == ImageFamily::Scratch || family == ImageFamily::Distroless)
                stem = "final";
            else if (family == ImageFamily::WebServer)
                stem = "web";
            else if (family == ImageFamily::Other || family == ImageFamily::Alpine
                     || family == ImageFamily::Debian)
                stem = "stage";
            const std::string name = m_actions->uniqueStageName(stem);
            m_scene->setPendingPosition(fromUtf8(name), mapToScene(pos));
            model::AddStage add;
            add.image = image.toStdString();
            add.name = name;
            m_scene->requestOperation(add);
        }
        event->acceptProposedAction();
        return;
    }
    if (mime->hasFormat(QLatin1String(CanvasPalette::InstructionMimeType)) && block) {
        const QString text
            = QString::fromUtf8(mime->data(QLatin1String(CanvasPalette::InstructionMimeType)))
                  .trimmed();
        m_scene->requestOperation(model::AddInstruction{
            m_scene->stageReference(block->content().index), text.toStdString(), -1});
        event->acceptProposedAction();
        return;
    }
    if (const auto artifact = ArtifactDrag::fromMimeData(mime); artifact && block) {
        // A file or folder from the Files panel: COPY --from=<its stage> <path> <path>.
        ArtifactDrag::Refusal refusal = ArtifactDrag::Refusal::None;
        const auto copy
            = artifact->operationFor(m_scene->graph(), block->content().index, &refusal);
        if (copy) {
            m_scene->requestOperation(*copy);
            event->acceptProposedAction();
            return;
        }
        switch (refusal) {
        case ArtifactDrag::Refusal::SameStage:
            Q_EMIT statusMessage(
                tr("%1 is already in stage %2.").arg(artifact->path, block->title()));
            break;
        case ArtifactDrag::Refusal::LaterStage:
            Q_EMIT statusMessage(tr("Stage %1 comes before stage %2: a stage can only copy from "
                                    "stages above it. Move the stage, or drop on a later one.")
                                     .arg(block->title(), artifact->stage));
            break;
        case ArtifactDrag::Refusal::NoSource:
            Q_EMIT statusMessage(tr("The stage \u201c%1\u201d is no longer in the Dockerfile; read "
                                    "its files again after a build.")
                                     .arg(artifact->stage));
            break;
        case ArtifactDrag::Refusal::NoTarget:
        case ArtifactDrag::Refusal::None:
            break;
        }
    }
    event->ignore();
}

bool StageCanvas::exportTo(const QString &path, QString &error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return CanvasExport::savePng(*m_scene, path, error);
    if (suffix == QLatin1String("svg"))
        return CanvasExport::saveSvg(*m_scene, path, error);
    std::string text;
    if (suffix == QLatin1String("dot") || suffix == QLatin1String("gv"))
        text = model::stageGraphToDot(m_scene->graph(), m_scene->target());
    else if (suffix == QLatin1String("mmd") || suffix == QLatin1String("mermaid"))
        text = model::stageGraphToMermaid(m_scene->graph(), m_scene->target());
    else {
        error
            = tr("Unknown export format \u201c%1\u201d: use .png, .svg, .dot or .mmd.").arg(suffix);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = file.errorString();
        return false;
    }
    file.write(text.data(), static_cast<qint64>(text.size()));
    if (!file.commit()) {
        error = file.errorString();
        return false;
    }
    return true;
}

} // namespace stagecraft::views
