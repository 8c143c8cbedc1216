// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineCli.h"

#include "common/EngineMessages.h"
#include "engine/BuildJob.h"
#include "engine/BuildKitFrontend.h"
#include "engine/ContextSecrets.h"
#include "engine/EngineClient.h"
#include "engine/EngineInfo.h"
#include "model/SyntaxTree.h"

#include <QFile>
#include <QFileInfo>

namespace stagecraft::cli {

namespace {

constexpr int kExitOk = EngineCli::ExitOk;
constexpr int kExitBuildFailed = EngineCli::ExitBuildFailed;

int usage(QTextStream &err, const QString &message)
{
    return EngineCli::usage(err, message);
}

QString describeEndpoint(const engine::EngineEndpoint &endpoint)
{
    return endpoint.url + QStringLiteral(" (") + endpoint.source + u')';
}

} // namespace

int EngineCli::usage(QTextStream &err, const QString &message)
{
    err << QStringLiteral("stagecraft-cli: ") << message << u'\n';
    err.flush();
    return ExitUsage;
}

int runEngineCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString host;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QStringLiteral("--host")) {
            if (i + 1 >= args.size())
                return usage(err, EngineCli::tr("Option %1 needs a value.").arg(arg));
            host = args.at(++i);
        } else {
            return usage(
                err, EngineCli::tr("Unknown option for %1: %2").arg(QStringLiteral("engine"), arg));
        }
    }
    const engine::EngineEndpoint endpoint = engine::EngineEndpoint::resolveFromSystem(host);
    out << EngineCli::tr("Endpoint: %1").arg(describeEndpoint(endpoint)) << u'\n';
    out.flush();
    engine::EngineClient client(endpoint);
    const engine::EngineError error = client.negotiate();
    if (error.isError())
        return usage(err, common::EngineMessages::message(error));
    const engine::EngineClient::Result version = client.versionSync();
    if (!version.ok())
        return usage(err, common::EngineMessages::message(version.error));
    const engine::EngineInfo info = engine::EngineInfo::fromVersionJson(version.json);
    out << EngineCli::tr("Engine: %1 %2").arg(info.name, info.version) << u'\n';
    out << EngineCli::tr("API version: %1 (engine %2, Stagecraft %3)")
               .arg(client.apiVersion(), client.engineApiVersion(),
                    QString::fromLatin1(engine::EngineClient::kApiVersion))
        << u'\n';
    out << EngineCli::tr("OS/Arch: %1/%2").arg(info.os, info.arch) << u'\n';
    out.flush();
    return kExitOk;
}

int parseBuildCommandLine(const QStringList &args, const QString &command,
                          const QStringList &extraValued, const QStringList &extraFlags,
                          BuildCommandLine &line, QTextStream &err)
{
    engine::BuildOptions &options = line.options;
    QString context;
    bool contextGiven = false;
    const QStringList valued
        = QStringList{QStringLiteral("--context"),   QStringLiteral("--target"),
                      QStringLiteral("--tag"),       QStringLiteral("-t"),
                      QStringLiteral("--build-arg"), QStringLiteral("--label"),
                      QStringLiteral("--platform"),  QStringLiteral("--host"),
                      QStringLiteral("--builder"),   QStringLiteral("--network")}
        + extraValued;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        QString value;
        bool hasValue = false;
        const qsizetype eq = arg.indexOf(u'=');
        if (arg.startsWith(QStringLiteral("--")) && eq > 0 && valued.contains(arg.left(eq))) {
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
            hasValue = true;
        }
        if (valued.contains(arg)) {
            if (!hasValue) {
                if (i + 1 >= args.size())
                    return usage(err, EngineCli::tr("Option %1 needs a value.").arg(arg));
                value = args.at(++i);
            }
            if (extraValued.contains(arg)) {
                line.extras.insert(arg, value);
            } else if (arg == QStringLiteral("--context")) {
                context = value;
                contextGiven = true;
            } else if (arg == QStringLiteral("--target")) {
                options.target = value;
            } else if (arg == QStringLiteral("--tag") || arg == QStringLiteral("-t")) {
                options.tags << value;
            } else if (arg == QStringLiteral("--platform")) {
                options.platform = value;
            } else if (arg == QStringLiteral("--host")) {
                line.host = value;
            } else if (arg == QStringLiteral("--network")) {
                options.networkMode = value;
            } else if (arg == QStringLiteral("--builder")) {
                if (!engine::builderFromName(value, options.builder))
                    //: %1 = the value given; auto, buildkit, classic are literal option values
                    return usage(err,
                                 EngineCli::tr("Unknown builder %1: use auto, buildkit or "
                                               "classic.")
                                     .arg(value));
            } else {
                // NAME=VALUE; a bare NAME takes its value from the environment, like docker.
                const qsizetype sep = value.indexOf(u'=');
                const QString key = sep < 0 ? value : value.left(sep);
                if (key.isEmpty())
                    return usage(err, EngineCli::tr("Option %1 expects NAME=VALUE.").arg(arg));
                QString val = sep < 0 ? qEnvironmentVariable(key.toLocal8Bit().constData())
                                      : value.mid(sep + 1);
                if (arg == QStringLiteral("--build-arg"))
                    options.buildArgs.insert(key, val);
                else
                    options.labels.insert(key, val);
            }
        } else if (arg == QStringLiteral("--no-cache")) {
            options.noCache = true;
        } else if (arg == QStringLiteral("--pull")) {
            options.pull = true;
        } else if (extraFlags.contains(arg)) {
            line.flags << arg;
        } else if (arg.startsWith(u'-') && arg != QStringLiteral("-")) {
            return usage(err, EngineCli::tr("Unknown option for %1: %2").arg(command, arg));
        } else if (line.file.isEmpty()) {
            line.file = arg;
        } else {
            return usage(err, EngineCli::tr("Unexpected argument: %1").arg(arg));
        }
    }
    if (line.file.isEmpty())
        //: %1 = command name (build, measure)
        return usage(err,
                     EngineCli::tr("Missing the Dockerfile: stagecraft-cli %1 FILE [--context DIR]")
                         .arg(command));
    const QFileInfo fileInfo(line.file);
    if (!fileInfo.isFile())
        return usage(err, EngineCli::tr("Cannot read %1.").arg(line.file));
    options.dockerfile = fileInfo.absoluteFilePath();
    options.contextDir
        = QFileInfo(contextGiven ? context : fileInfo.absolutePath()).absoluteFilePath();
    if (!QFileInfo(options.contextDir).isDir())
        return usage(
            err, EngineCli::tr("The build context %1 is not a directory.").arg(options.contextDir));
    return -1;
}

int refuseSecrets(const engine::BuildOptions &options, QTextStream &err)
{
    const QStringList secrets
        = engine::ContextSecrets::find(options.contextDir, options.dockerfile);
    if (secrets.isEmpty())
        return -1;
    QStringList shown = secrets.mid(0, 10);
    if (secrets.size() > shown.size())
        shown << QStringLiteral("…");
    //: %n = number of files, %1 = their paths, comma-separated
    err << QStringLiteral("stagecraft-cli: ")
        << EngineCli::tr("The build context has %n file(s) that look like secrets and are not "
                         "excluded by .dockerignore: %1. Nothing was sent. Add them to "
                         ".dockerignore, or build with --allow-secrets to send them anyway.",
                         nullptr, int(secrets.size()))
               .arg(shown.join(QStringLiteral(", ")))
        << u'\n';
    err.flush();
    return kExitBuildFailed;
}

int runBuildCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    BuildCommandLine line;
    const int parsed = parseBuildCommandLine(args, QStringLiteral("build"), {},
                                             {QStringLiteral("--allow-secrets")}, line, err);
    if (parsed >= 0)
        return parsed;
    const engine::BuildOptions &options = line.options;
    if (!line.flags.contains(QStringLiteral("--allow-secrets"))) {
        const int refused = refuseSecrets(options, err);
        if (refused >= 0)
            return refused;
    }
    engine::EngineClient client(engine::EngineEndpoint::resolveFromSystem(line.host));
    const engine::EngineError negotiated = client.negotiate();
    if (negotiated.isError())
        return usage(err, common::EngineMessages::message(negotiated));

    if (client.resolveBuilder(options.builder) == engine::Builder::BuildKit) {
        QFile file(options.dockerfile);
        const auto tree = model::SyntaxTree::parse(
            file.open(QIODevice::ReadOnly) ? file.readAll().toStdString() : std::string());
        const auto limits = engine::builtinFrontendLimits(*tree, client.serverVersion());
        for (const engine::FrontendLimit &limit : limits)
            err << QStringLiteral("stagecraft-cli: ")
                << common::EngineMessages::frontendLimit(limit) << u'\n';
        if (!limits.empty()) {
            err.flush();
            return kExitBuildFailed;
        }
    }
    engine::BuildJob *job = client.build(options, &client);
    //: %1 = "buildkit" or "classic"
    out << EngineCli::tr("Builder: %1").arg(engine::builderName(job->options().builder)) << u'\n';
    QObject::connect(job, &engine::BuildJob::logLine, job, [&out](const QString &text) {
        out << text << u'\n';
        out.flush();
    });
    QObject::connect(job, &engine::BuildJob::contextFallback, job,
                     [&out](const engine::EngineError &why) {
                         out << common::EngineMessages::message(why) << u'\n';
                         out.flush();
                     });
    job->start();
    job->waitForFinished();
    if (job->succeeded()) {
        out.flush();
        return kExitOk;
    }
    const engine::EngineError &error = job->error();
    err << QStringLiteral("stagecraft-cli: ") << common::EngineMessages::message(error) << u'\n';
    err.flush();
    return error.kind() == engine::EngineError::Kind::BuildFailed ? kExitBuildFailed
                                                                  : EngineCli::ExitUsage;
}

} // namespace stagecraft::cli
