// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureGates.h"

#include "cli/EngineCli.h"
#include "common/MeasureReport.h"
#include "common/WasteMessages.h"
#include "engine/MeasureHistory.h"
#include "model/StageGraph.h"

#include <QFile>

namespace stagecraft::cli {

namespace {

/// The value of `--name VALUE` or `--name=VALUE` at args[i] (and removes it); nullopt when
/// args[i] is another argument. `missing` is set when the value is absent.
std::optional<QString> takeValue(QStringList &args, qsizetype i, const QString &name, bool &missing)
{
    const QString &arg = args.at(i);
    if (arg == name) {
        if (i + 1 >= args.size()) {
            missing = true;
            return QString();
        }
        QString value = args.at(i + 1);
        args.remove(i, 2);
        return value;
    }
    if (arg.startsWith(name + u'=')) {
        QString value = arg.mid(name.size() + 1);
        args.removeAt(i);
        return value;
    }
    return std::nullopt;
}

std::string kindName(model::GateViolation::Kind kind)
{
    using Kind = model::GateViolation::Kind;
    switch (kind) {
    case Kind::Efficiency:
        return "efficiency";
    case Kind::Wasted:
        return "wasted";
    case Kind::Budget:
        return "budget";
    case Kind::UnknownStage:
        return "unknown-stage";
    case Kind::NotMeasured:
        return "not-measured";
    }
    return {};
}

} // namespace

int MeasureGates::take(QStringList &args, model::MeasureGates &gates, bool &waste, QTextStream &err)
{
    const QString sizeHint = tr("sizes are like 20MB, 1.5GB, 512kB or 3MiB");
    const QString minEfficiency = QStringLiteral("--min-efficiency");
    const QString maxWasted = QStringLiteral("--max-wasted");
    const QString budgetOption = QStringLiteral("--budget");
    for (qsizetype i = 0; i < args.size();) {
        if (args.at(i) == QStringLiteral("--waste")) {
            waste = true;
            args.removeAt(i);
            continue;
        }
        bool missing = false;
        QString name;
        std::optional<QString> value;
        for (const QString &option : {minEfficiency, maxWasted, budgetOption}) {
            if (!value && (value = takeValue(args, i, option, missing)))
                name = option;
        }
        if (!value) {
            ++i;
            continue;
        }
        const std::string text = value->toStdString();
        if (name == minEfficiency) {
            gates.minEfficiency = model::SizeBudgets::parseRatio(text);
            if (missing || !gates.minEfficiency)
                //: %1 = the value given
                return EngineCli::usage(
                    err,
                    tr("--min-efficiency needs a ratio from 0 to 1 (0.95) or a percentage "
                       "(95%), not \"%1\".")
                        .arg(*value));
        } else if (name == maxWasted) {
            gates.maxWasted = model::SizeBudgets::parseSize(text);
            if (missing || !gates.maxWasted)
                //: %1 = the value given, %2 = examples of sizes
                return EngineCli::usage(
                    err, tr("--max-wasted needs a size, not \"%1\": %2.").arg(*value, sizeHint));
        } else {
            const auto budget = model::SizeBudgets::parseBudget(text);
            if (missing || !budget)
                //: %1 = the value given, %2 = examples of sizes
                return EngineCli::usage(
                    err,
                    tr("--budget needs STAGE=SIZE (final=50MB), not \"%1\": %2.")
                        .arg(*value, sizeHint));
            gates.budgets.push_back(*budget);
        }
    }
    return -1;
}

int MeasureGates::addSidecar(const QString &dockerfile, model::MeasureGates &gates,
                             QTextStream &err)
{
    const QString path = engine::MeasureHistory::pathFor(dockerfile);
    QFile file(path);
    if (!file.exists())
        return -1;
    if (!file.open(QIODevice::ReadOnly))
        return EngineCli::usage(err,
                                EngineCli::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const nlohmann::json json
        = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    std::string bad;
    if (!json.is_discarded() && !model::SizeBudgets::addFromSidecar(json, gates, bad))
        //: %1 = sidecar file, %2 = the field
        return EngineCli::usage(err,
                                tr("%1: the gate %2 is not valid (sizes are like 20MB; "
                                   "minEfficiency is from 0 to 1).")
                                    .arg(path, QString::fromStdString(bad)));
    return -1; // a sidecar that is no JSON at all is the history's business, reported there
}

int MeasureGates::checkStages(const model::MeasureGates &gates, const model::StageGraph &graph,
                              QTextStream &err)
{
    for (const model::SizeBudget &budget : gates.budgets) {
        const QString name = QString::fromStdString(budget.stage);
        bool isIndex = false;
        const int index = name.startsWith(u'#') ? name.mid(1).toInt(&isIndex) : -1;
        const bool known = name.compare(QStringLiteral("final"), Qt::CaseInsensitive) == 0
            || (isIndex && index >= 0 && std::size_t(index) < graph.stages().size())
            || graph.stageIndex(budget.stage) >= 0;
        if (!known)
            //: %1 = the stage a budget names
            return EngineCli::usage(err,
                                    tr("--budget names no stage: %1 (use a stage name, "
                                       "#index or final).")
                                        .arg(name));
    }
    return -1;
}

bool MeasureGates::report(const std::vector<model::GateViolation> &violations, QTextStream &err)
{
    for (const model::GateViolation &violation : violations)
        err << QStringLiteral("stagecraft-cli: ")
            << tr("Gate broken: %1").arg(common::WasteMessages::violation(violation)) << u'\n';
    err.flush();
    return violations.empty();
}

nlohmann::ordered_json MeasureGates::json(const model::MeasureGates &gates,
                                          const std::vector<model::GateViolation> &violations)
{
    nlohmann::ordered_json json;
    if (gates.minEfficiency)
        json["minEfficiency"] = *gates.minEfficiency;
    if (gates.maxWasted)
        json["maxWasted"] = *gates.maxWasted;
    nlohmann::ordered_json budgets = nlohmann::ordered_json::object();
    for (const model::SizeBudget &budget : gates.budgets)
        budgets[budget.stage] = budget.bytes;
    json["budgets"] = std::move(budgets);
    nlohmann::ordered_json broken = nlohmann::ordered_json::array();
    for (const model::GateViolation &violation : violations)
        broken.push_back({{"kind", kindName(violation.kind)},
                          {"stage", violation.stage},
                          {"actual", violation.actual},
                          {"limit", violation.limit}});
    json["broken"] = std::move(broken);
    json["passed"] = violations.empty();
    return json;
}

QString MeasureGates::markdown(const model::MeasureGates &gates,
                               const std::vector<model::GateViolation> &violations)
{
    if (gates.isEmpty())
        return {};
    QString text = u'\n' + QStringLiteral("## ") + tr("Gates") + QStringLiteral("\n\n");
    if (violations.empty())
        return text + tr("Every gate passed.") + u'\n';
    for (const model::GateViolation &violation : violations)
        text += QStringLiteral("- ") + common::WasteMessages::violation(violation) + u'\n';
    return text;
}

} // namespace stagecraft::cli
