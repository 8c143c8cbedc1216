// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace stagecraft::app {

/// `stagecraft-cli engine [--host URL]`: prints the endpoint, the engine's name and version,
/// the negotiated API version and the engine's OS/arch. Exit 0, or 2 when the engine cannot be
/// reached. `args` excludes the program and command names.
int runEngineCommand(const QStringList &args, QTextStream &out, QTextStream &err);

/// `stagecraft-cli build FILE [--context DIR] [--target T] [--tag T] [--build-arg K=V]…
/// [--label K=V]… [--no-cache] [--pull] [--platform P] [--host URL]`: builds with the classic
/// builder and streams the log to `out`. Exit 0 on success, 1 when the build fails, 2 on a usage
/// or connection error. `args` excludes the program and command names.
int runBuildCommand(const QStringList &args, QTextStream &out, QTextStream &err);

/// Translation context for the two commands' messages.
class EngineCli
{
    Q_DECLARE_TR_FUNCTIONS(EngineCli)
};

} // namespace stagecraft::app
