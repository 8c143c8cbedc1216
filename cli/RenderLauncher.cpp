// SPDX-License-Identifier: GPL-3.0-or-later
#include "RenderLauncher.h"

#include <QDir>
#include <QIODevice>
#include <QProcess>
#include <QStandardPaths>

namespace stagecraft::cli {

namespace {

constexpr int UsageError = 2;

int fail(QIODevice &err, const QString &message)
{
    err.write((QStringLiteral("stagecraft-cli render: ") + message + QLatin1Char('\n')).toUtf8());
    return UsageError;
}

} // namespace

QString RenderLauncher::findApplication()
{
    const QString name = QStringLiteral("stagecraft");
    const QString beside
        = QStandardPaths::findExecutable(name, {QCoreApplication::applicationDirPath()});
    return beside.isEmpty() ? QStandardPaths::findExecutable(name) : beside;
}

int RenderLauncher::run(const QStringList &arguments, const QString &language, QIODevice &out,
                        QIODevice &err)
{
    const QString application = findApplication();
    if (application.isEmpty())
        //: %1 = the folder of stagecraft-cli. "stagecraft" is the program's file name.
        return fail(err,
                    tr("Drawing the canvas needs the Stagecraft application (stagecraft), "
                       "which is neither next to stagecraft-cli (in %1) nor on PATH. "
                       "Install Stagecraft, or put stagecraft on PATH.")
                        .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath())));
    QStringList childArguments{QLatin1String(kRenderOption)};
    if (!language.isEmpty())
        childArguments << QStringLiteral("--lang") << language;
    childArguments << arguments;

    QProcess process;
    process.setProgram(application);
    process.setArguments(childArguments);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                     [&] { out.write(process.readAllStandardOutput()); });
    QObject::connect(&process, &QProcess::readyReadStandardError, &process,
                     [&] { err.write(process.readAllStandardError()); });
    process.start();
    if (!process.waitForStarted(-1))
        //: %1 = the program, %2 = the system's reason
        return fail(err,
                    tr("Cannot run %1: %2")
                        .arg(QDir::toNativeSeparators(application), process.errorString()));
    process.waitForFinished(-1);
    out.write(process.readAllStandardOutput());
    err.write(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit)
        //: %1 = the program
        return fail(err,
                    tr("%1 stopped before it finished drawing.")
                        .arg(QDir::toNativeSeparators(application)));
    return process.exitCode();
}

} // namespace stagecraft::cli
