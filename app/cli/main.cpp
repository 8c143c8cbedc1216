// SPDX-License-Identifier: GPL-3.0-or-later
// stagecraft-cli: parse, graph, lint, print, edit, render and build Dockerfiles (docs/cli.md).
#include "app/Translation.h"
#include "app/cli/Cli.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <memory>

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
    // `render` draws the canvas, a QGraphicsScene: it needs a QApplication, offscreen unless the
    // caller chose a platform. Every other command stays a light QCoreApplication.
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    const bool render = stagecraft::app::Cli::commandOf(rawArguments) == QStringLiteral("render");
    if (render && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = render ? std::make_unique<QApplication>(argc, argv)
                                                   : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &application = *app;
    QCoreApplication::setApplicationName(QStringLiteral("stagecraft-cli"));
    QCoreApplication::setApplicationVersion(stagecraft::app::Cli::version());

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    // The English catalogue is the fallback: it holds the plural forms ("1 error", "2 errors").
    if (!stagecraft::app::installTranslator(application,
                                            stagecraft::app::Cli::requestedLanguage(arguments)))
        stagecraft::app::installTranslator(application, QStringLiteral("en"));

    QFile in;
    QFile out;
    QFile err;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly)
        || !err.open(stderr, QIODevice::WriteOnly))
        return stagecraft::app::Cli::UsageError;
    stagecraft::app::Cli cli(in, out, err);
    const int exitCode = cli.run(arguments);
    out.close();
    err.close();
    return exitCode;
}
