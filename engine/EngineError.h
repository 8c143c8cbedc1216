// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Measurement.h"
#include "model/Sidecar.h"

#include <QString>

#include <memory>

namespace stagecraft::engine {

/// What went wrong in the engine layer — talking to the Docker Engine, reading a build context or
/// an image's files, keeping the measurement history — as a code (kind()) with its arguments. A
/// value type. The engine never words it: common::EngineMessages::message() gives the
/// translated, actionable sentence, the same table for the GUI and the CLI.
class EngineError
{
public:
    enum class Kind {
        None,
        InvalidEndpoint,     ///< DOCKER_HOST or the context is malformed (detail: the value)
        UnsupportedEndpoint, ///< fd:// and friends (detail: the URL)
        NotRunning,          ///< ENOENT / ECONNREFUSED on the socket (detail: endpoint)
        PermissionDenied,    ///< EACCES on the socket (detail: endpoint)
        ConnectFailed,       ///< any other connect failure (detail: system message)
        ConnectTimeout,      ///< no connection within the connect timeout (detail: endpoint)
        Timeout,             ///< no bytes for longer than the idle timeout (detail: seconds)
        TlsFailed,           ///< TLS handshake or certificate problem (detail: Qt's message)
        SshMissing,          ///< ssh:// but no `ssh` program (detail: the URL)
        SshHostKeyUnknown,   ///< ssh does not know the host's key (detail: host; reason: port)
        SshHostKeyChanged,   ///< the host's key differs from known_hosts (detail: host)
        SshAuthFailed,       ///< ssh: permission denied (detail: user@host; reason: agent)
        SshFailed,           ///< ssh or the remote docker failed (detail: ssh's last words)
        ConnectionLost,      ///< the engine closed the connection mid-reply
        GarbageReply,        ///< not HTTP, or a malformed body (detail: parser error)
        ApiTooOld,           ///< engine's API below our minimum (detail: engine's version)
        HttpError,           ///< 4xx/5xx before any stream (detail: engine's message)
        BuildFailed,         ///< the build stream reported an error (see step/line)
        ContextFailed,       ///< reading the build context failed (detail: path / reason)
        Cancelled,           ///< the caller cancelled
        NoStages,            ///< the Dockerfile has no FROM: nothing to build or measure
        UnknownTarget,       ///< no stage has the target's name or index (detail: the target)
        NoSuchImage,         ///< the engine has no such local image (detail: name or ID)
        NoContainer,         ///< the engine created no container (detail: the image)
        ContainerNotRemoved, ///< a temporary container stayed (detail: its ID; cause: why)
        BadArchive,          ///< the engine's archive cannot be read (detail: libarchive's words)
        BaseImageUnreadable, ///< the base image's files could not be read (cause: why)
        FileUnreadable,      ///< detail: the file; reason: the system's message
        FileUnwritable,      ///< detail: the file; reason: the system's message
        SidecarInvalid,      ///< the history cannot be read (detail: the file; sidecar: why)
        SidecarNotSaved,     ///< the history was not written (detail: the file; sidecar: why)
        BadTrace,            ///< BuildKit's progress cannot be decoded (detail: what is wrong)
        BuilderUnavailable,  ///< the engine offers no BuildKit (detail: the engine's API version)
        SessionFailed,       ///< no BuildKit session: the context goes as a tar (detail: answer)
        SessionLost,         ///< the session broke while the engine read the context (detail)
    };

    EngineError() = default;
    EngineError(Kind kind, QString detail = {}, int httpStatus = 0)
        : m_kind(kind)
        , m_detail(std::move(detail))
        , m_httpStatus(httpStatus)
    { }

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isError() const { return m_kind != Kind::None; }
    /// The first argument: engine message, endpoint, file, image…
    [[nodiscard]] const QString &detail() const { return m_detail; }
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }
    /// The second argument: the system's words for a file that cannot be read or written.
    [[nodiscard]] const QString &reason() const { return m_reason; }
    void setReason(const QString &reason) { m_reason = reason; }

    /// For BuildFailed: the classic builder's step (1-based, 0 when unknown), its instruction
    /// text, and the Dockerfile line of that instruction (0 when unknown).
    [[nodiscard]] int step() const { return m_step; }
    [[nodiscard]] int line() const { return m_line; }
    [[nodiscard]] const QString &instruction() const { return m_instruction; }
    void setStep(int step, int line, const QString &instruction)
    {
        m_step = step;
        m_line = line;
        m_instruction = instruction;
    }

    /// The error behind this one (ContainerNotRemoved, BaseImageUnreadable), or nullptr.
    [[nodiscard]] const EngineError *cause() const { return m_cause.get(); }
    void setCause(const EngineError &cause) { m_cause = std::make_shared<EngineError>(cause); }
    /// For SidecarInvalid and SidecarNotSaved: what is wrong with the sidecar.
    [[nodiscard]] const model::SidecarError &sidecarError() const { return m_sidecar; }
    void setSidecarError(const model::SidecarError &error) { m_sidecar = error; }

    /// Short English name of the kind, for logs and tests ("not-running").
    [[nodiscard]] static QString kindName(Kind kind);
    /// The kind named `name` (kindName()), or None.
    [[nodiscard]] static Kind kindFromName(const QString &name);

    /// The error as a measurement problem, to keep in a run: "engine:<kind>" with the detail,
    /// the HTTP status, the step, the line, the instruction and the reason as arguments.
    [[nodiscard]] model::MeasureProblem toProblem() const;
    /// The error a toProblem() holds (None for any other problem).
    [[nodiscard]] static EngineError fromProblem(const model::MeasureProblem &problem);

private:
    Kind m_kind = Kind::None;
    QString m_detail;
    int m_httpStatus = 0;
    QString m_reason;
    int m_step = 0;
    int m_line = 0;
    QString m_instruction;
    std::shared_ptr<const EngineError> m_cause;
    model::SidecarError m_sidecar;
};

} // namespace stagecraft::engine
