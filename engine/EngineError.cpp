// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineError.h"

namespace stagecraft::engine {

QString EngineError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::InvalidEndpoint:
        return tr("The Docker endpoint “%1” is not valid. Check DOCKER_HOST or the docker "
                  "context.")
            .arg(m_detail);
    case Kind::UnsupportedEndpoint:
        return tr("The Docker endpoint “%1” is not supported yet. Use a unix://, tcp:// or "
                  "npipe:// endpoint.")
            .arg(m_detail);
    case Kind::NotRunning:
        return tr("The Docker engine is not running at %1. Start Docker (for example "
                  "“sudo systemctl start docker”) and try again.")
            .arg(m_detail);
    case Kind::PermissionDenied:
        //: %1 is a socket path. "docker" is the Unix group name.
        return tr("Permission denied on the Docker socket %1. Add yourself to the “docker” "
                  "group (then log in again), or use the rootless Docker socket.")
            .arg(m_detail);
    case Kind::ConnectFailed:
        return tr("Could not connect to the Docker engine: %1").arg(m_detail);
    case Kind::ConnectTimeout:
        return tr("The Docker engine at %1 did not accept the connection in time.").arg(m_detail);
    case Kind::Timeout:
        return tr("The Docker engine stopped answering (no data for %1 seconds).").arg(m_detail);
    case Kind::TlsFailed:
        return tr("The TLS connection to the Docker engine failed: %1. Check DOCKER_CERT_PATH "
                  "and DOCKER_TLS_VERIFY.")
            .arg(m_detail);
    case Kind::ConnectionLost:
        return tr("The connection to the Docker engine was lost before the reply was complete.");
    case Kind::GarbageReply:
        return tr("The Docker engine sent a reply that is not valid HTTP (%1). Is the endpoint "
                  "really a Docker engine?")
            .arg(m_detail);
    case Kind::ApiTooOld:
        return tr("The Docker engine speaks API version %1, but Stagecraft needs at least %2. "
                  "Update Docker.")
            .arg(m_detail, QStringLiteral("1.24"));
    case Kind::HttpError:
        return tr("The Docker engine refused the request (HTTP %1): %2")
            .arg(QString::number(m_httpStatus), m_detail);
    case Kind::BuildFailed:
        if (m_step > 0 && m_line > 0) {
            //: %1 step number, %2 Dockerfile line, %3 instruction, %4 engine's message
            return tr("The build failed at step %1 (Dockerfile line %2: %3): %4")
                .arg(QString::number(m_step), QString::number(m_line), m_instruction, m_detail);
        }
        if (m_step > 0) {
            return tr("The build failed at step %1 (%2): %3")
                .arg(QString::number(m_step), m_instruction, m_detail);
        }
        return tr("The build failed: %1").arg(m_detail);
    case Kind::ContextFailed:
        return tr("Could not read the build context: %1").arg(m_detail);
    case Kind::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

QString EngineError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidEndpoint:
        return QStringLiteral("invalid-endpoint");
    case Kind::UnsupportedEndpoint:
        return QStringLiteral("unsupported-endpoint");
    case Kind::NotRunning:
        return QStringLiteral("not-running");
    case Kind::PermissionDenied:
        return QStringLiteral("permission-denied");
    case Kind::ConnectFailed:
        return QStringLiteral("connect-failed");
    case Kind::ConnectTimeout:
        return QStringLiteral("connect-timeout");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::TlsFailed:
        return QStringLiteral("tls-failed");
    case Kind::ConnectionLost:
        return QStringLiteral("connection-lost");
    case Kind::GarbageReply:
        return QStringLiteral("garbage-reply");
    case Kind::ApiTooOld:
        return QStringLiteral("api-too-old");
    case Kind::HttpError:
        return QStringLiteral("http-error");
    case Kind::BuildFailed:
        return QStringLiteral("build-failed");
    case Kind::ContextFailed:
        return QStringLiteral("context-failed");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace stagecraft::engine
