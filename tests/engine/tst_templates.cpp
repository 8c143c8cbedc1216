// SPDX-License-Identifier: GPL-3.0-or-later
//
// The templates of resources/templates (common/TemplateCatalog): every Dockerfile and
// Dockerfile.before parses and lints clean and has the expected stage graph (no engine needed);
// then Python, Go and Rust (plus the Node.js API when its stand-in exists) are built for real,
// before and after, and the multi-stage image must be smaller. The base images are the local
// stand-ins of scripts/standins.sh (docs/templates.md). Java and React need Maven Central and the
// npm registry: they are built only when STAGECRAFT_TEMPLATES_ONLINE=1 says registries are
// reachable. Under CI=true a missing engine or stand-in fails; elsewhere the builds are skipped.
#include "common/EngineMessages.h"
#include "common/TemplateCatalog.h"
#include "engine/BuildJob.h"
#include "engine/EngineClient.h"
#include "tests/TestSupport.h"

#include "model/Lint.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft;
using namespace stagecraft::common;
using namespace stagecraft::engine;

namespace {

bool online()
{
    return qEnvironmentVariable("STAGECRAFT_TEMPLATES_ONLINE") == QStringLiteral("1");
}

/// "name=base" per stage, then "kind from>to sources -> destination" per edge.
QString describeGraph(const model::StageGraph &graph)
{
    QStringList parts;
    for (const model::Stage &stage : graph.stages())
        parts << QString::fromStdString(stage.name + '=' + stage.base);
    for (const model::Edge &edge : graph.edges()) {
        QStringList sources;
        for (const std::string &source : edge.sources)
            sources << QString::fromStdString(source);
        parts << QStringLiteral("%1 %2>%3 %4 -> %5")
                     .arg(QString::fromUtf8(model::edgeKindName(edge.kind).data(),
                                            qsizetype(model::edgeKindName(edge.kind).size())))
                     .arg(edge.from)
                     .arg(edge.to)
                     .arg(sources.join(u' '), QString::fromStdString(edge.destination));
    }
    return parts.join(QStringLiteral(" | "));
}

/// What a template's built images must hold: a file of the runtime image, and a path that only
/// the single-stage ("before") image has.
struct Expectation
{
    QString runtimeFile;
    QString buildOnlyPath;
};

Expectation expectationFor(const QString &id)
{
    if (id == QStringLiteral("python"))
        return {QStringLiteral("/app/app.py"),
                QStringLiteral("/usr/lib/python3/dist-packages/pip")};
    if (id == QStringLiteral("go"))
        return {QStringLiteral("/hello"), QStringLiteral("/src/main.go")};
    if (id == QStringLiteral("node"))
        return {QStringLiteral("/app/src/server.js"), QStringLiteral("/app/test")};
    if (id == QStringLiteral("rust"))
        return {QStringLiteral("/usr/local/bin/hello"), QStringLiteral("/src/target")};
    if (id == QStringLiteral("java"))
        return {QStringLiteral("/app/app.jar"), QStringLiteral("/app/src")};
    return {QStringLiteral("/usr/share/nginx/html/index.html"),
            QStringLiteral("/app/node_modules")};
}

/// The base images a template's two Dockerfiles name.
QStringList baseImages(const QString &id)
{
    QStringList images;
    for (const char *file : {TemplateCatalog::kDockerfile, TemplateCatalog::kDockerfileBefore}) {
        const auto tree = model::SyntaxTree::parse(
            TemplateCatalog::fileContents(id, QString::fromLatin1(file)).toStdString());
        const model::StageGraph graph = model::StageGraph::derive(*tree);
        for (const std::string &image : graph.externalImages()) {
            if (!images.contains(QString::fromStdString(image)))
                images << QString::fromStdString(image);
        }
    }
    return images;
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void parsesAndLintsClean_data();
    void parsesAndLintsClean();
    void stageGraph_data();
    void stageGraph();
    void multiStageIsSmaller_data();
    void multiStageIsSmaller();

private:
    /// Builds `dockerfile` of template `id` written to `dir`, tagged `tag`; returns the job.
    BuildJob *build(const QString &dir, const QString &dockerfile, const QString &tag);
    QStringList filesInImage(const QString &image, const QString &path);

    std::unique_ptr<EngineClient> m_client;
    QString m_engineProblem;
    QStringList m_images; ///< to remove at the end (tags first, then stage images)
};

void TestTemplates::initTestCase()
{
    // The engine is only needed by multiStageIsSmaller: the static checks run without one.
    m_client = std::make_unique<EngineClient>(EngineEndpoint::resolveFromSystem());
    const EngineError error = m_client->negotiate();
    if (error.isError()) {
        m_engineProblem
            = QStringLiteral("no Docker engine (%1): %2 — run `bash scripts/engine.sh up`")
                  .arg(m_client->endpoint().url, common::EngineMessages::message(error));
        m_client.reset();
    }
}

void TestTemplates::cleanupTestCase()
{
    if (!m_client)
        return;
    for (const QString &image : std::as_const(m_images))
        (void)m_client->removeImageSync(image, false);
}

void TestTemplates::parsesAndLintsClean_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("file");
    for (const QString &id : TemplateCatalog::ids()) {
        for (const char *file : {TemplateCatalog::kDockerfile, TemplateCatalog::kDockerfileBefore})
            QTest::addRow("%s/%s", qPrintable(id), file) << id << QString::fromLatin1(file);
    }
}

void TestTemplates::parsesAndLintsClean()
{
    QFETCH(QString, id);
    QFETCH(QString, file);
    const QByteArray text = TemplateCatalog::fileContents(id, file);
    QVERIFY(!text.isEmpty());
    const auto tree = model::SyntaxTree::parse(text.toStdString());
    QVERIFY(!tree->buildkitRejects());
    const auto codes = [](const std::vector<model::Diagnostic> &diagnostics) {
        QStringList result;
        for (const model::Diagnostic &diagnostic : diagnostics)
            result << QString::fromStdString(diagnostic.code);
        return result;
    };
    QCOMPARE(codes(tree->diagnostics()), QStringList());
    const model::StageGraph graph = model::StageGraph::derive(*tree);
    QCOMPARE(codes(graph.diagnostics()), QStringList());
    QCOMPARE(codes(model::lint(*tree, graph)), QStringList());
    QCOMPARE(QString::fromStdString(tree->print()), QString::fromUtf8(text)); // lossless
}

void TestTemplates::stageGraph_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("before");
    QTest::newRow("python") << QStringLiteral("python")
                            << QStringLiteral("builder=python:3.11 | =python:3.11-slim | copy 0>1 "
                                              "/usr/local/lib/python3.11/site-packages/ -> "
                                              "/usr/local/lib/python3.11/site-packages/")
                            << QStringLiteral("=python:3.11");
    QTest::newRow("go") << QStringLiteral("go")
                        << QStringLiteral("build=golang:1.22 | "
                                          "=gcr.io/distroless/static-debian12:nonroot | "
                                          "copy 0>1 /out/hello -> /hello")
                        << QStringLiteral("=golang:1.22");
    QTest::newRow("react") << QStringLiteral("react")
                           << QStringLiteral("build=node:20 | =nginx:1.27-alpine | "
                                             "copy 0>1 /app/dist -> /usr/share/nginx/html")
                           << QStringLiteral("=node:20");
    QTest::newRow("java") << QStringLiteral("java")
                          << QStringLiteral("build=maven:3.9-eclipse-temurin-17 | "
                                            "=eclipse-temurin:17-jre | "
                                            "copy 0>1 /app/target/app.jar -> ./app.jar")
                          << QStringLiteral("=maven:3.9-eclipse-temurin-17");
    QTest::newRow("node") << QStringLiteral("node")
                          << QStringLiteral("build=node:20 | =node:20-slim | "
                                            "copy 0>1 /app/package.json -> ./ | "
                                            "copy 0>1 /app/node_modules -> ./node_modules | "
                                            "copy 0>1 /app/src -> ./src")
                          << QStringLiteral("=node:20");
    QTest::newRow("rust") << QStringLiteral("rust")
                          << QStringLiteral("build=rust:1.79 | =debian:bookworm-slim | "
                                            "copy 0>1 /src/target/release/hello -> "
                                            "/usr/local/bin/hello")
                          << QStringLiteral("=rust:1.79");
}

void TestTemplates::stageGraph()
{
    QFETCH(QString, id);
    QFETCH(QString, after);
    QFETCH(QString, before);
    const auto graphOf = [&id](const char *file) {
        const auto tree = model::SyntaxTree::parse(
            TemplateCatalog::fileContents(id, QString::fromLatin1(file)).toStdString());
        return model::StageGraph::derive(*tree);
    };
    const model::StageGraph multi = graphOf(TemplateCatalog::kDockerfile);
    QCOMPARE(describeGraph(multi), after);
    // The build stage is needed by the final one: building the default target builds both.
    QCOMPARE(multi.neededFor(multi.defaultTarget()), (std::vector<int>{0, 1}));
    QCOMPARE(describeGraph(graphOf(TemplateCatalog::kDockerfileBefore)), before);
}

void TestTemplates::multiStageIsSmaller_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("required"); // built in CI: a missing stand-in fails there
    QTest::newRow("python") << QStringLiteral("python") << true;
    QTest::newRow("go") << QStringLiteral("go") << true;
    QTest::newRow("rust") << QStringLiteral("rust") << true;
    QTest::newRow("node") << QStringLiteral("node") << false; // `scripts/standins.sh up node`
    QTest::newRow("java") << QStringLiteral("java") << false;
    QTest::newRow("react") << QStringLiteral("react") << false;
}

BuildJob *TestTemplates::build(const QString &dir, const QString &dockerfile, const QString &tag)
{
    BuildOptions options;
    options.contextDir = dir;
    options.dockerfile = dockerfile;
    options.tags << tag;
    options.builder = Builder::Classic; // reads the classic builder's per-stage images
    m_images.prepend(tag);
    BuildJob *job = m_client->build(options, this);
    job->start();
    job->waitForFinished(480'000);
    for (const QString &id : job->stageImageIds())
        m_images.append(id); // the build stage's image is dangling once the tags are gone
    return job;
}

QStringList TestTemplates::filesInImage(const QString &image, const QString &path)
{
    const EngineClient::Result created = m_client->createContainerSync(image);
    if (!created.ok())
        return {QStringLiteral("create failed: ") + common::EngineMessages::message(created.error)};
    const QString container
        = QJsonDocument::fromJson(created.body).object().value(QStringLiteral("Id")).toString();
    const EngineClient::Result archive = m_client->archiveSync(container, path);
    (void)m_client->removeContainerSync(container);
    if (!archive.ok())
        return {};
    return EngineClient::tarEntries(archive.body);
}

void TestTemplates::multiStageIsSmaller()
{
    QFETCH(QString, id);
    QFETCH(bool, required);
    if (!m_client) {
        STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(m_engineProblem);
    }
    const bool needsRegistry = id == QStringLiteral("java") || id == QStringLiteral("react");
    if (needsRegistry && !online())
        QSKIP("needs Maven Central / the npm registry: set STAGECRAFT_TEMPLATES_ONLINE=1 when "
              "registries are reachable");
    if (!needsRegistry) {
        for (const QString &image : baseImages(id)) {
            if (m_client->inspectImageSync(image).ok())
                continue;
            const QString message = QStringLiteral("base image %1 missing — run `bash "
                                                   "scripts/standins.sh up %2`")
                                        .arg(image, id);
            if (required && stagecraft::tests::onCi())
                QFAIL(qPrintable(message));
            QSKIP(qPrintable(QStringLiteral("skipped: ") + message));
        }
    }

    QTemporaryDir dir;
    const QString project = dir.filePath(id);
    const TemplateCatalog::WriteResult written = TemplateCatalog::write(id, project);
    QVERIFY2(written.ok, qPrintable(written.message));

    const QString prefix = QStringLiteral("stagecraft-test/templates-") + id;
    const QString beforeTag = prefix + QStringLiteral(":before");
    const QString afterTag = prefix + QStringLiteral(":after");
    BuildJob *before
        = build(project, QString::fromLatin1(TemplateCatalog::kDockerfileBefore), beforeTag);
    QVERIFY2(before->succeeded(),
             qPrintable(common::EngineMessages::message(before->error()) + u'\n'
                        + before->log().join(u'\n')));
    QCOMPARE(before->stageImageIds().size(), 1);
    BuildJob *after = build(project, QString::fromLatin1(TemplateCatalog::kDockerfile), afterTag);
    QVERIFY2(after->succeeded(),
             qPrintable(common::EngineMessages::message(after->error()) + u'\n'
                        + after->log().join(u'\n')));
    QCOMPARE(after->stageImageIds().size(), 2);

    const EngineClient::ImageSize beforeSize = m_client->imageSizeSync(beforeTag);
    const EngineClient::ImageSize afterSize = m_client->imageSizeSync(afterTag);
    QVERIFY2(!beforeSize.error.isError(),
             qPrintable(common::EngineMessages::message(beforeSize.error)));
    QVERIFY2(!afterSize.error.isError(),
             qPrintable(common::EngineMessages::message(afterSize.error)));
    qInfo("%s: single-stage %.1f MB, multi-stage %.1f MB (%.0f%% smaller)", qPrintable(id),
          double(beforeSize.layersTotal) / 1e6, double(afterSize.layersTotal) / 1e6,
          100.0 * double(beforeSize.layersTotal - afterSize.layersTotal)
              / double(beforeSize.layersTotal));
    QVERIFY(afterSize.layersTotal > 0);
    // Measurably smaller: by at least 10 MB (the build tools that stay behind).
    QVERIFY2(afterSize.layersTotal + 10'000'000 < beforeSize.layersTotal,
             qPrintable(QStringLiteral("before %1 bytes, after %2 bytes")
                            .arg(beforeSize.layersTotal)
                            .arg(afterSize.layersTotal)));

    // The runtime image has the app, and not what only the build needed.
    const Expectation expected = expectationFor(id);
    QVERIFY2(!filesInImage(afterTag, expected.runtimeFile).isEmpty(),
             qPrintable(expected.runtimeFile));
    QCOMPARE(filesInImage(afterTag, expected.buildOnlyPath), QStringList());
    QVERIFY2(!filesInImage(beforeTag, expected.buildOnlyPath).isEmpty(),
             qPrintable(expected.buildOnlyPath));
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
