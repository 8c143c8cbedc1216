// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BuildKitStepMap.h"
#include "BuildKitStreamDecoder.h"
#include "BuildOptions.h"
#include "BuildStreamDecoder.h"
#include "EngineEndpoint.h"
#include "EngineError.h"
#include "JsonLinesDecoder.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace stagecraft::model {
class SyntaxTree;
}

namespace stagecraft::engine {

/// A BuildKit vertex as a build reports it, mapped back to the Dockerfile.
struct BuildVertex
{
    int index = -1;    ///< order of first appearance in this build
    QString name;      ///< BuildKit's name ("[build 2/4] RUN make")
    BuildKitStep step; ///< where it comes from (stage -1 for BuildKit's own work)
    bool cached = false;
    qint64 startedMs = 0;   ///< Unix time in ms; 0 = not started
    qint64 completedMs = 0; ///< Unix time in ms; 0 = running
    double seconds = 0.0;   ///< completed - started
    QString error;          ///< BuildKit's message when it failed
};

class BuildKitSession;
class ContextPacker;
class EngineCall;

/// One image build: packs the context on a worker thread, streams it to POST /build, and
/// decodes the progress stream into signals: the classic builder's "Step N/M" (stepStarted) or
/// BuildKit's vertices (vertexChanged, vertexLog), as options().builder says (never Auto here:
/// EngineClient::build() resolves it). cancel() closes the connection, which makes the
/// engine stop the build (and, with forcerm, remove its intermediate containers).
class BuildJob : public QObject
{
    Q_OBJECT

public:
    /// `apiPrefix` is the negotiated "/v1.41" prefix.
    BuildJob(const EngineEndpoint &endpoint, const QString &apiPrefix, const BuildOptions &options,
             QObject *parent = nullptr);
    ~BuildJob() override;

    void start();
    void cancel();
    /// Makes start() end the job with `error` instead of building (a builder the engine lacks).
    void setStartError(const EngineError &error) { m_startError = error; }
    /// Runs a local event loop until finished().
    bool waitForFinished(int timeoutMs = -1);

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool succeeded() const { return m_finished && !m_error.isError(); }
    [[nodiscard]] const EngineError &error() const { return m_error; }
    /// The built image's ID ("sha256:…", or the short ID on old engines).
    [[nodiscard]] QString imageId() const
    {
        if (isBuildKit())
            return m_kit.imageId();
        return m_decoder.finalImageId().isEmpty() ? m_shortId : m_decoder.finalImageId();
    }
    [[nodiscard]] const BuildOptions &options() const { return m_options; }
    [[nodiscard]] bool isBuildKit() const { return m_options.builder == Builder::BuildKit; }
    /// BuildKit: every vertex so far, in order of first appearance.
    [[nodiscard]] QList<BuildVertex> vertices() const;
    [[nodiscard]] BuildVertex vertex(int index) const;
    /// Image ID per stage in FROM order (empty for stages not built).
    [[nodiscard]] const QStringList &stageImageIds() const { return m_decoder.stageImages(); }
    /// Every output line so far.
    [[nodiscard]] const QStringList &log() const { return m_log; }
    [[nodiscard]] int totalSteps() const { return m_decoder.totalSteps(); }
    /// The query string sent (for tests and the log).
    [[nodiscard]] QByteArray requestTarget() const;
    /// True when the engine pulled the context through a BuildKit session (no tar was sent).
    [[nodiscard]] bool usedSession() const { return m_viaSession; }
    /// The session (null when none was tried or it failed to start), for its transfer figures.
    [[nodiscard]] const BuildKitSession *session() const { return m_session; }
    /// Why no session was used (SessionFailed), or how it broke; no error otherwise.
    [[nodiscard]] const EngineError &sessionError() const { return m_sessionError; }

Q_SIGNALS:
    void logLine(const QString &line);
    void stepStarted(int step, int total, const QString &instruction);
    void stageImage(int stage, const QString &imageId);
    /// BuildKit: a vertex started, completed (cached or not) or failed.
    void vertexChanged(const stagecraft::engine::BuildVertex &vertex);
    /// BuildKit: one line of a vertex's output.
    void vertexLog(const stagecraft::engine::BuildVertex &vertex, const QString &line);
    /// BuildKit: the engine would not open a session, so the context goes as a tar (`why`:
    /// SessionFailed). For the build log.
    void contextFallback(const stagecraft::engine::EngineError &why);
    void finished();

private:
    void startTarBuild();
    void startCall();
    void onSessionFailed(const EngineError &error);
    void onBodyData(const QByteArray &bytes);
    void onCallFinished();
    void handleEvents(const QList<BuildEvent> &events);
    void handleBuildKitEvent(const BuildEvent &event);
    QList<BuildEvent> decode(const QByteArray &line);
    [[nodiscard]] EngineError buildKitOutcome() const;
    void finish(const EngineError &error);

    EngineEndpoint m_endpoint;
    QString m_apiPrefix;
    BuildOptions m_options;
    std::shared_ptr<const model::SyntaxTree> m_tree;
    ContextPacker *m_packer = nullptr;
    BuildKitSession *m_session = nullptr;
    bool m_viaSession = false;
    EngineError m_sessionError;
    EngineCall *m_call = nullptr;
    JsonLinesDecoder m_lines;
    BuildStreamDecoder m_decoder;
    BuildKitStreamDecoder m_kit;
    BuildKitStepMap m_steps;
    QStringList m_log;
    QString m_shortId;
    bool m_started = false;
    bool m_finished = false;
    EngineError m_error;
    EngineError m_startError;
};

} // namespace stagecraft::engine
