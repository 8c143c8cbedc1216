// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Sizes dock in the main window, against a RECORDED "build & measure all stages" exchange
// with dockerd 20.10 (tests/data/engine/recordings/measure-all.json; run with
// STAGECRAFT_RECORD_ENGINE=/var/run/docker.sock to record it again). The Dockerfile's layers
// have exact sizes (head -c N), so the figures below are the engine's, not ours.
#include "tests/EngineReplay.h"

#include "app/BuildSession.h"
#include "app/MainWindow.h"
#include "app/PanelWiring.h"
#include "app/Settings.h"
#include "app/dialogs/CompareDialog.h"
#include "engine/EngineEndpoint.h"
#include "engine/MeasureHistory.h"

#include "views/SizeFormat.h"
#include "views/canvas/ArrowItem.h"
#include "views/canvas/StageBlockItem.h"
#include "views/canvas/StageCanvas.h"
#include "views/canvas/StageScene.h"
#include "views/editor/DockerfileEditor.h"
#include "views/panels/SizesPanel.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft;
using namespace stagecraft::app;
using namespace stagecraft::engine;
using namespace Qt::StringLiterals;

namespace {

const char *const kDockerfile = "FROM stagecraft/busybox AS builder\n"     // 1
                                "RUN head -c 3000000 /dev/zero > /big\n"   // 2
                                "RUN head -c 20000 /dev/zero > /app.bin\n" // 3
                                "FROM stagecraft/busybox\n"                // 4
                                "COPY --from=builder /app.bin /app.bin\n"; // 5

} // namespace

class TestSizesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void measureShowsBadgesChartSavingAndLayers();
    void compareShowsDeltas();

private:
    QTemporaryDir m_dir;
    QString m_socket;
    model::MeasureRun m_measured;
};

void TestSizesPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The recordings are of the classic builder (dockerd 20.10 would offer BuildKit to "auto").
    Settings::Engine engineSettings = Settings::engine();
    engineSettings.builder = QStringLiteral("classic");
    Settings::setEngine(engineSettings);
    QVERIFY(m_dir.isValid());
    m_socket = m_dir.filePath(u"engine.sock"_s);
}

void TestSizesPanel::measureShowsBadgesChartSavingAndLayers()
{
    tests::EngineSession session(u"measure-all"_s, m_socket);
    QVERIFY2(session.ok(), qPrintable(session.error()));
    const QString path = m_dir.filePath(u"Dockerfile"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kDockerfile);
    }
    MainWindow window;
    window.setEngineEndpoint(EngineEndpoint::fromUrl(u"unix://"_s + m_socket, u"test"_s));
    QVERIFY(window.openFile(path));
    window.reparseNow();
    views::SizesPanel *panel = window.sizesPanel();
    QCOMPARE(window.sizesDock()->widget(), panel);
    QVERIFY(panel->chartCategories().isEmpty());

    QSignalSpy finished(window.buildSession(), &BuildSession::measureFinished);
    panel->measureButton()->click();
    QVERIFY(panel->cancelButton()->isEnabled());
    QVERIFY(finished.wait(300'000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(panel->statusLabel()->text()));
    if (session.server())
        QCOMPARE(session.server()->unknownRequests(), QList<QByteArray>{});

    const model::MeasureRun &run = panel->run();
    QCOMPARE(run, window.buildSession()->run());
    m_measured = run;
    QCOMPARE(run.stages.size(), std::size_t(2));
    const qint64 builder = run.stages[0].size;
    const qint64 final = run.stages[1].size;
    // The engine's figures: the builder holds 3,000,000 + 20,000 bytes more than busybox,
    // the final image 20,000 more.
    QCOMPARE(builder - final, qint64(3'000'000));
    QCOMPARE(run.stages[0].ownSize(), qint64(3'020'000));
    QCOMPARE(run.stages[1].ownSize(), qint64(20'000));

    // Size pills on the blocks, bytes on the artifact arrow.
    views::StageScene *scene = window.canvas()->stageScene();
    QCOMPARE(scene->blockForStage(0)->measuredSize(), builder);
    QCOMPARE(scene->blockForStage(1)->measuredSize(), final);
    QCOMPARE(scene->blockForStage(0)->measuredSizeText(), views::SizeFormat::size(builder));
    // Each stage's build time next to its size: on the block and in the stage list.
    QVERIFY(run.stages[0].buildMs > 0);
    QCOMPARE(scene->blockForStage(0)->measuredTime().ms, run.stages[0].buildMs);
    QCOMPARE(scene->blockForStage(0)->pillText(),
             views::SizeFormat::size(builder) + u" · "_s
                 + views::SizeFormat::duration(run.stages[0].buildMs));
    QCOMPARE(
        panel->stageBox()->itemText(panel->stageBox()->findData(0)),
        u"builder (%1, built in %2)"_s.arg(views::SizeFormat::size(builder),
                                           views::SizeFormat::duration(run.stages[0].buildMs)));
    {
        // A stage whose every step came from the cache says so instead of a time.
        model::MeasureRun cached = run;
        cached.stages[1].cached = true;
        window.buildSession()->setRun(cached);
        QCOMPARE(scene->blockForStage(1)->pillText(),
                 views::SizeFormat::size(final) + u" · cached"_s);
        QCOMPARE(panel->stageBox()->itemText(panel->stageBox()->findData(1)),
                 u"#1 (%1, cached)"_s.arg(views::SizeFormat::size(final)));
        window.buildSession()->setRun(run);
    }
    views::ArrowItem *arrow = scene->arrowForLine(5);
    QVERIFY(arrow);
    QCOMPARE(arrow->measuredBytes(), qint64(20'000));
    QCOMPARE(arrow->measuredBytesText(), u"20.0\u00a0kB"_s);
    QVERIFY(!arrow->bytesRect().isNull());

    // The chart: a bar per stage and the final image.
    QCOMPARE(panel->chartCategories(), (QStringList{u"builder"_s, u"#1"_s, u"final image"_s}));
    QCOMPARE(panel->chartValues(), (QList<qint64>{builder, final, final}));
    const auto series = panel->chart()->series();
    QCOMPARE(series.size(), 1);
    const QBarSet *set = static_cast<QBarSeries *>(series.first())->barSets().first();
    QCOMPARE(set->count(), 3);
    QCOMPARE(set->at(0), builder / 1e6);
    QCOMPARE(set->at(2), final / 1e6);
    // The saving line.
    const QString saving = panel->savingLabel()->text();
    QCOMPARE(saving, views::SizeFormat::saving(u"builder"_s, builder, u"final"_s, final));
    QVERIFY2(saving.startsWith(u"builder "_s) && saving.contains(u" → final "_s)
                 && saving.endsWith(u"%"_s),
             qPrintable(saving));

    // The layer table of the final stage by default; pick the builder: largest first.
    QCOMPARE(panel->stageBox()->currentData().toInt(), 1);
    panel->stageBox()->setCurrentIndex(0);
    QTableWidget *layers = panel->layerTable();
    QVERIFY(layers->rowCount() >= 3);
    QCOMPARE(layers->item(0, 1)->text(), u"2"_s);
    QCOMPARE(layers->item(0, 0)->text(), views::SizeFormat::size(3'000'000));
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < layers->rowCount(); ++row) {
        const qint64 bytes = layers->item(row, 0)->data(Qt::UserRole + 1).toLongLong();
        QVERIFY(bytes <= previous);
        previous = bytes;
    }
    // A row selects its instruction in the editor and its block on the canvas.
    int row20k = -1;
    for (int row = 0; row < layers->rowCount(); ++row) {
        if (layers->item(row, 1)->text() == u"3"_s)
            row20k = row;
    }
    QVERIFY(row20k > 0);
    window.canvas()->selectStage(-1);
    layers->selectRow(row20k);
    QCOMPARE(window.editor()->textCursor().blockNumber() + 1, 3);
    QVERIFY(scene->blockForStage(0)->isSelected());

    // The run went to the Dockerfile's history; a new window shows it again.
    std::vector<model::MeasureRun> history;
    QVERIFY(!MeasureHistory::load(MeasureHistory::pathFor(path), history).isError());
    QCOMPARE(history.size(), std::size_t(1));
    QCOMPARE(history.front().stages[0].size, builder);

    // Exports: the report in three formats and the chart in two.
    for (const QString &suffix : {u"md"_s, u"csv"_s, u"json"_s, u"png"_s, u"svg"_s}) {
        const QString out = m_dir.filePath(u"report."_s + suffix);
        QString error;
        QVERIFY2(window.panelWiring()->exportSizes(out, error), qPrintable(error));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 100);
        if (suffix == u"svg"_s)
            QVERIFY(bytes.contains("<svg"));
        if (suffix == u"png"_s)
            QVERIFY(bytes.startsWith("\x89PNG"));
        if (suffix == u"md"_s)
            QVERIFY(bytes.contains("builder"));
    }
    QString error;
    QVERIFY(!window.panelWiring()->exportSizes(m_dir.filePath(u"report.txt"_s), error));
    QVERIFY(error.contains(u".md"_s));
}

void TestSizesPanel::compareShowsDeltas()
{
    QVERIFY2(m_measured.stages.size() == 2, "needs the measurement of the previous test");
    // "Before": the same file, but the final image carried the builder's 3 MB too.
    model::MeasureRun before = m_measured;
    before.timestampMs = m_measured.timestampMs - 24 * 3600 * 1000;
    before.stages[1].size += 3'000'000;
    model::LayerMeasure fat;
    fat.size = 3'000'000;
    fat.createdBy = "/bin/sh -c #(nop) COPY dir:abc in / ";
    fat.line = 5;
    before.stages[1].layers.insert(before.stages[1].layers.begin(), fat);

    CompareDialog dialog;
    dialog.setRuns({m_measured, before});
    QCOMPARE(dialog.runABox()->currentIndex(), 1);
    QCOMPARE(dialog.runBBox()->currentIndex(), 0);
    QTableWidget *table = dialog.table();
    const int last = table->rowCount() - 1;
    QCOMPARE(table->item(last, 0)->text(), u"final image"_s);
    QCOMPARE(table->item(last, 3)->text(), views::SizeFormat::delta(-3'000'000));
    QVERIFY(table->item(last, 5)->text().contains(u"−"_s));
    // The builder did not change.
    QCOMPARE(table->item(0, 0)->text(), u"builder"_s);
    QCOMPARE(table->item(0, 3)->text(), views::SizeFormat::delta(0));
}

QTEST_MAIN(TestSizesPanel)
#include "tst_sizespanel.moc"
