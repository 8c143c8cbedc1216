// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineMessages.h"

#include <QLocale>

#include "engine/EngineClient.h"

namespace stagecraft::common {

namespace {

using Kind = engine::EngineError::Kind;

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

QString EngineMessages::message(const engine::EngineError &error)
{
    const QString &detail = error.detail();
    switch (error.kind()) {
    case Kind::None:
        return {};
    case Kind::InvalidEndpoint:
        return tr("The Docker endpoint “%1” is not valid. Check DOCKER_HOST or the docker "
                  "context.")
            .arg(detail);
    case Kind::UnsupportedEndpoint:
        return tr("The Docker endpoint “%1” is not supported. Use a unix://, tcp://, npipe:// "
                  "or ssh:// endpoint.")
            .arg(detail);
    case Kind::NotRunning:
        return tr("The Docker engine is not running at %1. Start Docker (for example "
                  "“sudo systemctl start docker”) and try again.")
            .arg(detail);
    case Kind::PermissionDenied:
        //: %1 is a socket path. "docker" is the Unix group name.
        return tr("Permission denied on the Docker socket %1. Add yourself to the “docker” "
                  "group (then log in again), or use the rootless Docker socket.")
            .arg(detail);
    case Kind::ConnectFailed:
        return tr("Could not connect to the Docker engine: %1").arg(detail);
    case Kind::ConnectTimeout:
        return tr("The Docker engine at %1 did not accept the connection in time.").arg(detail);
    case Kind::Timeout:
        return tr("The Docker engine stopped answering (no data for %1 seconds). It may be "
                  "hung or overloaded: check it with “docker info”, restart it if needed (for "
                  "example “sudo systemctl restart docker”), then try again.")
            .arg(detail);
    case Kind::TlsFailed:
        return tr("The TLS connection to the Docker engine failed: %1. Check DOCKER_CERT_PATH "
                  "and DOCKER_TLS_VERIFY.")
            .arg(detail);
    case Kind::SshMissing:
    case Kind::SshHostKeyUnknown:
    case Kind::SshHostKeyChanged:
    case Kind::SshAuthFailed:
    case Kind::SshFailed:
        return sshMessage(error);
    case Kind::ConnectionLost:
        return tr("The connection to the Docker engine was lost before the reply was complete.");
    case Kind::GarbageReply:
        return tr("The Docker engine sent a reply that is not valid HTTP (%1). Is the endpoint "
                  "really a Docker engine?")
            .arg(detail);
    case Kind::ApiTooOld:
        return tr("The Docker engine speaks API version %1, but Stagecraft needs at least %2. "
                  "Update Docker.")
            .arg(detail, QString::fromLatin1(engine::EngineClient::kMinimumApiVersion));
    case Kind::HttpError:
        return tr("The Docker engine refused the request (HTTP %1): %2")
            .arg(QString::number(error.httpStatus()), detail);
    case Kind::BuildFailed:
        if (error.step() > 0 && error.line() > 0) {
            //: %1 step number, %2 Dockerfile line, %3 instruction, %4 engine's message
            return tr("The build failed at step %1 (Dockerfile line %2: %3): %4")
                .arg(QString::number(error.step()), QString::number(error.line()),
                     error.instruction(), detail);
        }
        if (error.step() > 0) {
            return tr("The build failed at step %1 (%2): %3")
                .arg(QString::number(error.step()), error.instruction(), detail);
        }
        return tr("The build failed: %1").arg(detail);
    case Kind::ContextFailed:
        return tr("Could not read the build context: %1").arg(detail);
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::NoStages:
        return tr("The build failed: %1").arg(tr("The Dockerfile has no FROM instruction."));
    case Kind::UnknownTarget:
        return tr("The build failed: %1").arg(tr("Unknown target stage: %1").arg(detail));
    case Kind::NoSuchImage:
        return tr("There is no local image “%1”. Build the stage first, or pick an image from "
                  "the list.")
            .arg(detail);
    case Kind::NoContainer:
        return tr("The engine created no container for %1.").arg(detail);
    case Kind::ContainerNotRemoved:
        //: %1 = container ID, %2 = the engine's message
        return tr("The temporary container %1 could not be removed: %2")
            .arg(detail.left(12), error.cause() ? message(*error.cause()) : QString());
    case Kind::BadArchive:
        return tr("The engine sent an archive that could not be read: %1").arg(detail);
    case Kind::BaseImageUnreadable:
        return tr("The base image could not be read: %1")
            .arg(error.cause() ? message(*error.cause()) : detail);
    case Kind::FileUnreadable:
        //: %1 = file, %2 = system message
        return tr("Cannot read %1: %2").arg(detail, error.reason());
    case Kind::FileUnwritable:
        //: %1 = file, %2 = system message
        return tr("Cannot write %1: %2").arg(detail, error.reason());
    case Kind::SidecarInvalid: {
        const QString what = sidecar(error.sidecarError());
        return detail.isEmpty() ? what : tr("%1: %2").arg(detail, what);
    }
    case Kind::SidecarNotSaved:
        if (error.sidecarError().code == model::SidecarError::Code::MeasurementsNotArray)
            return tr("\"measurements\" in %1 is not an array; the measurement was not saved.")
                .arg(detail);
        //: %1 = file
        return tr("%1 is not a valid sidecar (not a JSON object); the measurement was not "
                  "saved. Fix or move the file and measure again.")
            .arg(detail);
    case Kind::BadTrace:
    case Kind::BuilderUnavailable:
    case Kind::SessionFailed:
    case Kind::SessionLost:
        return buildKitMessage(error);
    }
    return engine::EngineError::kindName(error.kind());
}

QString EngineMessages::buildKitMessage(const engine::EngineError &error)
{
    const QString &detail = error.detail();
    switch (error.kind()) {
    case Kind::BadTrace:
        //: %1 = what is wrong (technical, English)
        return tr("The Docker engine sent BuildKit progress that cannot be read (%1); the build "
                  "was stopped. Try again, or build with the classic builder.")
            .arg(detail);
    case Kind::BuilderUnavailable:
        //: %1 = the engine's API version
        return tr("This engine offers no BuildKit builder (API %1; BuildKit needs Docker 18.09 "
                  "or later). Choose the classic builder or \"auto\".")
            .arg(detail);
    case Kind::SessionFailed:
        //: %1 = what the engine answered (technical, English)
        return tr("The Docker engine did not open a BuildKit session (%1); the build context "
                  "is sent whole as an archive instead, which is slower on rebuilds.")
            .arg(detail);
    default: // SessionLost
        break;
    }
    //: %1 = what happened (technical, English)
    return tr("The BuildKit session broke while the Docker engine was reading the build "
              "context (%1); the build was stopped. Try again.")
        .arg(detail);
}

QString EngineMessages::sshMessage(const engine::EngineError &error)
{
    const QString &detail = error.detail();
    switch (error.kind()) {
    case Kind::SshMissing:
        return tr("The Docker endpoint %1 needs the “ssh” program, which was not found. "
                  "Install OpenSSH (for example “sudo apt install openssh-client”).")
            .arg(detail);
    case Kind::SshHostKeyUnknown:
        //: %1 = host name; “ssh %1” is a command to type in a terminal
        return tr("SSH does not know the host key of %1, and Stagecraft never asks. Trust it "
                  "once: run “ssh %1” in a terminal, check the key's fingerprint and answer "
                  "“yes” (this adds it to ~/.ssh/known_hosts), then try again.")
            .arg(detail);
    case Kind::SshHostKeyChanged:
        //: %1 = host name
        return tr("The host key of %1 has CHANGED since you last connected: this can be an "
                  "attack, or the machine was reinstalled. Check with its administrator, then "
                  "remove the old key with “ssh-keygen -R %1”.")
            .arg(detail);
    case Kind::SshAuthFailed:
        if (error.reason().isEmpty()) {
            //: %1 = user@host
            return tr("SSH refused the login to %1 (permission denied). No SSH agent is running "
                      "and Stagecraft cannot ask for a password: start one and add your key "
                      "(“ssh-add ~/.ssh/id_ed25519”), or name the key with IdentityFile in "
                      "~/.ssh/config.")
                .arg(detail);
        }
        //: %1 = user@host, %2 = the agent's socket (SSH_AUTH_SOCK)
        return tr("SSH refused the login to %1 (permission denied). None of the keys in your "
                  "SSH agent (%2) or ~/.ssh was accepted, and Stagecraft cannot ask for a "
                  "password: add the right key (“ssh-add ~/.ssh/id_ed25519”) or name it with "
                  "IdentityFile in ~/.ssh/config, and make sure its public key is in the remote "
                  "~/.ssh/authorized_keys.")
            .arg(detail, error.reason());
    case Kind::SshFailed:
        return tr("The SSH connection to the Docker engine failed: %1. The remote machine needs "
                  "the docker command (Stagecraft runs “docker system dial-stdio” there).")
            .arg(detail);
    default:
        break;
    }
    return {};
}

QString EngineMessages::problem(const model::MeasureProblem &problem)
{
    using P = model::MeasureProblem;
    const auto arg = [&problem](std::size_t i) {
        return i < problem.args.size() ? fromStd(problem.args[i]) : QString();
    };
    const std::string_view code = problem.code;
    if (code.empty())
        return {};
    if (code == P::EarlierStageFailed)
        return tr("Not built: an earlier stage failed.");
    if (code == P::NoImage)
        return tr("The engine reported no image for this stage.");
    if (code == P::SourceNotBuilt)
        return tr("The source stage was not built.");
    if (code == P::VariablePath)
        //: %1 = a COPY source path
        return tr("%1 uses a variable; it is not measured.").arg(arg(0));
    if (code == P::NoSourcePath)
        return tr("The COPY names no source path.");
    if (code == P::PathMissing)
        //: %1 = a COPY source path
        return tr("%1 is not in the source stage's image.").arg(arg(0));
    if (code == P::BadArchive)
        //: %1 = a COPY source path
        return tr("The engine's archive of %1 could not be read.").arg(arg(0));
    if (code == P::Message)
        return arg(0);
    if (const engine::EngineError error = engine::EngineError::fromProblem(problem);
        error.isError())
        return message(error);
    QStringList args;
    for (const std::string &value : problem.args)
        args << fromStd(value);
    return fromStd(problem.code) + QStringLiteral(": ") + args.join(QStringLiteral(", "));
}

QString EngineMessages::readError(const model::MeasureReadError &error)
{
    using Code = model::MeasureReadError::Code;
    QString what;
    switch (error.code) {
    case Code::None:
        return {};
    case Code::NotJson:
        return tr("not valid JSON");
    case Code::Missing:
        what = tr("missing");
        break;
    case Code::ExpectedInteger:
        what = tr("expected an integer");
        break;
    case Code::ExpectedString:
        what = tr("expected a string");
        break;
    case Code::ExpectedBoolean:
        what = tr("expected true or false");
        break;
    case Code::ExpectedArray:
        what = tr("expected an array");
        break;
    case Code::ExpectedObject:
        what = tr("expected an object");
        break;
    case Code::OutOfRange:
        what = tr("out of range");
        break;
    case Code::UnsupportedVersion:
        what = tr("unsupported version %1").arg(error.value);
        break;
    case Code::BadTimestamp:
        what = tr("not an ISO 8601 date and time");
        break;
    case Code::NoSuchStage:
        what = tr("no stage has index %1").arg(error.value);
        break;
    }
    //: %1 = JSON path of the bad field (e.g. stages[1].size), %2 = what is wrong
    return tr("%1: %2").arg(fromStd(error.path), what);
}

QString EngineMessages::sidecar(const model::SidecarError &error)
{
    using Code = model::SidecarError::Code;
    switch (error.code) {
    case Code::None:
        return {};
    case Code::NotJson:
        return tr("The sidecar is not valid JSON.");
    case Code::NotObject:
        return tr("The sidecar's top level is not a JSON object.");
    case Code::MeasurementsNotArray:
        return tr("\"measurements\" in the sidecar is not an array.");
    case Code::BadMeasurement:
        //: %1 = position in the history (0 = oldest), %2 = what is wrong
        return tr("Measurement %1 in the sidecar cannot be read: %2")
            .arg(error.index)
            .arg(readError(error.measurement));
    case Code::UnsupportedVersion:
    case Code::SectionNotObject:
    case Code::BadEntry:
        break;
    }
    // The layout's own refusals never reach the history; the canvas words them itself.
    return fromStd(error.describe());
}

QString EngineMessages::progress(const engine::MeasureProgress &progress)
{
    using Phase = engine::MeasureProgress::Phase;
    switch (progress.phase) {
    case Phase::Building:
        return tr("Building…");
    case Phase::Step:
        //: Build progress. %1 = step, %2 = total steps, %3 = the instruction
        return tr("Step %1/%2: %3").arg(progress.step).arg(progress.steps).arg(progress.text);
    case Phase::MeasuringStage:
        return tr("Measuring stage %1").arg(progress.text);
    case Phase::MeasuringArrow:
        //: %1 = source stage, %2 = target stage, %3 = Dockerfile line
        return tr("Measuring the arrow %1 → %2 (line %3)")
            .arg(progress.text, progress.toText)
            .arg(progress.line);
    case Phase::AnalysingWaste:
        //: Reading every layer of a stage image. %1 = stage, %2 = MB read, %3 = about how many MB
        return tr("Analysing the wasted space of stage %1 (%2 of about %3 MB)")
            .arg(progress.text, QLocale().toString(progress.step),
                 QLocale().toString(progress.steps));
    }
    return {};
}

QString EngineMessages::filesPhase(engine::StageFilesystem::Phase phase, const QString &image)
{
    using Phase = engine::StageFilesystem::Phase;
    switch (phase) {
    case Phase::Inspecting:
        return tr("Inspecting %1 …").arg(image);
    case Phase::Reading:
        return tr("Reading the files of %1 …").arg(image);
    case Phase::ReadingBase:
        return tr("Reading the files of the base image %1 …").arg(image);
    }
    return {};
}

} // namespace stagecraft::common

namespace stagecraft::common {

QString EngineMessages::frontendLimit(const engine::FrontendLimit &limit)
{
    switch (limit.kind) {
    case engine::FrontendLimit::Kind::SyntaxDirective:
        //: %1 = line, %2 = the directive's value (docker/dockerfile:1.4)
        return tr("Line %1: \"# syntax=%2\" makes BuildKit fetch that Dockerfile frontend from a "
                  "registry, and the engine cannot reach one. Remove the line to build with the "
                  "engine's built-in frontend.")
            .arg(limit.line)
            .arg(limit.detail);
    case engine::FrontendLimit::Kind::Heredoc:
        //: %1 = line, %2 = instruction keyword (RUN, COPY)
        return tr("Line %1: this engine's built-in Dockerfile frontend (Docker before 23) does not "
                  "know heredocs (%2 <<EOF); they need frontend 1.4 or later. Write the commands "
                  "on one line, or use a newer engine.")
            .arg(limit.line)
            .arg(limit.detail);
    case engine::FrontendLimit::Kind::CopyLink:
        //: %1 = line, %2 = instruction keyword (COPY, ADD)
        return tr("Line %1: this engine's built-in Dockerfile frontend (Docker before 23) does not "
                  "know %2 --link; it needs frontend 1.4 or later. Remove --link, or use a newer "
                  "engine.")
            .arg(limit.line)
            .arg(limit.detail);
    }
    return {};
}

QString EngineMessages::frontendLimitReason(const engine::FrontendLimit &limit)
{
    switch (limit.kind) {
    case engine::FrontendLimit::Kind::SyntaxDirective:
        //: Problems dock. %1 = the directive's value (docker/dockerfile:1.4)
        return tr("BuildKit: \"# syntax=%1\" makes BuildKit fetch that Dockerfile frontend from a "
                  "registry, and the engine cannot reach one. Remove the line to build with the "
                  "engine's built-in frontend.")
            .arg(limit.detail);
    case engine::FrontendLimit::Kind::Heredoc:
        //: Problems dock. %1 = instruction keyword (RUN, COPY)
        return tr("BuildKit: this engine's built-in Dockerfile frontend (Docker before 23) does "
                  "not know heredocs (%1 <<EOF); they need frontend 1.4 or later. Write the "
                  "commands on one line, or use a newer engine.")
            .arg(limit.detail);
    case engine::FrontendLimit::Kind::CopyLink:
        //: Problems dock. %1 = instruction keyword (COPY, ADD)
        return tr("BuildKit: this engine's built-in Dockerfile frontend (Docker before 23) does "
                  "not know %1 --link; it needs frontend 1.4 or later. Remove --link, or use a "
                  "newer engine.")
            .arg(limit.detail);
    }
    return {};
}

} // namespace stagecraft::common
