// SPDX-License-Identifier: GPL-3.0-or-later
#include "SizeBudget.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>

namespace stagecraft::model {

namespace {

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text;
}

/// A non-negative decimal number ("1", "1.5", ".5"); nullopt otherwise.
std::optional<double> parseNumber(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    int digits = 0;
    int dots = 0;
    for (char c : text) {
        if (c == '.')
            ++dots;
        else if (std::isdigit(static_cast<unsigned char>(c)))
            ++digits;
        else
            return std::nullopt;
    }
    if (digits == 0 || dots > 1)
        return std::nullopt;
    double value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

/// The multiplier of a unit ("" = bytes); 0 when unknown. Binary units are case-sensitive in
/// their "i" only in spirit: "mib" and "MiB" both mean 2^20.
double unitFactor(const std::string &unit)
{
    struct Unit
    {
        const char *name;
        double factor;
    };
    static constexpr std::array<Unit, 10> kUnits{{{"", 1},
                                                  {"b", 1},
                                                  {"kb", 1e3},
                                                  {"mb", 1e6},
                                                  {"gb", 1e9},
                                                  {"tb", 1e12},
                                                  {"kib", 1024.0},
                                                  {"mib", 1048576.0},
                                                  {"gib", 1073741824.0},
                                                  {"tib", 1099511627776.0}}};
    for (const Unit &known : kUnits) {
        if (unit == known.name)
            return known.factor;
    }
    return 0;
}

} // namespace

std::optional<std::int64_t> SizeBudgets::parseSize(std::string_view text)
{
    text = trimmed(text);
    std::size_t split = 0;
    while (split < text.size()
           && (std::isdigit(static_cast<unsigned char>(text[split])) || text[split] == '.'))
        ++split;
    const std::optional<double> number = parseNumber(text.substr(0, split));
    const double factor = unitFactor(lower(trimmed(text.substr(split))));
    if (!number || factor == 0)
        return std::nullopt;
    const double bytes = std::round(*number * factor);
    if (!std::isfinite(bytes) || bytes > 9.0e18)
        return std::nullopt;
    return static_cast<std::int64_t>(bytes);
}

std::optional<SizeBudget> SizeBudgets::parseBudget(std::string_view text)
{
    const std::size_t equals = text.find('=');
    if (equals == std::string_view::npos)
        return std::nullopt;
    const std::string_view name = trimmed(text.substr(0, equals));
    const std::optional<std::int64_t> bytes = parseSize(text.substr(equals + 1));
    if (name.empty() || !bytes)
        return std::nullopt;
    return SizeBudget{std::string(name), *bytes};
}

std::optional<double> SizeBudgets::parseRatio(std::string_view text)
{
    text = trimmed(text);
    const bool percent = !text.empty() && text.back() == '%';
    if (percent)
        text.remove_suffix(1);
    std::optional<double> value = parseNumber(trimmed(text));
    if (!value)
        return std::nullopt;
    if (percent)
        *value /= 100.0;
    if (*value > 1.0)
        return std::nullopt;
    return value;
}

int SizeBudgets::stageOf(const MeasureRun &run, std::string_view name)
{
    const std::string wanted = lower(name);
    for (const StageMeasure &stage : run.stages) {
        if (!stage.name.empty() && lower(stage.name) == wanted)
            return stage.index;
    }
    if (wanted == "final")
        return run.finalIndex;
    if (wanted.size() > 1 && wanted.front() == '#') {
        int index = -1;
        const auto result
            = std::from_chars(wanted.data() + 1, wanted.data() + wanted.size(), index);
        if (result.ec == std::errc() && result.ptr == wanted.data() + wanted.size()
            && run.stage(index) != nullptr)
            return index;
    }
    return -1;
}

namespace {

std::optional<std::int64_t> sidecarSize(const nlohmann::json &value)
{
    if (value.is_number_unsigned())
        return static_cast<std::int64_t>(value.get<std::uint64_t>());
    if (value.is_string())
        return SizeBudgets::parseSize(value.get<std::string>());
    return std::nullopt;
}

} // namespace

bool SizeBudgets::addFromSidecar(const nlohmann::json &sidecar, MeasureGates &gates,
                                 std::string &badField)
{
    if (!sidecar.is_object())
        return true;
    MeasureGates read = gates;
    if (const auto it = sidecar.find("minEfficiency"); it != sidecar.end()) {
        const bool valid = it->is_number() && it->get<double>() >= 0 && it->get<double>() <= 1;
        if (!valid) {
            badField = "minEfficiency";
            return false;
        }
        if (!read.minEfficiency)
            read.minEfficiency = it->get<double>();
    }
    if (const auto it = sidecar.find("maxWasted"); it != sidecar.end()) {
        const std::optional<std::int64_t> bytes = sidecarSize(*it);
        if (!bytes) {
            badField = "maxWasted";
            return false;
        }
        if (!read.maxWasted)
            read.maxWasted = bytes;
    }
    if (const auto it = sidecar.find("budgets"); it != sidecar.end()) {
        if (!it->is_object()) {
            badField = "budgets";
            return false;
        }
        for (const auto &[stage, value] : it->items()) {
            const std::optional<std::int64_t> bytes = sidecarSize(value);
            if (!bytes || stage.empty()) {
                badField = "budgets." + stage;
                return false;
            }
            const bool given = std::any_of(
                gates.budgets.begin(), gates.budgets.end(),
                [&stage](const SizeBudget &budget) { return lower(budget.stage) == lower(stage); });
            if (!given)
                read.budgets.push_back({stage, *bytes});
        }
    }
    gates = std::move(read);
    return true;
}

std::vector<GateViolation> SizeBudgets::check(const MeasureRun &run, const MeasureGates &gates)
{
    using Kind = GateViolation::Kind;
    std::vector<GateViolation> violations;
    const StageMeasure *final = run.finalStage();
    const bool wasteKnown = final != nullptr && final->built && final->waste.analysed;
    const std::string finalLabel = final != nullptr ? final->label() : std::string("final");
    if (gates.minEfficiency) {
        if (!wasteKnown)
            violations.push_back({Kind::NotMeasured, finalLabel, 0, *gates.minEfficiency});
        else if (final->waste.efficiency < *gates.minEfficiency)
            violations.push_back(
                {Kind::Efficiency, finalLabel, final->waste.efficiency, *gates.minEfficiency});
    }
    if (gates.maxWasted) {
        const auto limit = static_cast<double>(*gates.maxWasted);
        if (!wasteKnown)
            violations.push_back({Kind::NotMeasured, finalLabel, 0, limit});
        else if (final->waste.wastedBytes > *gates.maxWasted)
            violations.push_back(
                {Kind::Wasted, finalLabel, static_cast<double>(final->waste.wastedBytes), limit});
    }
    for (const SizeBudget &budget : gates.budgets) {
        const auto limit = static_cast<double>(budget.bytes);
        const StageMeasure *stage = run.stage(stageOf(run, budget.stage));
        if (stage == nullptr)
            violations.push_back({Kind::UnknownStage, budget.stage, 0, limit});
        else if (!stage->built)
            violations.push_back({Kind::NotMeasured, stage->label(), 0, limit});
        else if (stage->size > budget.bytes)
            violations.push_back(
                {Kind::Budget, stage->label(), static_cast<double>(stage->size), limit});
    }
    return violations;
}

} // namespace stagecraft::model
