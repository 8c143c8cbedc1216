// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Measurement.h"
#include "WasteAnalysis.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::model {

/// A size limit for one stage: "final=50MB".
struct SizeBudget
{
    std::string stage;      ///< a stage name, "#index", or "final" (the final stage)
    std::int64_t bytes = 0; ///< the limit
    friend bool operator==(const SizeBudget &, const SizeBudget &) = default;
};

/// The gates a measurement must pass (stagecraft-cli measure --min-efficiency, --max-wasted,
/// --budget; budgets also from the sidecar).
struct MeasureGates
{
    std::optional<double> minEfficiency;   ///< of the final stage, 0…1
    std::optional<std::int64_t> maxWasted; ///< bytes, of the final stage
    std::vector<SizeBudget> budgets;
    [[nodiscard]] bool isEmpty() const { return !minEfficiency && !maxWasted && budgets.empty(); }
};

/// A gate a run broke (or could not check). The UI words it.
struct GateViolation
{
    enum class Kind {
        Efficiency,   ///< actual below limit (actual/limit in millionths)
        Wasted,       ///< actual bytes above limit
        Budget,       ///< stage size above limit
        UnknownStage, ///< the budget names no stage of the Dockerfile
        NotMeasured,  ///< the stage (or its waste) was not measured
    };
    Kind kind = Kind::Budget;
    std::string stage; ///< the stage's label, or the budget's name for UnknownStage
    double actual = 0;
    double limit = 0;
    friend bool operator==(const GateViolation &, const GateViolation &) = default;
};

/// Sizes as `docker image ls` prints them, budgets, and the gates' check. Pure.
class SizeBudgets
{
public:
    /// "20MB", "1.5GB", "512kB", "3MiB", "100" (bytes): decimal units B, kB, MB, GB, TB (×1000,
    /// case-insensitive) and binary KiB, MiB, GiB, TiB (×1024); nullopt for anything else,
    /// negative or too large.
    [[nodiscard]] static std::optional<std::int64_t> parseSize(std::string_view text);
    /// "name=SIZE"; nullopt when the name is empty or the size does not parse.
    [[nodiscard]] static std::optional<SizeBudget> parseBudget(std::string_view text);
    /// "0.95" or "95%"; nullopt unless 0…1 (0…100%).
    [[nodiscard]] static std::optional<double> parseRatio(std::string_view text);
    /// The index of the stage a budget names in `run` (name, case-insensitive, first; then
    /// "final"; then "#index"); -1 when none.
    [[nodiscard]] static int stageOf(const MeasureRun &run, std::string_view name);
    /// Reads the gates of a sidecar (Dockerfile.stagecraft.json): `"budgets": {"final": "50MB",
    /// …}`, `"minEfficiency": 0.95` and `"maxWasted": "20MB"` at the top level; sizes as
    /// parseSize() reads them (or a number of bytes). Gates already in `gates` win (the command
    /// line's). False with `badField` naming the bad field; nothing is changed then.
    [[nodiscard]] static bool addFromSidecar(const nlohmann::json &sidecar, MeasureGates &gates,
                                             std::string &badField);
    /// Every gate `run` breaks, in the order: efficiency, wasted, budgets as given.
    [[nodiscard]] static std::vector<GateViolation> check(const MeasureRun &run,
                                                          const MeasureGates &gates);
};

} // namespace stagecraft::model
