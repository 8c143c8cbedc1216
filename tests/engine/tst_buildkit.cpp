// SPDX-License-Identifier: GPL-3.0-or-later
//
// BuildKit builds (issue #16): the trace decoder over streams recorded from dockerd 20.10
// (tests/data/buildkit-trace), the vertex → Dockerfile mapping, the generated stage names, and,
// against the real engine (skipped without one, failing under CI=true), measuring files that
// only BuildKit builds: RUN --mount=type=cache, --mount=type=bind,from=<stage>, an unnamed
// intermediate stage. RUN steps use networkmode=none: they need no network.
#include "common/EngineMessages.h"
#include "engine/BuildJob.h"
#include "engine/BuildKitFrontend.h"
#include "engine/BuildKitStepMap.h"
#include "engine/BuildKitStreamDecoder.h"
#include "engine/EngineClient.h"
#include "engine/StageMeasurer.h"
#include "tests/EngineReplay.h"
#include "tests/TestSupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft;
using namespace stagecraft::engine;

namespace {

const QString kNoEngine = QStringLiteral("no Docker engine — run `bash scripts/engine.sh up`");

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/buildkit-trace/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(contents);
}

BuildKitStepMap stepMap(const QByteArray &dockerfile)
{
    auto tree = model::SyntaxTree::parse(dockerfile.toStdString());
    model::StageGraph graph = model::StageGraph::derive(*tree);
    return BuildKitStepMap(tree, graph);
}

// Lines: 1 FROM AS deps, 2 RUN cache mount, 3 blank, 4 FROM deps (unnamed), 5 RUN,
// 6 blank, 7 FROM AS final, 8 COPY --from=1, 9 RUN bind mount from deps, 10 WORKDIR.
const char *const kModern
    = "FROM stagecraft/busybox:latest AS deps\n"
      "RUN --mount=type=cache,target=/cache head -c 4096 /dev/zero > /cache/c && "
      "head -c 10000 /dev/zero > /deps.bin\n"
      "\n"
      "FROM deps\n"
      "RUN head -c 20000 /dev/zero > /mid.bin\n"
      "\n"
      "FROM stagecraft/busybox:latest AS final\n"
      "COPY --from=1 /mid.bin /mid.bin\n"
      "RUN --mount=type=bind,from=deps,source=/deps.bin,target=/d.bin "
      "head -c 3000 /d.bin > /part.bin\n"
      "WORKDIR /app\n";

} // namespace

class TestBuildKit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void decodesRecordedTrace();
    void decodesCachedRebuild();
    void decodesFailedStep();
    void rejectsCorruptTrace_data();
    void rejectsCorruptTrace();
    void mapsVertexNames_data();
    void mapsVertexNames();
    void generatedNamesAvoidClashes();
    void resolvesBuilder();
    void namesFrontendLimits_data();
    void namesFrontendLimits();
    void faultyEngineGivesClearError_data();
    void faultyEngineGivesClearError();
    void measuresModernDockerfile();
    void buildFailureNamesItsLine();

private:
    std::unique_ptr<EngineClient> m_client;
    bool m_engine = false;
    QStringList m_images;
};

void TestBuildKit::initTestCase()
{
    m_client = std::make_unique<EngineClient>(EngineEndpoint::resolveFromSystem());
    m_engine = !m_client->negotiate().isError();
}

void TestBuildKit::cleanupTestCase()
{
    if (!m_engine)
        return;
    for (auto it = m_images.crbegin(); it != m_images.crend(); ++it)
        (void)m_client->removeImageSync(*it, true);
}

void TestBuildKit::decodesRecordedTrace()
{
    const QByteArray stream = readData(QStringLiteral("three-stages.jsonl"));
    QVERIFY(!stream.isEmpty());
    BuildKitStreamDecoder decoder;
    QStringList logs;
    for (const QByteArray &line : stream.split('\n')) {
        if (line.isEmpty())
            continue;
        for (const BuildEvent &event : decoder.feedLine(line)) {
            if (event.type == BuildEvent::Type::VertexLog)
                logs << event.text;
        }
    }
    QVERIFY(!decoder.corrupt());
    QVERIFY(!decoder.failed());
    QCOMPARE(
        decoder.imageId(),
        QStringLiteral("sha256:e5e6717d0dad051baa35a6c141d72f58a893eae55a1dda43a136faaf60595aa5"));
    const auto &vertices = decoder.trace().vertices();
    QCOMPARE(vertices.front().name, std::string("[internal] load remote build context"));
    const BuildKitStepMap map = stepMap(readData(QStringLiteral("three-stages.Dockerfile")));
    QList<int> lines;
    for (const BuildKitVertex &vertex : vertices) {
        QVERIFY2(vertex.completed(), vertex.name.c_str());
        QVERIFY(vertex.completedNs >= vertex.startedNs);
        QVERIFY(!vertex.cached);
        const BuildKitStep step = map.locate(QString::fromStdString(vertex.name));
        if (step.isStep())
            lines << step.line;
    }
    // FROM (1), RUN cache mount (2), unnamed stage's RUN (5), COPY (9), RUN bind (10), WORKDIR.
    QCOMPARE(lines, (QList<int>{1, 2, 5, 9, 10, 11}));
    QCOMPARE(logs, QStringList{QStringLiteral("data")});
}

void TestBuildKit::decodesCachedRebuild()
{
    BuildKitStreamDecoder decoder;
    for (const QByteArray &line :
         readData(QStringLiteral("three-stages-cached.jsonl")).split('\n')) {
        if (!line.isEmpty())
            (void)decoder.feedLine(line);
    }
    QVERIFY(!decoder.failed() && !decoder.corrupt());
    const BuildKitStepMap map = stepMap(readData(QStringLiteral("three-stages.Dockerfile")));
    int steps = 0;
    for (const BuildKitVertex &vertex : decoder.trace().vertices()) {
        const BuildKitStep step = map.locate(QString::fromStdString(vertex.name));
        if (!step.isStep() || step.isFrom)
            continue;
        ++steps;
        QVERIFY2(vertex.cached, vertex.name.c_str());
    }
    QCOMPARE(steps, 5);
}

void TestBuildKit::decodesFailedStep()
{
    BuildKitStreamDecoder decoder;
    for (const QByteArray &line : readData(QStringLiteral("failing-run.jsonl")).split('\n')) {
        if (!line.isEmpty())
            (void)decoder.feedLine(line);
    }
    QVERIFY(decoder.failed());
    QVERIFY(decoder.errorMessage().contains(QStringLiteral("exit code: 3")));
    QVERIFY(decoder.failedVertex() >= 0);
    const BuildKitVertex &failed = decoder.trace().vertices()[std::size_t(decoder.failedVertex())];
    const BuildKitStep step = stepMap(readData(QStringLiteral("failing-run.Dockerfile")))
                                  .locate(QString::fromStdString(failed.name));
    QCOMPARE(step.line, 3);
    QCOMPARE(step.stage, 0);
}

void TestBuildKit::rejectsCorruptTrace_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("why");
    QTest::newRow("garbage base64")
        << QByteArray(R"({"id":"moby.buildkit.trace","aux":"%%not base64%%"})")
        << QStringLiteral("bad base64");
    QTest::newRow("base64 of garbage") << QByteArray(R"({"id":"moby.buildkit.trace","aux":")")
            + QByteArray("\x0a\xff\xff\xff\xff\x0f", 6).toBase64()
            + QByteArray(R"("})") << QStringLiteral("bad protobuf message");
    // A real message cut short (a truncated line that still parses as JSON).
    const QByteArray whole = readData(QStringLiteral("three-stages.jsonl")).split('\n').at(8);
    const QByteArray aux
        = QJsonDocument::fromJson(whole).object().value(u"aux").toString().toUtf8();
    const QByteArray cut = QByteArray::fromBase64(aux).left(40).toBase64();
    QTest::newRow("truncated message") << QByteArray(R"({"id":"moby.buildkit.trace","aux":")") + cut
            + QByteArray(R"("})") << QStringLiteral("bad protobuf message");
    QTest::newRow("aux missing") << QByteArray(R"({"id":"moby.buildkit.trace"})")
                                 << QStringLiteral("trace without aux");
}

void TestBuildKit::rejectsCorruptTrace()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, why);
    BuildKitStreamDecoder decoder;
    (void)decoder.feedLine(line);
    QVERIFY(decoder.corrupt());
    QCOMPARE(decoder.corruption(), why);
    QVERIFY(decoder.trace().vertices().empty());
}

void TestBuildKit::mapsVertexNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("line");
    QTest::newRow("named stage FROM") << QStringLiteral("[deps 1/2] FROM docker.io/x") << 0 << 1;
    QTest::newRow("cache mount RUN")
        << QStringLiteral("[deps 2/2] RUN --mount=type=cache,target=/cache head …") << 0 << 2;
    QTest::newRow("unnamed stage") << QStringLiteral("[stage-1 1/1] RUN head -c 20000 …") << 1 << 5;
    QTest::newRow("padded counter") << QStringLiteral("[final  2/4] COPY --from=1 …") << 2 << 8;
    QTest::newRow("case of the name") << QStringLiteral("[FINAL 4/4] WORKDIR /app") << 2 << 10;
    QTest::newRow("platform prefix")
        << QStringLiteral("[linux/amd64 final 3/4] RUN --mount=type=bind …") << 2 << 9;
    QTest::newRow("count off: text match") << QStringLiteral("[final 7/9] WORKDIR /app") << 2 << 10;
    QTest::newRow("internal") << QStringLiteral("[internal] load metadata for x") << -1 << 0;
    QTest::newRow("exporting") << QStringLiteral("exporting to image") << -1 << 0;
}

void TestBuildKit::mapsVertexNames()
{
    QFETCH(QString, name);
    QFETCH(int, stage);
    QFETCH(int, line);
    const BuildKitStep step = stepMap(kModern).locate(name);
    QCOMPARE(step.stage, stage);
    QCOMPARE(step.line, line);
}

void TestBuildKit::generatedNamesAvoidClashes()
{
    const QByteArray text = "FROM stagecraft/busybox AS stagecraft-stage-1\n"
                            "FROM stagecraft/busybox\n"
                            "FROM stagecraft-stage-1\n"
                            "RUN true\n";
    const auto tree = model::SyntaxTree::parse(text.toStdString());
    const model::StageGraph graph = model::StageGraph::derive(*tree);
    const QHash<int, QString> names = StageMeasurer::generatedStageNames(graph);
    QCOMPARE(names.size(), 2);
    QCOMPARE(names.value(1), QStringLiteral("stagecraft-stage-1-2"));
    QCOMPARE(names.value(2), QStringLiteral("stagecraft-stage-2"));
    const std::string named = StageMeasurer::withStageNames(text.toStdString(), names);
    QCOMPARE(QString::fromStdString(named),
             QStringLiteral("FROM stagecraft/busybox AS stagecraft-stage-1\n"
                            "FROM stagecraft/busybox AS stagecraft-stage-1-2\n"
                            "FROM stagecraft-stage-1 AS stagecraft-stage-2\n"
                            "RUN true\n"));
}

void TestBuildKit::resolvesBuilder()
{
    if (!m_engine)
        STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(kNoEngine);
    QCOMPARE(m_client->resolveBuilder(Builder::Classic), Builder::Classic);
    QCOMPARE(m_client->resolveBuilder(Builder::BuildKit), Builder::BuildKit);
    // dockerd 20.10 sends no Builder-Version; API 1.41 ≥ 1.39 and no Libpod header: BuildKit.
    QVERIFY(m_client->offersBuildKit());
    QCOMPARE(m_client->resolveBuilder(Builder::Auto), Builder::BuildKit);
    Builder parsed = Builder::Auto;
    QVERIFY(builderFromName(QStringLiteral("BuildKit"), parsed));
    QCOMPARE(parsed, Builder::BuildKit);
    QVERIFY(!builderFromName(QStringLiteral("kaniko"), parsed));
}

void TestBuildKit::namesFrontendLimits_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QList<int>>("lines");
    const QByteArray modern = "# syntax=docker/dockerfile:1.4\n"
                              "FROM stagecraft/busybox\n"
                              "RUN <<EOF\necho hi\nEOF\n"
                              "COPY --link a /a\n"
                              "RUN --mount=type=cache,target=/c true\n";
    QTest::newRow("20.10") << modern << QStringLiteral("20.10.24+dfsg1") << QList<int>{1, 3, 6};
    QTest::newRow("unknown version") << modern << QString() << QList<int>{1, 3, 6};
    QTest::newRow("Docker 24: only the registry")
        << modern << QStringLiteral("24.0.7") << QList<int>{1};
    QTest::newRow("nothing to say")
        << QByteArray("FROM stagecraft/busybox\nRUN --mount=type=cache,target=/c true\n")
        << QStringLiteral("20.10.24") << QList<int>{};
}

void TestBuildKit::namesFrontendLimits()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, engine);
    QFETCH(QList<int>, lines);
    const auto tree = model::SyntaxTree::parse(text.toStdString());
    QList<int> found;
    for (const FrontendLimit &limit : builtinFrontendLimits(*tree, engine)) {
        found << limit.line;
        QVERIFY(!common::EngineMessages::frontendLimit(limit).isEmpty());
    }
    QCOMPARE(found, lines);
}

void TestBuildKit::faultyEngineGivesClearError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    const QList<QByteArray> recorded = readData(QStringLiteral("three-stages.jsonl")).split('\n');
    const QByteArray start = recorded.at(0) + '\n' + recorded.at(1) + '\n';
    QTest::newRow("garbage base64") << start + R"({"id":"moby.buildkit.trace","aux":"#garbage#"})"
            + '\n' + recorded.at(2) << int(EngineError::Kind::BadTrace);
    QTest::newRow("truncated trace line, then the engine goes away")
        << start + recorded.at(8).left(recorded.at(8).size() / 2)
        << int(EngineError::Kind::ConnectionLost);
    QTest::newRow("the engine reports an error")
        << start + R"({"errorDetail":{"message":"boom"},"error":"boom"})" + '\n'
        << int(EngineError::Kind::BuildFailed);
}

void TestBuildKit::faultyEngineGivesClearError()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("Dockerfile")), "FROM stagecraft/busybox\n");
    tests::EngineRecording recording;
    tests::RecordedExchange build;
    build.request = "POST /v1.41/build?version=2&dockerfile=Dockerfile&rm=1&forcerm=1";
    build.chunks << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                               "Connection: close\r\n\r\n")
                 << body;
    recording.exchanges << build;
    const QString socket = dir.filePath(QStringLiteral("engine.sock"));
    tests::FakeEngineServer server(socket, recording);
    QVERIFY(server.ok());
    BuildOptions options;
    options.contextDir = dir.path();
    options.builder = Builder::BuildKit;
    BuildJob job(
        EngineEndpoint::fromUrl(QStringLiteral("unix://") + socket, QStringLiteral("test")),
        QStringLiteral("/v1.41"), options);
    QVERIFY(job.waitForFinished(30'000));
    QCOMPARE(int(job.error().kind()), kind);
    QVERIFY(!common::EngineMessages::message(job.error()).isEmpty());
    QVERIFY(!job.log().isEmpty()); // what arrived before the fault is kept
}

void TestBuildKit::measuresModernDockerfile()
{
    if (!m_engine)
        STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(kNoEngine);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Dockerfile"));
    writeFile(path, kModern);
    BuildOptions options;
    options.contextDir = dir.path();
    options.dockerfile = path;
    options.builder = Builder::BuildKit;
    options.networkMode = QStringLiteral("none");
    // A fresh cache key for this run, so the first measurement really builds.
    const QString nonce = QString::number(QDateTime::currentMSecsSinceEpoch());
    options.buildArgs.insert(QStringLiteral("NONCE"), nonce);
    // Every stage declares it, so every stage's RUN steps see a new value.
    QByteArray text(kModern);
    text.replace("AS deps\n", "AS deps\nARG NONCE\n")
        .replace("FROM deps\n", "FROM deps\nARG NONCE\n")
        .replace("AS final\n", "AS final\nARG NONCE\n");
    writeFile(path, text);
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray userFile = original.readAll();
    original.close();

    StageMeasurer first(m_client.get(), options);
    const EngineError error = first.runSync(300'000);
    QVERIFY2(!error.isError(),
             qPrintable(common::EngineMessages::message(error) + u'\n' + first.log().join(u'\n')));
    const model::MeasureRun &run = first.run();
    QCOMPARE(run.builder, std::string("buildkit"));
    QCOMPARE(run.stages.size(), std::size_t(3));
    for (const model::StageMeasure &stage : run.stages) {
        m_images << QString::fromStdString(stage.imageId);
        QVERIFY2(stage.built, stage.label().c_str());
        QCOMPARE(stage.size, stage.inspectSize);
        const EngineClient::ImageSize engine
            = m_client->imageSizeSync(QString::fromStdString(stage.imageId));
        QCOMPARE(stage.inspectSize, engine.inspectSize);
        QVERIFY2(stage.buildMs > 0, stage.label().c_str());
        QVERIFY(!stage.cached);
    }
    // Known bytes on top of the base image: 10,000 / +20,000 / 20,000 + 3,000.
    QCOMPARE(run.stages[1].size - run.stages[0].size, qint64(20'000));
    QCOMPARE(run.stages[2].ownSize(), qint64(23'000));
    QCOMPARE(run.stages[1].name, std::string()); // the generated name stays in the copy
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), userFile); // the user's file is untouched

    // The same again: every stage comes from the cache.
    StageMeasurer second(m_client.get(), options);
    QVERIFY(!second.runSync(300'000).isError());
    for (const model::StageMeasure &stage : second.run().stages) {
        QVERIFY2(stage.cached, stage.label().c_str());
        QCOMPARE(stage.imageId, run.stages[std::size_t(stage.index)].imageId);
    }
}

void TestBuildKit::buildFailureNamesItsLine()
{
    if (!m_engine)
        STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(kNoEngine);
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("Dockerfile")),
              readData(QStringLiteral("failing-run.Dockerfile")));
    BuildOptions options;
    options.contextDir = dir.path();
    options.builder = Builder::BuildKit;
    options.networkMode = QStringLiteral("none");
    options.noCache = true;
    std::unique_ptr<BuildJob> job(m_client->build(options));
    QList<BuildVertex> failed;
    connect(job.get(), &BuildJob::vertexChanged, this, [&failed](const BuildVertex &vertex) {
        if (!vertex.error.isEmpty())
            failed << vertex;
    });
    QVERIFY(job->requestTarget().contains("version=2"));
    QVERIFY(job->waitForFinished(120'000));
    QCOMPARE(job->error().kind(), EngineError::Kind::BuildFailed);
    QCOMPARE(job->error().line(), 3);
    QVERIFY(job->error().detail().contains(QStringLiteral("exit code: 3")));
    QVERIFY(!failed.isEmpty());
    QCOMPARE(failed.constFirst().step.line, 3);
    QVERIFY(job->log().join(u'\n').contains(QStringLiteral("failing-now")));
}

QTEST_GUILESS_MAIN(TestBuildKit)
#include "tst_buildkit.moc"
