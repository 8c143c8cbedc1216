// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/BuildStepMap.h"
#include "engine/EngineEndpoint.h"
#include "engine/EngineError.h"
#include "model/Analysis.h"
#include "model/FileTree.h"
#include "model/Measurement.h"
#include "model/WasteAnalysis.h"
#include "views/panels/BuildRequest.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace stagecraft::engine {
struct BuildVertex;
struct FrontendLimit;
class BuildJob;
class EngineClient;
class ImageLayerReader;
class StageFilesystem;
class StageMeasurer;
struct BuildOptions;
struct MeasureProgress;
} // namespace stagecraft::engine

namespace stagecraft::app {

class TemplateTrial;

/// The engine work of the Build, Sizes and Files docks, without a widget: which engine to use,
/// the document to build (its file, its latest parse, whether it has unsaved changes), saving it
/// first, the checks before anything is asked of the engine, the running build, measurement and
/// file listing with their cancel, the Dockerfile's measurement history, and Learn's template
/// trial. Progress and results go out as signals carrying plain values (model types and
/// translated text); the panels (views/panels) show them, and app/PanelWiring hands the user's
/// intents back to the slots here.
class BuildSession : public QObject
{
    Q_OBJECT

public:
    explicit BuildSession(QObject *parent = nullptr);
    ~BuildSession() override;

    /// The engine to build with, measure with and read files from. Another engine cancels a
    /// running file listing (filesCancelled()) and announces endpointChanged().
    void setEndpoint(const engine::EngineEndpoint &endpoint);
    [[nodiscard]] const engine::EngineEndpoint &endpoint() const { return m_endpoint; }
    /// The document: its file (empty when untitled) and its latest analysis. A different file
    /// brings its measurement history (runsChanged(), runChanged() with its latest run).
    void setDocument(const QString &filePath,
                     const std::shared_ptr<const model::Analysis> &analysis);
    /// True when the document has unsaved changes (the window tells the session).
    void setDocumentModified(bool modified) { m_modified = modified; }
    /// Asked before a build or a measurement when the document must be written first (the
    /// engine builds the file on disk); returns false when the user cancelled.
    using SaveHandler = std::function<bool()>;
    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    /// What to do about files that look like secrets and would be sent with the context.
    enum class SecretsDecision { Cancel, ExcludeThem, SendOnce };
    /// Asked before a build or a measurement sends a context holding such files (their paths,
    /// relative to the context). Without a handler the build is refused with a status message.
    using SecretsHandler = std::function<SecretsDecision(const QStringList &files)>;
    void setSecretsHandler(SecretsHandler handler) { m_secretsHandler = std::move(handler); }

    /// Why the document cannot be built now (translated), or an empty string when the engine may
    /// be asked: no file or parse yet, no FROM, or no usable engine.
    [[nodiscard]] QString blocker() const;

    // --- Build ---------------------------------------------------------------------------------
    /// The engine options `request` becomes for the document (its file and directory).
    [[nodiscard]] engine::BuildOptions buildOptions(const views::BuildRequest &request) const;
    [[nodiscard]] bool isBuilding() const;

    // --- Measure -------------------------------------------------------------------------------
    /// True while the session measures, or a template trial runs.
    [[nodiscard]] bool isMeasuring() const;
    /// The measurement shown (the latest of this file, or a template trial's after-run).
    [[nodiscard]] const model::MeasureRun &run() const { return m_run; }
    /// The Dockerfile's runs (its history, then those measured since), newest first.
    [[nodiscard]] const QList<model::MeasureRun> &runs() const { return m_runs; }
    /// Shows `run` (runChanged()).
    void setRun(const model::MeasureRun &run);
    /// True when `run` measured the document (its file, or the same bytes).
    [[nodiscard]] bool runMatchesDocument(const model::MeasureRun &run) const;
    /// Writes the run shown as a report: .md, .csv or .json by suffix (atomically). False with
    /// `error` (translated) when the suffix is another or the file cannot be written.
    bool exportReport(const QString &path, QString &error) const;
    /// Learn's "Try it" for a template.
    [[nodiscard]] TemplateTrial *templateTrial() const { return m_trial; }

    // --- Files ---------------------------------------------------------------------------------
    [[nodiscard]] engine::StageFilesystem *filesystem() const { return m_filesystem; }
    [[nodiscard]] bool isReadingFiles() const;
    /// The latest listing read.
    [[nodiscard]] const model::FileListing &fileListing() const;
    /// The stage, image and base being read or shown (-1 / "" when none).
    [[nodiscard]] int filesStage() const { return m_filesStage; }
    [[nodiscard]] const QString &filesImage() const { return m_filesImage; }
    [[nodiscard]] const QString &filesBaseImage() const { return m_filesBase; }

public Q_SLOTS:
    /// Saves when needed, checks, then builds `request` with the classic builder.
    void startBuild(const views::BuildRequest &request);
    void cancelBuild();
    /// Saves when needed, checks, then builds every stage as a target and measures it.
    void startMeasure();
    /// Whether measuring also analyses each stage's wasted space (the Sizes dock's check box).
    void setAnalyseWaste(bool analyse) { m_analyseWaste = analyse; }
    /// Cancels the measurement, or the template trial.
    void cancelMeasure();
    /// Learn's "Try it": builds and measures template `templateId`'s before and after.
    void tryTemplate(const QString &templateId);
    /// Shows the files of stage `stageIndex` from the run shown: its image, compared with the
    /// stage it is based on or its FROM image. Without a measurement of it (or of this
    /// Dockerfile) a notice says to run Build & Measure first. The same image already shown or
    /// being read is not read again.
    void showStageFiles(int stageIndex);
    /// Reads the files of any local image (no stage).
    void readImage(const QString &image, const QString &baseImage = {});
    void cancelFiles();
    /// Lists the engine's local images (imagesListed()).
    void listImages();

Q_SIGNALS:
    /// The engine to use changed (the Files panel lists its images again).
    void endpointChanged();
    /// A message for the window's status bar (a template trial's progress and result, a stage
    /// whose files cannot be shown).
    void statusMessage(const QString &message);

    // Build.
    /// A build began: the log starts afresh, old highlights go.
    void buildStarted();
    void buildBusyChanged(bool building);
    /// The Build panel's status line (translated).
    void buildStatus(const QString &text, bool error);
    /// A line of the build's output.
    void buildLog(const QString &line);
    /// The engine started the instruction at `line` (1-based) of stage `stage` (-1 for a meta
    /// ARG): a build's step, or the stage a measurement builds.
    void stepStarted(int stage, int line, stagecraft::model::Range range);
    /// The build failed at an instruction (line 0 when it is not known); `message` is translated
    /// and carries the engine's own text.
    void buildFailed(int stage, int line, stagecraft::model::Range range, const QString &message);
    /// The build ended (success, failure or cancel).
    void buildFinished(bool succeeded);
    /// The built image's ID after a success.
    void imageBuilt(const QString &imageId);
    /// BuildKit: the steps running now, as stage index → 1-based line (stages build at once).
    void runningStepsChanged(const QHash<int, int> &lineByStage);
    /// BuildKit: step `step` (its id in this build) is `name` and now `state` (translated:
    /// "running", "cached", "1.2 s", "failed").
    void buildStep(int step, const QString &name, const QString &state);
    /// BuildKit: a line of step `step`'s output.
    void buildStepLog(int step, const QString &line);
    /// BuildKit, when a build ends: each stage's wall time (first step started to last step
    /// done, ms) and the stages whose every step came from the cache.
    void stageTimes(const QHash<int, qint64> &msByStage, const QList<int> &cachedStages);

    // Measure.
    void measureBusyChanged(bool measuring);
    /// The Sizes panel's status line (translated).
    void measureStatus(const QString &text, bool error);
    /// The measurement shown changed.
    void runChanged(const stagecraft::model::MeasureRun &run);
    /// How far the measurement's current part is: `done` of `total` (steps of a build, MB of a
    /// stage's layers); 0 of 0 while it cannot tell.
    void measureProgressChanged(int done, int total);
    /// The measurement ended (successfully or not); run() holds what was measured.
    void measureFinished(bool succeeded);

    // Files.
    /// A listing starts: of stage `stage` (-1: an image that is no stage).
    void filesStarted(int stage, const QString &image, const QString &baseImage);
    void filesProgress(qint64 bytesRead, qint64 expected, int entries);
    /// A translated note about the listing's current step.
    void filesStatus(const QString &text);
    void filesLoaded(const stagecraft::model::FileListing &listing);
    /// The listing failed (translated, actionable).
    void filesFailed(const QString &message);
    void filesCancelled();
    /// After a listing, the image's layers are read (as the waste analysis reads them).
    void layersStarted();
    void layersProgress(qint64 bytesRead, qint64 expected);
    /// The layers of the image listed, lowest first, with the Dockerfile lines that made them
    /// (those of the stage shown and of the stages it is based on).
    void layersLoaded(const std::vector<stagecraft::model::LayerFiles> &layers);
    /// The layers could not be read (translated, actionable).
    void layersFailed(const QString &message);
    /// No listing can be shown; `message` says why (translated; e.g. build the stage first).
    void filesNotice(const QString &message);
    /// The local images (sorted "name:tag"), or a translated message when they could not be
    /// listed.
    void imagesListed(const QStringList &names);
    void imagesListFailed(const QString &message);

private:
    /// A stage's name, or "#N" for an unnamed one (the build and the Files parts share it).
    [[nodiscard]] static QString stageTitle(const model::Stage &stage);
    /// Saves when needed and checks blocker(); false (status reported) when it cannot go on.
    bool saveFirst(const QString &cancelledMessage, bool measure);
    /// The secrets check (engine::ContextSecrets) with m_secretsHandler; false when the build
    /// must not go on (why: the translated reason, empty when the user cancelled).
    bool secretsCleared(QString &why);
    void startJob(engine::EngineClient *client, const views::BuildRequest &request);
    void onStep(int step, int total, const QString &instruction);
    /// BuildKit: a step started (highlighted like a classic step) or ended.
    void onVertex(const engine::BuildVertex &vertex);
    /// BuildKit: the step list's entry of `vertex`, the running steps and the stages' times.
    void trackVertex(const engine::BuildVertex &vertex);
    /// BuildKit: stageTimes() from the vertices seen.
    void reportStageTimes();
    /// Ends a build before it starts: the engine's frontend cannot build `limit`'s line.
    void refuseBuild(const engine::FrontendLimit &limit);
    void onBuildFinished();
    void onMeasureProgress(const engine::MeasureProgress &progress);
    void onMeasureFinished(const model::MeasureRun &run, const engine::EngineError &error);
    /// A cancel: a run without every size (or cancelled before any layer read) leaves the run
    /// shown; one cancelled while reading layers is shown (not recorded), with the waste figures
    /// of unchanged images kept.
    void keepFiguresAfterCancel(model::MeasureRun run, bool analysingWaste);
    /// The analysis's graph and tree (an empty graph and null before the first analysis).
    [[nodiscard]] const model::StageGraph &graph() const;
    [[nodiscard]] const model::SyntaxTree *tree() const;
    void setBuilding(bool building);
    void setMeasuring(bool measuring);
    void startFiles(int stage, const QString &image, const QString &baseImage);
    /// (Re)creates the layer reader for the endpoint; a read running is dropped.
    void makeLayerReader();
    void startLayers();
    void onLayersRead();
    void onTrialFinished(bool succeeded);

    engine::EngineEndpoint m_endpoint;
    QString m_filePath;
    std::shared_ptr<const model::Analysis> m_analysis;
    bool m_modified = false;
    bool m_analyseWaste = false;
    SaveHandler m_saveHandler;
    SecretsHandler m_secretsHandler;

    QPointer<engine::BuildJob> m_job;
    QPointer<engine::EngineClient> m_client; ///< negotiating, before m_job exists
    BuildStepMap m_map;
    bool m_mapMatches = true;
    int m_currentStep = 0;
    QString m_buildTarget;
    /// BuildKit: a step of the running build that maps to an instruction.
    struct RunningStep
    {
        int stage = -1;
        int line = 0;
        model::Range range;
        qint64 startedMs = 0;
    };
    QHash<int, RunningStep> m_running; ///< vertex index → the step running
    /// Stage index → {first start, last completion (ms), every step cached}.
    struct StageSpan
    {
        qint64 startedMs = 0;
        qint64 completedMs = 0;
        bool cached = true;
    };
    QHash<int, StageSpan> m_spans;

    QPointer<engine::StageMeasurer> m_measurer;
    model::MeasureRun m_run;
    QList<model::MeasureRun> m_runs;
    TemplateTrial *m_trial = nullptr;

    engine::StageFilesystem *m_filesystem = nullptr;
    int m_filesStage = -1;
    QString m_filesImage;
    QString m_filesBase;
    enum class FilesState { Idle, Running, Done, Failed };
    FilesState m_filesState = FilesState::Idle;
    engine::ImageLayerReader *m_layerReader = nullptr;
    bool m_readingLayers = false;
};

} // namespace stagecraft::app
