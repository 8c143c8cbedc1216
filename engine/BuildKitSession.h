// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DockerIgnore.h"
#include "EngineEndpoint.h"
#include "EngineError.h"
#include "GrpcServer.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <map>
#include <memory>

namespace stagecraft::engine {

class EngineTransport;
class FileSyncSender;

/// A BuildKit session as the docker CLI opens one for `docker build`: `POST /session` upgraded
/// to HTTP/2 ("h2c"), on which the engine is the gRPC client and we serve the file sync
/// (moby.filesync.v1.FileSync/DiffCopy) for two directories — "context" (the build context
/// minus .dockerignore) and "dockerfile" (the Dockerfile's directory, narrowed by the engine to
/// the Dockerfile) — and the health check the engine polls. The build then names the session
/// (`remote=client-session&session=<id>`) instead of sending a tar, and the engine pulls only
/// the files its cache lacks. Any other service (auth, secrets, ssh) gets gRPC's UNIMPLEMENTED.
class BuildKitSession : public QObject
{
    Q_OBJECT

public:
    /// `dockerfile` absolute; `ignore` the context's .dockerignore rules (keepBuildFiles applied).
    BuildKitSession(const EngineEndpoint &endpoint, const QString &apiPrefix,
                    const QString &contextDir, const QString &dockerfile,
                    const DockerIgnore &ignore, QObject *parent = nullptr);
    ~BuildKitSession() override;

    /// Connects and asks for the upgrade; ready() or failed() follows.
    void start();
    /// Closes the session (no signals after this).
    void close();

    /// The session ID the build names.
    [[nodiscard]] const QString &id() const { return m_id; }
    [[nodiscard]] bool isReady() const { return m_state == State::Serving; }
    /// A DiffCopy is in progress (the engine is reading files).
    [[nodiscard]] bool isTransferring() const { return !m_syncs.empty(); }

    /// Totals over every DiffCopy of this session.
    [[nodiscard]] quint64 dataBytesSent() const { return m_dataBytes; }
    [[nodiscard]] int filesSent() const { return m_filesSent; }
    /// "dir-name/path" of every file the engine requested, in order.
    [[nodiscard]] const QStringList &requestedFiles() const { return m_requested; }
    /// "dir-name/path" of every entry whose metadata was offered.
    [[nodiscard]] const QStringList &offeredPaths() const { return m_offered; }
    /// Methods the engine called that we do not serve.
    [[nodiscard]] const QStringList &unimplementedCalls() const { return m_unimplemented; }

    static constexpr int kUpgradeTimeoutMs = 10'000;

Q_SIGNALS:
    /// The engine accepted the session: the build may name it.
    void ready();
    /// Before ready(): the session could not start (the caller falls back to a tar). After
    /// ready(): the connection broke or the engine sent garbage.
    void failed(const stagecraft::engine::EngineError &error);
    /// File content bytes sent so far (for progress).
    void progress(quint64 dataBytes);

private:
    class Handler;
    friend class Handler;
    enum class State { Idle, Connecting, Upgrading, Serving, Closed };

    void onConnected();
    void onReadyRead();
    void onUpgradeReply();
    void onTransportEnded(const EngineError &error);
    void pump();
    bool fillStreams();
    void fail(const EngineError &error);

    EngineEndpoint m_endpoint;
    QString m_apiPrefix;
    QString m_contextDir;
    QString m_dockerfile;
    DockerIgnore m_ignore;
    QString m_id;
    QString m_sharedKey;
    State m_state = State::Idle;
    EngineTransport *m_transport = nullptr;
    QTimer m_upgradeTimer;
    QByteArray m_head; ///< the upgrade reply so far
    std::unique_ptr<Handler> m_handler;
    std::unique_ptr<GrpcServer> m_server;
    std::map<std::int32_t, std::pair<QString, std::unique_ptr<FileSyncSender>>> m_syncs;
    std::map<std::int32_t, bool> m_health;
    quint64 m_dataBytes = 0;
    int m_filesSent = 0;
    QStringList m_requested;
    QStringList m_offered;
    QStringList m_unimplemented;
    bool m_pumping = false;
};

} // namespace stagecraft::engine
