// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/StageScene.h"

#include "views/canvas/ArrowItem.h"
#include "views/canvas/BlockContents.h"
#include "views/canvas/CanvasLayout.h"
#include "views/canvas/ImageNodeItem.h"
#include "views/canvas/LegendItem.h"
#include "views/canvas/StageBlockItem.h"

#include "model/StageName.h"

#include <QApplication>
#include <QFileInfo>
#include <QPainter>

#include <algorithm>
#include <set>
#include <string_view>
#include <utility>

namespace stagecraft::views {

namespace {

/// Grid lines closer than this many device pixels are thinned out (drawBackground()).
constexpr qreal MinGridSpacing = 8;

const QString ImagePrefix = QStringLiteral("image:");

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString joinedSources(const model::Edge &edge)
{
    QStringList sources;
    for (const std::string &source : edge.sources)
        sources << fromUtf8(source);
    return sources.join(QLatin1Char(' '));
}

QString edgeLabel(const model::Edge &edge)
{
    switch (edge.kind) {
    case model::EdgeKind::Copy: {
        const QString sources = joinedSources(edge);
        const QString destination = fromUtf8(edge.destination);
        if (destination.isEmpty())
            return sources;
        return sources.isEmpty() ? destination : sources % QStringLiteral(" \u2192 ") % destination;
    }
    case model::EdgeKind::Mount:
        return edge.destination.empty() ? QString()
                                        : QStringLiteral("\u2192 ") % fromUtf8(edge.destination);
    case model::EdgeKind::From:
        break;
    }
    return {};
}

const model::StageGraph &emptyGraph()
{
    static const model::StageGraph graph;
    return graph;
}

} // namespace

struct StageScene::ArrowSpec
{
    QString key;
    CanvasNodeItem *from = nullptr;
    CanvasNodeItem *to = nullptr;
    ArrowItem::Content content;
};

StageScene::StageScene(QObject *parent)
    : QGraphicsScene(parent)
    , m_theme(CanvasTheme::fromPalette(QApplication::palette()))
{
    m_legend = new LegendItem;
    addItem(m_legend);
    m_legend->retranslate();
    setItemIndexMethod(QGraphicsScene::NoIndex);
}

StageScene::~StageScene()
{
    // Arrows first: they detach from their nodes while both still exist.
    for (ArrowItem *arrow : std::as_const(m_arrows)) {
        removeItem(arrow);
        delete arrow;
    }
    m_arrows.clear();
}

void StageScene::setTheme(const CanvasTheme &theme)
{
    m_theme = theme;
    setFont(theme.font);
    for (StageBlockItem *block : m_blockByIndex)
        block->themeChanged();
    routeArrows();
    m_legend->retranslate();
    update();
}

void StageScene::retranslate()
{
    m_legend->retranslate();
    placeLegend();
    update();
}

const model::StageGraph &StageScene::graph() const
{
    return m_analysis ? m_analysis->graph() : emptyGraph();
}

int StageScene::stageIndex(model::StageId id) const
{
    return m_analysis ? m_analysis->stageIndex(id) : -1;
}

std::string StageScene::stageReference(int stageIndex) const
{
    const auto &stages = graph().stages();
    if (stageIndex < 0 || stageIndex >= static_cast<int>(stages.size()))
        return {};
    return model::stageLabel(stages[static_cast<std::size_t>(stageIndex)]);
}

StageBlockItem *StageScene::blockForStage(int stageIndex) const
{
    if (stageIndex < 0 || stageIndex >= static_cast<int>(m_blockByIndex.size()))
        return nullptr;
    return m_blockByIndex[static_cast<std::size_t>(stageIndex)];
}

StageBlockItem *StageScene::blockNamed(const QString &name) const
{
    const int index = graph().stageIndex(name.toStdString());
    // stageIndex() also reads a decimal as an index: only a name counts here.
    if (index < 0 || graph().stages()[static_cast<std::size_t>(index)].name.empty())
        return nullptr;
    return blockForStage(index);
}

ImageNodeItem *StageScene::imageNode(const QString &reference) const
{
    return m_images.value(ImagePrefix + reference);
}

std::vector<QString> StageScene::layoutKeys() const
{
    const auto &stages = graph().stages();
    std::vector<QString> keys(stages.size());
    QHash<QString, int> seen;
    for (const model::Stage &stage : stages) {
        QString key = stage.name.empty() ? QStringLiteral("#%1").arg(stage.index)
                                         : fromUtf8(stage.nameLower);
        // Duplicate names (a diagnostic of their own) still need distinct keys.
        const int duplicates = seen.value(key, 0);
        seen.insert(key, duplicates + 1);
        if (duplicates > 0)
            key += QStringLiteral("~%1").arg(duplicates);
        keys[static_cast<std::size_t>(stage.index)] = key;
    }
    return keys;
}

void StageScene::setAnalysis(std::shared_ptr<const model::Analysis> analysis)
{
    if (!analysis)
        return;
    m_reconciling = true;
    const std::shared_ptr<const model::Analysis> previous = std::move(m_analysis);
    m_analysis = std::move(analysis);
    m_target = m_analysis->effectiveTarget();

    const bool everythingNew = m_blocks.isEmpty() && m_images.isEmpty();
    std::vector<CanvasNodeItem *> newNodes;
    const std::vector<StageBlockItem::Content> contents = BlockContents::build(
        *m_analysis, previous.get(), [this](model::StageId id) -> const StageBlockItem::Content * {
            const StageBlockItem *block = m_blocks.value(id);
            return block ? &block->content() : nullptr;
        });
    const QList<StageBlockItem *> goneBlocks = reconcileBlocks(newNodes);
    for (std::size_t i = 0; i < contents.size(); ++i)
        m_blockByIndex[i]->setContent(contents[i]);
    const QList<ImageNodeItem *> goneImages
        = reconcileArrows(BlockContents::neededStages(*m_analysis), newNodes);
    for (StageBlockItem *item : goneBlocks) {
        removeItem(item);
        delete item;
    }
    for (ImageNodeItem *item : goneImages) {
        removeItem(item);
        delete item;
    }

    if (!newNodes.empty())
        placeNewNodes(newNodes, everythingNew && m_entries.isEmpty());
    m_reconciling = false;
    routeArrows();
    placeLegend();
    const bool structural = !newNodes.empty() || !goneBlocks.isEmpty() || !goneImages.isEmpty();
    if (structural && m_userLayout)
        saveLayout();
}

QList<StageBlockItem *> StageScene::reconcileBlocks(std::vector<CanvasNodeItem *> &newNodes)
{
    const std::vector<model::StageId> &ids = m_analysis->stageIds();
    const std::vector<QString> keys = layoutKeys();
    QHash<model::StageId, StageBlockItem *> old = std::move(m_blocks);
    m_blocks.clear();
    m_blockByIndex.assign(ids.size(), nullptr);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        StageBlockItem *item = old.take(ids[i]);
        if (!item) {
            item = new StageBlockItem(ids[i]);
            addItem(item);
            const auto entry = m_entries.constFind(keys[i]);
            if (m_pending.contains(keys[i])) {
                item->setPos(m_pending.take(keys[i]));
            } else if (entry != m_entries.cend()) {
                item->setCollapsed(entry->collapsed);
                item->setPos(entry->position);
            } else {
                newNodes.push_back(item);
            }
        }
        m_blocks.insert(ids[i], item);
        m_blockByIndex[i] = item;
    }
    m_pending.clear();
    return old.values();
}

std::vector<StageScene::ArrowSpec>
StageScene::arrowSpecs(const std::vector<bool> &needed, QHash<QString, ImageNodeItem *> &oldImages,
                       std::vector<CanvasNodeItem *> &newNodes)
{
    const model::StageGraph &shown = m_analysis->graph();
    const model::SyntaxTree &tree = *m_analysis->tree();
    const int stageCount = static_cast<int>(shown.stages().size());
    QHash<QString, bool> imageNeeded;
    auto imageFor = [&](const std::string &reference) -> CanvasNodeItem * {
        const QString ref = fromUtf8(reference);
        const QString key = ImagePrefix + ref;
        if (ImageNodeItem *existing = m_images.value(key))
            return existing;
        ImageNodeItem *item = oldImages.take(key);
        if (!item) {
            item = new ImageNodeItem(key, ref);
            addItem(item);
            const auto entry = m_entries.constFind(key);
            if (entry != m_entries.cend())
                item->setPos(entry->position);
            else
                newNodes.push_back(item);
        }
        m_images.insert(key, item);
        return item;
    };

    std::vector<ArrowSpec> specs;
    QHash<QString, int> lanes;
    auto addSpec = [&](model::EdgeKind kind, int from, const std::string &image, int to,
                       int instruction, const QString &label) {
        if (to < 0 || to >= stageCount)
            return;
        CanvasNodeItem *fromNode = nullptr;
        if (from >= 0 && from < stageCount) {
            fromNode = m_blockByIndex[static_cast<std::size_t>(from)];
        } else {
            if (image.empty() || image == "scratch")
                return;
            fromNode = imageFor(image);
            imageNeeded[fromNode->key()]
                = imageNeeded.value(fromNode->key()) || needed[static_cast<std::size_t>(to)];
        }
        CanvasNodeItem *toNode = m_blockByIndex[static_cast<std::size_t>(to)];
        const QString pair = fromNode->key() % QLatin1Char('>') % toNode->key();
        const int lane = lanes.value(pair, 0);
        lanes.insert(pair, lane + 1);
        ArrowSpec spec;
        spec.key = QString::number(static_cast<int>(kind)) % QLatin1Char(':') % pair
            % QLatin1Char('#') % QString::number(lane);
        spec.from = fromNode;
        spec.to = toNode;
        spec.content.kind = kind;
        spec.content.fromStage = from >= 0 && from < stageCount ? from : -1;
        spec.content.toStage = to;
        spec.content.label = label;
        spec.content.lane = lane;
        spec.content.needed = needed[static_cast<std::size_t>(to)];
        if (instruction >= 0 && instruction < static_cast<int>(tree.instructions().size())) {
            const model::Instruction &ins
                = tree.instructions()[static_cast<std::size_t>(instruction)];
            spec.content.line = ins.startLine;
            spec.content.range = ins.range;
        }
        specs.push_back(std::move(spec));
    };
    std::set<int> stagesWithFromEdge;
    for (const model::Edge &edge : shown.edges()) {
        if (edge.kind == model::EdgeKind::From)
            stagesWithFromEdge.insert(edge.to);
        addSpec(edge.kind, edge.from, edge.image.empty() ? edge.reference : edge.image, edge.to,
                edge.instruction, edgeLabel(edge));
    }
    for (const model::Stage &stage : shown.stages()) {
        if (stagesWithFromEdge.count(stage.index) != 0)
            continue;
        const std::string &base = stage.baseExpanded.empty() ? stage.base : stage.baseExpanded;
        addSpec(model::EdgeKind::From, stage.baseStage, base, stage.index, stage.fromInstruction,
                QString());
    }
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it)
        it.value()->setNeeded(imageNeeded.value(it.key(), true));
    return specs;
}

QList<ImageNodeItem *> StageScene::reconcileArrows(const std::vector<bool> &needed,
                                                   std::vector<CanvasNodeItem *> &newNodes)
{
    QHash<QString, ImageNodeItem *> oldImages = std::move(m_images);
    m_images.clear();
    const std::vector<ArrowSpec> specs = arrowSpecs(needed, oldImages, newNodes);

    QHash<QString, ArrowItem *> oldArrows = std::move(m_arrows);
    m_arrows.clear();
    for (const ArrowSpec &spec : specs) {
        ArrowItem *arrow = oldArrows.take(spec.key);
        if (!arrow) {
            arrow = new ArrowItem(spec.key, spec.from, spec.to);
            addItem(arrow);
        } else {
            arrow->setNodes(spec.from, spec.to);
        }
        arrow->setContent(spec.content);
        m_arrows.insert(spec.key, arrow);
    }
    // Arrows go before the nodes they may still be attached to.
    for (ArrowItem *arrow : std::as_const(oldArrows)) {
        removeItem(arrow);
        delete arrow;
    }
    return oldImages.values();
}

void StageScene::placeNewNodes(const std::vector<CanvasNodeItem *> &newNodes, bool everythingNew)
{
    // Lay out the whole graph; new nodes take their place in it. When older nodes exist, a new
    // one is nudged down until it overlaps none of them.
    std::vector<CanvasNodeItem *> nodes;
    QHash<CanvasNodeItem *, int> indexOf;
    for (StageBlockItem *block : m_blockByIndex) {
        indexOf.insert(block, static_cast<int>(nodes.size()));
        nodes.push_back(block);
    }
    for (ImageNodeItem *image : std::as_const(m_images)) {
        indexOf.insert(image, static_cast<int>(nodes.size()));
        nodes.push_back(image);
    }
    // Image nodes in a stable order (QHash order is not).
    std::sort(nodes.begin() + static_cast<std::ptrdiff_t>(m_blockByIndex.size()), nodes.end(),
              [](const CanvasNodeItem *a, const CanvasNodeItem *b) { return a->key() < b->key(); });
    for (std::size_t i = 0; i < nodes.size(); ++i)
        indexOf.insert(nodes[i], static_cast<int>(i));

    CanvasLayout::Graph layoutGraph;
    for (CanvasNodeItem *node : nodes)
        layoutGraph.sizes.push_back(node->frameRect().size());
    for (ArrowItem *arrow : std::as_const(m_arrows)) {
        if (arrow->fromNode() && arrow->toNode())
            layoutGraph.edges.emplace_back(indexOf.value(arrow->fromNode()),
                                           indexOf.value(arrow->toNode()));
    }
    std::sort(layoutGraph.edges.begin(), layoutGraph.edges.end());
    const CanvasLayout::Result layout = CanvasLayout::layered(layoutGraph);

    if (everythingNew) {
        for (std::size_t i = 0; i < nodes.size(); ++i)
            nodes[i]->setPos(layout.positions[i]);
        return;
    }
    std::set<CanvasNodeItem *> fresh(newNodes.begin(), newNodes.end());
    std::vector<QRectF> occupied;
    for (CanvasNodeItem *node : nodes) {
        if (fresh.count(node) == 0)
            occupied.push_back(node->mapRectToScene(node->frameRect()).adjusted(-20, -20, 20, 20));
    }
    for (CanvasNodeItem *node : newNodes) {
        QPointF position = layout.positions[static_cast<std::size_t>(indexOf.value(node))];
        QRectF rect(position, node->frameRect().size());
        for (int guard = 0; guard < 1000; ++guard) {
            const auto hit
                = std::find_if(occupied.begin(), occupied.end(),
                               [&rect](const QRectF &other) { return other.intersects(rect); });
            if (hit == occupied.end())
                break;
            rect.moveTop(hit->bottom() + 1);
        }
        node->setPos(rect.topLeft());
        occupied.push_back(node->mapRectToScene(node->frameRect()).adjusted(-20, -20, 20, 20));
    }
}

void StageScene::placeLegend()
{
    QRectF nodes;
    for (StageBlockItem *block : m_blockByIndex)
        nodes = nodes.united(block->mapRectToScene(block->frameRect()));
    for (ImageNodeItem *image : std::as_const(m_images))
        nodes = nodes.united(image->mapRectToScene(image->frameRect()));
    m_legend->setPos(nodes.isNull() ? QPointF(0, 0) : QPointF(nodes.left(), nodes.bottom() + 50));
}

QRectF StageScene::contentRect() const
{
    QRectF rect;
    for (QGraphicsItem *item : items()) {
        if (item->isVisible() && !item->parentItem())
            rect = rect.united(item->sceneBoundingRect());
    }
    return rect;
}

void StageScene::setSidecarPath(const QString &path)
{
    m_sidecarPath = path;
    m_entries.clear();
    m_userLayout = false;
    if (path.isEmpty())
        return;
    QString error;
    LayoutSidecar::Entries entries;
    if (!LayoutSidecar::load(path, entries, error)) {
        Q_EMIT statusMessage(tr("The canvas layout file %1 could not be read and was ignored: %2")
                                 .arg(QFileInfo(path).fileName(), error));
        return;
    }
    m_entries = entries;
    m_userLayout = !entries.isEmpty();
    applyEntries();
}

void StageScene::setLayoutEntries(const LayoutSidecar::Entries &entries)
{
    m_sidecarPath.clear();
    m_entries = entries;
    m_userLayout = false;
    applyEntries();
}

void StageScene::applyEntries()
{
    const bool wasReconciling = std::exchange(m_reconciling, true);
    const std::vector<QString> keys = layoutKeys();
    for (std::size_t i = 0; i < m_blockByIndex.size(); ++i) {
        StageBlockItem *block = m_blockByIndex[i];
        const auto entry = m_entries.constFind(keys[i]);
        if (entry != m_entries.cend()) {
            block->setCollapsed(entry->collapsed);
            block->setPos(entry->position);
        }
    }
    for (ImageNodeItem *image : std::as_const(m_images)) {
        const auto entry = m_entries.constFind(image->key());
        if (entry != m_entries.cend())
            image->setPos(entry->position);
    }
    m_reconciling = wasReconciling;
    routeArrows();
    placeLegend();
}

LayoutSidecar::Entries StageScene::layoutEntries() const
{
    LayoutSidecar::Entries entries;
    const std::vector<QString> keys = layoutKeys();
    for (std::size_t i = 0; i < m_blockByIndex.size(); ++i)
        entries.insert(keys[i], {m_blockByIndex[i]->pos(), m_blockByIndex[i]->isCollapsed()});
    for (ImageNodeItem *image : std::as_const(m_images))
        entries.insert(image->key(), {image->pos(), false});
    return entries;
}

void StageScene::saveLayout()
{
    m_userLayout = true;
    m_entries = layoutEntries();
    if (m_sidecarPath.isEmpty())
        return;
    QString error;
    if (!LayoutSidecar::save(m_sidecarPath, m_entries, error))
        Q_EMIT statusMessage(
            tr("Could not save the canvas layout to %1: %2").arg(m_sidecarPath, error));
}

void StageScene::autoLayout()
{
    std::vector<CanvasNodeItem *> all;
    for (StageBlockItem *block : m_blockByIndex)
        all.push_back(block);
    for (ImageNodeItem *image : std::as_const(m_images))
        all.push_back(image);
    m_reconciling = true;
    placeNewNodes(all, true);
    placeLegend();
    m_reconciling = false;
    routeArrows();
    if (m_userLayout)
        saveLayout();
}

void StageScene::toggleCollapsed(model::StageId id)
{
    if (StageBlockItem *item = m_blocks.value(id)) {
        item->setCollapsed(!item->isCollapsed());
        routeArrows();
        placeLegend();
        saveLayout();
    }
}

void StageScene::activateRange(model::Range range)
{
    Q_EMIT rangeActivated(range);
}

void StageScene::requestRename(model::StageId id, const QString &name)
{
    const int index = stageIndex(id);
    if (index < 0)
        return;
    const std::string newName = name.trimmed().toStdString();
    // The model's one rule for stage names; the refusal is worded by the UI (EditMessages), as
    // the edit engine's own refusal of the same name would be.
    if (!model::isValidStageName(newName)) {
        Q_EMIT operationRefused("InvalidStageName", {newName});
        return;
    }
    requestOperation(model::RenameStage{stageReference(index), newName});
}

void StageScene::nodeMoved(CanvasNodeItem *node)
{
    Q_UNUSED(node);
    if (!m_reconciling)
        m_movedSinceSave = true;
}

void StageScene::commitMoves()
{
    if (!m_movedSinceSave)
        return;
    m_movedSinceSave = false;
    // Arrows that the moved nodes now stand in the way of go around them.
    routeArrows();
    placeLegend();
    saveLayout();
}

std::vector<QRectF> StageScene::nodeRects() const
{
    std::vector<QRectF> rects;
    rects.reserve(static_cast<std::size_t>(m_blockByIndex.size())
                  + static_cast<std::size_t>(m_images.size()));
    for (const StageBlockItem *block : m_blockByIndex)
        rects.push_back(block->mapRectToScene(block->frameRect()));
    for (const ImageNodeItem *image : std::as_const(m_images))
        rects.push_back(image->mapRectToScene(image->frameRect()));
    return rects;
}

void StageScene::routeArrows()
{
    if (m_reconciling)
        return; // the arrows would not follow (routingDeferred()); the reconcile routes them
    std::vector<QRectF> rects = nodeRects();
    // Every route was made around m_routedRects: only a node that is not where it was then can
    // stand in its way now. After a keystroke that moves nothing that is none, and no arrow is
    // checked against any node (each still follows its own ends and label).
    std::vector<QRectF> moved;
    const bool all = m_routedAlone || rects.size() != m_routedRects.size();
    if (!all) {
        for (std::size_t i = 0; i < rects.size(); ++i) {
            if (rects[i] != m_routedRects[i])
                moved.push_back(rects[i]);
        }
    }
    for (ArrowItem *arrow : std::as_const(m_arrows))
        arrow->adjust(&rects, all ? &rects : &moved);
    m_routedRects = std::move(rects);
    m_routedAlone = false;
}

void StageScene::setPendingPosition(const QString &stageName, const QPointF &scenePos)
{
    m_pending.insert(stageName.toLower(), scenePos);
}

void StageScene::setStageSizes(const QHash<int, qint64> &bytesByStage)
{
    for (std::size_t i = 0; i < m_blockByIndex.size(); ++i)
        m_blockByIndex[i]->setMeasuredSize(bytesByStage.value(static_cast<int>(i), -1));
}

void StageScene::setStageWaste(const QHash<int, model::StageWaste> &wasteByStage)
{
    for (std::size_t i = 0; i < m_blockByIndex.size(); ++i) {
        const auto found = wasteByStage.constFind(static_cast<int>(i));
        const bool shown = found != wasteByStage.cend() && found->analysed;
        m_blockByIndex[i]->setWaste(shown ? found->efficiency : -1, shown ? found->wastedBytes : 0,
                                    shown ? found->userWastedPercent : 0);
    }
}

void StageScene::setArrowBytes(const QHash<int, qint64> &bytesByLine)
{
    for (ArrowItem *arrow : std::as_const(m_arrows)) {
        const bool artifact = arrow->content().kind == model::EdgeKind::Copy;
        arrow->setMeasuredBytes(artifact ? bytesByLine.value(arrow->content().line, -1) : -1);
    }
}

void StageScene::setActiveStep(int stageIndex, int line)
{
    for (std::size_t i = 0; i < m_blockByIndex.size(); ++i)
        m_blockByIndex[i]->setActiveLine(static_cast<int>(i) == stageIndex ? std::max(line, 1) : 0);
}

void StageScene::setStageTimes(const QHash<int, StageTime> &timeByStage)
{
    for (std::size_t i = 0; i < m_blockByIndex.size(); ++i)
        m_blockByIndex[i]->setMeasuredTime(timeByStage.value(static_cast<int>(i)));
}

void StageScene::setActiveSteps(const QHash<int, int> &lineByStage)
{
    for (std::size_t i = 0; i < m_blockByIndex.size(); ++i)
        m_blockByIndex[i]->setActiveLine(lineByStage.value(static_cast<int>(i), 0));
}

void StageScene::clearMeasurements()
{
    setStageSizes({});
    setStageWaste({});
    setStageTimes({});
    setArrowBytes({});
    setActiveStep(-1, 0);
}

ArrowItem *StageScene::arrowForLine(int line) const
{
    for (ArrowItem *arrow : std::as_const(m_arrows)) {
        if (arrow->content().line == line && arrow->content().kind != model::EdgeKind::From)
            return arrow;
    }
    return nullptr;
}

void StageScene::requestOperation(const model::EditOperation &operation)
{
    Q_EMIT operationRequested(operation);
}

void StageScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_theme.background);
    qreal grid = gridSize() * 2;
    // Zoomed out, lines closer than a few pixels are a grey wash, not a grid: keep every
    // second one (which stay on the same lines) until they are apart again.
    if (m_theme.levelOfDetailPainting) {
        const qreal lod = CanvasTheme::levelOfDetail(painter);
        while (lod > 0 && grid * lod < MinGridSpacing)
            grid *= 2;
    }
    const qreal left = std::floor(rect.left() / grid) * grid;
    const qreal top = std::floor(rect.top() / grid) * grid;
    // Skip the grid when zoomed far out: thousands of lines help nobody.
    if (rect.width() / grid > 400)
        return;
    painter->setPen(QPen(m_theme.grid, 0));
    for (qreal x = left; x < rect.right(); x += grid)
        painter->drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
    for (qreal y = top; y < rect.bottom(); y += grid)
        painter->drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
}

} // namespace stagecraft::views
