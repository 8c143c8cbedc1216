// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureGates.h"

#include "cli/Cli.h"
#include "cli/EngineCli.h"
#include "cli/SarifWriter.h"
#include "common/MeasureReport.h"
#include "common/WasteMessages.h"
#include "engine/MeasureHistory.h"
#include "model/JsonExport.h"
#include "model/StageGraph.h"

#include <QFile>

#include <algorithm>
#include <iterator>

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

nlohmann::ordered_json MeasureGates::json(const model::MeasureRun &run,
                                          const model::MeasureGates &gates)
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
    for (const model::GateViolation &violation : model::SizeBudgets::check(run, gates))
        broken.push_back({{"kind", kindName(violation.kind)},
                          {"stage", violation.stage},
                          {"actual", violation.actual},
                          {"limit", violation.limit}});
    const bool passed = broken.empty();
    json["broken"] = std::move(broken);
    json["passed"] = passed;
    // Every gate with its outcome, as the Markdown and SARIF reports list them.
    nlohmann::ordered_json results = nlohmann::ordered_json::array();
    for (const Outcome &outcome : evaluate(run, gates))
        results.push_back({{"gate", outcome.gate},
                           {"stage", outcome.stage},
                           {"limit", outcome.limit},
                           {"actual", outcome.actual},
                           {"passed", !outcome.broken}});
    json["results"] = std::move(results);
    return json;
}

std::vector<MeasureGates::Outcome> MeasureGates::evaluate(const model::MeasureRun &run,
                                                          const model::MeasureGates &gates)
{
    std::vector<Outcome> outcomes;
    const auto add = [&](std::string gate, const model::MeasureGates &one, int stageIndex,
                         double limit, double actual) {
        Outcome outcome;
        outcome.gate = std::move(gate);
        outcome.stageIndex = stageIndex;
        const model::StageMeasure *stage = run.stage(stageIndex);
        outcome.stage
            = stage ? stage->label() : (one.budgets.empty() ? "final" : one.budgets[0].stage);
        outcome.limit = limit;
        const std::vector<model::GateViolation> broken = model::SizeBudgets::check(run, one);
        if (!broken.empty())
            outcome.broken = broken.front();
        const bool measured
            = stage && stage->built && (outcome.gate == "budget" || stage->waste.analysed);
        outcome.actual = measured ? actual : 0;
        outcomes.push_back(std::move(outcome));
    };
    const model::StageMeasure *final = run.finalStage();
    if (gates.minEfficiency) {
        model::MeasureGates one;
        one.minEfficiency = gates.minEfficiency;
        add("min-efficiency", one, run.finalIndex, *gates.minEfficiency,
            final ? final->waste.efficiency : 0);
    }
    if (gates.maxWasted) {
        model::MeasureGates one;
        one.maxWasted = gates.maxWasted;
        add("max-wasted", one, run.finalIndex, static_cast<double>(*gates.maxWasted),
            final ? static_cast<double>(final->waste.wastedBytes) : 0);
    }
    for (const model::SizeBudget &budget : gates.budgets) {
        model::MeasureGates one;
        one.budgets.push_back(budget);
        const int index = model::SizeBudgets::stageOf(run, budget.stage);
        const model::StageMeasure *stage = run.stage(index);
        add("budget", one, index, static_cast<double>(budget.bytes),
            stage ? static_cast<double>(stage->size) : 0);
    }
    return outcomes;
}

QString MeasureGates::passed(const Outcome &outcome)
{
    const QString stage = QString::fromStdString(outcome.stage);
    const auto bytes
        = [](double value) { return common::MeasureReport::size(static_cast<qint64>(value)); };
    if (outcome.gate == "min-efficiency")
        //: A gate that passed: %1 = stage, %2 = its efficiency, %3 = the minimum asked for
        return tr("%1: efficiency %2 meets the minimum %3")
            .arg(stage, common::WasteMessages::efficiency(outcome.actual),
                 common::WasteMessages::efficiency(outcome.limit));
    if (outcome.gate == "max-wasted")
        //: A gate that passed: %1 = stage, %2 = wasted size, %3 = the most allowed
        return tr("%1: wasted %2 is within the limit %3")
            .arg(stage, bytes(outcome.actual), bytes(outcome.limit));
    //: A gate that passed: %1 = stage, %2 = its size, %3 = its budget
    return tr("%1: size %2 is within its budget %3")
        .arg(stage, bytes(outcome.actual), bytes(outcome.limit));
}

QString MeasureGates::markdown(const model::MeasureRun &run, const model::MeasureGates &gates)
{
    if (gates.isEmpty())
        return {};
    QString text = u'\n' + QStringLiteral("## ") + tr("Gates") + QStringLiteral("\n\n");
    const std::vector<Outcome> outcomes = evaluate(run, gates);
    const bool allPassed
        = std::none_of(outcomes.begin(), outcomes.end(), [](const Outcome &o) { return o.broken; });
    for (const Outcome &outcome : outcomes) {
        text += QStringLiteral("- ")
            + (outcome.broken
                   //: A Markdown list item: %1 = the broken gate's sentence
                   ? tr("**Broken:** %1").arg(common::WasteMessages::violation(*outcome.broken))
                   //: A Markdown list item: %1 = the passed gate's sentence
                   : tr("Passed: %1").arg(passed(outcome)))
            + u'\n';
    }
    if (allPassed)
        text += u'\n' + tr("Every gate passed.") + u'\n';
    return text;
}

QByteArray MeasureGates::sarif(const model::MeasureRun &run, const model::MeasureGates &gates,
                               const model::StageGraph &graph, const QString &uri)
{
    struct Rule
    {
        const char *gate;
        const char *id;
        const char *summary;
    };
    static constexpr Rule kRules[] = {
        {"min-efficiency", "GateMinEfficiency",
         "The final stage's efficiency (as dive counts it) is below the minimum."},
        {"max-wasted", "GateMaxWasted", "The final stage wastes more bytes than allowed."},
        {"budget", "GateBudget", "A stage's image is larger than its size budget."},
    };
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const Rule &rule : kRules)
        rules.push_back({{"id", rule.id},
                         {"shortDescription", {{"text", rule.summary}}},
                         {"defaultConfiguration", {{"level", "error"}}}});
    const std::string artifact = uri.toStdString();
    nlohmann::ordered_json results = nlohmann::ordered_json::array();
    for (const Outcome &outcome : evaluate(run, gates)) {
        std::size_t ruleIndex = 0;
        while (ruleIndex + 1 < std::size(kRules) && outcome.gate != kRules[ruleIndex].gate)
            ++ruleIndex;
        nlohmann::ordered_json physical = {{"artifactLocation", {{"uri", artifact}}}};
        if (outcome.stageIndex >= 0 && std::size_t(outcome.stageIndex) < graph.stages().size()) {
            const int line = graph.stages()[std::size_t(outcome.stageIndex)].line;
            if (line > 0)
                physical["region"] = {{"startLine", line}};
        }
        const QString message
            = outcome.broken ? common::WasteMessages::violation(*outcome.broken) : passed(outcome);
        nlohmann::ordered_json result = {
            {"ruleId", kRules[ruleIndex].id},
            {"ruleIndex", ruleIndex},
            {"kind", outcome.broken ? "fail" : "pass"},
            {"level", outcome.broken ? "error" : "none"},
            {"message", {{"text", message.toStdString()}}},
            {"locations", nlohmann::ordered_json::array({{{"physicalLocation", physical}}})},
            {"properties",
             {{"stage", outcome.stage}, {"limit", outcome.limit}, {"actual", outcome.actual}}},
        };
        results.push_back(std::move(result));
    }
    const nlohmann::ordered_json log = {
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs",
         nlohmann::ordered_json::array({{
             {"tool",
              {{"driver",
                {{"name", "stagecraft"},
                 {"version", Cli::version().toStdString()},
                 {"informationUri", SarifWriter::InformationUri},
                 {"rules", std::move(rules)}}}}},
             {"results", std::move(results)},
         }})},
    };
    return QByteArray::fromStdString(model::jsonText(log) + '\n');
}

} // namespace stagecraft::cli
