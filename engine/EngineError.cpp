// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineError.h"

#include <array>
#include <utility>

namespace stagecraft::engine {

namespace {

using Kind = EngineError::Kind;

constexpr std::array<std::pair<Kind, const char *>, 36> kNames{{
    {Kind::None, "none"},
    {Kind::InvalidEndpoint, "invalid-endpoint"},
    {Kind::UnsupportedEndpoint, "unsupported-endpoint"},
    {Kind::NotRunning, "not-running"},
    {Kind::PermissionDenied, "permission-denied"},
    {Kind::ConnectFailed, "connect-failed"},
    {Kind::ConnectTimeout, "connect-timeout"},
    {Kind::Timeout, "timeout"},
    {Kind::TlsFailed, "tls-failed"},
    {Kind::SshMissing, "ssh-missing"},
    {Kind::SshHostKeyUnknown, "ssh-host-key-unknown"},
    {Kind::SshHostKeyChanged, "ssh-host-key-changed"},
    {Kind::SshAuthFailed, "ssh-auth-failed"},
    {Kind::SshFailed, "ssh-failed"},
    {Kind::ConnectionLost, "connection-lost"},
    {Kind::GarbageReply, "garbage-reply"},
    {Kind::ApiTooOld, "api-too-old"},
    {Kind::HttpError, "http-error"},
    {Kind::BuildFailed, "build-failed"},
    {Kind::ContextFailed, "context-failed"},
    {Kind::Cancelled, "cancelled"},
    {Kind::NoStages, "no-stages"},
    {Kind::UnknownTarget, "unknown-target"},
    {Kind::NoSuchImage, "no-such-image"},
    {Kind::NoContainer, "no-container"},
    {Kind::ContainerNotRemoved, "container-not-removed"},
    {Kind::BadArchive, "bad-archive"},
    {Kind::BaseImageUnreadable, "base-image-unreadable"},
    {Kind::FileUnreadable, "file-unreadable"},
    {Kind::FileUnwritable, "file-unwritable"},
    {Kind::SidecarInvalid, "sidecar-invalid"},
    {Kind::SidecarNotSaved, "sidecar-not-saved"},
    {Kind::BadTrace, "bad-trace"},
    {Kind::BuilderUnavailable, "builder-unavailable"},
    {Kind::SessionFailed, "session-failed"},
    {Kind::SessionLost, "session-lost"},
}};

} // namespace

QString EngineError::kindName(Kind kind)
{
    for (const auto &[candidate, name] : kNames) {
        if (candidate == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("unknown");
}

EngineError::Kind EngineError::kindFromName(const QString &name)
{
    for (const auto &[kind, candidate] : kNames) {
        if (name == QLatin1String(candidate))
            return kind;
    }
    return Kind::None;
}

model::MeasureProblem EngineError::toProblem() const
{
    if (!isError())
        return {};
    model::MeasureProblem problem;
    problem.code
        = std::string(model::MeasureProblem::EnginePrefix) + kindName(m_kind).toStdString();
    problem.args = {m_detail.toStdString(), std::to_string(m_httpStatus), std::to_string(m_step),
                    std::to_string(m_line), m_instruction.toStdString(),  m_reason.toStdString()};
    return problem;
}

EngineError EngineError::fromProblem(const model::MeasureProblem &problem)
{
    const std::string_view prefix = model::MeasureProblem::EnginePrefix;
    if (!problem.code.starts_with(prefix))
        return {};
    const Kind kind = kindFromName(QString::fromStdString(problem.code.substr(prefix.size())));
    if (kind == Kind::None)
        return {};
    const auto arg = [&problem](std::size_t i) {
        return i < problem.args.size() ? QString::fromStdString(problem.args[i]) : QString();
    };
    EngineError error(kind, arg(0), arg(1).toInt());
    error.setStep(arg(2).toInt(), arg(3).toInt(), arg(4));
    error.setReason(arg(5));
    return error;
}

} // namespace stagecraft::engine
