// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/BuildOptions.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <QTextStream>

namespace stagecraft::cli {

/// `stagecraft-cli engine [--host URL]`: prints the endpoint, the engine's name and version,
/// the negotiated API version and the engine's OS/arch. Exit 0, or 2 when the engine cannot be
/// reached. `args` excludes the program and command names.
int runEngineCommand(const QStringList &args, QTextStream &out, QTextStream &err);

/// `stagecraft-cli build FILE [--context DIR] [--target T] [--tag T] [--build-arg K=V]…
/// [--label K=V]… [--no-cache] [--pull] [--platform P] [--host URL] [--allow-secrets]`: refuses
/// (exit 1) when the context would send files that look like secrets, unless --allow-secrets;
/// builds with the classic builder and streams the log to `out`. Exit 0 on success, 1 when the
/// build fails or is refused, 2 on a usage or connection error. `args` excludes the program and
/// command names.
int runBuildCommand(const QStringList &args, QTextStream &out, QTextStream &err);

/// Before a build sends the context: when files that look like secrets would be sent
/// (engine::ContextSecrets), prints them with the way out and returns 1; else -1.
int refuseSecrets(const engine::BuildOptions &options, QTextStream &err);

/// The command line of an engine command that builds (`build`, `measure`).
struct BuildCommandLine
{
    engine::BuildOptions options;  ///< dockerfile and contextDir absolute
    QString file;                  ///< FILE as given
    QString host;                  ///< --host
    QMap<QString, QString> extras; ///< values of the command's own options (`extraValued`)
    QStringList flags;             ///< the command's own flags that were given (`extraFlags`)
};

/// Parses `FILE [--context DIR] [--target T] [--tag T]… [--build-arg K=V]… [--label K=V]…
/// [--no-cache] [--pull] [--platform P] [--host URL]` plus the command's own options
/// (`extraValued` take a value, `extraFlags` do not). Checks that FILE is a file and the context
/// a directory. Returns -1 when all is well, else the exit code (2) after printing the reason.
int parseBuildCommandLine(const QStringList &args, const QString &command,
                          const QStringList &extraValued, const QStringList &extraFlags,
                          BuildCommandLine &line, QTextStream &err);

/// Translation context for the engine commands' messages, and their shared exit codes.
class EngineCli
{
    Q_DECLARE_TR_FUNCTIONS(EngineCli)

public:
    static constexpr int ExitOk = 0;
    static constexpr int ExitBuildFailed = 1;
    static constexpr int ExitUsage = 2;

    /// Prints "stagecraft-cli: message" to `err` and returns ExitUsage.
    static int usage(QTextStream &err, const QString &message);
};

} // namespace stagecraft::cli
