// SPDX-License-Identifier: GPL-3.0-or-later
// StageMeasurer under BuildKit: one target build per stage (see StageMeasurer.h).
#include "StageMeasurer.h"

#include "BuildJob.h"
#include "EngineClient.h"

#include "model/EditEngine.h"
#include "model/SyntaxTree.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

namespace stagecraft::engine {

QHash<int, QString> StageMeasurer::generatedStageNames(const model::StageGraph &graph)
{
    QSet<QString> taken;
    for (const model::Stage &stage : graph.stages())
        taken.insert(QString::fromStdString(stage.nameLower));
    QHash<int, QString> names;
    for (const model::Stage &stage : graph.stages()) {
        if (!stage.name.empty())
            continue;
        const QString base = QStringLiteral("stagecraft-stage-%1").arg(stage.index);
        QString name = base;
        for (int n = 2; taken.contains(name); ++n)
            name = base + QStringLiteral("-%1").arg(n);
        taken.insert(name);
        names.insert(stage.index, name);
    }
    return names;
}

std::string StageMeasurer::withStageNames(const std::string &text, const QHash<int, QString> &names)
{
    const auto tree = model::SyntaxTree::parse(text);
    const model::StageGraph graph = model::StageGraph::derive(*tree);
    const model::EditEngine engine(*tree, graph);
    std::vector<model::TextEdit> edits;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const model::EditResult result
            = engine.apply(model::RenameStage{std::to_string(it.key()), it.value().toStdString()});
        if (!result.ok())
            return {};
        edits.insert(edits.end(), result.edits.begin(), result.edits.end());
    }
    std::sort(edits.begin(), edits.end(), [](const model::TextEdit &a, const model::TextEdit &b) {
        return a.range.begin < b.range.begin;
    });
    return model::applyEdits(text, edits);
}

void StageMeasurer::startBuildKit()
{
    m_buildFile = QFileInfo(m_options.dockerfile).isAbsolute() ? m_options.dockerfile
                                                               : m_options.contextDir + u'/'
            + (m_options.dockerfile.isEmpty() ? QStringLiteral("Dockerfile")
                                              : m_options.dockerfile);
    const QHash<int, QString> generated = generatedStageNames(m_graph);
    for (const model::StageMeasure &stage : m_run.stages) {
        m_targets.append(generated.contains(stage.index) ? generated.value(stage.index)
                                                         : QString::fromStdString(stage.name));
    }
    if (!generated.isEmpty()) {
        // The user's file is never touched: the builds read a named copy outside the context.
        const std::string named = withStageNames(m_tree->text(), generated);
        m_copyDir = std::make_shared<QTemporaryDir>();
        QFile copy(m_copyDir->filePath(QStringLiteral("Dockerfile")));
        if (named.empty() || !m_copyDir->isValid() || !copy.open(QIODevice::WriteOnly)
            || copy.write(named.data(), qint64(named.size())) != qint64(named.size())) {
            finish(EngineError(EngineError::Kind::ContextFailed, copy.fileName()));
            return;
        }
        copy.close();
        m_buildFile = copy.fileName();
    }
    buildKitStage(0);
}

void StageMeasurer::buildKitStage(int stage)
{
    if (m_finished || m_cancelled)
        return;
    if (stage >= static_cast<int>(m_run.stages.size())) {
        measureStage(0);
        return;
    }
    BuildOptions options = m_options;
    options.dockerfile = m_buildFile;
    options.target = m_targets.value(stage);
    options.builder = Builder::BuildKit;
    options.tags.clear();
    m_vertices.clear();
    m_stageStart[stage] = m_clock.elapsed();
    m_job = m_client->build(options, this);
    connect(m_job, &BuildJob::vertexChanged, this,
            [this, stage](const BuildVertex &vertex) { onVertex(stage, vertex); });
    connect(m_job, &BuildJob::logLine, this, [this](const QString &line) {
        m_log.append(line);
        Q_EMIT logLine(line);
    });
    connect(m_job, &BuildJob::finished, this, [this, stage] { onBuildKitStageFinished(stage); });
    emitProgress({MeasureProgress::Phase::Building,
                  stage,
                  int(m_run.stages.size()),
                  0,
                  0,
                  QString::fromStdString(m_run.stages[std::size_t(stage)].label()),
                  {},
                  0});
    if (!m_finished && !m_cancelled)
        m_job->start();
}

void StageMeasurer::onVertex(int stage, const BuildVertex &vertex)
{
    if (vertex.step.stage != stage)
        return; // an earlier stage's step (cached by its own build) or BuildKit's own work
    const bool starts = !m_vertices.contains(vertex.index);
    m_vertices.insert(vertex.index, vertex);
    if (starts && vertex.step.instruction >= 0)
        emitProgress({MeasureProgress::Phase::Step,
                      stage,
                      int(m_run.stages.size()),
                      vertex.step.instruction + 1,
                      int(m_tree->instructions().size()),
                      vertex.step.text,
                      {},
                      vertex.step.line});
}

void StageMeasurer::onBuildKitStageFinished(int stage)
{
    if (m_finished || !m_job)
        return;
    const EngineError error = m_job->error();
    const QString imageId = m_job->imageId();
    m_job->disconnect(this);
    m_job->deleteLater();
    m_job = nullptr;

    model::StageMeasure &measured = m_run.stages[std::size_t(stage)];
    qint64 first = 0;
    qint64 last = 0;
    // Cached: every step but the FROM of an image (resolved anew each time) came from the cache.
    bool allCached = true;
    for (const BuildVertex &vertex : std::as_const(m_vertices)) {
        if (vertex.startedMs != 0 && (first == 0 || vertex.startedMs < first))
            first = vertex.startedMs;
        last = std::max(last, vertex.completedMs);
        if (!vertex.step.isFrom)
            allCached = allCached && vertex.cached;
    }
    measured.buildMs = first != 0 && last >= first ? last - first : 0;
    measured.cached = allCached;

    if (error.isError() && error.kind() != EngineError::Kind::BuildFailed) {
        // Not a build failure (connection lost, refused…): nothing built can be trusted.
        for (model::StageMeasure &each : m_run.stages)
            each.problem = error.toProblem();
        finish(error);
        return;
    }
    if (error.isError()) {
        measured.problem = error.toProblem();
        for (model::StageMeasure &later : m_run.stages) {
            if (later.index > stage)
                later.problem = {std::string(model::MeasureProblem::EarlierStageFailed), {}};
        }
        m_error = error; // reported at the end, after measuring what was built
        measureStage(0);
        return;
    }
    measured.imageId = imageId.toStdString();
    measured.built = !imageId.isEmpty();
    if (!measured.built)
        measured.problem = {std::string(model::MeasureProblem::NoImage), {}};
    buildKitStage(stage + 1);
}

} // namespace stagecraft::engine
