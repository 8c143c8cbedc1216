// SPDX-License-Identifier: GPL-3.0-or-later
// Arrows routed around blocks: no arrow passes through a node other than its own two ends, and
// no label (nor a bytes pill) covers a node — on hand-made obstacles, on every real Dockerfile of
// ../shared/corpus/real (the largest graphs among them), and on synthetic 60- and 240-stage files.

#include "../TestSupport.h"

#include "views/canvas/ArrowItem.h"
#include "views/canvas/ArrowRouter.h"
#include "views/canvas/CanvasNodeItem.h"
#include "views/canvas/StageBlockItem.h"
#include "views/canvas/StageScene.h"

#include "model/Analysis.h"

#include <QDir>
#include <QtTest>

#include <string>
#include <vector>

using namespace stagecraft;
using views::ArrowRouter;

namespace {

/// Every stage copies from the one before and from the one half its index, as in bench_canvas.
std::string syntheticFile(int stages)
{
    std::string text;
    for (int i = 0; i < stages; ++i) {
        if (i % 10 == 5)
            text += "FROM s" + std::to_string(i - 1) + " AS s" + std::to_string(i) + "\n";
        else
            text += "FROM alpine:3." + std::to_string(i % 7) + " AS s" + std::to_string(i) + "\n";
        text += "RUN make target" + std::to_string(i) + "\n";
        if (i >= 2) {
            text += "COPY --from=s" + std::to_string(i / 2) + " /out/a /in/a\n";
            text += "COPY --from=s" + std::to_string(i - 1) + " /out/b /in/b\n";
        }
        text += "\n";
    }
    return text;
}

QRectF frameOf(const views::CanvasNodeItem *node)
{
    return node->mapRectToScene(node->frameRect());
}

/// What is wrong with the arrows of `scene`: routes through a node that is not their end,
/// labels or bytes pills on a node.
QStringList routingFaults(const views::StageScene &scene)
{
    QStringList faults;
    const std::vector<QRectF> nodes = scene.nodeRects();
    const auto arrows = scene.arrows();
    for (const views::ArrowItem *arrow : arrows) {
        const QRectF source = frameOf(arrow->fromNode());
        const QRectF target = frameOf(arrow->toNode());
        for (const QRectF &node : nodes) {
            if (node != source && node != target && ArrowRouter::crosses(arrow->route(), node))
                faults << QStringLiteral("%1 crosses a node").arg(arrow->key());
            if (!arrow->labelRect().isNull() && node.intersects(arrow->labelRect()))
                faults << QStringLiteral("label of %1 covers a node").arg(arrow->key());
        }
    }
    return faults;
}

} // namespace

class TestCanvasRouting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routeGoesAroundObstacles_data();
    void routeGoesAroundObstacles();
    void routeIsOrthogonal();
    void labelAvoidsNodes();
    void realDockerfilesRouteAroundBlocks();
    void largeSyntheticGraphsRouteAroundBlocks_data();
    void largeSyntheticGraphsRouteAroundBlocks();
    void movedBlockReroutesArrowsItNowBlocks();
    void blockMovedBackAfterARerouteIsStillAvoided();
    void freeWayIsStraightOrTwoBends_data();
    void freeWayIsStraightOrTwoBends();
};

void TestCanvasRouting::routeGoesAroundObstacles_data()
{
    QTest::addColumn<QRectF>("source");
    QTest::addColumn<QRectF>("target");
    QTest::addColumn<QList<QRectF>>("others");

    QTest::newRow("wall between") << QRectF(0, 0, 100, 60) << QRectF(400, 0, 100, 60)
                                  << QList<QRectF>{QRectF(180, -100, 120, 260)};
    QTest::newRow("target behind the source") << QRectF(300, 0, 100, 60) << QRectF(0, 20, 100, 60)
                                              << QList<QRectF>{QRectF(150, -40, 60, 200)};
    QTest::newRow("column of blocks")
        << QRectF(0, 100, 100, 60) << QRectF(500, 100, 100, 60)
        << QList<QRectF>{QRectF(250, 0, 100, 60), QRectF(250, 110, 100, 60),
                         QRectF(250, 220, 100, 60)};
    QTest::newRow("nodes close together") << QRectF(0, 0, 100, 60) << QRectF(130, 80, 100, 60)
                                          << QList<QRectF>{QRectF(116, -40, 6, 60)};
}

void TestCanvasRouting::routeGoesAroundObstacles()
{
    QFETCH(QRectF, source);
    QFETCH(QRectF, target);
    QFETCH(QList<QRectF>, others);
    std::vector<QRectF> nodes{source, target};
    nodes.insert(nodes.end(), others.begin(), others.end());
    const QPointF start(source.right(), source.center().y());
    const QPointF end(target.left(), target.center().y());
    const QPolygonF route = ArrowRouter::route(start, source, end, target, nodes, {});
    QVERIFY(!route.isEmpty());
    QCOMPARE(route.front(), start);
    QCOMPARE(route.back(), end);
    for (const QRectF &other : others)
        QVERIFY2(!ArrowRouter::crosses(route, other), "the route crosses a node");
    // It leaves the source rightwards and enters the target from the left.
    QVERIFY(route[1].x() > start.x());
    QVERIFY(route[route.size() - 2].x() < end.x());
}

void TestCanvasRouting::routeIsOrthogonal()
{
    const QRectF source(0, 0, 100, 60);
    const QRectF target(400, 200, 100, 60);
    const std::vector<QRectF> nodes{source, target, QRectF(200, 0, 80, 300)};
    const QPolygonF route = ArrowRouter::route({100, 30}, source, {400, 230}, target, nodes, {});
    QVERIFY(route.size() >= 4);
    for (qsizetype k = 0; k + 1 < route.size(); ++k) {
        const bool horizontal = qFuzzyCompare(route[k].y() + 1, route[k + 1].y() + 1);
        const bool vertical = qFuzzyCompare(route[k].x() + 1, route[k + 1].x() + 1);
        QVERIFY2(horizontal != vertical, "a segment is neither horizontal nor vertical");
    }
    // A straight line would cross the middle node; crossing it is what the route avoids.
    QVERIFY(ArrowRouter::crosses(QPolygonF({{100, 30}, {400, 230}}), nodes[2]));
}

void TestCanvasRouting::labelAvoidsNodes()
{
    // A horizontal run with a block just above its middle: the label moves along or below.
    const QPolygonF route({{0, 100}, {400, 100}});
    const std::vector<QRectF> nodes{QRectF(150, 60, 100, 36)};
    const auto spot = ArrowRouter::placeLabel(route, QSizeF(80, 20), nodes);
    QVERIFY(spot.has_value());
    QVERIFY(!spot->intersects(nodes[0]));
    // Nowhere to go: a node over the whole route.
    QVERIFY(!ArrowRouter::placeLabel(route, QSizeF(80, 20), {QRectF(-100, 0, 600, 200)}));
}

void TestCanvasRouting::realDockerfilesRouteAroundBlocks()
{
    STAGECRAFT_REQUIRE_SHARED();
    const QDir dir(tests::sharedDir() + QStringLiteral("/corpus/real"));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    std::size_t largest = 0;
    QString largestName;
    for (const QString &name : files) {
        const std::string text = tests::readFile(dir.filePath(name));
        views::StageScene scene;
        scene.setAnalysis(model::Analysis::build(text));
        const QStringList faults = routingFaults(scene);
        QVERIFY2(faults.isEmpty(), qPrintable(name + QStringLiteral(": ") + faults.join(u", ")));
        if (scene.blocks().size() > largest) {
            largest = scene.blocks().size();
            largestName = name;
        }
    }
    qInfo("%lld files; the largest graph: %zu stages (%s)", static_cast<long long>(files.size()),
          largest, qPrintable(largestName));
}

void TestCanvasRouting::largeSyntheticGraphsRouteAroundBlocks_data()
{
    QTest::addColumn<int>("stages");
    QTest::newRow("59 stages") << 59;
    QTest::newRow("240 stages") << 240;
}

void TestCanvasRouting::largeSyntheticGraphsRouteAroundBlocks()
{
    QFETCH(int, stages);
    views::StageScene scene;
    scene.setAnalysis(model::Analysis::build(syntheticFile(stages)));
    QCOMPARE(scene.blocks().size(), static_cast<std::size_t>(stages));
    const QStringList faults = routingFaults(scene);
    QVERIFY2(faults.isEmpty(), qPrintable(faults.mid(0, 10).join(u", ")));
}

void TestCanvasRouting::movedBlockReroutesArrowsItNowBlocks()
{
    views::StageScene scene;
    scene.setAnalysis(model::Analysis::build("FROM alpine AS a\nRUN make\n"
                                             "FROM alpine AS b\nCOPY --from=a /x /x\n"
                                             "FROM alpine AS c\nRUN true\n"));
    QVERIFY(routingFaults(scene).isEmpty());
    views::StageBlockItem *a = scene.blockForStage(0);
    views::StageBlockItem *b = scene.blockForStage(1);
    views::StageBlockItem *c = scene.blockForStage(2);
    // c dropped right between a and b, on the arrow's way.
    b->setPos(a->pos() + QPointF(700, 0));
    c->setPos(a->pos() + QPointF(350, -20));
    scene.commitMoves();
    QVERIFY(routingFaults(scene).isEmpty());
}

void TestCanvasRouting::blockMovedBackAfterARerouteIsStillAvoided()
{
    views::StageScene scene;
    scene.setAnalysis(model::Analysis::build("FROM alpine AS a\nRUN make\n"
                                             "FROM alpine AS b\nCOPY --from=a /x /x\n"
                                             "FROM alpine AS c\nRUN true\n"));
    views::StageBlockItem *a = scene.blockForStage(0);
    views::StageBlockItem *b = scene.blockForStage(1);
    views::StageBlockItem *c = scene.blockForStage(2);
    b->setPos(a->pos() + QPointF(700, 0));
    const QPointF onTheWay = a->pos() + QPointF(350, -20);
    c->setPos(onTheWay);
    scene.commitMoves();
    QVERIFY(routingFaults(scene).isEmpty());
    // c leaves, b moves (its arrow is routed again with c away, straight through c's old
    // place), c comes back where it was at the last full routing: the arrow must go around it.
    c->setPos(a->pos() + QPointF(0, 900));
    b->setPos(a->pos() + QPointF(700, 10));
    c->setPos(onTheWay);
    scene.commitMoves();
    QVERIFY(routingFaults(scene).isEmpty());
}

void TestCanvasRouting::freeWayIsStraightOrTwoBends_data()
{
    QTest::addColumn<QPointF>("end");
    QTest::addColumn<QRectF>("aside");
    QTest::addColumn<int>("points");
    QTest::newRow("level") << QPointF(400, 30) << QRectF(200, 200, 80, 60) << 2;
    QTest::newRow("lower") << QPointF(400, 230) << QRectF(200, 400, 80, 60) << 4;
    // A node between the ends at the source's height: the vertical run goes before it.
    QTest::newRow("node between") << QPointF(400, 230) << QRectF(200, 0, 80, 60) << 4;
}

void TestCanvasRouting::freeWayIsStraightOrTwoBends()
{
    QFETCH(QPointF, end);
    QFETCH(QRectF, aside);
    QFETCH(int, points);
    const QRectF source(0, 0, 100, 60);
    const QRectF target(end.x(), end.y() - 30, 100, 60);
    const std::vector<QRectF> nodes{source, target, aside};
    const QPolygonF route = ArrowRouter::route({100, 30}, source, end, target, nodes, {});
    QCOMPARE(route.size(), points);
    QCOMPARE(route.front(), QPointF(100, 30));
    QCOMPARE(route.back(), end);
    QVERIFY(!ArrowRouter::crosses(route, aside));
}

QTEST_MAIN(TestCanvasRouting)
#include "tst_canvas_routing.moc"
