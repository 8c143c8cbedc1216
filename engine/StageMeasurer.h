// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BuildJob.h"
#include "BuildOptions.h"
#include "EngineEndpoint.h"
#include "EngineError.h"

#include "model/Measurement.h"
#include "model/StageGraph.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace stagecraft::model {
class SyntaxTree;
}

namespace stagecraft::engine {

class BuildJob;
class EngineCall;
class EngineClient;
class WasteMeasurer;

/// What a StageMeasurer does now: a code and its arguments (the UI words it, see
/// common::EngineMessages::progress()).
struct MeasureProgress
{
    enum class Phase {
        Building,       ///< the build started
        Step,           ///< the classic builder's step `step` of `steps`: `text` (instruction)
        MeasuringStage, ///< reading the image of stage `text` (its label)
        MeasuringArrow, ///< reading the arrow `text` → `toText` (labels) at `line`
        AnalysingWaste, ///< reading the layers of stage `text`: `step` of `steps` MB
    };
    Phase phase = Phase::Building;
    int stage = 0;      ///< the stage being built or measured (0-based)
    int stageCount = 0; ///< the number of stages measured
    int step = 0;
    int steps = 0;
    QString text;
    QString toText;
    int line = 0;
};

/// Builds every stage of a Dockerfile up to the final one and measures it: image ID, size
/// (Σ history sizes, and inspect's Size), layers mapped back to Dockerfile lines, build time,
/// and the bytes each artifact arrow (COPY --from=stage) carries, as a model::MeasureRun.
///
/// Under BuildKit (options.builder, resolved by the client) every stage is built as its own
/// target, in order (the cache makes the repeats cheap); its time and cached flag come from
/// the vertices of its own steps in that build (first start to last completion). An unnamed
/// stage cannot be a target: the build then reads a copy of the Dockerfile, outside the
/// context, where the edit engine has given each unnamed stage a generated name (see
/// generatedStageNames()); the user's file is never touched, and lines stay the same.
///
/// The classic builder builds every stage before its target in one pass and reports each
/// stage's image, so one build gives every stage (an unnamed stage cannot be a classic-builder
/// target at all). A stage's time runs from its first step to the next stage's first step.
/// Arrows are measured from the source stage's image through the archive API: a container is
/// created (never started), the archive of each path read, the container removed — also on
/// error and on cancel().
///
/// Asynchronous; runSync() runs a local event loop for the CLI and tests.
class StageMeasurer : public QObject
{
    Q_OBJECT

public:
    /// `client` must be negotiated and outlive the measurer. `options.dockerfile` must name the
    /// Dockerfile (absolute, or relative to options.contextDir); `options.target` names the
    /// final stage (name or index; empty = the last stage).
    StageMeasurer(EngineClient *client, const BuildOptions &options, QObject *parent = nullptr);
    ~StageMeasurer() override;

    /// A measurer of the Dockerfile at `dockerfilePath`, built with the file's directory as the
    /// context, through a client of `endpoint` that the measurer owns; nullptr with `error` set
    /// when the endpoint is invalid. Not started: start() negotiates the API version
    /// asynchronously, and an engine that does not answer ends the measurement with finished().
    [[nodiscard]] static StageMeasurer *forDockerfile(const EngineEndpoint &endpoint,
                                                      const QString &dockerfilePath,
                                                      QObject *parent, EngineError &error);

    /// After the sizes, also analyse each stage image's wasted space (model::StageWaste; reads
    /// every layer of every stage). Off by default. Call before start().
    void setAnalyseWaste(bool analyse) { m_analyseWaste = analyse; }
    [[nodiscard]] bool analysesWaste() const { return m_analyseWaste; }

    /// The builder to ask for (before start(); the default is the options' own).
    void setBuilder(Builder builder) { m_options.builder = builder; }
    void start();
    /// Stops the build or the measuring; removes a container it created. finished() follows
    /// with a Cancelled error.
    void cancel();
    /// start() and wait for finished(); returns the error (None on success).
    EngineError runSync(int timeoutMs = -1);

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const model::MeasureRun &run() const { return m_run; }
    [[nodiscard]] const EngineError &error() const { return m_error; }
    /// The build log so far.
    [[nodiscard]] const QStringList &log() const { return m_log; }
    /// What went wrong without ending the measurement (a temporary container that could not be
    /// removed: ContainerNotRemoved).
    [[nodiscard]] const QList<EngineError> &warnings() const { return m_warnings; }

    /// Maps a stage image's history (GET /images/{id}/history: an array, newest first) to the
    /// stage's instructions: the classic builder commits one history entry per instruction after
    /// FROM, so the newest N entries are the N instructions (last first) and the rest came with
    /// the base image. `consistent` (optional) is set to false when an entry's keyword (see
    /// model::Measurement::keywordOfCreatedBy) differs from its instruction's. `baseSize` gets
    /// the base part.
    [[nodiscard]] static std::vector<model::LayerMeasure>
    mapHistory(const nlohmann::json &history, const model::SyntaxTree &tree,
               const model::Stage &stage, qint64 *baseSize = nullptr, bool *consistent = nullptr);
    /// Σ sizes of the regular files in a tar (libarchive); `files` gets their count. With a
    /// non-empty `pattern` (a COPY source with wildcards, relative to the tar's root), only
    /// entries matching it, or lying below a match, count. False for a tar that cannot be read.
    /// Names for the unnamed stages (index → name) that clash with no stage name:
    /// "stagecraft-stage-<index>", with "-<n>" appended while it clashes.
    [[nodiscard]] static QHash<int, QString> generatedStageNames(const model::StageGraph &graph);
    /// `text` with `names` added after the FROM of those stages (the edit engine's RenameStage);
    /// empty when an edit is refused.
    [[nodiscard]] static std::string withStageNames(const std::string &text,
                                                    const QHash<int, QString> &names);

    [[nodiscard]] static bool tarFileBytes(const QByteArray &tar, qint64 &bytes, int &files,
                                           const QString &pattern = {});

Q_SIGNALS:
    void progress(const stagecraft::engine::MeasureProgress &progress);
    void logLine(const QString &line);
    void stageMeasured(const stagecraft::model::StageMeasure &stage);
    void arrowMeasured(const stagecraft::model::ArrowMeasure &arrow);
    /// Something went wrong that does not end the measurement (see warnings()).
    void warning(const stagecraft::engine::EngineError &warning);
    void finished(const stagecraft::model::MeasureRun &run,
                  const stagecraft::engine::EngineError &error);

private:
    /// Starts the build once the client has negotiated the API version.
    void startBuild(const BuildOptions &options);
    void onStep(int step, int total, const QString &instruction);
    /// BuildKit: one target build per stage (StageMeasurerBuildKit.cpp).
    void startBuildKit();
    void buildKitStage(int stage);
    void onBuildKitStageFinished(int stage);
    void onVertex(int stage, const BuildVertex &vertex);
    void onBuildFinished();
    void measureStage(int position);
    void measureArrow(int position);
    void archiveNext(int position, const QString &container, int pathIndex);
    void removeContainer(const QString &container, std::function<void()> then);
    /// Starts `call`; `done` runs when it finishes, unless the measurer finished or was
    /// cancelled meanwhile (`evenWhenCancelled` overrides the latter).
    void request(EngineCall *call, std::function<void(EngineCall *)> done,
                 bool evenWhenCancelled = false);
    void analyseWaste();
    void finishCancelled();
    void finish(const EngineError &error);
    void emitProgress(MeasureProgress progress);
    void warnNotRemoved(const QString &container, const EngineError &cause);

    EngineClient *m_client;
    BuildOptions m_options;
    std::shared_ptr<const model::SyntaxTree> m_tree;
    model::StageGraph m_graph;
    model::MeasureRun m_run;
    QList<model::Edge> m_edges; ///< arrows to measure
    QPointer<BuildJob> m_job;
    QPointer<EngineCall> m_call;
    QString m_container; ///< a created container not yet removed
    QElapsedTimer m_clock;
    QList<qint64> m_stageStart; ///< ms since start of each stage's first step; -1 = none
    std::shared_ptr<QTemporaryDir> m_copyDir; ///< BuildKit: holds the Dockerfile with names
    QString m_buildFile;                      ///< BuildKit: the Dockerfile the builds read
    QStringList m_targets;                    ///< BuildKit: each stage's target name
    QHash<int, BuildVertex> m_vertices;       ///< BuildKit: this stage build's own steps
    QStringList m_log;
    QList<EngineError> m_warnings;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_creating = false; ///< a container create call is in flight
    bool m_analyseWaste = false;
    QPointer<WasteMeasurer> m_waste;
    EngineError m_error;
};

} // namespace stagecraft::engine
