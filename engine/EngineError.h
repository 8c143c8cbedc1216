// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace stagecraft::engine {

/// What went wrong talking to the Docker Engine, with enough detail to tell the user what to
/// do. A value type; `message()` gives the translated text (context "EngineError").
class EngineError
{
    Q_DECLARE_TR_FUNCTIONS(EngineError)

public:
    enum class Kind {
        None,
        InvalidEndpoint,     ///< DOCKER_HOST or the context is malformed (detail: the value)
        UnsupportedEndpoint, ///< ssh:// and friends (detail: the URL)
        NotRunning,          ///< ENOENT / ECONNREFUSED on the socket (detail: endpoint)
        PermissionDenied,    ///< EACCES on the socket (detail: endpoint)
        ConnectFailed,       ///< any other connect failure (detail: system message)
        ConnectTimeout,      ///< no connection within the connect timeout
        Timeout,             ///< no bytes for longer than the idle timeout
        TlsFailed,           ///< TLS handshake or certificate problem (detail: Qt's message)
        ConnectionLost,      ///< the engine closed the connection mid-reply
        GarbageReply,        ///< not HTTP, or a malformed body (detail: parser error)
        ApiTooOld,           ///< engine's API below our minimum (detail: engine's version)
        HttpError,           ///< 4xx/5xx before any stream (detail: engine's message)
        BuildFailed,         ///< the build stream reported an error (see step/line)
        ContextFailed,       ///< reading the build context failed (detail: path / reason)
        Cancelled,           ///< the caller cancelled
    };

    EngineError() = default;
    EngineError(Kind kind, QString detail = {}, int httpStatus = 0)
        : m_kind(kind)
        , m_detail(std::move(detail))
        , m_httpStatus(httpStatus)
    { }

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isError() const { return m_kind != Kind::None; }
    /// The raw detail: engine message, endpoint, system error…
    [[nodiscard]] const QString &detail() const { return m_detail; }
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }

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

    /// Translated, user-actionable message.
    [[nodiscard]] QString message() const;
    /// Short English name of the kind, for logs and tests ("not-running").
    [[nodiscard]] static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    QString m_detail;
    int m_httpStatus = 0;
    int m_step = 0;
    int m_line = 0;
    QString m_instruction;
};

} // namespace stagecraft::engine
