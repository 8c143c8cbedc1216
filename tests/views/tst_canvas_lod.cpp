// SPDX-License-Identifier: GPL-3.0-or-later
// Level-of-detail painting on the canvas: zoomed far out, blocks and arrow labels draw bars
// instead of shaping text; at a legible zoom the picture is exactly what full detail gives.

#include "CanvasHarness.h"

#include "views/canvas/ArrowItem.h"
#include "views/canvas/CanvasExport.h"
#include "views/canvas/StageBlockItem.h"

#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtTest>

using namespace stagecraft;

namespace {

/// Counts what a painter asks to draw: text items apart from everything else.
class CountingEngine : public QPaintEngine
{
public:
    CountingEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    { }

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override { }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { ++shapes; }
    void drawTextItem(const QPointF &, const QTextItem &) override { ++texts; }
    void drawPath(const QPainterPath &) override { ++shapes; }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { ++shapes; }
    [[nodiscard]] Type type() const override { return QPaintEngine::User; }

    int texts = 0;
    int shapes = 0;
};

class CountingDevice : public QPaintDevice
{
public:
    [[nodiscard]] QPaintEngine *paintEngine() const override { return &engine; }

    mutable CountingEngine engine;

protected:
    [[nodiscard]] int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
        case PdmHeight:
            return 4000;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return static_cast<int>(devicePixelRatioFScale());
        default:
            return 0;
        }
    }
};

struct Counts
{
    int texts = 0;
    int shapes = 0;
};

/// Paints `item` alone at `zoom` onto a counting device.
Counts paintCounted(QGraphicsItem *item, qreal zoom)
{
    CountingDevice device;
    {
        QPainter painter(&device);
        painter.scale(zoom, zoom);
        QStyleOptionGraphicsItem option;
        option.exposedRect = item->boundingRect();
        item->paint(&painter, &option, nullptr);
    }
    return {device.engine.texts, device.engine.shapes};
}

void setLevelOfDetail(views::StageScene *scene, bool on)
{
    views::CanvasTheme theme = scene->theme();
    theme.levelOfDetailPainting = on;
    scene->setTheme(theme);
}

} // namespace

class TestCanvasLod : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<tests::CanvasHarness>();
        m_harness->load(tests::readTestFile(QStringLiteral("go.Dockerfile")));
        QVERIFY(m_harness->canvas.stageScene()->blockForStage(0) != nullptr);
    }

    void blockAtLowZoomDrawsNoText()
    {
        views::StageScene *scene = m_harness->canvas.stageScene();
        views::StageBlockItem *block = scene->blockForStage(0);
        QVERIFY(!block->content().rows.empty());

        // Full detail: the title, base, keyword and text of every row are text items.
        const Counts legible = paintCounted(block, 1.0);
        QVERIFY2(legible.texts >= 2 + 2 * static_cast<int>(block->content().rows.size()),
                 qPrintable(QString::number(legible.texts)));

        // At 15 % the small font's capitals are under 2 px: bars, no text.
        const Counts far = paintCounted(block, 0.15);
        QCOMPARE(far.texts, 0);
        QVERIFY(far.shapes >= 2 * static_cast<int>(block->content().rows.size()));

        // With level of detail off the same zoom shapes text again.
        setLevelOfDetail(scene, false);
        QVERIFY(paintCounted(block, 0.15).texts > 0);
    }

    void arrowLabelsAtLowZoomDrawNoText()
    {
        views::StageScene *scene = m_harness->canvas.stageScene();
        int labelled = 0;
        for (views::ArrowItem *arrow : scene->arrows()) {
            if (paintCounted(arrow, 1.0).texts == 0)
                continue;
            ++labelled;
            QCOMPARE(paintCounted(arrow, 0.15).texts, 0);
        }
        QVERIFY(labelled > 0);
    }

    void legibleZoomIsUnchanged_data()
    {
        QTest::addColumn<qreal>("scale");
        QTest::newRow("100 %") << 1.0;
        QTest::newRow("150 %") << 1.5;
        QTest::newRow("75 %") << 0.75;
    }

    void legibleZoomIsUnchanged()
    {
        QFETCH(qreal, scale);
        views::StageScene *scene = m_harness->canvas.stageScene();
        const QImage detailed = views::CanvasExport::renderImage(*scene, scale);
        setLevelOfDetail(scene, false);
        const QImage full = views::CanvasExport::renderImage(*scene, scale);
        QVERIFY(!full.isNull());
        QCOMPARE(detailed.size(), full.size());
        QVERIFY2(detailed == full, "level-of-detail painting changed a legible rendering");
    }

    void lowZoomDiffers()
    {
        // The comparison above can fail: far out, the two renderings differ.
        views::StageScene *scene = m_harness->canvas.stageScene();
        const QImage bars = views::CanvasExport::renderImage(*scene, 0.15);
        setLevelOfDetail(scene, false);
        const QImage text = views::CanvasExport::renderImage(*scene, 0.15);
        QCOMPARE(bars.size(), text.size());
        QVERIFY(bars != text);
    }

private:
    std::unique_ptr<tests::CanvasHarness> m_harness;
};

QTEST_MAIN(TestCanvasLod)
#include "tst_canvas_lod.moc"
