// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageWaste.h"

#include "Measurement.h"
#include "WasteAnalysis.h"

#include <algorithm>
#include <map>
#include <type_traits>

namespace stagecraft::model {

StageWaste StageWaste::from(const WasteReport &report, const std::vector<LayerFiles> &layers,
                            std::int64_t imageSize, std::int64_t baseSize)
{
    StageWaste waste;
    waste.analysed = true;
    waste.efficiency = report.efficiency;
    waste.wastedBytes = report.wastedBytes;
    waste.userWastedPercent = report.userWastedPercent(imageSize, baseSize);
    std::map<std::pair<int, int>, std::vector<std::string>> paths;
    for (const RemovedFile &file : report.removed) { // largest first
        std::vector<std::string> &list = paths[{file.addedLayer, file.removedLayer}];
        if (list.size() < kMaxPaths)
            list.push_back(file.path);
    }
    for (const WasteGroup &group : report.groups) {
        if (waste.findings.size() == kMaxFindings || group.bytes == 0)
            break;
        const LayerFiles &added = layers.at(static_cast<std::size_t>(group.addedLayer));
        const LayerFiles &removed = layers.at(static_cast<std::size_t>(group.removedLayer));
        waste.findings.push_back(
            {added.line, removed.line, Measurement::instructionOfCreatedBy(added.createdBy),
             Measurement::instructionOfCreatedBy(removed.createdBy), group.bytes, group.files,
             group.overwritten, group.advice, paths[{group.addedLayer, group.removedLayer}]});
    }
    return waste;
}

nlohmann::ordered_json StageWaste::toJson() const
{
    nlohmann::ordered_json json;
    json["efficiency"] = efficiency;
    json["wastedBytes"] = wastedBytes;
    json["userWastedPercent"] = userWastedPercent;
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const WasteFinding &finding : findings) {
        nlohmann::ordered_json item;
        item["addedLine"] = finding.addedLine;
        item["removedLine"] = finding.removedLine;
        item["addedBy"] = finding.addedBy;
        item["removedBy"] = finding.removedBy;
        item["bytes"] = finding.bytes;
        item["files"] = finding.files;
        item["overwritten"] = finding.overwritten;
        item["advice"] = finding.advice;
        item["largest"] = finding.largest;
        list.push_back(std::move(item));
    }
    json["findings"] = std::move(list);
    return json;
}

namespace {

using Expected = StageWaste::Expected;

template<typename T>
Expected expectedFor()
{
    if constexpr (std::is_same_v<T, std::string>)
        return Expected::String;
    else if constexpr (std::is_same_v<T, bool>)
        return Expected::Boolean;
    else if constexpr (std::is_arithmetic_v<T>)
        return Expected::Number;
    else
        return Expected::Array;
}

struct FieldError
{
    std::string field;
    Expected expected = Expected::Object;
};

template<typename T>
bool readField(const nlohmann::json &object, const char *name, T &out, FieldError &error,
               const std::string &prefix)
{
    const auto it = object.find(name);
    if (it == object.end())
        return true; // optional: keeps the default
    bool ok = false;
    if constexpr (std::is_same_v<T, std::string>)
        ok = it->is_string();
    else if constexpr (std::is_same_v<T, bool>)
        ok = it->is_boolean();
    else if constexpr (std::is_floating_point_v<T>)
        ok = it->is_number();
    else if constexpr (std::is_integral_v<T>)
        ok = it->is_number_integer();
    else
        ok = it->is_array()
            && std::all_of(it->begin(), it->end(), [](const auto &v) { return v.is_string(); });
    if (!ok) {
        error = {prefix + name, expectedFor<T>()};
        return false;
    }
    out = it->get<T>();
    return true;
}

bool readFinding(const nlohmann::json &item, WasteFinding &finding, FieldError &badField,
                 const std::string &prefix)
{
    if (!item.is_object()) {
        badField = {prefix, Expected::Object};
        return false;
    }
    const std::string p = prefix + '.';
    return readField(item, "addedLine", finding.addedLine, badField, p)
        && readField(item, "removedLine", finding.removedLine, badField, p)
        && readField(item, "addedBy", finding.addedBy, badField, p)
        && readField(item, "removedBy", finding.removedBy, badField, p)
        && readField(item, "bytes", finding.bytes, badField, p)
        && readField(item, "files", finding.files, badField, p)
        && readField(item, "overwritten", finding.overwritten, badField, p)
        && readField(item, "advice", finding.advice, badField, p)
        && readField(item, "largest", finding.largest, badField, p);
}

} // namespace

bool StageWaste::fromJson(const nlohmann::json &json, StageWaste &waste, std::string &field,
                          Expected &expected)
{
    FieldError badField;
    const auto failed = [&] {
        field = badField.field;
        expected = badField.expected;
        return false;
    };
    if (!json.is_object()) {
        badField = {"waste", Expected::Object};
        return failed();
    }
    StageWaste read;
    read.analysed = true;
    if (!readField(json, "efficiency", read.efficiency, badField, "waste.")
        || !readField(json, "wastedBytes", read.wastedBytes, badField, "waste.")
        || !readField(json, "userWastedPercent", read.userWastedPercent, badField, "waste."))
        return failed();
    if (const auto it = json.find("findings"); it != json.end()) {
        if (!it->is_array()) {
            badField = {"waste.findings", Expected::Array};
            return failed();
        }
        for (std::size_t i = 0; i < it->size(); ++i) {
            WasteFinding finding;
            if (!readFinding((*it)[i], finding, badField,
                             "waste.findings[" + std::to_string(i) + "]"))
                return failed();
            read.findings.push_back(std::move(finding));
        }
    }
    waste = std::move(read);
    return true;
}

} // namespace stagecraft::model
