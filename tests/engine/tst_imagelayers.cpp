// SPDX-License-Identifier: GPL-3.0-or-later
//
// Image layers and wasted space: the docker-save archive read as a stream (whiteouts decoded,
// legacy and OCI layouts, gzip'd layers) without an engine, then against the real engine: a
// stage that COPYs a file and RUNs rm on it wastes exactly the file's size, names both lines,
// and its efficiency is the hand-computed one. Under CI=true a missing engine fails the engine
// cases; elsewhere they are skipped with a message.
#include "common/EngineMessages.h"
#include "engine/EngineClient.h"
#include "engine/ImageArchive.h"
#include "engine/ImageLayerReader.h"
#include "engine/StageMeasurer.h"
#include "engine/WasteMeasurer.h"
#include "tests/TestSupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <nlohmann/json.hpp>

using namespace stagecraft;
using namespace stagecraft::engine;
using Kind = model::LayerEntry::Kind;

namespace {

const QString kBase = QStringLiteral("stagecraft/busybox:latest");

struct TarFile
{
    std::string path;
    QByteArray data;
    bool directory = false;
};

/// A tar (optionally gzip'd) of `files` in memory.
QByteArray makeTar(const std::vector<TarFile> &files, bool gzip = false)
{
    archive *writer = archive_write_new();
    archive_write_set_format_pax_restricted(writer);
    if (gzip)
        archive_write_add_filter_gzip(writer);
    std::vector<char> buffer(1 << 20);
    size_t used = 0;
    archive_write_open_memory(writer, buffer.data(), buffer.size(), &used);
    for (const TarFile &file : files) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, file.path.c_str());
        archive_entry_set_filetype(entry, file.directory ? AE_IFDIR : AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, file.data.size());
        archive_write_header(writer, entry);
        if (!file.data.isEmpty())
            archive_write_data(writer, file.data.constData(), size_t(file.data.size()));
        archive_entry_free(entry);
    }
    archive_write_close(writer);
    archive_write_free(writer);
    return QByteArray(buffer.data(), qsizetype(used));
}

QByteArray jsonBytes(const nlohmann::json &json)
{
    return QByteArray::fromStdString(json.dump());
}

const nlohmann::json kConfig = {
    {"history",
     nlohmann::json::array({{{"created_by", "/bin/sh -c #(nop) ADD file:1 in / "}},
                            {{"created_by", "/bin/sh -c #(nop)  ENV A=1"}, {"empty_layer", true}},
                            {{"created_by", "/bin/sh -c rm /a"}}})}};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestImageLayers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesLayerPaths_data();
    void decodesLayerPaths();
    void readsTheLegacyLayout();
    void readsTheOciLayoutWithGzipLayers();
    void refusesAnArchiveWithoutManifest();
    void mapsLayersToInstructions();

    void initTestCase();
    void readsARealImage();
    void copyThenRemoveWastesTheFile();
    void cancelStopsTheRead();

private:
    bool m_engine = false;
    std::unique_ptr<EngineClient> m_client;
};

void TestImageLayers::decodesLayerPaths_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    QTest::newRow("plain") << "usr/bin/x" << true << "/usr/bin/x" << int(Kind::File);
    QTest::newRow("dot slash dir") << "./etc/" << true << "/etc" << int(Kind::File);
    QTest::newRow("root") << "./" << false << "" << int(Kind::File);
    QTest::newRow("whiteout") << "tmp/.wh.big" << true << "/tmp/big" << int(Kind::Whiteout);
    QTest::newRow("whiteout at root") << ".wh.big" << true << "/big" << int(Kind::Whiteout);
    QTest::newRow("opaque") << "var/lib/apt/lists/.wh..wh..opq" << true << "/var/lib/apt/lists"
                            << int(Kind::OpaqueWhiteout);
    QTest::newRow("aufs bookkeeping") << ".wh..wh.plnk" << false << "" << int(Kind::File);
}

void TestImageLayers::decodesLayerPaths()
{
    QFETCH(QString, raw);
    QFETCH(bool, kept);
    QFETCH(QString, path);
    QFETCH(int, kind);
    model::LayerEntry entry;
    QCOMPARE(ImageArchiveReader::decodePath(raw.toStdString(), entry), kept);
    if (kept) {
        QCOMPARE(QString::fromStdString(entry.path), path);
        QCOMPARE(int(entry.kind), kind);
    }
}

void TestImageLayers::readsTheLegacyLayout()
{
    const QByteArray layer1 = makeTar({{"a", QByteArray(3000, 'a')}, {"d/", {}, true}});
    const QByteArray layer2 = makeTar({{".wh.a", {}}});
    const nlohmann::json manifest = nlohmann::json::array(
        {{{"Config", "c0nf.json"}, {"Layers", {"aa/layer.tar", "bb/layer.tar"}}}});
    // manifest.json last and layers in name order, as `docker save` writes it.
    const QByteArray save = makeTar({{"aa/VERSION", "1.0"},
                                     {"aa/layer.tar", layer1},
                                     {"bb/layer.tar", layer2},
                                     {"c0nf.json", jsonBytes(kConfig)},
                                     {"manifest.json", jsonBytes(manifest)}});
    ImageArchive archive;
    QString error;
    QVERIFY2(ImageArchiveReader::readBytes(save, archive, error), qPrintable(error));
    QCOMPARE(archive.layers.size(), 2u);
    QCOMPARE(archive.layers[0].entries.size(), 2u);
    QCOMPARE(archive.layers[0].entries[0], (model::LayerEntry{"/a", Kind::File, 3000}));
    QCOMPARE(archive.layers[0].entries[1], (model::LayerEntry{"/d", Kind::Directory, 0}));
    QCOMPARE(archive.layers[1].entries[0], (model::LayerEntry{"/a", Kind::Whiteout, 0}));
    QCOMPARE(archive.history.size(), 3u);
    QVERIFY(archive.history[1].emptyLayer);
    QCOMPARE(archive.bytes, save.size());
}

void TestImageLayers::readsTheOciLayoutWithGzipLayers()
{
    const QByteArray layer = makeTar({{"big", QByteArray(5000, 'b')}}, true);
    const QByteArray small = makeTar({{"x", "xyz"}});
    const nlohmann::json manifest = nlohmann::json::array(
        {{{"Config", "blobs/sha256/cc"}, {"Layers", {"blobs/sha256/11", "blobs/sha256/22"}}}});
    const QByteArray save = makeTar({{"blobs/sha256/11", layer},
                                     {"blobs/sha256/22", small},
                                     {"blobs/sha256/cc", jsonBytes(kConfig)},
                                     {"index.json", "{}"},
                                     {"manifest.json", jsonBytes(manifest)},
                                     {"oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}"}});
    ImageArchive archive;
    QString error;
    QVERIFY2(ImageArchiveReader::readBytes(save, archive, error), qPrintable(error));
    QCOMPARE(archive.layers.size(), 2u);
    QCOMPARE(archive.layers[0].entries[0], (model::LayerEntry{"/big", Kind::File, 5000}));
    QCOMPARE(archive.layers[1].entries[0], (model::LayerEntry{"/x", Kind::File, 3}));
}

void TestImageLayers::refusesAnArchiveWithoutManifest()
{
    ImageArchive archive;
    QString error;
    QVERIFY(!ImageArchiveReader::readBytes(makeTar({{"aa/layer.tar", makeTar({{"a", "1"}})}}),
                                           archive, error));
    QVERIFY(error.contains(QLatin1String("manifest.json")));
    QVERIFY(!ImageArchiveReader::readBytes("not a tar at all", archive, error));
    QVERIFY(!error.isEmpty());
}

void TestImageLayers::mapsLayersToInstructions()
{
    ImageArchive archive;
    archive.layers.resize(2);
    archive.history = {{"ADD base", false}, {"ENV", true}, {"RUN rm", false}};
    model::StageMeasure stage; // the engine's history: newest first
    stage.layers = {{0, "RUN rm", 4, 2}, {0, "ENV", 3, 1}, {10, "ADD base", 0, -1}};
    const std::vector<model::LayerFiles> layers = WasteMeasurer::layersOf(archive, stage);
    QCOMPARE(layers.size(), 2u);
    QCOMPARE(layers[0].line, 0);
    QCOMPARE(layers[0].instructionIndex, -1);
    QCOMPARE(layers[1].line, 4);
    QCOMPARE(layers[1].instructionIndex, 2);
    QCOMPARE(layers[1].createdBy, std::string("RUN rm"));
}

void TestImageLayers::initTestCase()
{
    m_client = std::make_unique<EngineClient>(EngineEndpoint::resolveFromSystem());
    const EngineError error = m_client->negotiate();
    m_engine = !error.isError() && !m_client->imageSizeSync(kBase).error.isError();
}

#define REQUIRE_ENGINE()                                                                           \
    do {                                                                                           \
        if (!m_engine)                                                                             \
            STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(                                                       \
                QStringLiteral("no Docker engine with %1 — run `bash scripts/engine.sh up`")       \
                    .arg(kBase));                                                                  \
    } while (false)

void TestImageLayers::readsARealImage()
{
    REQUIRE_ENGINE();
    ImageLayerReader reader(m_client->endpoint());
    QSignalSpy progress(&reader, &ImageLayerReader::progress);
    const EngineError error = reader.readSync(kBase);
    QVERIFY2(!error.isError(), qPrintable(common::EngineMessages::message(error)));
    const ImageArchive &archive = reader.archive();
    QVERIFY(!archive.layers.empty());
    QVERIFY(!archive.history.empty());
    QVERIFY(progress.count() >= 1);
    bool found = false;
    for (const model::LayerEntry &entry : archive.layers[0].entries)
        found = found || (entry.path == "/bin/busybox" && entry.size > 100'000);
    QVERIFY(found);
}

void TestImageLayers::copyThenRemoveWastesTheFile()
{
    REQUIRE_ENGINE();
    // The base's bytes, read the same way, for the hand computation below.
    ImageLayerReader baseReader(m_client->endpoint());
    QVERIFY(!baseReader.readSync(kBase).isError());
    qint64 baseBytes = 0;
    for (const model::LayerFiles &layer : baseReader.archive().layers)
        for (const model::LayerEntry &entry : layer.entries)
            baseBytes += entry.size;

    constexpr qint64 kBig = 3'000'000;
    constexpr qint64 kKeep = 200'000;
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("Dockerfile")),
              "FROM stagecraft/busybox:latest\n" // line 1
              "COPY big.bin /big.bin\n"          // line 2
              "RUN rm /big.bin\n"                // line 3
              "COPY keep.bin /keep.bin\n");      // line 4
    writeFile(dir.filePath(QStringLiteral("big.bin")), QByteArray(kBig, 'b'));
    writeFile(dir.filePath(QStringLiteral("keep.bin")), QByteArray(kKeep, 'k'));
    BuildOptions options;
    options.contextDir = dir.path();
    options.dockerfile = dir.filePath(QStringLiteral("Dockerfile"));
    options.noCache = true;
    options.networkMode = QStringLiteral("none"); // the RUN needs no network
    StageMeasurer measurer(m_client.get(), options);
    measurer.setAnalyseWaste(true);
    QSignalSpy progress(&measurer, &StageMeasurer::progress);
    const EngineError error = measurer.runSync(300'000);
    const model::MeasureRun &run = measurer.run();
    for (const model::StageMeasure &stage : run.stages)
        (void)m_client->removeImageSync(QString::fromStdString(stage.imageId), true);
    QVERIFY2(!error.isError(), qPrintable(common::EngineMessages::message(error)));
    const model::StageMeasure *stage = run.finalStage();
    QVERIFY(stage && stage->waste.analysed);
    QCOMPARE(stage->waste.wastedBytes, kBig);
    // Every path once except /big.bin (kBig, then 0): Σ min ÷ Σ cumulative.
    const double expected = double(baseBytes + kKeep) / double(baseBytes + kBig + kKeep);
    QVERIFY2(qAbs(stage->waste.efficiency - expected) < 1e-12,
             qPrintable(QStringLiteral("%1 != %2").arg(stage->waste.efficiency).arg(expected)));
    QCOMPARE(stage->waste.userWastedPercent,
             100.0 * double(kBig) / double(stage->size - stage->baseSize));
    QCOMPARE(stage->waste.findings.size(), 1u);
    const model::WasteFinding &finding = stage->waste.findings[0];
    QCOMPARE(finding.addedLine, 2);
    QCOMPARE(finding.removedLine, 3);
    QCOMPARE(finding.bytes, kBig);
    QCOMPARE(finding.largest, std::vector<std::string>{"/big.bin"});
    QCOMPARE(finding.advice, std::string("narrow-copy"));
    bool sawWastePhase = false;
    for (const QList<QVariant> &args : progress)
        sawWastePhase = sawWastePhase
            || args.at(0).value<MeasureProgress>().phase == MeasureProgress::Phase::AnalysingWaste;
    QVERIFY(sawWastePhase);
}

void TestImageLayers::cancelStopsTheRead()
{
    REQUIRE_ENGINE();
    ImageLayerReader reader(m_client->endpoint());
    QSignalSpy cancelled(&reader, &ImageLayerReader::cancelled);
    QSignalSpy finished(&reader, &ImageLayerReader::finished);
    reader.start(QStringLiteral("stagecraft/debian:bookworm"));
    reader.cancel();
    QVERIFY(cancelled.wait(60'000));
    QCOMPARE(finished.count(), 0);
    QVERIFY(!reader.isRunning());
}

QTEST_MAIN(TestImageLayers)
#include "tst_imagelayers.moc"
