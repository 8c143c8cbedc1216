// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildJob.h"

#include "EngineJson.h"

#include "WaitForSignal.h"

#include "BuildKitSession.h"
#include "ContextPacker.h"
#include "EngineCall.h"

#include "model/SyntaxTree.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

#include <string>
#include <vector>

// POST /build query parameters (Engine API ≥ 1.24): dockerfile, t (repeatable), buildargs and
// labels (JSON objects), target (1.29), platform (1.32), nocache, pull, rm, forcerm, version
// ("1" = classic builder, 1.38). The body is the context as a tar stream; X-Registry-Config
// carries registry credentials (none here: an empty JSON object, base64).

namespace stagecraft::engine {

namespace {

QByteArray jsonObject(const QMap<QString, QString> &map)
{
    nlohmann::json object = nlohmann::json::object();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object[it.key().toStdString()] = it.value().toStdString();
    return jsonBytes(object);
}

} // namespace

BuildJob::BuildJob(const EngineEndpoint &endpoint, const QString &apiPrefix,
                   const BuildOptions &options, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_apiPrefix(apiPrefix)
    , m_options(options)
{ }

BuildJob::~BuildJob()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
    if (m_packer)
        m_packer->cancel();
}

QByteArray BuildJob::requestTarget() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("version"),
                       isBuildKit() ? QStringLiteral("2") : QStringLiteral("1"));
    if (m_viaSession && m_session && m_packer) {
        // The engine pulls the context and the Dockerfile's directory from the session; the
        // Dockerfile is named inside the latter (as the docker CLI does).
        query.addQueryItem(QStringLiteral("remote"), QStringLiteral("client-session"));
        query.addQueryItem(QStringLiteral("session"), m_session->id());
        query.addQueryItem(QStringLiteral("dockerfile"),
                           QFileInfo(m_packer->dockerfilePath()).fileName());
    } else if (m_packer) {
        query.addQueryItem(QStringLiteral("dockerfile"), m_packer->dockerfileInContext());
    }
    for (const QString &tag : m_options.tags)
        query.addQueryItem(QStringLiteral("t"), tag);
    if (!m_options.buildArgs.isEmpty())
        query.addQueryItem(QStringLiteral("buildargs"),
                           QString::fromUtf8(jsonObject(m_options.buildArgs)));
    if (!m_options.labels.isEmpty())
        query.addQueryItem(QStringLiteral("labels"),
                           QString::fromUtf8(jsonObject(m_options.labels)));
    if (!m_options.target.isEmpty())
        query.addQueryItem(QStringLiteral("target"), m_options.target);
    if (!m_options.platform.isEmpty())
        query.addQueryItem(QStringLiteral("platform"), m_options.platform);
    if (!m_options.networkMode.isEmpty())
        query.addQueryItem(QStringLiteral("networkmode"), m_options.networkMode);
    if (m_options.noCache)
        query.addQueryItem(QStringLiteral("nocache"), QStringLiteral("1"));
    if (m_options.pull)
        query.addQueryItem(QStringLiteral("pull"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("rm"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("forcerm"), QStringLiteral("1"));
    // Fully encoded: '+', '&', '=' and JSON punctuation must survive inside values.
    QByteArray encoded;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return m_apiPrefix.toUtf8() + "/build?" + encoded;
}

void BuildJob::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_startError.isError()) {
        const EngineError error = m_startError;
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    m_packer = new ContextPacker(m_options.contextDir, m_options.dockerfile, this);

    // The Dockerfile, parsed, maps "Step N" back to its line (step N = N-th instruction).
    const QString dockerfilePath
        = QFileInfo(m_options.dockerfile).isAbsolute() || m_options.dockerfile.isEmpty()
        ? (m_options.dockerfile.isEmpty() ? m_options.contextDir + QStringLiteral("/Dockerfile")
                                          : m_options.dockerfile)
        : m_options.contextDir + u'/' + m_options.dockerfile;
    QFile file(dockerfilePath);
    if (!file.open(QIODevice::ReadOnly)) {
        const EngineError error(EngineError::Kind::ContextFailed, dockerfilePath);
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    m_tree = model::SyntaxTree::parse(file.readAll().toStdString());
    model::BuildArgs overrides;
    for (auto it = m_options.buildArgs.cbegin(); it != m_options.buildArgs.cend(); ++it)
        overrides[it.key().toStdString()] = it.value().toStdString();
    m_steps = BuildKitStepMap(m_tree, model::StageGraph::derive(*m_tree, overrides));
    QList<int> stageFirstSteps; // for Podman's per-stage step numbers
    int stepNumber = 0;
    for (const model::Instruction &instruction : m_tree->instructions()) {
        ++stepNumber;
        if (instruction.kind == model::InstructionKind::From)
            stageFirstSteps.append(stepNumber);
    }
    m_decoder.setStageFirstSteps(stageFirstSteps);

    if (isBuildKit() && m_options.useSession) {
        if (!m_packer->prepare()) { // a malformed .dockerignore fails the build, as with a tar
            const EngineError error = m_packer->error();
            QMetaObject::invokeMethod(
                this, [this, error] { finish(error); }, Qt::QueuedConnection);
            return;
        }
        m_session = new BuildKitSession(m_endpoint, m_apiPrefix, m_options.contextDir,
                                        m_packer->dockerfilePath(), m_packer->ignore(), this);
        connect(m_session, &BuildKitSession::ready, this, [this] {
            m_viaSession = true;
            startCall();
        });
        connect(m_session, &BuildKitSession::failed, this, &BuildJob::onSessionFailed);
        m_session->start();
        return;
    }
    startTarBuild();
}

void BuildJob::startTarBuild()
{
    if (!m_packer->start()) {
        const EngineError error = m_packer->error();
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    startCall();
}

void BuildJob::onSessionFailed(const EngineError &error)
{
    if (m_finished)
        return;
    m_sessionError = error;
    if (!m_call) { // the session never started: the tar it is
        m_session->deleteLater();
        m_session = nullptr;
        Q_EMIT contextFallback(error);
        startTarBuild();
        return;
    }
    // Once the engine has the files the build no longer needs the session; while it is still
    // reading them, the build cannot go on.
    if (m_session->isTransferring())
        finish(error);
}

void BuildJob::startCall()
{
    m_call = new EngineCall(m_endpoint, "POST", requestTarget(), this);
    m_call->setHeader("X-Registry-Config", QByteArray("{}").toBase64());
    if (m_viaSession)
        m_call->setBody(QByteArray(), "application/x-tar");
    else
        m_call->setBodySource(m_packer, "application/x-tar");
    m_call->setStreaming(true);
    m_call->setTimeouts(EngineCall::kDefaultConnectTimeoutMs, m_options.idleTimeoutMs);
    connect(m_call, &EngineCall::bodyData, this, &BuildJob::onBodyData);
    connect(m_call, &EngineCall::finished, this, &BuildJob::onCallFinished);
    m_call->start();
}

void BuildJob::cancel()
{
    if (m_finished)
        return;
    if (m_packer)
        m_packer->cancel();
    finish(EngineError(EngineError::Kind::Cancelled));
}

void BuildJob::onBodyData(const QByteArray &bytes)
{
    std::vector<std::string> lines;
    m_lines.feed(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                 lines);
    for (const std::string &line : lines) {
        handleEvents(decode(QByteArray(line.data(), static_cast<qsizetype>(line.size()))));
        if (m_finished)
            return;
        if (m_kit.corrupt()) {
            finish(EngineError(EngineError::Kind::BadTrace, m_kit.corruption()));
            return;
        }
    }
}

QList<BuildEvent> BuildJob::decode(const QByteArray &line)
{
    return isBuildKit() ? m_kit.feedLine(line) : m_decoder.feedLine(line);
}

void BuildJob::handleEvents(const QList<BuildEvent> &events)
{
    static const QRegularExpression built(QStringLiteral("^Successfully built ([0-9a-f]+)$"));
    for (const BuildEvent &event : events) {
        switch (event.type) {
        case BuildEvent::Type::Log: {
            m_log.append(event.text);
            const QRegularExpressionMatch match = built.match(event.text);
            if (match.hasMatch())
                m_shortId = match.captured(1);
            Q_EMIT logLine(event.text);
            break;
        }
        case BuildEvent::Type::Step:
            Q_EMIT stepStarted(event.step, event.total, event.text);
            break;
        case BuildEvent::Type::StageImage:
            Q_EMIT stageImage(event.stage, event.id);
            break;
        case BuildEvent::Type::Error:
            m_log.append(event.text);
            Q_EMIT logLine(event.text);
            break;
        case BuildEvent::Type::Vertex:
        case BuildEvent::Type::VertexLog:
            handleBuildKitEvent(event);
            break;
        }
        if (m_finished)
            return;
    }
}

void BuildJob::onCallFinished()
{
    if (m_finished)
        return;
    std::vector<std::string> lines;
    m_lines.finish(lines);
    for (const std::string &line : lines)
        handleEvents(decode(QByteArray(line.data(), static_cast<qsizetype>(line.size()))));
    handleEvents(isBuildKit() ? m_kit.finish() : m_decoder.finish());
    if (m_finished)
        return;

    EngineError error = m_call->error();
    if (isBuildKit()) {
        if (!error.isError())
            error = buildKitOutcome();
    } else if (!error.isError() && m_decoder.failed()) {
        error = EngineError(EngineError::Kind::BuildFailed, m_decoder.errorMessage());
        const int step = m_decoder.currentStep();
        int line = 0;
        if (m_tree && step > 0 && static_cast<std::size_t>(step) <= m_tree->instructions().size())
            line = m_tree->instructions()[static_cast<std::size_t>(step - 1)].startLine;
        error.setStep(step, line, m_decoder.currentInstruction());
    } else if (!error.isError() && m_decoder.finalImageId().isEmpty() && m_shortId.isEmpty()) {
        // The stream ended cleanly but never said the image was built: the engine went away.
        error = EngineError(EngineError::Kind::ConnectionLost);
    }
    finish(error);
}

EngineError BuildJob::buildKitOutcome() const
{
    if (m_kit.corrupt())
        return EngineError(EngineError::Kind::BadTrace, m_kit.corruption());
    if (m_kit.failed()) {
        EngineError error(EngineError::Kind::BuildFailed, m_kit.errorMessage());
        if (m_kit.failedVertex() >= 0) {
            const BuildVertex failed = vertex(m_kit.failedVertex());
            if (failed.step.instruction >= 0)
                error.setStep(failed.step.instruction + 1, failed.step.line, failed.step.text);
        }
        return error;
    }
    if (m_kit.imageId().isEmpty()) // ended cleanly without the image: the engine went away
        return EngineError(EngineError::Kind::ConnectionLost);
    return {};
}

BuildVertex BuildJob::vertex(int index) const
{
    BuildVertex out;
    const auto &all = m_kit.trace().vertices();
    if (index < 0 || index >= static_cast<int>(all.size()))
        return out;
    const BuildKitVertex &vertex = all[static_cast<std::size_t>(index)];
    out.index = index;
    out.name = QString::fromStdString(vertex.name);
    out.step = m_steps.locate(out.name);
    out.cached = vertex.cached;
    out.startedMs = vertex.startedNs / 1000000;
    out.completedMs = vertex.completedNs / 1000000;
    out.seconds = vertex.seconds();
    out.error = QString::fromStdString(vertex.error);
    return out;
}

QList<BuildVertex> BuildJob::vertices() const
{
    QList<BuildVertex> out;
    const int count = static_cast<int>(m_kit.trace().vertices().size());
    for (int i = 0; i < count; ++i)
        out.append(vertex(i));
    return out;
}

void BuildJob::handleBuildKitEvent(const BuildEvent &event)
{
    const BuildVertex changed = vertex(event.vertex);
    if (event.type == BuildEvent::Type::VertexLog) {
        m_log.append(event.text);
        Q_EMIT logLine(event.text);
        Q_EMIT vertexLog(changed, event.text);
        return;
    }
    // The log shows each vertex once when it starts, and how it ended.
    QString line;
    if (!changed.error.isEmpty())
        line = QStringLiteral("ERROR %1: %2").arg(changed.name, changed.error);
    else if (changed.cached && changed.completedMs != 0)
        line = QStringLiteral("CACHED %1").arg(changed.name);
    else if (changed.completedMs != 0)
        line = QStringLiteral("DONE %1 (%2 s)").arg(changed.name).arg(changed.seconds, 0, 'f', 1);
    else if (changed.startedMs != 0)
        line = changed.name;
    if (!line.isEmpty() && (m_log.isEmpty() || m_log.constLast() != line)) {
        m_log.append(line);
        Q_EMIT logLine(line);
    }
    Q_EMIT vertexChanged(changed);
}

void BuildJob::finish(const EngineError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_session)
        m_session->close();
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel(); // closes the connection if it is still open
    }
    Q_EMIT finished();
}

bool BuildJob::waitForFinished(int timeoutMs)
{
    if (m_finished)
        return true;
    if (!m_started)
        start();
    if (!m_finished)
        waitForSignal(this, &BuildJob::finished, timeoutMs);
    return m_finished;
}

} // namespace stagecraft::engine
