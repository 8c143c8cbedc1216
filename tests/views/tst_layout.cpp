// SPDX-License-Identifier: GPL-3.0-or-later
// The automatic layered layout (left to right, no overlaps) and the layout sidecar (positions and
// collapsed state beside the Dockerfile; a corrupt one is ignored with a warning).

#include "CanvasHarness.h"

#include "views/LayoutSidecar.h"
#include "views/canvas/ArrowItem.h"
#include "views/canvas/CanvasLayout.h"
#include "views/canvas/ImageNodeItem.h"
#include "views/canvas/LegendItem.h"
#include "views/canvas/StageBlockItem.h"

#include "tests/TestSupport.h"
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <QtTest>

using namespace stagecraft;
using tests::CanvasHarness;
using tests::readTestFile;

namespace {

QList<views::CanvasNodeItem *> nodes(const views::StageScene &scene)
{
    QList<views::CanvasNodeItem *> list;
    for (views::StageBlockItem *block : scene.blocks())
        list << block;
    for (QGraphicsItem *item : scene.items()) {
        if (item->type() == views::ImageNodeItem::Type)
            list << static_cast<views::ImageNodeItem *>(item);
    }
    return list;
}

QRectF frame(const views::CanvasNodeItem *node)
{
    return node->mapRectToScene(node->frameRect());
}

/// Empty when the layout is fine, else what is wrong.
QString checkLayout(const views::StageScene &scene)
{
    const QList<views::CanvasNodeItem *> all = nodes(scene);
    for (qsizetype i = 0; i < all.size(); ++i) {
        for (qsizetype j = i + 1; j < all.size(); ++j) {
            if (frame(all[i]).intersects(frame(all[j])))
                return QStringLiteral("%1 overlaps %2").arg(all[i]->key(), all[j]->key());
        }
    }
    for (views::ArrowItem *arrow : scene.arrows()) {
        const views::CanvasNodeItem *from = arrow->fromNode();
        const views::CanvasNodeItem *to = arrow->toNode();
        if (!from || !to)
            return QStringLiteral("dangling arrow %1").arg(arrow->key());
        // Stage edges that point backwards in the file are cycles the graph reports; skip them.
        if (arrow->content().fromStage >= arrow->content().toStage)
            continue;
        if (frame(from).right() >= frame(to).left())
            return QStringLiteral("%1 is not left of %2").arg(from->key(), to->key());
    }
    return {};
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layeredPutsDependenciesLeftToRight()
    {
        // 0 → 1 → 3, 0 → 2 → 3, 4 (source) → 3: four columns at most, 4 pulled next to 3.
        views::CanvasLayout::Graph graph;
        graph.sizes.assign(5, QSizeF(100, 50));
        graph.edges = {{0, 1}, {1, 3}, {0, 2}, {2, 3}, {4, 3}};
        const auto result = views::CanvasLayout::layered(graph);
        QCOMPARE(result.layers, (std::vector<int>{0, 1, 1, 2, 1}));
        for (const auto &[from, to] : graph.edges)
            QVERIFY(result.positions[static_cast<std::size_t>(from)].x() + 100
                    < result.positions[static_cast<std::size_t>(to)].x());
        for (std::size_t i = 0; i < 5; ++i) {
            for (std::size_t j = i + 1; j < 5; ++j)
                QVERIFY(!QRectF(result.positions[i], graph.sizes[i])
                             .intersects(QRectF(result.positions[j], graph.sizes[j])));
        }
    }

    void layeredToleratesCycles()
    {
        views::CanvasLayout::Graph graph;
        graph.sizes.assign(3, QSizeF(10, 10));
        graph.edges = {{0, 1}, {1, 2}, {2, 0}, {1, 1}, {7, 0}};
        const auto result = views::CanvasLayout::layered(graph);
        QCOMPARE(result.positions.size(), std::size_t(3));
    }

    void examplesHaveNoOverlapsAndFlowRight_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : {"python", "go", "react", "java"})
            QTest::newRow(name) << QString::fromLatin1(name) + QStringLiteral(".Dockerfile");
    }

    void examplesHaveNoOverlapsAndFlowRight()
    {
        QFETCH(QString, file);
        CanvasHarness doc;
        doc.load(readTestFile(file));
        QVERIFY(!doc.scene()->blocks().empty());
        QCOMPARE(checkLayout(*doc.scene()), QString());
        // The legend sits below everything.
        const QRectF legend = doc.scene()->legend()->sceneBoundingRect();
        for (views::CanvasNodeItem *node : nodes(*doc.scene()))
            QVERIFY(!frame(node).intersects(legend));
    }

    void realCorpusLayoutsHaveNoOverlaps()
    {
        STAGECRAFT_REQUIRE_SHARED();
        const QDir corpus(stagecraft::tests::sharedDir() + QStringLiteral("/corpus/real"));
        int checked = 0;
        const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile file(corpus.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            CanvasHarness doc;
            doc.load(file.readAll().toStdString());
            const QString problem = checkLayout(*doc.scene());
            if (!problem.isEmpty())
                QFAIL(qPrintable(name + QStringLiteral(": ") + problem));
            ++checked;
        }
        QVERIFY(checked > 100);
    }

    void sidecarKeepsPositionsAndCollapsedByName()
    {
        QTemporaryDir dir;
        const QString dockerfile = dir.filePath(QStringLiteral("Dockerfile"));
        const QString sidecar = views::LayoutSidecar::pathFor(dockerfile);
        QCOMPARE(sidecar, dockerfile + QStringLiteral(".stagecraft.json"));
        {
            CanvasHarness doc;
            doc.canvas.setSidecarPath(sidecar);
            doc.load(readTestFile(QStringLiteral("go.Dockerfile")));
            QVERIFY(!QFile::exists(sidecar)); // nothing moved yet: no file
            views::StageBlockItem *build = doc.scene()->blockNamed(QStringLiteral("build"));
            QVERIFY(build);
            build->setPos(-500, 260);
            doc.scene()->commitMoves();
            doc.scene()->toggleCollapsed(build->id());
            QVERIFY(QFile::exists(sidecar));
        }
        QFile file(sidecar);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(json.contains("\"build\""));
        QVERIFY(json.contains("\"#1\""));
        QVERIFY(json.contains("\"image:golang:1.22\""));

        CanvasHarness again;
        again.canvas.setSidecarPath(sidecar);
        again.load(readTestFile(QStringLiteral("go.Dockerfile")));
        views::StageBlockItem *build = again.scene()->blockNamed(QStringLiteral("build"));
        QCOMPARE(build->pos(), QPointF(-500, 260));
        QVERIFY(build->isCollapsed());
    }

    void corruptSidecarIsIgnoredWithAWarning_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{\"version\": 1, \"stages\": {");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12);
        QTest::newRow("array") << QByteArray("[1, 2, 3]");
        QTest::newRow("wrong version") << QByteArray("{\"version\": 99, \"stages\": {}}");
        QTest::newRow("bad entry")
            << QByteArray("{\"version\": 1, \"stages\": {\"build\": {\"x\": \"left\"}}}");
        QTest::newRow("huge") << QByteArray(
            "{\"version\": 1, \"stages\": {\"build\": {\"x\": 1e300, \"y\": 0}}}");
    }

    void corruptSidecarIsIgnoredWithAWarning()
    {
        QFETCH(QByteArray, json);
        QTemporaryDir dir;
        const QString sidecar = dir.filePath(QStringLiteral("Dockerfile.stagecraft.json"));
        QFile file(sidecar);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        CanvasHarness doc;
        QSignalSpy messages(&doc.canvas, &views::StageCanvas::statusMessage);
        doc.canvas.setSidecarPath(sidecar);
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.first().at(0).toString().contains(
            QStringLiteral("Dockerfile.stagecraft.json")));
        doc.load(readTestFile(QStringLiteral("react.Dockerfile")));
        QCOMPARE(doc.scene()->blocks().size(), std::size_t(3));
        QCOMPARE(checkLayout(*doc.scene()), QString()); // automatic layout instead
    }

    void sidecarSerialisationRoundTrips()
    {
        views::LayoutSidecar::Entries entries;
        entries.insert(QStringLiteral("build"), {QPointF(20, 40), true});
        entries.insert(QStringLiteral("#2"), {QPointF(-60, 0), false});
        entries.insert(QStringLiteral("image:alpine:3.19"), {QPointF(-300, 10), false});
        views::LayoutSidecar::Entries read;
        QString error;
        QVERIFY(views::LayoutSidecar::parse(views::LayoutSidecar::serialize(entries), read, error));
        QCOMPARE(read, entries);
    }

    void newStageAfterAnEditDoesNotOverlap()
    {
        CanvasHarness doc;
        doc.load(readTestFile(QStringLiteral("java.Dockerfile")));
        doc.apply(model::AddStage{"alpine:3.19", "tools", "", "", "runtime"});
        doc.apply(model::AddCopy{"tools", "runtime", {"/bin/busybox"}, "/bin/", "", "", false});
        QCOMPARE(doc.refusals, QStringList());
        QCOMPARE(doc.scene()->blocks().size(), std::size_t(3));
        const QList<views::CanvasNodeItem *> all = nodes(*doc.scene());
        for (qsizetype i = 0; i < all.size(); ++i) {
            for (qsizetype j = i + 1; j < all.size(); ++j)
                QVERIFY2(!frame(all[i]).intersects(frame(all[j])),
                         qPrintable(all[i]->key() + all[j]->key()));
        }
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
