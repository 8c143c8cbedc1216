// SPDX-License-Identifier: GPL-3.0-or-later
//
// Measuring against a real Docker Engine (scripts/engine.sh starts one and imports
// stagecraft/busybox). Under CI=true a missing engine fails the test; elsewhere it is skipped.
// Stages hold files of known sizes (head -c), so every figure is checked against the bytes
// written, against the engine's own history/inspect (a second path), and the docker CLI.
#include "cli/MeasureCommand.h"
#include "common/EngineMessages.h"
#include "engine/EngineClient.h"
#include "engine/EngineInfo.h"
#include "engine/MeasureHistory.h"
#include "engine/StageMeasurer.h"
#include "tests/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

using namespace stagecraft;
using namespace stagecraft::cli;
using namespace stagecraft::engine;
using namespace stagecraft::model;

namespace {

const QString kBase = QStringLiteral("stagecraft/busybox:latest");

void writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(contents);
}

// Lines: 1 FROM builder, 2 RUN, 3 COPY, 4 FROM deps, 5 RUN, 6 FROM, 7 COPY, 8 COPY, 9 CMD.
const char *const kMultiStage
    = "FROM stagecraft/busybox AS builder\n"
      "RUN head -c 1000000 /dev/zero > /big && head -c 5000 /dev/zero > /out.bin\n"
      "COPY blob.bin /src/\n"
      "FROM stagecraft/busybox AS deps\n"
      "RUN mkdir /d && head -c 777 /dev/zero > /d/a.txt && head -c 223 /dev/zero > /d/b.txt\n"
      "FROM stagecraft/busybox\n"
      "COPY --from=builder /out.bin /app/\n"
      "COPY --from=deps /d/*.txt /app/\n"
      "CMD [\"x\"]\n";

// The same result as one stage ("before"): the 1 MB stays in the image.
const char *const kSingleStage
    = "FROM stagecraft/busybox\n"
      "RUN head -c 1000000 /dev/zero > /big && head -c 5000 /dev/zero > /out.bin\n"
      "CMD [\"x\"]\n";

} // namespace

/// Why exact byte counts differ on Podman (docs/engine.md, Podman).
constexpr const char *kPodmanSizes
    = "Podman's history sizes are layer tar sizes (headers and padding included), not the "
      "content bytes dockerd reports";

class TestMeasure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void measuresKnownSizes();
    void cliJsonHistoryAndCompare();
    void cliExitCodes();
    void cancelLeavesNoContainer();

private:
    int measureContainers();
    void forget(const MeasureRun &run);

    /// True when the engine under test is Podman (engine-podman/ runs).
    bool isPodman()
    {
        return EngineInfo::fromVersionJson(m_client->versionSync().json).product
            == QStringLiteral("Podman");
    }

    std::unique_ptr<EngineClient> m_client;
    qint64 m_baseSize = 0;
    QStringList m_images; ///< stage images to remove at the end (newest last)
};

void TestMeasure::initTestCase()
{
    m_client = std::make_unique<EngineClient>(EngineEndpoint::resolveFromSystem());
    const EngineError error = m_client->negotiate();
    if (error.isError()) {
        const QString message
            = QStringLiteral("no Docker engine (%1): %2 — run `bash scripts/engine.sh up`")
                  .arg(m_client->endpoint().url, common::EngineMessages::message(error));
        STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(message);
    }
    const EngineClient::ImageSize base = m_client->imageSizeSync(kBase);
    if (base.error.isError()) {
        const QString message
            = QStringLiteral("base image %1 missing — run `bash scripts/engine.sh up`").arg(kBase);
        STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(message);
    }
    m_baseSize = base.layersTotal;
    QVERIFY(m_baseSize > 0);
}

void TestMeasure::cleanupTestCase()
{
    if (!m_client)
        return;
    // Newest first: a stage image may be the parent of a later one.
    for (auto it = m_images.crbegin(); it != m_images.crend(); ++it)
        (void)m_client->removeImageSync(*it, true);
}

int TestMeasure::measureContainers()
{
    int count = 0;
    const QJsonArray containers
        = QJsonDocument::fromJson(m_client->listContainersSync().body).array();
    for (const QJsonValue &value : containers) {
        if (value.toObject()
                .value(QStringLiteral("Labels"))
                .toObject()
                .contains(QStringLiteral("org.stagecraft.measure")))
            ++count;
    }
    return count;
}

void TestMeasure::forget(const MeasureRun &run)
{
    for (const StageMeasure &stage : run.stages) {
        const QString id = QString::fromStdString(stage.imageId);
        if (!id.isEmpty() && !m_images.contains(id)
            && !id.startsWith(QJsonDocument::fromJson(m_client->inspectImageSync(kBase).body)
                                  .object()
                                  .value(QStringLiteral("Id"))
                                  .toString()))
            m_images << id;
    }
}

void TestMeasure::measuresKnownSizes()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("Dockerfile")), kMultiStage);
    writeFile(dir.filePath(QStringLiteral("blob.bin")), QByteArray(300'000, 'b'));
    BuildOptions options;
    options.builder = Builder::Classic; // one build for every stage; BuildKit: tst_buildkit
    options.contextDir = dir.path();
    options.dockerfile = dir.filePath(QStringLiteral("Dockerfile"));
    options.noCache = true;
    StageMeasurer measurer(m_client.get(), options);
    int stagesSignalled = 0;
    int arrowsSignalled = 0;
    connect(&measurer, &StageMeasurer::stageMeasured, this, [&] { ++stagesSignalled; });
    connect(&measurer, &StageMeasurer::arrowMeasured, this, [&] { ++arrowsSignalled; });
    const EngineError error = measurer.runSync(300'000);
    const MeasureRun &run = measurer.run();
    forget(run);
    QVERIFY2(
        !error.isError(),
        qPrintable(common::EngineMessages::message(error) + u'\n' + measurer.log().join(u'\n')));
    QCOMPARE(stagesSignalled, 3);
    QCOMPARE(arrowsSignalled, 2);
    QCOMPARE(run.stages.size(), std::size_t(3));
    QCOMPARE(run.finalIndex, 2);
    QVERIFY(run.complete());

    // Known bytes on top of the base: 1,005,000 + 300,000 / 1,000 / 5,000 + 1,000.
    const qint64 own[] = {1'305'000, 1'000, 6'000};
    for (const StageMeasure &stage : run.stages) {
        QVERIFY(stage.built);
        QCOMPARE(stage.baseSize, m_baseSize);
        if (isPodman())
            QEXPECT_FAIL("", kPodmanSizes, Abort);
        QCOMPARE(stage.size - m_baseSize, own[stage.index]);
        QCOMPARE(stage.size, stage.inspectSize);
        // A second path: the engine client's blocking helpers.
        const EngineClient::ImageSize second
            = m_client->imageSizeSync(QString::fromStdString(stage.imageId));
        QCOMPARE(stage.size, second.layersTotal);
        QCOMPARE(stage.inspectSize, second.inspectSize);
        qint64 sum = 0;
        for (const LayerMeasure &layer : stage.layers)
            sum += layer.size;
        QCOMPARE(sum, stage.size);
        QVERIFY(stage.buildMs >= 0);
    }
    QCOMPARE(run.stages[0].name, std::string("builder"));
    QCOMPARE(run.stages[2].name, std::string());

    // Layers mapped to lines (newest first).
    const auto lines = [](const StageMeasure &stage) {
        QList<int> result;
        for (const LayerMeasure &layer : stage.layers) {
            if (layer.line > 0)
                result << layer.line;
        }
        return result;
    };
    QCOMPARE(lines(run.stages[0]), (QList<int>{3, 2}));
    QCOMPARE(run.stages[0].layers[0].size, qint64(300'000));
    QCOMPARE(run.stages[0].layers[1].size, qint64(1'005'000));
    QVERIFY(run.stages[0].layers[1].createdBy.find("head -c 1000000") != std::string::npos);
    QCOMPARE(lines(run.stages[1]), QList<int>{5});
    QCOMPARE(lines(run.stages[2]), (QList<int>{9, 8, 7}));
    QCOMPARE(run.stages[2].layers[0].size, qint64(0));
    QCOMPARE(run.stages[2].layers[1].size, qint64(1'000));
    QCOMPARE(run.stages[2].layers[2].size, qint64(5'000));
    for (const StageMeasure &stage : run.stages) {
        for (const LayerMeasure &layer : stage.layers) {
            if (layer.line == 0)
                QCOMPARE(layer.instructionIndex, -1);
        }
    }

    // Arrows: the exact bytes of the copied files.
    QCOMPARE(run.arrows.size(), std::size_t(2));
    QCOMPARE(run.arrows[0].fromStage, 0);
    QCOMPARE(run.arrows[0].toStage, 2);
    QCOMPARE(run.arrows[0].line, 7);
    QVERIFY2(run.arrows[0].measured,
             qPrintable(common::EngineMessages::problem(run.arrows[0].problem)));
    QCOMPARE(run.arrows[0].bytes, qint64(5'000));
    QCOMPARE(run.arrows[0].files, 1);
    QCOMPARE(run.arrows[1].fromStage, 1);
    QCOMPARE(run.arrows[1].line, 8);
    QCOMPARE(run.arrows[1].bytes, qint64(1'000)); // /d/*.txt: 777 + 223
    QCOMPARE(run.arrows[1].files, 2);
    QCOMPARE(measureContainers(), 0);

    // The saving: builder vs final.
    QCOMPARE(run.largestStage(), 0);
    QCOMPARE(run.savingBytes(), qint64(1'305'000 - 6'000));
    QCOMPARE(run.savingPercent(), 100.0 * double(1'299'000) / double(m_baseSize + 1'305'000));

    // A third path: the docker CLI, when installed.
    const QString docker = QStandardPaths::findExecutable(QStringLiteral("docker"));
    if (!docker.isEmpty()) {
        QProcess cli;
        cli.start(docker,
                  {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"),
                   QStringLiteral("{{.Size}}"), QString::fromStdString(run.stages[0].imageId)});
        QVERIFY(cli.waitForFinished(60'000));
        QCOMPARE(cli.readAllStandardOutput().trimmed().toLongLong(), run.stages[0].size);
    }

    // Everything cached now: the same figures again, and the same image IDs.
    options.noCache = false;
    StageMeasurer again(m_client.get(), options);
    QVERIFY(!again.runSync(120'000).isError());
    for (std::size_t i = 0; i < run.stages.size(); ++i) {
        QCOMPARE(again.run().stages[i].imageId, run.stages[i].imageId);
        QVERIFY(again.run().stages[i].layers == run.stages[i].layers);
    }
    QVERIFY(again.run().arrows == run.arrows);
}

void TestMeasure::cliJsonHistoryAndCompare()
{
    QTemporaryDir dir;
    const QString after = dir.filePath(QStringLiteral("after.Dockerfile"));
    const QString before = dir.filePath(QStringLiteral("before.Dockerfile"));
    writeFile(after, kMultiStage);
    writeFile(before, kSingleStage);
    writeFile(dir.filePath(QStringLiteral("blob.bin")), QByteArray(300'000, 'b'));

    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    QCOMPARE(MeasureCommand::runMeasure({after, QStringLiteral("--format"), QStringLiteral("json")},
                                        out, err),
             0);
    MeasureRun fromCli;
    QVERIFY(!Measurement::fromJsonText(outText.toStdString(), fromCli).isError());
    forget(fromCli);
    const nlohmann::json json = nlohmann::json::parse(outText.toStdString());
    QCOMPARE(json.at("final").at("index").get<int>(), 2);
    if (isPodman())
        QEXPECT_FAIL("", kPodmanSizes, Abort);
    QCOMPARE(json.at("final").at("size").get<qint64>(), m_baseSize + 6'000);
    QCOMPARE(json.at("largestStage").at("index").get<int>(), 0);
    QCOMPARE(json.at("saving").at("bytes").get<qint64>(), qint64(1'299'000));
    QCOMPARE(json.at("stages").at(2).at("layers").at(1).at("line").get<int>(), 8);

    // History round trip: the sidecar holds exactly what was printed.
    std::vector<MeasureRun> runs;
    QVERIFY(!MeasureHistory::load(MeasureHistory::pathFor(after), runs).isError());
    QCOMPARE(runs.size(), std::size_t(1));
    QVERIFY(runs[0] == fromCli);
    outText.clear();
    QCOMPARE(MeasureCommand::runMeasure({after, QStringLiteral("--no-history")}, out, err), 0);
    QVERIFY2(outText.contains(QStringLiteral("Saving: builder")), qPrintable(outText));
    QVERIFY(!MeasureHistory::load(MeasureHistory::pathFor(after), runs).isError());
    QCOMPARE(runs.size(), std::size_t(1));

    // Two variants: single stage "before" vs multi-stage "after".
    outText.clear();
    QCOMPARE(MeasureCommand::runMeasure({before, QStringLiteral("--format=json")}, out, err), 0);
    MeasureRun single;
    QVERIFY(!Measurement::fromJsonText(outText.toStdString(), single).isError());
    forget(single);
    QCOMPARE(single.stages[0].size, m_baseSize + 1'005'000);
    outText.clear();
    QCOMPARE(MeasureCommand::runCompare(
                 {before, after, QStringLiteral("--format"), QStringLiteral("json")}, out, err),
             0);
    const nlohmann::json comparison = nlohmann::json::parse(outText.toStdString());
    QCOMPARE(comparison.at("final").at("sizeA").get<qint64>(), m_baseSize + 1'005'000);
    QCOMPARE(comparison.at("final").at("sizeB").get<qint64>(), m_baseSize + 6'000);
    QCOMPARE(comparison.at("final").at("delta").get<qint64>(), qint64(-999'000));
    std::vector<std::string> changes;
    for (const auto &layer : comparison.at("final").at("layers"))
        changes.push_back(layer.at("change").get<std::string>() + ' '
                          + layer.at("instruction").get<std::string>().substr(0, 14));
    // The base matches; RUN removed; the two COPYs added; CMD unchanged (same text and size).
    QCOMPARE(changes.size(), std::size_t(3));
    QCOMPARE(changes[0], std::string("removed RUN head -c 10"));
    QCOMPARE(changes[1].substr(0, 10), std::string("added COPY"));
    QCOMPARE(changes[2].substr(0, 10), std::string("added COPY"));
    // Markdown of the same comparison, from the two Dockerfiles' histories.
    outText.clear();
    QCOMPARE(
        MeasureCommand::runCompare({before, after, QStringLiteral("--format=markdown")}, out, err),
        0);
    QVERIFY2(outText.contains(QStringLiteral("| **final** |")), qPrintable(outText));
}

void TestMeasure::cliExitCodes()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.Dockerfile"));
    writeFile(bad,
              "FROM stagecraft/busybox AS first\n"
              "RUN head -c 4321 /dev/zero > /x\n"
              "FROM stagecraft/busybox\n"
              "RUN exit 3\n");
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    QCOMPARE(MeasureCommand::runMeasure({bad, QStringLiteral("--format"), QStringLiteral("json")},
                                        out, err),
             1);
    QVERIFY2(errText.contains(QStringLiteral("line 4")), qPrintable(errText));
    MeasureRun partial;
    QVERIFY(!Measurement::fromJsonText(outText.toStdString(), partial).isError());
    forget(partial);
    QCOMPARE(partial.stages.size(), std::size_t(2));
    if (isPodman()) // docs/engine.md, Podman: a target's unneeded stages are not built
        QEXPECT_FAIL("",
                     "Podman skips stage 0 (the failing stage does not need it); "
                     "StageMeasurer does not build it on its own yet",
                     Abort);
    QVERIFY(partial.stages[0].built);
    QCOMPARE(partial.stages[0].size, m_baseSize + 4'321);
    QVERIFY(!partial.stages[1].built);
    QVERIFY(!partial.stages[1].problem.isEmpty());
    QCOMPARE(QString::fromStdString(partial.stages[1].problem.code),
             QStringLiteral("engine:build-failed"));
    QVERIFY(!QFile::exists(MeasureHistory::pathFor(bad))); // failed runs are not recorded

    const QString ok = dir.filePath(QStringLiteral("ok.Dockerfile"));
    writeFile(ok, "FROM stagecraft/busybox\n");
    QCOMPARE(MeasureCommand::runMeasure({}, out, err), 2);
    QCOMPARE(MeasureCommand::runMeasure({dir.filePath(QStringLiteral("missing"))}, out, err), 2);
    QCOMPARE(MeasureCommand::runMeasure({ok, QStringLiteral("--target"), QStringLiteral("nope")},
                                        out, err),
             2);
    QCOMPARE(MeasureCommand::runMeasure({ok, QStringLiteral("--format"), QStringLiteral("xml")},
                                        out, err),
             2);
    QCOMPARE(MeasureCommand::runMeasure({ok, QStringLiteral("--bogus")}, out, err), 2);
    QCOMPARE(
        MeasureCommand::runMeasure(
            {ok, QStringLiteral("--host"), QStringLiteral("unix:///nonexistent.sock")}, out, err),
        2);
    errText.clear();
    QCOMPARE(MeasureCommand::runCompare({ok, ok}, out, err), 2);
    QVERIFY2(errText.contains(QStringLiteral("No measurement is recorded")), qPrintable(errText));
    QCOMPARE(MeasureCommand::runCompare({ok}, out, err), 2);
}

void TestMeasure::cancelLeavesNoContainer()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("Dockerfile")), kMultiStage);
    writeFile(dir.filePath(QStringLiteral("blob.bin")), QByteArray(300'000, 'b'));
    BuildOptions options;
    options.builder = Builder::Classic; // one build for every stage; BuildKit: tst_buildkit
    options.contextDir = dir.path();
    options.dockerfile = dir.filePath(QStringLiteral("Dockerfile"));
    // Cancel at three moments: as the first arrow starts (before the container exists), a
    // moment later (create or archive in flight), and after the first arrow.
    for (int moment = 0; moment < 3; ++moment) {
        StageMeasurer measurer(m_client.get(), options);
        bool asked = false;
        connect(&measurer, &StageMeasurer::progress, this, [&](const MeasureProgress &progress) {
            if (asked || progress.phase != MeasureProgress::Phase::MeasuringArrow)
                return;
            asked = true;
            if (moment == 0)
                measurer.cancel();
            else if (moment == 1)
                QTimer::singleShot(5, &measurer, [&] { measurer.cancel(); });
        });
        connect(&measurer, &StageMeasurer::arrowMeasured, this, [&] {
            if (moment == 2)
                measurer.cancel();
        });
        const EngineError error = measurer.runSync(120'000);
        forget(measurer.run());
        QVERIFY2(asked, qPrintable(QString::number(moment)));
        QCOMPARE(error.kind(), EngineError::Kind::Cancelled);
        QCOMPARE(measureContainers(), 0);
    }
}

QTEST_GUILESS_MAIN(TestMeasure)
#include "tst_measure.moc"
