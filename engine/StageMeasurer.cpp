// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageMeasurer.h"

#include "BuildJob.h"
#include "EngineCall.h"
#include "EngineClient.h"
#include "EngineJson.h"
#include "WaitForSignal.h"
#include "WasteMeasurer.h"

#include "model/SyntaxTree.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>

namespace stagecraft::engine {

namespace {

using Json = nlohmann::json;

std::string str(const QString &text)
{
    return text.toStdString();
}

QString qstr(const std::string &text)
{
    return QString::fromStdString(text);
}

bool hasWildcard(const QString &segment)
{
    return segment.contains(u'*') || segment.contains(u'?') || segment.contains(u'[');
}

/// For a COPY source: the directory to fetch through the archive API, and the wildcard pattern
/// (relative to the tar's root) its entries must match; the pattern is empty without wildcards.
void splitSource(const QString &source, QString &fetch, QString &pattern)
{
    QString path = source.startsWith(u'/') ? source : u'/' + source;
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    qsizetype wild = -1;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (hasWildcard(segments.at(i))) {
            wild = i;
            break;
        }
    }
    if (wild < 0) {
        fetch = path;
        pattern.clear();
        return;
    }
    // Fetch the directory above the first wildcard segment; the tar names entries from that
    // directory's own name down, so the pattern keeps that name as its first segment.
    const QStringList parent = segments.mid(0, wild);
    fetch = u'/' + parent.join(u'/');
    pattern = segments.mid(parent.isEmpty() ? 0 : wild - 1).join(u'/');
}

} // namespace

StageMeasurer::StageMeasurer(EngineClient *client, const BuildOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{ }

StageMeasurer::~StageMeasurer()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
    // Never leave a container behind, even when destroyed mid-measure.
    if (!m_container.isEmpty())
        (void)m_client->removeContainerSync(m_container);
}

StageMeasurer *StageMeasurer::forDockerfile(const EngineEndpoint &endpoint,
                                            const QString &dockerfilePath, QObject *parent,
                                            EngineError &error)
{
    if (!endpoint.isValid()) {
        error = endpoint.error.isError() ? endpoint.error
                                         : EngineError(EngineError::Kind::InvalidEndpoint);
        return nullptr;
    }
    // start() negotiates the API version asynchronously.
    auto client = std::make_unique<EngineClient>(endpoint);
    error = {};
    BuildOptions options;
    const QFileInfo file(dockerfilePath);
    options.contextDir = file.absolutePath();
    options.dockerfile = file.absoluteFilePath();
    auto *measurer = new StageMeasurer(client.get(), options, parent);
    client.release()->setParent(measurer);
    return measurer;
}

void StageMeasurer::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();

    const QString dockerfilePath = QFileInfo(m_options.dockerfile).isAbsolute()
        ? m_options.dockerfile
        : m_options.contextDir + u'/'
            + (m_options.dockerfile.isEmpty() ? QStringLiteral("Dockerfile")
                                              : m_options.dockerfile);
    QFile file(dockerfilePath);
    if (!file.open(QIODevice::ReadOnly)) {
        const EngineError error(EngineError::Kind::ContextFailed,
                                dockerfilePath + QStringLiteral(": ") + file.errorString());
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    const QByteArray bytes = file.readAll();
    m_tree = model::SyntaxTree::parse(bytes.toStdString());
    model::BuildArgs overrides;
    for (auto it = m_options.buildArgs.cbegin(); it != m_options.buildArgs.cend(); ++it) {
        overrides[it.key().toStdString()] = it.value().toStdString();
        m_run.buildArgs.push_back(str(it.key() + u'=' + it.value()));
    }
    m_graph = model::StageGraph::derive(*m_tree, overrides);

    m_run.timestampMs = QDateTime::currentMSecsSinceEpoch();
    m_run.dockerfilePath = str(QFileInfo(dockerfilePath).absoluteFilePath());
    m_run.dockerfileSha256
        = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
    m_run.target = str(m_options.target);

    const int final = m_options.target.isEmpty()
        ? m_graph.defaultTarget()
        : m_graph.stageIndex(m_options.target.toStdString());
    if (final < 0) {
        const EngineError error = m_graph.stages().empty()
            ? EngineError(EngineError::Kind::NoStages)
            : EngineError(EngineError::Kind::UnknownTarget, m_options.target);
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    m_run.finalIndex = final;
    for (int i = 0; i <= final; ++i) {
        model::StageMeasure stage;
        stage.index = i;
        stage.name = m_graph.stages()[static_cast<std::size_t>(i)].name;
        m_run.stages.push_back(stage);
        m_stageStart.append(-1);
    }
    for (const model::Edge &edge : m_graph.edges()) {
        if (edge.kind == model::EdgeKind::Copy && edge.from >= 0 && edge.from <= final
            && edge.to <= final)
            m_edges.append(edge);
    }

    // The classic builder cannot target an unnamed stage; without a target it builds every
    // stage, which includes the unnamed final one.
    BuildOptions options = m_options;
    const model::Stage &finalStage = m_graph.stages()[static_cast<std::size_t>(final)];
    options.target = final == m_graph.defaultTarget() || finalStage.name.empty()
        ? QString()
        : QString::fromStdString(finalStage.name);
    if (!m_client->apiVersion().isEmpty()) {
        startBuild(options);
        return;
    }
    // Not negotiated yet: ping asynchronously, so the window stays responsive and a second
    // click cannot start a nested measurement while the engine is slow to answer.
    connect(
        m_client, &EngineClient::negotiated, this,
        [this, options](const EngineError &error) {
            if (m_finished || m_cancelled)
                return;
            if (error.isError()) {
                finish(error);
                return;
            }
            startBuild(options);
        },
        Qt::SingleShotConnection);
    m_client->negotiateAsync();
}

void StageMeasurer::startBuild(const BuildOptions &options)
{
    const Builder builder = m_client->resolveBuilder(m_options.builder);
    m_run.builder = str(builderName(builder));
    if (builder == Builder::BuildKit) {
        startBuildKit();
        return;
    }
    m_job = m_client->build(options, this);
    connect(m_job, &BuildJob::stepStarted, this, &StageMeasurer::onStep);
    connect(m_job, &BuildJob::logLine, this, [this](const QString &line) {
        m_log.append(line);
        Q_EMIT logLine(line);
    });
    connect(m_job, &BuildJob::finished, this, &StageMeasurer::onBuildFinished);
    emitProgress({MeasureProgress::Phase::Building, 0, 0, 0, 0, {}, {}, 0});
    m_job->start();
}

void StageMeasurer::onStep(int step, int total, const QString &instruction)
{
    const int stage = m_graph.stageOfInstruction(step - 1);
    if (stage < 0 || stage >= m_stageStart.size())
        return;
    if (m_stageStart[stage] < 0)
        m_stageStart[stage] = m_clock.elapsed();
    emitProgress({MeasureProgress::Phase::Step, stage, 0, step, total, instruction, {}, 0});
}

void StageMeasurer::onBuildFinished()
{
    if (m_finished || !m_job)
        return;
    const qint64 end = m_clock.elapsed();
    const EngineError error = m_job->error();
    const QStringList ids = m_job->stageImageIds();
    m_job->disconnect(this);
    m_job->deleteLater();
    m_job = nullptr;

    int failedStage = -1;
    if (error.kind() == EngineError::Kind::BuildFailed) {
        failedStage = error.step() > 0 ? m_graph.stageOfInstruction(error.step() - 1) : 0;
        if (failedStage < 0)
            failedStage = 0;
    } else if (error.isError()) {
        // Not a build failure (connection lost, refused…): nothing built can be trusted.
        for (model::StageMeasure &stage : m_run.stages)
            stage.problem = error.toProblem();
        finish(error);
        return;
    }
    for (model::StageMeasure &stage : m_run.stages) {
        const int i = stage.index;
        const bool reached = failedStage < 0 || i < failedStage;
        if (reached && i < ids.size() && !ids.at(i).isEmpty()) {
            stage.imageId = str(ids.at(i));
            stage.built = true;
        } else if (i == failedStage) {
            stage.problem = error.toProblem();
        } else if (failedStage >= 0 && i > failedStage) {
            stage.problem = {std::string(model::MeasureProblem::EarlierStageFailed), {}};
        } else {
            stage.problem = {std::string(model::MeasureProblem::NoImage), {}};
        }
        if (m_stageStart[i] >= 0) {
            qint64 next = end;
            for (int j = i + 1; j < m_stageStart.size(); ++j) {
                if (m_stageStart[j] >= 0) {
                    next = m_stageStart[j];
                    break;
                }
            }
            stage.buildMs = std::max<qint64>(0, next - m_stageStart[i]);
        }
    }
    m_error = error; // reported at the end, after measuring what was built
    measureStage(0);
}

void StageMeasurer::measureStage(int position)
{
    if (m_finished || m_cancelled)
        return; // a slot of a signal emitted before this call cancelled
    const int count = static_cast<int>(m_run.stages.size());
    while (position < count && !m_run.stages[std::size_t(position)].built)
        ++position;
    if (position >= count) {
        measureArrow(0);
        return;
    }
    emitProgress({MeasureProgress::Phase::MeasuringStage,
                  position,
                  0,
                  0,
                  0,
                  qstr(m_run.stages[std::size_t(position)].label()),
                  {},
                  0});
    if (m_finished || m_cancelled)
        return;
    const QString id = qstr(m_run.stages[std::size_t(position)].imageId);
    request(m_client->call("GET", QStringLiteral("/images/") + id + QStringLiteral("/history"), {},
                           this),
            [this, position, id](EngineCall *history) {
                if (history->error().isError()) {
                    finish(history->error());
                    return;
                }
                model::StageMeasure &stage = m_run.stages[std::size_t(position)];
                const model::Stage &model = m_graph.stages()[static_cast<std::size_t>(position)];
                qint64 baseSize = 0;
                stage.layers = mapHistory(history->json(), *m_tree, model, &baseSize);
                stage.baseSize = baseSize;
                stage.size = 0;
                for (const model::LayerMeasure &layer : stage.layers)
                    stage.size += layer.size;
                request(m_client->call("GET",
                                       QStringLiteral("/images/") + id + QStringLiteral("/json"),
                                       {}, this),
                        [this, position](EngineCall *inspect) {
                            if (inspect->error().isError()) {
                                finish(inspect->error());
                                return;
                            }
                            model::StageMeasure &measured = m_run.stages[std::size_t(position)];
                            measured.inspectSize = jsonInteger(inspect->json(), "Size");
                            Q_EMIT stageMeasured(measured);
                            measureStage(position + 1);
                        });
            });
}

void StageMeasurer::measureArrow(int position)
{
    if (m_finished || m_cancelled)
        return; // a slot of a signal emitted before this call cancelled
    if (position >= m_edges.size()) {
        if (m_analyseWaste)
            analyseWaste();
        else
            finish(m_error);
        return;
    }
    const model::Edge &edge = m_edges[position];
    model::ArrowMeasure arrow;
    arrow.fromStage = edge.from;
    arrow.toStage = edge.to;
    arrow.line = edge.line;
    arrow.paths = edge.sources;
    const model::StageMeasure *source = m_run.stage(edge.from);
    model::MeasureProblem problem;
    if (source == nullptr || !source->built)
        problem = {std::string(model::MeasureProblem::SourceNotBuilt), {}};
    for (const std::string &path : arrow.paths) {
        if (problem.isEmpty() && path.find('$') != std::string::npos)
            problem = {std::string(model::MeasureProblem::VariablePath), {path}};
    }
    if (arrow.paths.empty() && problem.isEmpty())
        problem = {std::string(model::MeasureProblem::NoSourcePath), {}};
    if (!problem.isEmpty()) {
        arrow.problem = problem;
        m_run.arrows.push_back(arrow);
        Q_EMIT arrowMeasured(arrow);
        measureArrow(position + 1);
        return;
    }
    m_run.arrows.push_back(arrow);
    const model::StageMeasure *target = m_run.stage(edge.to);
    emitProgress({MeasureProgress::Phase::MeasuringArrow, edge.from, 0, 0, 0, qstr(source->label()),
                  target ? qstr(target->label()) : QStringLiteral("#%1").arg(edge.to), edge.line});
    if (m_finished || m_cancelled)
        return;

    EngineCall *create = m_client->call("POST", QStringLiteral("/containers/create"), {}, this);
    // Never started: the command only has to exist in the config.
    const Json body = {{"Image", source->imageId},
                       {"Cmd", Json::array({"/stagecraft-never-run"})},
                       {"Labels", {{"org.stagecraft.measure", "1"}}}};
    create->setBody(jsonBytes(body), "application/json");
    const int index = int(m_run.arrows.size()) - 1;
    m_creating = true;
    // Runs even after cancel(): the engine may have created the container, which must go.
    const auto created = [this, position, index](EngineCall *call) {
        m_creating = false;
        if (!call->error().isError())
            m_container = jsonString(call->json(), "Id");
        if (m_cancelled) {
            finishCancelled();
            return;
        }
        if (call->error().isError()) {
            model::ArrowMeasure &failed = m_run.arrows[std::size_t(index)];
            failed.problem = call->error().toProblem();
            Q_EMIT arrowMeasured(failed);
            measureArrow(position + 1);
            return;
        }
        archiveNext(position, m_container, 0);
    };
    request(create, created, /*evenWhenCancelled=*/true);
}

void StageMeasurer::archiveNext(int position, const QString &container, int pathIndex)
{
    const int index = int(m_run.arrows.size()) - 1;
    model::ArrowMeasure &arrow = m_run.arrows[std::size_t(index)];
    if (pathIndex >= static_cast<int>(arrow.paths.size())) {
        arrow.measured = arrow.problem.isEmpty();
        removeContainer(container, [this, position, index] {
            Q_EMIT arrowMeasured(m_run.arrows[std::size_t(index)]);
            measureArrow(position + 1);
        });
        return;
    }
    QString fetch;
    QString pattern;
    splitSource(qstr(arrow.paths[std::size_t(pathIndex)]), fetch, pattern);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("path"), fetch);
    request(m_client->call("GET",
                           QStringLiteral("/containers/") + container + QStringLiteral("/archive"),
                           query, this),
            [this, position, container, pathIndex, index, pattern](EngineCall *archive) {
                model::ArrowMeasure &measured = m_run.arrows[std::size_t(index)];
                const std::string path = measured.paths[std::size_t(pathIndex)];
                if (archive->error().isError()) {
                    if (measured.problem.isEmpty()) {
                        measured.problem = archive->error().httpStatus() == 404
                            ? model::MeasureProblem{std::string(model::MeasureProblem::PathMissing),
                                                    {path}}
                            : archive->error().toProblem();
                    }
                } else {
                    qint64 bytes = 0;
                    int files = 0;
                    if (tarFileBytes(archive->body(), bytes, files, pattern)) {
                        measured.bytes += bytes;
                        measured.files += files;
                    } else if (measured.problem.isEmpty()) {
                        measured.problem = {std::string(model::MeasureProblem::BadArchive), {path}};
                    }
                }
                archiveNext(position, container, pathIndex + 1);
            });
}

void StageMeasurer::removeContainer(const QString &container, std::function<void()> then)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("v"), QStringLiteral("1"));
    request(m_client->call("DELETE", QStringLiteral("/containers/") + container, query, this),
            [this, container, then = std::move(then)](EngineCall *removed) {
                if (removed->error().isError() && removed->error().httpStatus() != 404) {
                    warnNotRemoved(container, removed->error());
                } else if (m_container == container) {
                    m_container.clear();
                }
                then();
            });
}

void StageMeasurer::request(EngineCall *call, std::function<void(EngineCall *)> done,
                            bool evenWhenCancelled)
{
    m_call = call;
    connect(call, &EngineCall::finished, this,
            [this, call, done = std::move(done), evenWhenCancelled] {
                if (m_call == call)
                    m_call = nullptr;
                call->deleteLater();
                if (!m_finished && (!m_cancelled || evenWhenCancelled))
                    done(call);
            });
    call->start();
}

void StageMeasurer::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
        m_job = nullptr;
    }
    if (m_waste) {
        m_waste->cancel(); // its finished() ends the measurement
        return;
    }
    if (m_call && m_creating)
        return; // the create handler removes the container (if any) and finishes
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        m_call->deleteLater();
        m_call = nullptr;
    }
    finishCancelled();
}

void StageMeasurer::analyseWaste()
{
    m_waste = new WasteMeasurer(m_client->endpoint(), this);
    connect(m_waste, &WasteMeasurer::progress, this,
            [this](int index, qint64 bytes, qint64 expected) {
                const model::StageMeasure *stage = m_run.stage(index);
                emitProgress({MeasureProgress::Phase::AnalysingWaste,
                              index,
                              0,
                              static_cast<int>(bytes / 1'000'000),
                              static_cast<int>(expected / 1'000'000),
                              stage ? qstr(stage->label()) : QString(),
                              {},
                              0});
            });
    connect(m_waste, &WasteMeasurer::stageAnalysed, this,
            [this](int index, const model::StageWaste &waste) {
                for (model::StageMeasure &stage : m_run.stages) {
                    if (stage.index == index) {
                        stage.waste = waste;
                        Q_EMIT stageMeasured(stage);
                    }
                }
            });
    connect(m_waste, &WasteMeasurer::finished, this, [this](const EngineError &error) {
        m_waste->deleteLater();
        m_waste = nullptr;
        finish(error.isError() ? error : m_error);
    });
    m_waste->start(m_run);
}

void StageMeasurer::finishCancelled()
{
    const EngineError cancelled(EngineError::Kind::Cancelled);
    if (m_container.isEmpty()) {
        finish(cancelled);
        return;
    }
    // Remove the container first, then report.
    const QString container = m_container;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("v"), QStringLiteral("1"));
    EngineCall *remove
        = m_client->call("DELETE", QStringLiteral("/containers/") + container, query, this);
    m_call = remove;
    connect(remove, &EngineCall::finished, this, [this, remove, container, cancelled] {
        m_call = nullptr;
        remove->deleteLater();
        if (!remove->error().isError() || remove->error().httpStatus() == 404)
            m_container.clear();
        else
            warnNotRemoved(container, remove->error());
        finish(cancelled);
    });
    remove->start();
}

void StageMeasurer::emitProgress(MeasureProgress progress)
{
    progress.stageCount = static_cast<int>(m_run.stages.size());
    Q_EMIT this->progress(progress);
}

void StageMeasurer::warnNotRemoved(const QString &container, const EngineError &cause)
{
    EngineError warning(EngineError::Kind::ContainerNotRemoved, container);
    warning.setCause(cause);
    m_warnings.append(warning);
    Q_EMIT this->warning(warning);
}

void StageMeasurer::finish(const EngineError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_run.totalMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    Q_EMIT finished(m_run, m_error);
}

EngineError StageMeasurer::runSync(int timeoutMs)
{
    if (!m_started)
        start();
    if (!m_finished)
        waitForSignal(this, &StageMeasurer::finished, timeoutMs);
    if (!m_finished) {
        cancel();
        if (!m_finished)
            waitForSignal(this, &StageMeasurer::finished, 30'000);
    }
    return m_error;
}

std::vector<model::LayerMeasure> StageMeasurer::mapHistory(const Json &history,
                                                           const model::SyntaxTree &tree,
                                                           const model::Stage &stage,
                                                           qint64 *baseSize, bool *consistent)
{
    std::vector<model::LayerMeasure> layers;
    const int end = std::min<int>(stage.endInstruction, int(tree.instructions().size()));
    const int own = std::max(0, end - stage.fromInstruction - 1);
    const int count = history.is_array() ? static_cast<int>(history.size()) : 0;
    qint64 base = 0;
    bool same = count >= own;
    for (int j = 0; j < count; ++j) {
        const Json &entry = history[std::size_t(j)];
        model::LayerMeasure layer;
        layer.size = jsonInteger(entry, "Size");
        layer.createdBy = jsonString(entry, "CreatedBy").toStdString();
        if (j < own) {
            layer.instructionIndex = end - 1 - j;
            const model::Instruction &instruction
                = tree.instructions()[static_cast<std::size_t>(layer.instructionIndex)];
            layer.line = instruction.startLine;
            if (model::Measurement::keywordOfCreatedBy(layer.createdBy)
                != model::instructionKeyword(instruction.kind))
                same = false;
        } else {
            base += layer.size;
        }
        layers.push_back(std::move(layer));
    }
    if (baseSize != nullptr)
        *baseSize = base;
    if (consistent != nullptr)
        *consistent = same;
    return layers;
}

bool StageMeasurer::tarFileBytes(const QByteArray &tar, qint64 &bytes, int &files,
                                 const QString &pattern)
{
    bytes = 0;
    files = 0;
    struct Deleter
    {
        void operator()(archive *a) const { archive_read_free(a); }
    };
    std::unique_ptr<archive, Deleter> reader(archive_read_new());
    archive_read_support_format_tar(reader.get());
    if (tar.isEmpty())
        return false;
    if (archive_read_open_memory(reader.get(), tar.constData(), static_cast<size_t>(tar.size()))
        != ARCHIVE_OK)
        return false;
    QRegularExpression match;
    if (!pattern.isEmpty())
        match.setPattern(QRegularExpression::wildcardToRegularExpression(pattern));
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK) {
        if (archive_entry_filetype(entry) == AE_IFREG && archive_entry_hardlink(entry) == nullptr) {
            bool counts = pattern.isEmpty();
            if (!counts) {
                QString name = QString::fromUtf8(archive_entry_pathname(entry));
                if (name.startsWith(QStringLiteral("./")))
                    name.remove(0, 2);
                // The entry counts when it, or a directory above it, matches the pattern.
                for (QString prefix = name; !prefix.isEmpty() && !counts;) {
                    counts = match.match(prefix).hasMatch();
                    const qsizetype slash = prefix.lastIndexOf(u'/');
                    prefix = slash < 0 ? QString() : prefix.left(slash);
                }
            }
            if (counts) {
                bytes += archive_entry_size(entry);
                ++files;
            }
        }
        if (archive_read_data_skip(reader.get()) != ARCHIVE_OK)
            return false;
    }
    return status == ARCHIVE_EOF;
}

} // namespace stagecraft::engine
