// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureCommand.h"

#include "MeasureGates.h"
#include "SarifWriter.h"

#include "cli/EngineCli.h"
#include "common/EngineMessages.h"
#include "common/MeasureReport.h"
#include "engine/EngineClient.h"
#include "engine/MeasureHistory.h"
#include "engine/StageMeasurer.h"
#include "model/Measurement.h"

#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include <QFile>
#include <QFileInfo>

namespace stagecraft::cli {

namespace {

const QStringList kFormats = {QStringLiteral("text"), QStringLiteral("json"),
                              QStringLiteral("markdown"), QStringLiteral("csv")};

bool checkFormat(const QString &format, QTextStream &err, const QStringList &formats = kFormats)
{
    if (formats.contains(format))
        return true;
    //: %1 = the format given, %2 = the accepted formats
    EngineCli::usage(err,
                     MeasureCommand::tr("Unknown format %1 (use %2).")
                         .arg(format, formats.join(QStringLiteral(", "))));
    return false;
}

void writeRun(const model::MeasureRun &run, const QString &format, QTextStream &out,
              const model::MeasureGates &gates, const model::StageGraph &graph, const QString &file)
{
    if (format == QStringLiteral("json") && !gates.isEmpty()) {
        nlohmann::ordered_json json = model::Measurement::toJson(run);
        json["gates"] = MeasureGates::json(run, gates);
        out << QString::fromStdString(model::Measurement::text(json));
    } else if (format == QStringLiteral("json"))
        out << QString::fromUtf8(common::MeasureReport::json(run));
    else if (format == QStringLiteral("sarif"))
        out << QString::fromUtf8(
            MeasureGates::sarif(run, gates, graph, SarifWriter::artifactUri(file)));
    else if (format == QStringLiteral("markdown"))
        out << common::MeasureReport::markdown(run) + MeasureGates::markdown(run, gates);
    else if (format == QStringLiteral("csv"))
        out << common::MeasureReport::csv(run);
    else
        out << common::MeasureReport::text(run);
    out.flush();
}

} // namespace

int MeasureCommand::runMeasure(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QStringList rest = args;
    model::MeasureGates gates;
    bool analyseWaste = false;
    if (const int taken = MeasureGates::take(rest, gates, analyseWaste, err); taken >= 0)
        return taken;
    BuildCommandLine line;
    const int parsed = parseBuildCommandLine(
        rest, QStringLiteral("measure"), {QStringLiteral("--format")},
        {QStringLiteral("--no-history"), QStringLiteral("--allow-secrets")}, line, err);
    if (parsed >= 0)
        return parsed;
    const QString format = line.extras.value(QStringLiteral("--format"), QStringLiteral("text"));
    // SARIF carries the gates (a result per gate at its stage's FROM), so only measure has it.
    if (!checkFormat(format, err, kFormats + QStringList{QStringLiteral("sarif")}))
        return EngineCli::ExitUsage;

    // Check the target before talking to the engine: a typo is a usage error, not a build one.
    QFile file(line.options.dockerfile);
    if (!file.open(QIODevice::ReadOnly))
        return EngineCli::usage(err, tr("Cannot read %1: %2").arg(line.file, file.errorString()));
    const auto tree = model::SyntaxTree::parse(file.readAll().toStdString());
    model::BuildArgs overrides;
    for (auto it = line.options.buildArgs.cbegin(); it != line.options.buildArgs.cend(); ++it)
        overrides[it.key().toStdString()] = it.value().toStdString();
    const model::StageGraph graph = model::StageGraph::derive(*tree, overrides);
    if (graph.stages().empty())
        return EngineCli::usage(
            err, tr("%1 has no FROM instruction: nothing to measure.").arg(line.file));
    if (!line.options.target.isEmpty() && graph.stageIndex(line.options.target.toStdString()) < 0)
        return EngineCli::usage(err, tr("Unknown target stage: %1").arg(line.options.target));
    if (const int bad = MeasureGates::addSidecar(line.options.dockerfile, gates, err); bad >= 0)
        return bad;
    if (const int bad = MeasureGates::checkStages(gates, graph, err); bad >= 0)
        return bad;

    if (!line.flags.contains(QStringLiteral("--allow-secrets"))) {
        const int refused = refuseSecrets(line.options, err);
        if (refused >= 0)
            return refused;
    }

    engine::EngineClient client(engine::EngineEndpoint::resolveFromSystem(line.host));
    const engine::EngineError negotiated = client.negotiate();
    if (negotiated.isError())
        return EngineCli::usage(err, common::EngineMessages::message(negotiated));

    engine::StageMeasurer measurer(&client, line.options);
    measurer.setAnalyseWaste(analyseWaste || gates.minEfficiency || gates.maxWasted);
    QObject::connect(&measurer, &engine::StageMeasurer::progress, &measurer,
                     [&err](const engine::MeasureProgress &progress) {
                         //: Progress on standard error. %1 = stage (1-based), %2 = stage count,
                         //: %3 = what is happening
                         err << tr("[%1/%2] %3")
                                    .arg(progress.stage + 1)
                                    .arg(progress.stageCount)
                                    .arg(common::EngineMessages::progress(progress))
                             << u'\n';
                         err.flush();
                     });
    // A temporary container that stayed behind is worth knowing about; the run goes on.
    QObject::connect(&measurer, &engine::StageMeasurer::warning, &measurer,
                     [&err](const engine::EngineError &warning) {
                         err << QStringLiteral("stagecraft-cli: ")
                             << tr("Warning: %1").arg(common::EngineMessages::message(warning))
                             << u'\n';
                         err.flush();
                     });
    const engine::EngineError error = measurer.runSync();
    const model::MeasureRun &run = measurer.run();
    if (error.isError() && error.kind() != engine::EngineError::Kind::BuildFailed)
        return EngineCli::usage(err, common::EngineMessages::message(error));

    if (!error.isError() && !line.flags.contains(QStringLiteral("--no-history"))) {
        const QString sidecar = engine::MeasureHistory::pathFor(line.options.dockerfile);
        const engine::EngineError saved = engine::MeasureHistory::append(sidecar, run);
        if (saved.isError()) {
            err << QStringLiteral("stagecraft-cli: ")
                << tr("Warning: %1").arg(common::EngineMessages::message(saved)) << u'\n';
            err.flush();
        }
    }
    const std::vector<model::GateViolation> broken = gates.isEmpty()
        ? std::vector<model::GateViolation>{}
        : model::SizeBudgets::check(run, gates);
    writeRun(run, format, out, gates, graph, line.file);
    if (error.isError()) {
        err << QStringLiteral("stagecraft-cli: ") << common::EngineMessages::message(error)
            << u'\n';
        err.flush();
        return EngineCli::ExitBuildFailed;
    }
    return MeasureGates::report(broken, err) ? EngineCli::ExitOk : EngineCli::ExitBuildFailed;
}

QString MeasureCommand::loadRun(const QString &path, model::MeasureRun &run)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        //: %1 = file, %2 = system message
        return tr("Cannot read %1: %2").arg(path, file.errorString());
    const QByteArray bytes = file.readAll();
    const QByteArray start = bytes.trimmed().left(1);
    if (start == "{") {
        // A run (measure --format json) or a sidecar (its latest measurement).
        const nlohmann::json json = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(),
                                                          nullptr, /*allow_exceptions=*/false);
        if (json.is_object() && json.contains("measurements")) {
            std::vector<model::MeasureRun> runs;
            const engine::EngineError error = engine::MeasureHistory::parse(bytes, runs);
            if (runs.empty()) {
                if (!error.isError())
                    return tr("%1 holds no measurement.").arg(path);
                engine::EngineError named(error.kind(), path); // the file, in the message
                named.setSidecarError(error.sidecarError());
                return common::EngineMessages::message(named);
            }
            run = runs.back();
            return {};
        }
        const model::MeasureReadError error = model::Measurement::fromJsonText(
            std::string_view(bytes.constData(), std::size_t(bytes.size())), run);
        return error.isError()
            ? path + QStringLiteral(": ") + common::EngineMessages::readError(error)
            : QString();
    }
    // A Dockerfile: its latest recorded measurement.
    std::vector<model::MeasureRun> runs;
    const QString sidecar = engine::MeasureHistory::pathFor(QFileInfo(path).absoluteFilePath());
    const engine::EngineError error = engine::MeasureHistory::load(sidecar, runs);
    if (runs.empty()) {
        if (error.isError())
            return common::EngineMessages::message(error);
        //: %1 = Dockerfile
        return tr("No measurement is recorded for %1: run stagecraft-cli measure %1 first.")
            .arg(path);
    }
    run = runs.back();
    return {};
}

int MeasureCommand::runCompare(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString format = QStringLiteral("text");
    QStringList files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QStringLiteral("--format")) {
            if (i + 1 >= args.size())
                return EngineCli::usage(err, EngineCli::tr("Option %1 needs a value.").arg(arg));
            format = args.at(++i);
        } else if (arg.startsWith(QStringLiteral("--format="))) {
            format = arg.mid(9);
        } else if (arg.startsWith(u'-') && arg != QStringLiteral("-")) {
            return EngineCli::usage(
                err,
                EngineCli::tr("Unknown option for %1: %2").arg(QStringLiteral("compare"), arg));
        } else {
            files << arg;
        }
    }
    if (files.size() != 2)
        return EngineCli::usage(
            err,
            tr("compare needs two measurements: stagecraft-cli compare A B (each a "
               "measure --format json file, or a measured Dockerfile)."));
    if (!checkFormat(format, err))
        return EngineCli::ExitUsage;
    model::MeasureRun a;
    model::MeasureRun b;
    for (const auto &[path, run] : {std::pair{files.at(0), &a}, std::pair{files.at(1), &b}}) {
        const QString error = loadRun(path, *run);
        if (!error.isEmpty())
            return EngineCli::usage(err, error);
    }
    const model::RunComparison comparison = model::RunComparison::compare(a, b);
    if (format == QStringLiteral("json"))
        out << QString::fromUtf8(common::MeasureReport::json(comparison));
    else if (format == QStringLiteral("markdown"))
        out << common::MeasureReport::markdown(comparison);
    else if (format == QStringLiteral("csv"))
        out << common::MeasureReport::csv(comparison);
    else
        out << common::MeasureReport::text(comparison);
    out.flush();
    return EngineCli::ExitOk;
}

} // namespace stagecraft::cli
