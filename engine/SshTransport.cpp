// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshTransport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

// The docker CLI's ssh helper (cli/connhelper): `ssh [-l user] [-p port] -- host docker
// [--host unix://path] system dial-stdio`, the remote docker CLI then copies bytes between its
// stdio and the engine's socket. Forwarding a socket with socat or `ssh -L` is not the docker
// way: it needs a tool and a free port, and leaves a tunnel behind.

namespace stagecraft::engine {

namespace {

constexpr qsizetype kMaxStderr = 64 * 1024;

/// The last non-empty line of ssh's standard error, without the trailing CR.
QString lastLine(const QByteArray &text)
{
    const QList<QByteArray> lines = text.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QByteArray line = it->trimmed();
        if (!line.isEmpty())
            return QString::fromUtf8(line);
    }
    return {};
}

QString destination(const EngineEndpoint &endpoint)
{
    return endpoint.user.isEmpty() ? endpoint.host : endpoint.user + u'@' + endpoint.host;
}

} // namespace

SshTransport::SshTransport(const EngineEndpoint &endpoint, QObject *parent)
    : EngineTransport(parent)
    , m_endpoint(endpoint)
{ }

SshTransport::~SshTransport()
{
    m_closed = true;
    stopProcess();
}

QStringList SshTransport::arguments(const EngineEndpoint &endpoint)
{
    QStringList args;
    if (!endpoint.sshConfigFile.isEmpty())
        args << QStringLiteral("-F") << endpoint.sshConfigFile;
    args << QStringLiteral("-T") << QStringLiteral("-o") << QStringLiteral("BatchMode=yes")
         << QStringLiteral("-o")
         << QStringLiteral("ConnectTimeout=") + QString::number(kConnectTimeoutSeconds);
    if (!endpoint.user.isEmpty())
        args << QStringLiteral("-l") << endpoint.user;
    if (endpoint.port != 0)
        args << QStringLiteral("-p") << QString::number(endpoint.port);
    args << QStringLiteral("--") << endpoint.host << QStringLiteral("docker");
    if (!endpoint.path.isEmpty())
        args << QStringLiteral("--host") << QStringLiteral("unix://") + endpoint.path;
    args << QStringLiteral("system") << QStringLiteral("dial-stdio");
    return args;
}

EngineError SshTransport::classify(const EngineEndpoint &endpoint, int exitCode,
                                   const QByteArray &standardError, const QString &agentSocket)
{
    if (exitCode == 0)
        return {};
    const QByteArray &err = standardError;
    if (err.contains("REMOTE HOST IDENTIFICATION HAS CHANGED")
        || (err.contains("Host key for") && err.contains("has changed")))
        return EngineError(EngineError::Kind::SshHostKeyChanged, endpoint.host);
    if (err.contains("Host key verification failed") || err.contains("host key is known for"))
        return EngineError(EngineError::Kind::SshHostKeyUnknown, endpoint.host);
    if (err.contains("Permission denied") || err.contains("Too many authentication failures")) {
        EngineError error(EngineError::Kind::SshAuthFailed, destination(endpoint));
        error.setReason(agentSocket);
        return error;
    }
    // The remote docker's own failures (dial-stdio could not reach the engine's socket).
    if (err.contains("connect: no such file or directory")
        || err.contains("connect: connection refused"))
        return EngineError(EngineError::Kind::NotRunning, endpoint.url);
    if (err.contains("connect: permission denied"))
        return EngineError(EngineError::Kind::PermissionDenied, endpoint.url);
    if (err.contains("Connection timed out") || err.contains("Operation timed out"))
        return EngineError(EngineError::Kind::ConnectTimeout, endpoint.url);
    const QString last = lastLine(err);
    return EngineError(EngineError::Kind::SshFailed,
                       last.isEmpty() ? QStringLiteral("ssh exit status %1").arg(exitCode) : last);
}

void SshTransport::open()
{
    const QString ssh = QStandardPaths::findExecutable(QStringLiteral("ssh"));
    if (ssh.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { fail(EngineError(EngineError::Kind::SshMissing, m_endpoint.url)); },
            Qt::QueuedConnection);
        return;
    }
    m_process = new QProcess(this);
    m_process->setProgram(ssh);
    m_process->setArguments(arguments(m_endpoint));
    m_process->setReadChannel(QProcess::StandardOutput);
    connect(m_process, &QProcess::started, this, [this] {
        m_connected = true;
        Q_EMIT connected();
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_received = true;
        if (!m_closed)
            Q_EMIT readyRead();
    });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray more = m_process->readAllStandardError();
        if (m_stderr.size() < kMaxStderr)
            m_stderr += more.left(kMaxStderr - m_stderr.size());
    });
    connect(m_process, &QProcess::bytesWritten, this, [this] {
        if (!m_closed)
            Q_EMIT bytesWritten();
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(EngineError(EngineError::Kind::SshMissing, m_endpoint.url));
    });
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) {
                onFinished(status == QProcess::NormalExit ? exitCode : 255);
            });
    m_process->start(QIODevice::ReadWrite);
}

void SshTransport::write(const QByteArray &bytes)
{
    if (!m_closed && m_process)
        m_process->write(bytes);
}

QByteArray SshTransport::readAll()
{
    return m_process ? m_process->readAllStandardOutput() : QByteArray();
}

qint64 SshTransport::bytesToWrite() const
{
    return m_process ? m_process->bytesToWrite() : 0;
}

void SshTransport::close()
{
    if (m_closed)
        return;
    m_closed = true;
    stopProcess();
}

void SshTransport::stopProcess()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

void SshTransport::fail(const EngineError &error)
{
    if (m_closed)
        return;
    m_closed = true;
    Q_EMIT failed(error);
}

void SshTransport::onFinished(int exitCode)
{
    if (m_closed)
        return;
    m_stderr += m_process->readAllStandardError();
    // Anything still buffered is delivered before the end.
    if (m_process->bytesAvailable() > 0) {
        m_received = true;
        Q_EMIT readyRead();
        if (m_closed)
            return;
    }
    const EngineError error
        = classify(m_endpoint, exitCode, m_stderr,
                   QProcessEnvironment::systemEnvironment().value(QStringLiteral("SSH_AUTH_SOCK")));
    // ssh exits with 255 for its own failures; after a reply began, the engine's end of the
    // connection is what counts (EngineCall tells a complete reply from a cut one).
    if (!error.isError() || (m_received && exitCode != 255)) {
        m_closed = true;
        Q_EMIT closed();
        return;
    }
    fail(error);
}

} // namespace stagecraft::engine
