// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineTransport.h"

#include <QByteArray>
#include <QStringList>

class QProcess;

namespace stagecraft::engine {

/// EngineTransport for ssh:// endpoints, the docker CLI's way: `ssh … docker system
/// dial-stdio` runs on the remote machine and joins its stdin and stdout to the engine's
/// socket, so HTTP goes over the ssh process's pipes. One ssh process per connection (one
/// EngineCall). ssh runs with BatchMode (it never prompts: no password, no host-key question)
/// and a connect timeout; its failures become specific errors (classify()).
class SshTransport : public EngineTransport
{
    Q_OBJECT

public:
    SshTransport(const EngineEndpoint &endpoint, QObject *parent);
    ~SshTransport() override;

    void open() override;
    void write(const QByteArray &bytes) override;
    [[nodiscard]] QByteArray readAll() override;
    [[nodiscard]] qint64 bytesToWrite() const override;
    void close() override;

    /// ssh's seconds to wait for the TCP connection (its ConnectTimeout option).
    static constexpr int kConnectTimeoutSeconds = 10;

    /// The ssh arguments for the endpoint: options, `--`, the host, then the remote command
    /// (`docker [--host unix://PATH] system dial-stdio`).
    [[nodiscard]] static QStringList arguments(const EngineEndpoint &endpoint);
    /// The error for an ssh that exited with `exitCode` after writing `standardError`;
    /// `agentSocket` is SSH_AUTH_SOCK (empty when no agent runs). None when nothing failed.
    [[nodiscard]] static EngineError classify(const EngineEndpoint &endpoint, int exitCode,
                                              const QByteArray &standardError,
                                              const QString &agentSocket);

private:
    void onFinished(int exitCode);
    void fail(const EngineError &error);
    void stopProcess();

    EngineEndpoint m_endpoint;
    QProcess *m_process = nullptr;
    QByteArray m_stderr;
    bool m_connected = false;
    bool m_received = false;
    bool m_closed = false;
};

} // namespace stagecraft::engine
