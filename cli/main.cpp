// SPDX-License-Identifier: GPL-3.0-or-later
// The full stagecraft-cli: parse, graph, lint, print, edit, render and build Dockerfiles
// (docs/cli.md). On Linux it is `stagecraft-cli-full`, run by the Qt-free front (cli/fast/).
#include "cli/Cli.h"
#include "common/Translation.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    // `print` must write the input back byte for byte: no CRLF translation on stdio.
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
#endif
    // Qt Core only: `render` runs the application's headless render mode (cli/RenderLauncher).
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stagecraft-cli"));
    QCoreApplication::setApplicationVersion(stagecraft::cli::Cli::version());

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    // The catalogue is read when the first message is translated, not before: a run that prints
    // only a report never reads it. The English catalogue is the fallback: it holds the plural
    // forms ("1 error", "2 errors").
    stagecraft::common::installTranslatorOnDemand(
        application, stagecraft::cli::Cli::requestedLanguage(arguments));

    QFile in;
    QFile out;
    QFile err;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly)
        || !err.open(stderr, QIODevice::WriteOnly))
        return stagecraft::cli::Cli::UsageError;
    stagecraft::cli::Cli cli(in, out, err);
    const int exitCode = cli.run(arguments);
    out.close();
    err.close();
    return exitCode;
}
