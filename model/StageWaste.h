// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace stagecraft::model {

struct LayerFiles;
struct WasteReport;

/// Bytes one instruction added that a later one removed or replaced (a WasteGroup with its
/// instructions named).
struct WasteFinding
{
    int addedLine = 0;     ///< 1-based Dockerfile line; 0 = the base image
    int removedLine = 0;   ///< 1-based Dockerfile line; 0 = the base image
    std::string addedBy;   ///< the instruction (CreatedBy without the shell prefix)
    std::string removedBy; ///< the instruction
    std::int64_t bytes = 0;
    int files = 0;
    bool overwritten = false;
    std::string advice;               ///< WasteAnalysis::kAdvice… or ""
    std::vector<std::string> largest; ///< the largest paths of the group (at most 5)
    friend bool operator==(const WasteFinding &, const WasteFinding &) = default;
};

/// A stage image's waste metrics as the report keeps them (see model/WasteAnalysis).
struct StageWaste
{
    bool analysed = false;        ///< false: not measured (no figures below)
    double efficiency = 1.0;      ///< 0…1, dive's image efficiency score
    std::int64_t wastedBytes = 0; ///< dive's wasted bytes
    double userWastedPercent = 0; ///< wastedBytes ÷ (image size − base image size), in percent
    std::vector<WasteFinding> findings; ///< largest first (at most kMaxFindings)
    friend bool operator==(const StageWaste &, const StageWaste &) = default;

    static constexpr std::size_t kMaxFindings = 20;
    static constexpr std::size_t kMaxPaths = 5;

    /// The report of `layers` (lowest first) as the stage keeps it.
    [[nodiscard]] static StageWaste from(const WasteReport &report,
                                         const std::vector<LayerFiles> &layers,
                                         std::int64_t imageSize, std::int64_t baseSize);
    [[nodiscard]] nlohmann::ordered_json toJson() const;
    /// What a field of the wrong type should have been (fromJson()).
    enum class Expected { Number, String, Boolean, Array, Object };
    /// Reads what toJson() wrote; false (with `badField`, the field's JSON path below the stage,
    /// and what it should have been) when a field has the wrong type. Never throws.
    [[nodiscard]] static bool fromJson(const nlohmann::json &json, StageWaste &waste,
                                       std::string &badField, Expected &expected);
};

} // namespace stagecraft::model
