// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SizeBudget.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace stagecraft::model {
class StageGraph;
} // namespace stagecraft::model

namespace stagecraft::cli {

/// The gates of `stagecraft-cli measure`: `--min-efficiency R` (0.95 or 95%), `--max-wasted SIZE`
/// and `--budget STAGE=SIZE` (repeatable), plus `--waste` (analyse wasted space without a gate);
/// budgets may also live in the Dockerfile's sidecar. A broken gate is one line on standard
/// error and exit 1; a bad value is a usage error (exit 2).
class MeasureGates
{
    Q_DECLARE_TR_FUNCTIONS(MeasureGates)

public:
    /// Takes the gate options out of `args` (the rest is left for the build options). Returns
    /// -1 when all is well, else the exit code after printing the reason.
    static int take(QStringList &args, model::MeasureGates &gates, bool &waste, QTextStream &err);
    /// Adds the sidecar's gates (model::SizeBudgets::addFromSidecar) of `dockerfile`, when it
    /// has a sidecar. Returns -1, or the exit code after printing the reason.
    static int addSidecar(const QString &dockerfile, model::MeasureGates &gates, QTextStream &err);
    /// Checks that every budget names a stage of `graph` (a name, "final" or "#index");
    /// returns -1, or the exit code (2) after printing the reason.
    static int checkStages(const model::MeasureGates &gates, const model::StageGraph &graph,
                           QTextStream &err);
    /// Prints one line per broken gate; returns true when every gate passed.
    static bool report(const std::vector<model::GateViolation> &violations, QTextStream &err);
    /// The gates and how `run` fared, for the JSON report ("gates": the limits, `broken`,
    /// `passed`, and `results`, one per gate as Markdown and SARIF list them).
    [[nodiscard]] static nlohmann::ordered_json json(const model::MeasureRun &run,
                                                     const model::MeasureGates &gates);
    /// The same for the Markdown report (a "Gates" section, a row per gate; empty without gates).
    [[nodiscard]] static QString markdown(const model::MeasureRun &run,
                                          const model::MeasureGates &gates);

    /// One gate and how the run fared against it.
    struct Outcome
    {
        std::string gate;    ///< "min-efficiency", "max-wasted", "budget"
        int stageIndex = -1; ///< the stage checked (-1 when none matches)
        std::string stage;   ///< its label (or the budget's name)
        double limit = 0;
        double actual = 0; ///< 0 when not measured
        std::optional<model::GateViolation> broken;
    };
    /// Every gate in the order of model::SizeBudgets::check(), each checked on its own.
    [[nodiscard]] static std::vector<Outcome> evaluate(const model::MeasureRun &run,
                                                       const model::MeasureGates &gates);
    /// The gates as a SARIF 2.1.0 log: one result per gate (kind "fail", level "error" when
    /// broken; kind "pass" otherwise), located at the FROM line (from `graph`) of the stage it
    /// checks in the measured Dockerfile, named `uri`.
    [[nodiscard]] static QByteArray sarif(const model::MeasureRun &run,
                                          const model::MeasureGates &gates,
                                          const model::StageGraph &graph, const QString &uri);
    /// The sentence for a gate that passed ("final: size 45 MB is within its budget 50 MB").
    [[nodiscard]] static QString passed(const Outcome &outcome);
};

} // namespace stagecraft::cli
