// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildSession.h"

#include "app/Settings.h"
#include "app/TemplateTrial.h"
#include "common/EngineMessages.h"
#include "common/MeasureReport.h"
#include "engine/BuildJob.h"
#include "engine/BuildKitFrontend.h"
#include "engine/BuildOptions.h"
#include "engine/ContextSecrets.h"
#include "engine/EngineClient.h"
#include "engine/ImageLayerReader.h"
#include "engine/MeasureHistory.h"
#include "engine/StageFilesystem.h"
#include "engine/StageMeasurer.h"
#include "engine/WasteMeasurer.h"
#include "views/SizeFormat.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace stagecraft::app {

QString BuildSession::stageTitle(const model::Stage &stage)
{
    return stage.name.empty() ? u"#%1"_s.arg(stage.index) : QString::fromStdString(stage.name);
}

BuildSession::BuildSession(QObject *parent)
    : QObject(parent)
    , m_trial(new TemplateTrial(this))
    , m_filesystem(new engine::StageFilesystem(m_endpoint, this))
{
    connect(m_trial, &TemplateTrial::progress, this, [this](const QString &text) {
        Q_EMIT measureStatus(text, false);
        Q_EMIT statusMessage(text);
    });
    connect(m_trial, &TemplateTrial::finished, this, &BuildSession::onTrialFinished);

    connect(m_filesystem, &engine::StageFilesystem::progress, this, &BuildSession::filesProgress);
    connect(m_filesystem, &engine::StageFilesystem::phaseChanged, this,
            [this](engine::StageFilesystem::Phase phase, const QString &image) {
                if (m_filesState == FilesState::Running)
                    Q_EMIT filesStatus(common::EngineMessages::filesPhase(phase, image));
            });
    connect(m_filesystem, &engine::StageFilesystem::finished, this, [this] {
        if (m_filesState != FilesState::Running)
            return;
        m_filesState = FilesState::Done;
        Q_EMIT filesLoaded(m_filesystem->listing());
        startLayers();
    });
    connect(m_filesystem, &engine::StageFilesystem::failed, this,
            [this](const engine::EngineError &error) {
                if (m_filesState != FilesState::Running)
                    return;
                m_filesState = FilesState::Failed;
                Q_EMIT filesFailed(common::EngineMessages::message(error));
            });
    connect(m_filesystem, &engine::StageFilesystem::imagesListed, this,
            &BuildSession::imagesListed);
    connect(m_filesystem, &engine::StageFilesystem::imagesListFailed, this,
            [this](const engine::EngineError &error) {
                Q_EMIT imagesListFailed(common::EngineMessages::message(error));
            });
    makeLayerReader();
    connect(m_filesystem, &engine::StageFilesystem::cancelled, this, [this] {
        if (m_filesState != FilesState::Running)
            return;
        m_filesState = FilesState::Idle;
        Q_EMIT filesCancelled();
    });
}

BuildSession::~BuildSession()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    if (m_measurer) {
        m_measurer->disconnect(this);
        m_measurer->cancel();
    }
}

void BuildSession::setEndpoint(const engine::EngineEndpoint &endpoint)
{
    const bool changed = !engine::StageFilesystem::sameEndpoint(endpoint, m_endpoint);
    m_endpoint = endpoint;
    m_trial->setEndpoint(endpoint);
    if (!changed)
        return;
    m_filesystem->setEndpoint(endpoint); // cancels a running read: filesCancelled() follows
    if (m_readingLayers) {
        m_readingLayers = false;
        Q_EMIT filesCancelled();
    }
    makeLayerReader();
    Q_EMIT endpointChanged();
}

const model::StageGraph &BuildSession::graph() const
{
    static const model::StageGraph none;
    return m_analysis ? m_analysis->graph() : none;
}

const model::SyntaxTree *BuildSession::tree() const
{
    return m_analysis ? m_analysis->tree().get() : nullptr;
}

void BuildSession::setDocument(const QString &filePath,
                               const std::shared_ptr<const model::Analysis> &analysis)
{
    const bool newFile = filePath != m_filePath;
    m_filePath = filePath;
    m_analysis = analysis;
    if (!newFile || isMeasuring())
        return;
    // Another file: its own history (newest first), and its latest measurement on show.
    m_runs.clear();
    if (!m_filePath.isEmpty()) {
        std::vector<model::MeasureRun> history;
        const engine::EngineError error
            = engine::MeasureHistory::load(engine::MeasureHistory::pathFor(m_filePath), history);
        if (error.isError())
            Q_EMIT measureStatus(common::EngineMessages::message(error), true);
        for (auto it = history.crbegin(); it != history.crend(); ++it)
            m_runs.append(*it);
    }
    setRun(m_runs.isEmpty() ? model::MeasureRun{} : m_runs.constFirst());
}

QString BuildSession::blocker() const
{
    if (m_filePath.isEmpty() || !tree())
        return tr("Save the Dockerfile first: the engine builds the file on disk.");
    if (graph().stages().empty())
        return tr("Nothing to build: the Dockerfile has no FROM.");
    if (!m_endpoint.isValid())
        return m_endpoint.error.isError() ? common::EngineMessages::message(m_endpoint.error)
                                          : tr("No Docker Engine is configured.");
    return {};
}

bool BuildSession::saveFirst(const QString &cancelledMessage, bool measure)
{
    if ((m_modified || m_filePath.isEmpty()) && m_saveHandler && !m_saveHandler()) {
        if (measure)
            Q_EMIT measureStatus(cancelledMessage, true);
        else
            Q_EMIT buildStatus(cancelledMessage, true);
        return false;
    }
    QString reason = blocker();
    if (reason.isEmpty() && !secretsCleared(reason) && reason.isEmpty())
        reason = tr("Cancelled: nothing was sent to the engine."); // the user said no
    if (!reason.isEmpty()) {
        if (measure)
            Q_EMIT measureStatus(reason, true);
        else
            Q_EMIT buildStatus(reason, true);
        return false;
    }
    return true;
}

bool BuildSession::secretsCleared(QString &why)
{
    const QFileInfo file(m_filePath);
    const QStringList secrets
        = engine::ContextSecrets::find(file.absolutePath(), file.absoluteFilePath());
    if (secrets.isEmpty())
        return true;
    const SecretsDecision decision
        = m_secretsHandler ? m_secretsHandler(secrets) : SecretsDecision::Cancel;
    if (decision == SecretsDecision::SendOnce)
        return true;
    if (decision == SecretsDecision::ExcludeThem) {
        const engine::EngineError error
            = engine::ContextSecrets::excludeInDockerIgnore(file.absolutePath(), secrets);
        if (!error.isError())
            return true;
        why = common::EngineMessages::message(error);
        return false;
    }
    if (!m_secretsHandler) {
        //: %n = number of files, %1 = their paths
        why = tr("Not sent: %n file(s) that look like secrets would go with the build context: "
                 "%1. Add them to .dockerignore.",
                 nullptr, int(secrets.size()))
                  .arg(secrets.join(QStringLiteral(", ")));
    }
    return false;
}

// --- Build -----------------------------------------------------------------------------------

engine::BuildOptions BuildSession::buildOptions(const views::BuildRequest &request) const
{
    engine::BuildOptions options;
    const QFileInfo file(m_filePath);
    options.contextDir = file.absolutePath();
    options.dockerfile = file.absoluteFilePath();
    options.tags = request.tags;
    options.buildArgs = request.buildArgs;
    options.target = request.target;
    options.noCache = request.noCache;
    options.pull = request.pull;
    (void)engine::builderFromName(Settings::engine().builder, options.builder);
    return options;
}

bool BuildSession::isBuilding() const
{
    return !m_job.isNull() || !m_client.isNull();
}

void BuildSession::setBuilding(bool building)
{
    Q_EMIT buildBusyChanged(building);
}

void BuildSession::startBuild(const views::BuildRequest &request)
{
    if (isBuilding())
        return;
    if (!saveFirst(tr("Build cancelled: the Dockerfile must be saved first, because the engine "
                      "builds the file on disk."),
                   false))
        return;
    m_currentStep = 0;
    m_running.clear();
    m_spans.clear();
    m_map = BuildStepMap(*tree(), graph(), request.targetStage);
    m_mapMatches = true;
    m_buildTarget = request.targetStage >= 0
            && request.targetStage < static_cast<int>(graph().stages().size())
        ? stageTitle(graph().stages()[static_cast<std::size_t>(request.targetStage)])
        : QString();
    Q_EMIT buildStarted();
    Q_EMIT buildStatus(tr("Connecting to the Docker Engine…"), false);
    setBuilding(true);

    // The ping runs asynchronously: an engine that is slow to answer never freezes the window.
    auto *client = new engine::EngineClient(m_endpoint, this);
    m_client = client;
    connect(client, &engine::EngineClient::negotiated, this,
            [this, client, request](const engine::EngineError &error) {
                client->deleteLater();
                if (m_client != client)
                    return; // cancelled while connecting
                m_client = nullptr;
                if (error.isError()) {
                    setBuilding(false);
                    Q_EMIT buildStatus(common::EngineMessages::message(error), true);
                    Q_EMIT buildFinished(false);
                    return;
                }
                startJob(client, request);
            });
    client->negotiateAsync();
}

void BuildSession::startJob(engine::EngineClient *client, const views::BuildRequest &request)
{
    const engine::BuildOptions options = buildOptions(request);
    if (client->resolveBuilder(options.builder) == engine::Builder::BuildKit && tree()) {
        // What the engine's built-in frontend would refuse: said before sending the context.
        const auto limits = engine::builtinFrontendLimits(*tree(), client->serverVersion());
        if (!limits.empty()) {
            refuseBuild(limits.front());
            return;
        }
    }
    m_job = client->build(options, this);
    connect(m_job, &engine::BuildJob::logLine, this, &BuildSession::buildLog);
    connect(
        m_job, &engine::BuildJob::contextFallback, this, [this](const engine::EngineError &why) {
            Q_EMIT buildLog(QStringLiteral("[Stagecraft] ") + common::EngineMessages::message(why));
        });
    connect(m_job, &engine::BuildJob::stepStarted, this, &BuildSession::onStep);
    connect(m_job, &engine::BuildJob::vertexChanged, this, &BuildSession::onVertex);
    connect(m_job, &engine::BuildJob::vertexLog, this,
            [this](const engine::BuildVertex &vertex, const QString &line) {
                Q_EMIT buildStepLog(vertex.index, line);
            });
    connect(m_job, &engine::BuildJob::finished, this, &BuildSession::onBuildFinished);
    const QString builder = m_job->isBuildKit() ? tr("BuildKit") : tr("the classic builder");
    //: %1 = target stage, %2 = "BuildKit" or "the classic builder"
    Q_EMIT buildStatus(tr("Building %1 with %2…").arg(m_buildTarget, builder), false);
    //: %1 = "BuildKit" or "the classic builder"
    Q_EMIT statusMessage(tr("Building with %1.").arg(builder));
    m_job->start();
}

void BuildSession::cancelBuild()
{
    if (m_job) {
        m_job->cancel(); // finished() follows, synchronously
        return;
    }
    if (m_client) {
        // Still connecting: drop the negotiation (its negotiated() is ignored).
        m_client->deleteLater();
        m_client = nullptr;
        setBuilding(false);
        Q_EMIT buildStatus(tr("Build cancelled."), false);
        Q_EMIT buildFinished(false);
    }
}

void BuildSession::onStep(int step, int total, const QString &instruction)
{
    m_currentStep = step;
    if (!m_map.matches(step, total, instruction)) {
        if (m_mapMatches) {
            m_mapMatches = false;
            Q_EMIT buildLog(tr("[Stagecraft] The engine's steps do not match the text shown (the "
                               "file changed since?): steps are not highlighted."));
        }
        return;
    }
    //: %1 = step number, %2 = total, %3 = instruction
    Q_EMIT buildStatus(tr("Step %1 of %2: %3").arg(step).arg(total).arg(instruction), false);
    Q_EMIT stepStarted(m_map.stageForStep(step), m_map.lineForStep(step), m_map.rangeForStep(step));
}

void BuildSession::refuseBuild(const engine::FrontendLimit &limit)
{
    setBuilding(false);
    const QString message = common::EngineMessages::frontendLimit(limit);
    const auto &instructions = tree()->instructions();
    const bool known
        = limit.instruction >= 0 && limit.instruction < static_cast<int>(instructions.size());
    Q_EMIT buildStatus(message, true);
    Q_EMIT buildFailed(known ? graph().stageOfInstruction(limit.instruction) : -1, limit.line,
                       known ? instructions[std::size_t(limit.instruction)].range : model::Range{},
                       message);
    Q_EMIT buildFinished(false);
}

void BuildSession::onVertex(const engine::BuildVertex &vertex)
{
    const model::SyntaxTree *syntax = tree();
    const bool mapped = vertex.step.instruction >= 0 && syntax && vertex.error.isEmpty()
        && vertex.step.instruction < static_cast<int>(syntax->instructions().size());
    // A failure is shown when the build ends; the log shows what ended, and whether it came
    // from the cache.
    const bool starts = mapped && vertex.startedMs != 0 && vertex.completedMs == 0
        && !m_running.contains(vertex.index);
    if (starts) {
        m_currentStep = vertex.step.instruction + 1;
        //: %1 = BuildKit's name of the step, e.g. "[build 2/4] RUN make"
        Q_EMIT buildStatus(tr("Running %1").arg(vertex.name), false);
        Q_EMIT stepStarted(vertex.step.stage, vertex.step.line,
                           syntax->instructions()[std::size_t(vertex.step.instruction)].range);
    }
    trackVertex(vertex);
}

void BuildSession::trackVertex(const engine::BuildVertex &vertex)
{
    if (vertex.index < 0 || (vertex.startedMs == 0 && vertex.completedMs == 0))
        return; // not started yet
    QString state;
    if (!vertex.error.isEmpty())
        //: State of a BuildKit step in the Build dock's step list
        state = tr("failed");
    else if (vertex.completedMs != 0 && vertex.cached)
        //: State of a BuildKit step in the Build dock's step list: it came from the cache
        state = tr("cached");
    else if (vertex.completedMs != 0)
        //: State of a BuildKit step: how long it ran, %1 = seconds ("1.2")
        state = tr("%1 s").arg(QLocale().toString(vertex.seconds, 'f', 1));
    else
        //: State of a BuildKit step in the Build dock's step list
        state = tr("running");
    Q_EMIT buildStep(vertex.index, vertex.name, state);

    const model::SyntaxTree *syntax = tree();
    const int instruction = vertex.step.instruction;
    const bool mapped = syntax && vertex.step.stage >= 0 && instruction >= 0
        && instruction < static_cast<int>(syntax->instructions().size());
    if (!mapped)
        return; // BuildKit's own work
    const bool running = vertex.completedMs == 0 && vertex.error.isEmpty();
    const bool wasRunning = m_running.contains(vertex.index);
    if (running && !wasRunning)
        m_running.insert(vertex.index,
                         {vertex.step.stage, vertex.step.line,
                          syntax->instructions()[std::size_t(instruction)].range,
                          vertex.startedMs});
    else if (!running)
        m_running.remove(vertex.index);
    if (!running) {
        StageSpan &span = m_spans[vertex.step.stage];
        const qint64 started = vertex.startedMs != 0 ? vertex.startedMs : vertex.completedMs;
        span.startedMs = span.startedMs == 0 ? started : std::min(span.startedMs, started);
        span.completedMs = std::max(span.completedMs, vertex.completedMs);
        // As measuring counts it: the FROM of an image is resolved anew each time, not cached.
        if (!vertex.step.isFrom)
            span.cached = span.cached && vertex.cached && vertex.error.isEmpty();
    }
    if (!running && wasRunning && !m_running.isEmpty()) {
        // The editor follows the step that started last among those still running.
        auto latest = m_running.cbegin();
        for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
            if (it->startedMs > latest->startedMs)
                latest = it;
        }
        Q_EMIT stepStarted(latest->stage, latest->line, latest->range);
    }
    QHash<int, int> lineByStage;
    for (const RunningStep &step : std::as_const(m_running))
        lineByStage.insert(step.stage, step.line);
    Q_EMIT runningStepsChanged(lineByStage);
}

void BuildSession::reportStageTimes()
{
    QHash<int, qint64> msByStage;
    QList<int> cached;
    for (auto it = m_spans.cbegin(); it != m_spans.cend(); ++it) {
        msByStage.insert(it.key(), std::max<qint64>(0, it->completedMs - it->startedMs));
        if (it->cached)
            cached.append(it.key());
    }
    std::sort(cached.begin(), cached.end());
    m_running.clear();
    Q_EMIT stageTimes(msByStage, cached);
}

void BuildSession::onBuildFinished()
{
    engine::BuildJob *job = m_job;
    if (!job)
        return;
    m_job = nullptr;
    job->deleteLater();
    setBuilding(false);
    if (job->isBuildKit())
        reportStageTimes();
    const engine::EngineError &error = job->error();
    if (!error.isError()) {
        const QString id = job->imageId();
        //: %1 = image ID
        Q_EMIT buildStatus(tr("Built %1.").arg(id.startsWith(u"sha256:"_s) ? id.mid(7, 12) : id),
                           false);
        Q_EMIT imageBuilt(id);
        Q_EMIT buildFinished(true);
        return;
    }
    const QString message = common::EngineMessages::message(error);
    Q_EMIT buildStatus(message, true);
    if (error.kind() == engine::EngineError::Kind::BuildFailed) {
        const int step = error.step() > 0 ? error.step() : m_currentStep;
        if (m_mapMatches && step > 0 && step <= m_map.totalSteps())
            Q_EMIT buildFailed(m_map.stageForStep(step), m_map.lineForStep(step),
                               m_map.rangeForStep(step), message);
        else
            Q_EMIT buildFailed(-1, 0, {}, message);
    }
    Q_EMIT buildFinished(false);
}

// --- Measure ---------------------------------------------------------------------------------

bool BuildSession::isMeasuring() const
{
    return !m_measurer.isNull() || m_trial->isRunning();
}

void BuildSession::setMeasuring(bool measuring)
{
    Q_EMIT measureBusyChanged(measuring);
}

void BuildSession::setRun(const model::MeasureRun &run)
{
    m_run = run;
    Q_EMIT runChanged(m_run);
}

bool BuildSession::runMatchesDocument(const model::MeasureRun &run) const
{
    if (!m_filePath.isEmpty() && !run.dockerfilePath.empty()) {
        const QString canonical = QFileInfo(m_filePath).canonicalFilePath();
        if (!canonical.isEmpty()
            && canonical
                == QFileInfo(QString::fromStdString(run.dockerfilePath)).canonicalFilePath())
            return true;
    }
    if (run.dockerfileSha256.empty() || !tree())
        return false;
    const QByteArray text = QByteArray::fromStdString(tree()->text());
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex())
        == QString::fromStdString(run.dockerfileSha256).toLower();
}

void BuildSession::startMeasure()
{
    if (m_measurer)
        return;
    if (m_trial->isRunning()) {
        Q_EMIT measureStatus(tr("Wait for the running measurement to finish, or cancel it."), true);
        return;
    }
    if (!saveFirst(tr("Measuring cancelled: the Dockerfile must be saved first, because the "
                      "engine builds the file on disk."),
                   true))
        return;
    Q_EMIT measureStatus(tr("Connecting to the Docker Engine…"), false);
    engine::EngineError error;
    m_measurer = engine::StageMeasurer::forDockerfile(m_endpoint, m_filePath, this, error);
    if (!m_measurer) {
        Q_EMIT measureStatus(common::EngineMessages::message(error), true);
        Q_EMIT measureFinished(false);
        return;
    }
    engine::Builder builder = engine::Builder::Auto;
    (void)engine::builderFromName(Settings::engine().builder, builder);
    m_measurer->setBuilder(builder);
    setMeasuring(true);
    m_measurer->setAnalyseWaste(m_analyseWaste);
    connect(m_measurer, &engine::StageMeasurer::progress, this, &BuildSession::onMeasureProgress);
    connect(m_measurer, &engine::StageMeasurer::finished, this, &BuildSession::onMeasureFinished);
    m_measurer->start();
}

void BuildSession::onMeasureProgress(const engine::MeasureProgress &progress)
{
    //: %1 = stage number (1-based), %2 = stage count, %3 = what happens
    Q_EMIT measureStatus(tr("Stage %1 of %2: %3")
                             .arg(progress.stage + 1)
                             .arg(progress.stageCount)
                             .arg(common::EngineMessages::progress(progress)),
                         false);
    using Phase = engine::MeasureProgress::Phase;
    if ((progress.phase == Phase::AnalysingWaste || progress.phase == Phase::Step)
        && progress.steps > 0)
        Q_EMIT measureProgressChanged(std::min(progress.step, progress.steps), progress.steps);
    else
        Q_EMIT measureProgressChanged(0, 0);
    const auto &stages = graph().stages();
    if (progress.stage < 0 || progress.stage >= static_cast<int>(stages.size()) || !tree())
        return;
    const model::Stage &stage = stages[static_cast<std::size_t>(progress.stage)];
    const auto &instructions = tree()->instructions();
    const int step = progress.step - 1; // BuildKit's steps carry their instruction and line
    if (progress.phase == engine::MeasureProgress::Phase::Step && progress.line > 0 && step >= 0
        && step < static_cast<int>(instructions.size())) {
        Q_EMIT stepStarted(progress.stage, progress.line,
                           instructions[static_cast<std::size_t>(step)].range);
        return;
    }
    if (stage.fromInstruction >= 0 && stage.fromInstruction < static_cast<int>(instructions.size()))
        Q_EMIT stepStarted(progress.stage, stage.line,
                           instructions[static_cast<std::size_t>(stage.fromInstruction)].range);
}

void BuildSession::onMeasureFinished(const model::MeasureRun &run, const engine::EngineError &error)
{
    engine::StageMeasurer *measurer = m_measurer;
    m_measurer = nullptr;
    if (measurer)
        measurer->deleteLater();
    setMeasuring(false);
    if (error.kind() == engine::EngineError::Kind::Cancelled) {
        keepFiguresAfterCancel(run, measurer && measurer->analysesWaste());
        return;
    }
    engine::EngineError historyError;
    if (!run.stages.empty()) {
        m_runs.prepend(run);
        setRun(run);
        if (!m_filePath.isEmpty())
            historyError
                = engine::MeasureHistory::append(engine::MeasureHistory::pathFor(m_filePath), run);
    }
    if (error.isError())
        Q_EMIT measureStatus(common::EngineMessages::message(error), true);
    else if (historyError.isError())
        Q_EMIT measureStatus(common::EngineMessages::message(historyError), true);
    else
        //: %1 = duration in seconds
        Q_EMIT measureStatus(tr("Measured every stage in %1 s.")
                                 .arg(QLocale().toString(double(run.totalMs) / 1000.0, 'f', 1)),
                             false);
    Q_EMIT measureFinished(!error.isError());
}

void BuildSession::keepFiguresAfterCancel(model::MeasureRun run, bool analysingWaste)
{
    const bool sized = !run.stages.empty()
        && std::all_of(run.stages.begin(), run.stages.end(),
                       [](const model::StageMeasure &stage) { return stage.built; });
    if (!sized || !analysingWaste) {
        // Cancelled while building: the figures shown stay those of the last whole measurement.
        Q_EMIT measureStatus(m_run.stages.empty()
                                 ? tr("Cancelled. Nothing was measured.")
                                 : tr("Cancelled. The figures shown are from the last complete "
                                      "measurement."),
                             false);
        Q_EMIT measureFinished(false);
        return;
    }
    // Cancelled while reading layers: every size is new; a stage not analysed keeps the waste
    // figures of the run shown when its image is the same one (same ID, same layers).
    int kept = 0;
    for (model::StageMeasure &stage : run.stages) {
        if (stage.waste.analysed)
            continue;
        for (const model::StageMeasure &before : m_run.stages) {
            if (before.imageId == stage.imageId && before.waste.analysed) {
                stage.waste = before.waste;
                ++kept;
                break;
            }
        }
    }
    m_runs.prepend(run);
    setRun(run);
    if (kept == 0)
        Q_EMIT measureStatus(tr("Wasted-space analysis cancelled. The sizes are new; the stages "
                                "not analysed show no waste figures."),
                             false);
    else
        //: %Ln = stages whose earlier waste figures still apply (same image)
        Q_EMIT measureStatus(tr("Wasted-space analysis cancelled. The sizes are new; %Ln stage(s) "
                                "kept the waste figures of the same image.",
                                nullptr, kept),
                             false);
    Q_EMIT measureFinished(false);
}

void BuildSession::cancelMeasure()
{
    if (m_measurer)
        m_measurer->cancel();
    else if (m_trial->isRunning())
        m_trial->cancel();
}

void BuildSession::tryTemplate(const QString &templateId)
{
    if (isMeasuring()) {
        const QString message
            = tr("A measurement is already running: wait for it to finish, or cancel it.");
        Q_EMIT measureStatus(message, true);
        Q_EMIT statusMessage(message);
        return;
    }
    // Busy before start(): a failure to reach the engine finishes the trial within start().
    setMeasuring(true);
    if (!m_trial->start(templateId)) {
        setMeasuring(false);
        Q_EMIT measureStatus(m_trial->errorMessage(), true);
        Q_EMIT statusMessage(m_trial->errorMessage());
    }
}

void BuildSession::onTrialFinished(bool succeeded)
{
    setMeasuring(false);
    if (!succeeded) {
        Q_EMIT measureStatus(m_trial->errorMessage(), !m_trial->wasCancelled());
        Q_EMIT statusMessage(m_trial->errorMessage());
        return;
    }
    const model::MeasureRun &before = m_trial->beforeRun();
    const model::MeasureRun &after = m_trial->afterRun();
    setRun(after);
    const model::StageMeasure *beforeFinal = before.finalStage();
    const model::StageMeasure *afterFinal = after.finalStage();
    //: %1 = template title, %2 = the saving line ("before 900 MB → after 45 MB, −95%")
    const QString message = tr("%1: %2").arg(
        m_trial->title(),
        views::SizeFormat::saving(
            //: the single-stage variant, in the saving line of a template's Try it
            tr("before"), beforeFinal ? beforeFinal->size : 0,
            //: the multi-stage variant, in the saving line of a template's Try it
            tr("after"), afterFinal ? afterFinal->size : 0));
    Q_EMIT measureStatus(message, false);
    Q_EMIT statusMessage(message);
}

bool BuildSession::exportReport(const QString &path, QString &error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == u"json"_s) {
        bytes = common::MeasureReport::json(m_run);
    } else if (suffix == u"md"_s || suffix == u"markdown"_s) {
        bytes = common::MeasureReport::markdown(m_run).toUtf8();
    } else if (suffix == u"csv"_s) {
        bytes = common::MeasureReport::csv(m_run).toUtf8();
    } else {
        error = tr("Choose a .md, .csv, .json, .png or .svg file.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace stagecraft::app
