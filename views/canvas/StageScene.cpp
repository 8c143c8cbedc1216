// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/StageScene.h"

#include "views/canvas/ArrowItem.h"
#include "views/canvas/CanvasLayout.h"
#include "views/canvas/ImageNodeItem.h"
#include "views/canvas/LegendItem.h"
#include "views/canvas/StageBlockItem.h"

#include "model/EditEngine.h"

#include <QApplication>
#include <QFileInfo>
#include <QPainter>

#include <algorithm>
#include <optional>
#include <set>
#include <string_view>

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

/// The instruction's text after its keyword, on one line (continuations joined, heredoc bodies
/// left out), trimmed to what a row can show.
QString rowText(const model::SyntaxTree &tree, const model::Instruction &instruction)
{
    const std::string &text = tree.text();
    std::uint32_t begin = instruction.keywordRange.end;
    std::uint32_t end
        = std::min<std::uint32_t>(instruction.range.end, static_cast<std::uint32_t>(text.size()));
    if (begin > end)
        begin = end;
    std::string_view slice(text.data() + begin, end - begin);
    if (!instruction.heredocs.empty()) {
        if (const auto newline = slice.find('\n'); newline != std::string_view::npos)
            slice = slice.substr(0, newline);
    }
    if (slice.size() > 240)
        slice = slice.substr(0, 240);
    QString row = fromUtf8(slice);
    const QChar escape = QLatin1Char(tree.escapeChar());
    row.replace(QString(escape) + QLatin1Char('\n'), QStringLiteral(" "));
    row.replace(QString(escape) + QStringLiteral("\r\n"), QStringLiteral(" "));
    return row.simplified();
}

/// The rows `previous` showed (built from `previousTree`) for a stage whose instructions
/// `first`..`end` of `tree` are the same bytes, only moved: text typed in another stage leaves
/// every row text as it was, and only the ranges and lines need updating. Empty when the bytes
/// (or the escape character) differ, or when there is nothing to reuse.
std::optional<std::vector<StageBlockItem::Row>> reusedRows(const model::SyntaxTree &previousTree,
                                                           const StageBlockItem::Content &previous,
                                                           const model::SyntaxTree &tree, int first,
                                                           int end)
{
    if (first >= end || previous.rows.size() != static_cast<std::size_t>(end - first)
        || previousTree.escapeChar() != tree.escapeChar())
        return std::nullopt;
    const auto &instructions = tree.instructions();
    const std::uint32_t oldBase = previous.rows.front().range.begin;
    const std::uint32_t newBase = instructions[static_cast<std::size_t>(first)].range.begin;
    for (int k = first; k < end; ++k) {
        const model::Range range = instructions[static_cast<std::size_t>(k)].range;
        const model::Range old = previous.rows[static_cast<std::size_t>(k - first)].range;
        if (range.begin < newBase || old.begin < oldBase || range.end < range.begin
            || old.end < old.begin || range.begin - newBase != old.begin - oldBase
            || range.end - range.begin != old.end - old.begin)
            return std::nullopt;
    }
    const std::uint32_t length
        = instructions[static_cast<std::size_t>(end - 1)].range.end - newBase;
    const std::string_view now = tree.text();
    const std::string_view before = previousTree.text();
    if (newBase + std::size_t{length} > now.size() || oldBase + std::size_t{length} > before.size()
        || now.substr(newBase, length) != before.substr(oldBase, length))
        return std::nullopt;
    std::vector<StageBlockItem::Row> rows = previous.rows;
    for (int k = first; k < end; ++k) {
        const model::Instruction &instruction = instructions[static_cast<std::size_t>(k)];
        StageBlockItem::Row &row = rows[static_cast<std::size_t>(k - first)];
        row.range = instruction.range;
        row.line = instruction.startLine;
    }
    return rows;
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
    for (ArrowItem *arrow : std::as_const(m_arrows))
        arrow->adjust();
    m_legend->retranslate();
    update();
}

void StageScene::retranslate()
{
    m_legend->retranslate();
    placeLegend();
    update();
}

std::string StageScene::stageReference(int stageIndex) const
{
    const auto &stages = m_graph.stages();
    if (stageIndex < 0 || stageIndex >= static_cast<int>(stages.size()))
        return {};
    const model::Stage &stage = stages[static_cast<std::size_t>(stageIndex)];
    return stage.name.empty() ? std::to_string(stageIndex) : stage.name;
}

StageBlockItem *StageScene::blockForStage(int stageIndex) const
{
    if (stageIndex < 0 || stageIndex >= static_cast<int>(m_blockByIndex.size()))
        return nullptr;
    return m_blockByIndex[static_cast<std::size_t>(stageIndex)];
}

ImageNodeItem *StageScene::imageNode(const QString &reference) const
{
    return m_images.value(ImagePrefix + reference);
}

void StageScene::setModel(std::shared_ptr<const model::SyntaxTree> tree,
                          const model::StageGraph &graph,
                          const std::vector<model::Diagnostic> &diagnostics, int target)
{
    m_reconciling = true;
    const std::shared_ptr<const model::SyntaxTree> previousTree = m_tree;
    m_tree = std::move(tree);
    m_graph = graph;
    const auto &stages = m_graph.stages();
    const int stageCount = static_cast<int>(stages.size());
    m_target = target >= 0 && target < stageCount ? target : m_graph.defaultTarget();

    std::vector<bool> needed(stages.size(), m_target < 0);
    if (m_target >= 0) {
        for (int index : m_graph.neededFor(m_target)) {
            if (index >= 0 && index < stageCount)
                needed[static_cast<std::size_t>(index)] = true;
        }
    }

    // Diagnostics per stage.
    std::vector<StageBlockItem::Content> contents(stages.size());
    if (m_tree) {
        for (const model::Diagnostic &diagnostic : diagnostics) {
            const int instruction = m_tree->instructionAt(diagnostic.range.begin);
            const int stage = instruction >= 0 ? m_graph.stageOfInstruction(instruction) : -1;
            if (stage < 0 || stage >= stageCount)
                continue;
            StageBlockItem::Content &content = contents[static_cast<std::size_t>(stage)];
            if (diagnostic.severity == model::Severity::Error)
                ++content.errors;
            else if (diagnostic.severity == model::Severity::Warning)
                ++content.warnings;
            else
                continue;
            const int line = m_tree->lineIndex().line(diagnostic.range.begin);
            if (!content.diagnosticsTip.isEmpty())
                content.diagnosticsTip += QLatin1Char('\n');
            content.diagnosticsTip += fromUtf8(diagnostic.code) % QStringLiteral(" (")
                % QString::number(line) % QLatin1Char(')');
        }
    }

    // Stage contents and keys.
    std::vector<QString> keys(stages.size());
    QHash<QString, int> seen;
    for (const model::Stage &stage : stages) {
        const auto i = static_cast<std::size_t>(stage.index);
        QString key = stage.name.empty() ? QStringLiteral("#%1").arg(stage.index)
                                         : fromUtf8(stage.nameLower);
        // Duplicate names (a diagnostic of its own) still need distinct ids.
        const int duplicates = seen.value(key, 0);
        seen.insert(key, duplicates + 1);
        if (duplicates > 0)
            key += QStringLiteral("~%1").arg(duplicates);
        keys[i] = key;
        StageBlockItem::Content &content = contents[i];
        content.index = stage.index;
        content.name = fromUtf8(stage.name);
        const std::string &base = stage.baseExpanded.empty() ? stage.base : stage.baseExpanded;
        content.base = fromUtf8(base);
        content.family = stage.baseStage >= 0 && stage.baseStage < stageCount
            ? ImageFamily::Other
            : ImageFamily::detect(base);
        content.platform = fromUtf8(stage.platform);
        content.isFinal = stage.index == m_target;
        content.needed = needed[i];
        if (m_tree) {
            const auto &instructions = m_tree->instructions();
            if (stage.fromInstruction >= 0
                && stage.fromInstruction < static_cast<int>(instructions.size()))
                content.fromRange
                    = instructions[static_cast<std::size_t>(stage.fromInstruction)].range;
            const int end = std::min(stage.endInstruction, static_cast<int>(instructions.size()));
            const StageBlockItem *previous = previousTree ? m_blocks.value(key) : nullptr;
            auto rows = previous ? reusedRows(*previousTree, previous->content(), *m_tree,
                                              stage.fromInstruction + 1, end)
                                 : std::nullopt;
            if (rows)
                content.rows = std::move(*rows);
            for (int k = stage.fromInstruction + 1; !rows && k < end; ++k) {
                const model::Instruction &instruction = instructions[static_cast<std::size_t>(k)];
                content.rows.push_back({fromUtf8(instruction.keyword).toUpper(),
                                        rowText(*m_tree, instruction), instruction.range,
                                        instruction.startLine});
            }
        }
    }
    // A stage built FROM another stage shows the family of the stage it inherits.
    for (const model::Stage &stage : stages) {
        if (stage.baseStage >= 0 && stage.baseStage < stage.index)
            contents[static_cast<std::size_t>(stage.index)].family
                = contents[static_cast<std::size_t>(stage.baseStage)].family;
    }

    // Match blocks: by key, then (a rename) by the index the unmatched item had.
    QHash<QString, StageBlockItem *> old = m_blocks;
    std::vector<StageBlockItem *> assigned(stages.size(), nullptr);
    for (std::size_t i = 0; i < stages.size(); ++i) {
        if (StageBlockItem *item = old.take(keys[i]))
            assigned[i] = item;
    }
    for (std::size_t i = 0; i < stages.size(); ++i) {
        if (assigned[i])
            continue;
        for (auto it = old.begin(); it != old.end(); ++it) {
            if (it.value()->content().index == static_cast<int>(i)) {
                assigned[i] = it.value();
                old.erase(it);
                break;
            }
        }
    }
    std::vector<CanvasNodeItem *> newNodes;
    const bool everythingNew = m_blocks.isEmpty() && m_images.isEmpty();
    m_blocks.clear();
    m_blockByIndex.assign(stages.size(), nullptr);
    for (std::size_t i = 0; i < stages.size(); ++i) {
        StageBlockItem *item = assigned[i];
        if (!item) {
            item = new StageBlockItem(keys[i]);
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
        item->setKey(keys[i]);
        item->setContent(contents[i]);
        m_blocks.insert(keys[i], item);
        m_blockByIndex[i] = item;
    }

    m_pending.clear();

    // Image nodes and arrows.
    QHash<QString, ImageNodeItem *> oldImages = m_images;
    m_images.clear();
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
        if (m_tree && instruction >= 0
            && instruction < static_cast<int>(m_tree->instructions().size())) {
            const model::Instruction &ins
                = m_tree->instructions()[static_cast<std::size_t>(instruction)];
            spec.content.line = ins.startLine;
            spec.content.range = ins.range;
        }
        specs.push_back(std::move(spec));
    };
    std::set<int> stagesWithFromEdge;
    for (const model::Edge &edge : m_graph.edges()) {
        if (edge.kind == model::EdgeKind::From)
            stagesWithFromEdge.insert(edge.to);
        addSpec(edge.kind, edge.from, edge.image.empty() ? edge.reference : edge.image, edge.to,
                edge.instruction, edgeLabel(edge));
    }
    for (const model::Stage &stage : stages) {
        if (stagesWithFromEdge.count(stage.index) != 0)
            continue;
        const std::string &base = stage.baseExpanded.empty() ? stage.base : stage.baseExpanded;
        addSpec(model::EdgeKind::From, stage.baseStage, base, stage.index, stage.fromInstruction,
                QString());
    }

    QHash<QString, ArrowItem *> oldArrows = m_arrows;
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
    for (ArrowItem *arrow : std::as_const(oldArrows)) {
        removeItem(arrow);
        delete arrow;
    }
    for (StageBlockItem *item : std::as_const(old)) {
        removeItem(item);
        delete item;
    }
    for (ImageNodeItem *item : std::as_const(oldImages)) {
        removeItem(item);
        delete item;
    }
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it)
        it.value()->setNeeded(imageNeeded.value(it.key(), true));

    if (!newNodes.empty())
        placeNewNodes(newNodes, everythingNew && m_entries.isEmpty());
    for (ArrowItem *arrow : std::as_const(m_arrows))
        arrow->adjust();
    placeLegend();
    m_reconciling = false;
    const bool structural = !newNodes.empty() || !old.isEmpty() || !oldImages.isEmpty();
    if (structural && m_userLayout)
        saveLayout();
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
    for (StageBlockItem *block : m_blockByIndex) {
        const auto entry = m_entries.constFind(block->key());
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
    placeLegend();
}

LayoutSidecar::Entries StageScene::layoutEntries() const
{
    LayoutSidecar::Entries entries;
    for (StageBlockItem *block : m_blockByIndex)
        entries.insert(block->key(), {block->pos(), block->isCollapsed()});
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
    if (m_userLayout)
        saveLayout();
}

void StageScene::toggleCollapsed(const QString &key)
{
    if (StageBlockItem *item = m_blocks.value(key)) {
        item->setCollapsed(!item->isCollapsed());
        placeLegend();
        saveLayout();
    }
}

void StageScene::activateRange(model::Range range)
{
    Q_EMIT rangeActivated(range);
}

void StageScene::requestRename(const QString &key, const QString &name)
{
    StageBlockItem *item = m_blocks.value(key);
    if (!item)
        return;
    const std::string newName = name.trimmed().toStdString();
    if (!model::isValidStageName(newName)) {
        Q_EMIT statusMessage(
            tr("\u201c%1\u201d is not a valid stage name: start with a letter, then use "
               "letters, digits, \u2018-\u2019, \u2018_\u2019 or \u2018.\u2019.")
                .arg(name));
        return;
    }
    requestOperation(model::RenameStage{stageReference(item->content().index), newName});
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
    placeLegend();
    saveLayout();
}

void StageScene::setPendingPosition(const QString &key, const QPointF &scenePos)
{
    m_pending.insert(key, scenePos);
}

void StageScene::setStageSizes(const QHash<int, qint64> &bytesByStage)
{
    for (std::size_t i = 0; i < m_blockByIndex.size(); ++i)
        m_blockByIndex[i]->setMeasuredSize(bytesByStage.value(static_cast<int>(i), -1));
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

void StageScene::clearMeasurements()
{
    setStageSizes({});
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
