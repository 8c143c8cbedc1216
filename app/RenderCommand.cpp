// SPDX-License-Identifier: GPL-3.0-or-later
#include "RenderCommand.h"

#include "common/Translation.h"

#include "views/LayoutSidecar.h"
#include "views/canvas/CanvasExport.h"
#include "views/canvas/StageScene.h"

#include "model/Analysis.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

namespace stagecraft::app {

namespace {

constexpr int Success = 0;
constexpr int UsageError = 2;

/// Translation context "RenderCommand".
class RenderMessages
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)
};

int fail(QIODevice &err, const QString &message)
{
    err.write((QStringLiteral("stagecraft-cli render: ") + message + QLatin1Char('\n')).toUtf8());
    return UsageError;
}

} // namespace

int runRenderCommand(const QStringList &arguments, QIODevice &out, QIODevice &err)
{
    QString input;
    QString output;
    QString targetName;
    model::BuildArgs buildArgs;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &word = arguments[i];
        auto value = [&](QString &into) {
            if (i + 1 >= arguments.size())
                return false;
            into = arguments[++i];
            return true;
        };
        if (word == QLatin1String("-o") || word == QLatin1String("--output")) {
            if (!value(output))
                return fail(err, RenderMessages::tr("%1 needs a value.").arg(word));
        } else if (word.startsWith(QLatin1String("--output="))) {
            output = word.mid(9);
        } else if (word == QLatin1String("--target")) {
            if (!value(targetName))
                return fail(err, RenderMessages::tr("%1 needs a value.").arg(word));
        } else if (word.startsWith(QLatin1String("--target="))) {
            targetName = word.mid(9);
        } else if (word == QLatin1String("--build-arg")) {
            QString pair;
            if (!value(pair))
                return fail(err, RenderMessages::tr("%1 needs a value.").arg(word));
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq > 0)
                buildArgs[pair.left(eq).toStdString()] = pair.mid(eq + 1).toStdString();
        } else if (word.startsWith(QLatin1Char('-')) && word != QLatin1String("-")) {
            return fail(err, RenderMessages::tr("Unknown option %1.").arg(word));
        } else if (input.isEmpty()) {
            input = word;
        } else {
            return fail(err, RenderMessages::tr("Only one FILE can be rendered at a time."));
        }
    }
    if (input.isEmpty() || output.isEmpty())
        return fail(err,
                    RenderMessages::tr(
                        "Usage: stagecraft-cli render FILE -o OUT.svg|OUT.png [--target STAGE]"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png"))
        return fail(err, RenderMessages::tr("The output must end in .svg or .png: %1").arg(output));
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return fail(
            err,
            RenderMessages::tr("render needs a QApplication (run it through stagecraft-cli)."));

    QFile file(input);
    if (!file.open(QIODevice::ReadOnly))
        return fail(err, RenderMessages::tr("Cannot read %1: %2").arg(input, file.errorString()));
    std::shared_ptr<const model::Analysis> analysis
        = model::Analysis::build(file.readAll().toStdString(), {}, nullptr, buildArgs);
    if (!targetName.isEmpty()) {
        const int target = analysis->graph().stageIndex(targetName.toStdString());
        if (target < 0)
            return fail(err, RenderMessages::tr("No stage named %1.").arg(targetName));
        analysis = model::Analysis::relint(*analysis, model::LintOptions(target));
    }

    // The sidecar's layout when there is a valid one; render never writes it.
    views::StageScene scene;
    const QString sidecar = views::LayoutSidecar::pathFor(input);
    views::LayoutSidecar::Entries entries;
    QString problem;
    if (!views::LayoutSidecar::load(sidecar, entries, problem))
        err.write(
            RenderMessages::tr("Ignoring the layout file %1: %2\n").arg(sidecar, problem).toUtf8());
    scene.setLayoutEntries(entries);
    scene.setAnalysis(analysis);

    QString error;
    const bool ok = suffix == QLatin1String("svg")
        ? views::CanvasExport::saveSvg(scene, output, error)
        : views::CanvasExport::savePng(scene, output, error);
    if (!ok)
        return fail(err, RenderMessages::tr("Cannot write %1: %2").arg(output, error));
    Q_UNUSED(out);
    return Success;
}

int runRenderMode(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stagecraft-cli"));
    QStringList arguments = QCoreApplication::arguments().mid(2); // after "--render"
    QString language;
    if (arguments.size() >= 2 && arguments.constFirst() == QLatin1String("--lang")) {
        language = arguments.at(1);
        arguments.remove(0, 2);
    }
    // The English catalogue is the fallback, as in stagecraft-cli.
    if (!common::installTranslator(application, language))
        common::installTranslator(application, QStringLiteral("en"));
    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
        return UsageError;
    const int exitCode = runRenderCommand(arguments, out, err);
    out.close();
    err.close();
    return exitCode;
}

} // namespace stagecraft::app
