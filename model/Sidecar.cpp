// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sidecar.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace stagecraft::model {

namespace {

using Json = nlohmann::json;

/// Keeps absurd coordinates out of the scene (a hand-edited file could hold anything).
constexpr double kMaxCoordinate = 1e6;

bool readEntry(const Json &value, LayoutEntry &entry)
{
    if (!value.is_object())
        return false;
    const auto x = value.find("x");
    const auto y = value.find("y");
    if (x == value.end() || y == value.end() || !x->is_number() || !y->is_number())
        return false;
    const double px = x->get<double>();
    const double py = y->get<double>();
    if (!std::isfinite(px) || !std::isfinite(py) || std::abs(px) > kMaxCoordinate
        || std::abs(py) > kMaxCoordinate)
        return false;
    entry.x = px;
    entry.y = py;
    const auto collapsed = value.find("collapsed");
    entry.collapsed = collapsed != value.end() && collapsed->is_boolean() && collapsed->get<bool>();
    return true;
}

} // namespace

std::string SidecarError::describe() const
{
    switch (code) {
    case Code::None:
        return {};
    case Code::NotJson:
        return "not valid JSON";
    case Code::NotObject:
        return "the top level is not an object";
    case Code::UnsupportedVersion:
        return "missing or unsupported \"version\"";
    case Code::SectionNotObject:
        return "\"" + argument + "\" is not an object";
    case Code::BadEntry:
        return "bad entry \"" + argument + "\"";
    case Code::MeasurementsNotArray:
        return "\"measurements\" is not an array";
    case Code::BadMeasurement:
        return "measurement " + std::to_string(index) + " cannot be read at \"" + measurement.path
            + "\"";
    }
    return {};
}

std::string Sidecar::pathFor(std::string_view dockerfilePath)
{
    return std::string(dockerfilePath) + std::string(kSuffix);
}

bool Sidecar::parseLayout(std::string_view text, LayoutEntries &entries, SidecarError &error)
{
    entries.clear();
    error = {};
    const Json document = Json::parse(text.begin(), text.end(), nullptr,
                                      /*allow_exceptions=*/false);
    if (document.is_discarded()) {
        error.code = SidecarError::Code::NotJson;
        return false;
    }
    if (!document.is_object()) {
        error.code = SidecarError::Code::NotObject;
        return false;
    }
    const auto version = document.find("version");
    if (version == document.end() || !version->is_number_integer()
        || version->get<int>() != kVersion) {
        error.code = SidecarError::Code::UnsupportedVersion;
        return false;
    }
    LayoutEntries read;
    for (const char *section : {"stages", "images"}) {
        const auto found = document.find(section);
        if (found == document.end())
            continue;
        if (!found->is_object()) {
            error = {SidecarError::Code::SectionNotObject, section, -1, {}};
            return false;
        }
        for (const auto &[name, value] : found->items()) {
            LayoutEntry entry;
            if (!readEntry(value, entry)) {
                error = {SidecarError::Code::BadEntry, name, -1, {}};
                return false;
            }
            read.insert_or_assign(name, entry);
        }
    }
    entries = std::move(read);
    return true;
}

std::string Sidecar::serializeLayout(const LayoutEntries &entries, std::string_view existing)
{
    Json stages = Json::object();
    Json images = Json::object();
    for (const auto &[key, entry] : entries) {
        Json value = {{"x", std::round(entry.x)}, {"y", std::round(entry.y)}};
        if (key.starts_with(kImagePrefix)) {
            images[key] = std::move(value);
        } else {
            value["collapsed"] = entry.collapsed;
            stages[key] = std::move(value);
        }
    }
    // Keys other than ours (e.g. "measurements", kept by the engine's MeasureHistory) survive.
    Json document = Json::parse(existing.begin(), existing.end(), nullptr,
                                /*allow_exceptions=*/false);
    if (!document.is_object())
        document = Json::object();
    document["version"] = kVersion;
    document["stages"] = std::move(stages);
    document["images"] = std::move(images);
    // nlohmann::json objects are std::map based: keys come out sorted.
    return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

SidecarError Sidecar::parseMeasurements(std::string_view text, std::vector<MeasureRun> &runs)
{
    runs.clear();
    using Ordered = nlohmann::ordered_json;
    const Ordered document = Ordered::parse(text.begin(), text.end(), nullptr,
                                            /*allow_exceptions=*/false);
    if (document.is_discarded())
        return {SidecarError::Code::NotJson, {}, -1, {}};
    if (!document.is_object())
        return {SidecarError::Code::NotObject, {}, -1, {}};
    const auto found = document.find("measurements");
    if (found == document.end())
        return {};
    if (!found->is_array())
        return {SidecarError::Code::MeasurementsNotArray, {}, -1, {}};
    SidecarError first;
    for (std::size_t i = 0; i < found->size(); ++i) {
        MeasureRun run;
        const MeasureReadError error = Measurement::fromJson(Json((*found)[i]), run);
        if (!error.isError())
            runs.push_back(std::move(run));
        else if (!first.isError())
            first = {SidecarError::Code::BadMeasurement, {}, static_cast<int>(i), error};
    }
    return first;
}

SidecarError Sidecar::appendMeasurement(std::optional<std::string_view> existing,
                                        const MeasureRun &run, int cap, std::string &text)
{
    using Ordered = nlohmann::ordered_json;
    Ordered document = Ordered::object();
    if (existing) {
        document = Ordered::parse(existing->begin(), existing->end(), nullptr,
                                  /*allow_exceptions=*/false);
        if (document.is_discarded())
            return {SidecarError::Code::NotJson, {}, -1, {}};
        if (!document.is_object())
            return {SidecarError::Code::NotObject, {}, -1, {}};
    }
    if (!document.contains("version"))
        document["version"] = kVersion;
    auto found = document.find("measurements");
    if (found == document.end()) {
        document["measurements"] = Ordered::array();
        found = document.find("measurements");
    } else if (!found->is_array()) {
        return {SidecarError::Code::MeasurementsNotArray, {}, -1, {}};
    }
    found->push_back(Measurement::toJson(run));
    const std::size_t limit = static_cast<std::size_t>(std::max(1, cap));
    if (found->size() > limit)
        found->erase(found->begin(),
                     found->begin() + static_cast<std::ptrdiff_t>(found->size() - limit));
    text = Measurement::text(document);
    return {};
}

} // namespace stagecraft::model
