// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

class ContextPacker;
class EngineCall;

/// One image build: packs the context on a worker thread, streams it to POST /build, and
/// decodes the progress stream into signals. cancel() closes the connection, which makes the
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
    /// Runs a local event loop until finished().
    bool waitForFinished(int timeoutMs = -1);

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool succeeded() const { return m_finished && !m_error.isError(); }
    [[nodiscard]] const EngineError &error() const { return m_error; }
    /// The built image's ID ("sha256:…", or the short ID on old engines).
    [[nodiscard]] QString imageId() const
    {
        return m_decoder.finalImageId().isEmpty() ? m_shortId : m_decoder.finalImageId();
    }
    /// Image ID per stage in FROM order (empty for stages not built).
    [[nodiscard]] const QStringList &stageImageIds() const { return m_decoder.stageImages(); }
    /// Every output line so far.
    [[nodiscard]] const QStringList &log() const { return m_log; }
    [[nodiscard]] int totalSteps() const { return m_decoder.totalSteps(); }
    /// The query string sent (for tests and the log).
    [[nodiscard]] QByteArray requestTarget() const;

Q_SIGNALS:
    void logLine(const QString &line);
    void stepStarted(int step, int total, const QString &instruction);
    void stageImage(int stage, const QString &imageId);
    void finished();

private:
    void onBodyData(const QByteArray &bytes);
    void onCallFinished();
    void handleEvents(const QList<BuildEvent> &events);
    void finish(const EngineError &error);

    EngineEndpoint m_endpoint;
    QString m_apiPrefix;
    BuildOptions m_options;
    std::shared_ptr<const model::SyntaxTree> m_tree;
    ContextPacker *m_packer = nullptr;
    EngineCall *m_call = nullptr;
    JsonLinesDecoder m_lines;
    BuildStreamDecoder m_decoder;
    QStringList m_log;
    QString m_shortId;
    bool m_started = false;
    bool m_finished = false;
    EngineError m_error;
};

} // namespace stagecraft::engine
