// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Files panel's layers against the real engine: a two-stage build (the second `FROM` the
// first) whose second stage COPYs a big file, then RUNs rm on it and rewrites a file the first
// stage copied. Its image's layers are streamed from the engine (ImageLayerReader), mapped to
// the lines of both stages (WasteMeasurer::layersOfStage) and shown in the panel: one row per
// layer naming its line and stage, the COPY marks the file added, the RUN marks it removed and
// the rewritten file modified, and the aggregated view since the base image has neither the big
// file nor its removal. Under CI=true a missing engine fails; elsewhere it is skipped.
#include "common/EngineMessages.h"
#include "engine/EngineClient.h"
#include "engine/ImageLayerReader.h"
#include "engine/StageMeasurer.h"
#include "engine/WasteMeasurer.h"
#include "model/Analysis.h"
#include "tests/TestSupport.h"
#include "views/panels/FilesPanel.h"
#include "views/panels/FilesTreeModel.h"

#include <QCheckBox>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace stagecraft;
using namespace stagecraft::engine;
using namespace Qt::StringLiterals;
using views::FilesTreeModel;

namespace {

const QString kBase = u"stagecraft/busybox:latest"_s;

const char *const kDockerfile = "FROM stagecraft/busybox:latest AS base\n"          // 1
                                "COPY app.conf /etc/app.conf\n"                     // 2
                                "FROM base AS app\n"                                // 3
                                "COPY big.bin /big.bin\n"                           // 4
                                "RUN rm /big.bin && echo changed > /etc/app.conf\n" // 5
                                "COPY keep.bin /keep.bin\n";                        // 6

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

model::FileChange changeOf(const FilesTreeModel *model, const char *path)
{
    const QModelIndex index = model->indexForPath(QString::fromUtf8(path));
    return index.isValid()
        ? static_cast<model::FileChange>(index.data(FilesTreeModel::ChangeRole).toInt())
        : model::FileChange(255);
}

/// The row of the layer made by Dockerfile line `line`, or -1.
int rowOfLine(const QTreeWidget *list, int line)
{
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        if (list->topLevelItem(row)->text(1) == QString::number(line))
            return row;
    }
    return -1;
}

} // namespace

class TestLayerFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void layersShowTheirLinesAndChanges();

private:
    std::unique_ptr<EngineClient> m_client;
    bool m_engine = false;
};

void TestLayerFiles::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_client = std::make_unique<EngineClient>(EngineEndpoint::resolveFromSystem());
    const EngineError error = m_client->negotiate();
    m_engine = !error.isError() && !m_client->imageSizeSync(kBase).error.isError();
}

void TestLayerFiles::layersShowTheirLinesAndChanges()
{
    if (!m_engine)
        STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(
            u"no Docker engine with %1 — run `bash scripts/engine.sh up`"_s.arg(kBase));
    constexpr qint64 kBig = 2'000'000;
    QTemporaryDir dir;
    writeFile(dir.filePath(u"Dockerfile"_s), kDockerfile);
    writeFile(dir.filePath(u"app.conf"_s), "first\n");
    writeFile(dir.filePath(u"big.bin"_s), QByteArray(kBig, 'b'));
    writeFile(dir.filePath(u"keep.bin"_s), QByteArray(1000, 'k'));
    BuildOptions options;
    options.contextDir = dir.path();
    options.dockerfile = dir.filePath(u"Dockerfile"_s);
    options.noCache = true;
    options.networkMode = u"none"_s; // the RUN needs no network
    StageMeasurer measurer(m_client.get(), options);
    const EngineError measured = measurer.runSync(300'000);
    const model::MeasureRun run = measurer.run();
    const auto removeImages = qScopeGuard([&] {
        for (const model::StageMeasure &stage : run.stages)
            (void)m_client->removeImageSync(QString::fromStdString(stage.imageId), true);
    });
    QVERIFY2(!measured.isError(), qPrintable(common::EngineMessages::message(measured)));
    const model::StageMeasure *app = run.stage(1);
    QVERIFY(app && app->built);

    ImageLayerReader reader(m_client->endpoint());
    const EngineError read = reader.readSync(QString::fromStdString(app->imageId));
    QVERIFY2(!read.isError(), qPrintable(common::EngineMessages::message(read)));
    const std::vector<model::LayerFiles> layers
        = WasteMeasurer::layersOfStage(reader.takeArchive(), run, 1, {-1, 0});

    views::FilesPanel panel;
    panel.setAnalysis(model::Analysis::build(kDockerfile));
    panel.showReading(1, QString::fromStdString(app->imageId), QString());
    panel.showListing(model::FileListing{});
    panel.showLayersReading();
    panel.showLayers(layers);
    const QTreeWidget *list = panel.layerList();
    QCOMPARE(list->topLevelItemCount(), static_cast<int>(layers.size()) + 1);
    // Every layer of both stages is named by its line and stage.
    for (const auto &[line, stage] :
         std::vector<std::pair<int, QString>>{{2, u"base"_s}, {4, u"app"_s}, {5, u"app"_s}}) {
        const int row = rowOfLine(list, line);
        QVERIFY2(row > 0, qPrintable(u"no layer row for line %1"_s.arg(line)));
        QCOMPARE(list->topLevelItem(row)->text(2), stage);
    }
    QVERIFY(list->topLevelItem(rowOfLine(list, 4))->text(3).startsWith(u"COPY"_s));
    QVERIFY(list->topLevelItem(rowOfLine(list, 5))->text(3).startsWith(u"RUN rm /big.bin"_s));

    QSignalSpy lines(&panel, &views::FilesPanel::lineActivated);
    const FilesTreeModel *model = panel.model();
    panel.layerList()->setCurrentItem(list->topLevelItem(rowOfLine(list, 4)));
    QCOMPARE(lines.takeFirst().at(0).toInt(), 4);
    QCOMPARE(changeOf(model, "/big.bin"), model::FileChange::Added);
    QCOMPARE(model->indexForPath(u"/big.bin"_s).data(FilesTreeModel::SizeRole).toLongLong(), kBig);
    QCOMPARE(changeOf(model, "/etc/app.conf"), model::FileChange::None);

    panel.layerList()->setCurrentItem(list->topLevelItem(rowOfLine(list, 5)));
    QCOMPARE(lines.takeFirst().at(0).toInt(), 5);
    QCOMPARE(changeOf(model, "/big.bin"), model::FileChange::Removed);
    QCOMPARE(changeOf(model, "/etc/app.conf"), model::FileChange::Modified);
    // The removed file is the largest entry still listed: first, sorted by size.
    QCOMPARE(model->index(0, 0).data(FilesTreeModel::PathRole).toString(), u"/big.bin"_s);

    panel.layerList()->setCurrentItem(list->topLevelItem(rowOfLine(list, 2)));
    QCOMPARE(changeOf(model, "/etc/app.conf"), model::FileChange::Added);

    // Aggregated at the last layer: since the base image (busybox), the big file came and went.
    panel.showLayer(static_cast<int>(layers.size()) - 1);
    panel.aggregatedBox()->setChecked(true);
    QCOMPARE(changeOf(model, "/big.bin"), model::FileChange(255));
    QCOMPARE(changeOf(model, "/etc/app.conf"), model::FileChange::Added);
    QCOMPARE(changeOf(model, "/keep.bin"), model::FileChange::Added);
}

QTEST_MAIN(TestLayerFiles)
#include "tst_layerfiles.moc"
