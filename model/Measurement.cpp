// SPDX-License-Identifier: GPL-3.0-or-later
#include "Measurement.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>

namespace stagecraft::model {

namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;
using Code = MeasureReadError::Code;

/// Reads typed fields from a JSON object and remembers the first problem (with its path).
class Reader
{
public:
    [[nodiscard]] bool failed() const { return m_error.isError(); }
    [[nodiscard]] const MeasureReadError &error() const { return m_error; }

    void fail(const std::string &path, Code code, std::int64_t value = 0)
    {
        if (!failed())
            m_error = {code, path, value};
    }

    const Json *field(const Json &object, const char *key, const std::string &path, bool required)
    {
        const auto found = object.find(key);
        if (found == object.end()) {
            if (required)
                fail(path, Code::Missing);
            return nullptr;
        }
        return &*found;
    }

    std::int64_t integer(const Json &object, const char *key, const std::string &path,
                         bool required = true, std::int64_t fallback = 0)
    {
        const Json *value = field(object, key, path, required);
        if (value == nullptr)
            return fallback;
        if (!value->is_number_integer()) {
            fail(path, Code::ExpectedInteger);
            return fallback;
        }
        if (value->is_number_unsigned()
            && value->get<std::uint64_t>()
                > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            fail(path, Code::OutOfRange);
            return fallback;
        }
        return value->get<std::int64_t>();
    }

    int smallInteger(const Json &object, const char *key, const std::string &path,
                     bool required = true, int fallback = 0)
    {
        const std::int64_t value = integer(object, key, path, required, fallback);
        if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
            fail(path, Code::OutOfRange);
            return fallback;
        }
        return static_cast<int>(value);
    }

    std::string string(const Json &object, const char *key, const std::string &path,
                       bool required = true)
    {
        const Json *value = field(object, key, path, required);
        if (value == nullptr)
            return {};
        if (!value->is_string()) {
            fail(path, Code::ExpectedString);
            return {};
        }
        return value->get<std::string>();
    }

    bool boolean(const Json &object, const char *key, const std::string &path, bool required = true)
    {
        const Json *value = field(object, key, path, required);
        if (value == nullptr)
            return false;
        if (!value->is_boolean()) {
            fail(path, Code::ExpectedBoolean);
            return false;
        }
        return value->get<bool>();
    }

    std::vector<std::string> strings(const Json &object, const char *key, const std::string &path,
                                     bool required = true)
    {
        std::vector<std::string> result;
        const Json *value = array(object, key, path, required);
        if (value == nullptr)
            return result;
        for (std::size_t i = 0; i < value->size(); ++i) {
            const Json &item = (*value)[i];
            if (!item.is_string()) {
                fail(path + "[" + std::to_string(i) + "]", Code::ExpectedString);
                return {};
            }
            result.push_back(item.get<std::string>());
        }
        return result;
    }

    const Json *array(const Json &object, const char *key, const std::string &path,
                      bool required = true)
    {
        const Json *value = field(object, key, path, required);
        if (value != nullptr && !value->is_array()) {
            fail(path, Code::ExpectedArray);
            return nullptr;
        }
        return value;
    }

    bool object(const Json &value, const std::string &path)
    {
        if (value.is_object())
            return true;
        fail(path, Code::ExpectedObject);
        return false;
    }

    /// A problem: `{"code","args"}`, or a sentence written by an older version.
    MeasureProblem problem(const Json &item, const std::string &path)
    {
        const Json *value = field(item, "error", path, false);
        if (value == nullptr)
            return {};
        if (value->is_string())
            return {std::string(MeasureProblem::Message), {value->get<std::string>()}};
        if (!object(*value, path))
            return {};
        MeasureProblem read;
        read.code = string(*value, "code", path + ".code");
        read.args = strings(*value, "args", path + ".args", false);
        return read;
    }

private:
    MeasureReadError m_error;
};

std::string join(const std::string &path, const char *key)
{
    return path.empty() ? std::string(key) : path + "." + key;
}

std::string indexed(const char *name, std::size_t index)
{
    return std::string(name) + "[" + std::to_string(index) + "]";
}

OrderedJson problemJson(const MeasureProblem &problem)
{
    OrderedJson json;
    json["code"] = problem.code;
    json["args"] = problem.args;
    return json;
}

OrderedJson layerJson(const LayerMeasure &layer)
{
    OrderedJson json;
    json["size"] = layer.size;
    json["createdBy"] = layer.createdBy;
    json["line"] = layer.line;
    json["instructionIndex"] = layer.instructionIndex;
    return json;
}

/// The optional "waste" object of a stage (StageWaste::fromJson()).
void readWaste(Reader &reader, const Json &item, const std::string &path, StageWaste &waste)
{
    const auto it = item.find("waste");
    std::string field;
    StageWaste::Expected expected{};
    if (it == item.end() || reader.failed() || StageWaste::fromJson(*it, waste, field, expected))
        return;
    static constexpr Code kCodes[]
        = {Code::ExpectedInteger, Code::ExpectedString, Code::ExpectedBoolean, Code::ExpectedArray,
           Code::ExpectedObject};
    reader.fail(path + "." + field, kCodes[static_cast<int>(expected)]);
}

OrderedJson stageJson(const StageMeasure &stage)
{
    OrderedJson json;
    json["index"] = stage.index;
    json["name"] = stage.name;
    json["imageId"] = stage.imageId;
    json["size"] = stage.size;
    json["inspectSize"] = stage.inspectSize;
    json["baseSize"] = stage.baseSize;
    json["buildMs"] = stage.buildMs;
    json["seconds"] = static_cast<double>(stage.buildMs) / 1000.0;
    json["cached"] = stage.cached;
    json["built"] = stage.built;
    if (!stage.problem.isEmpty())
        json["error"] = problemJson(stage.problem);
    OrderedJson layers = OrderedJson::array();
    for (const LayerMeasure &layer : stage.layers)
        layers.push_back(layerJson(layer));
    json["layers"] = std::move(layers);
    if (stage.waste.analysed)
        json["waste"] = stage.waste.toJson();
    return json;
}

OrderedJson arrowJson(const ArrowMeasure &arrow)
{
    OrderedJson json;
    json["from"] = arrow.fromStage;
    json["to"] = arrow.toStage;
    json["line"] = arrow.line;
    json["paths"] = arrow.paths;
    json["bytes"] = arrow.bytes;
    json["files"] = arrow.files;
    json["measured"] = arrow.measured;
    if (!arrow.problem.isEmpty())
        json["error"] = problemJson(arrow.problem);
    return json;
}

OrderedJson sizeRef(int index, std::int64_t size)
{
    OrderedJson json;
    json["index"] = index;
    json["size"] = size;
    return json;
}

double roundedPercent(double percent)
{
    return std::round(percent * 10.0) / 10.0;
}

std::string lower(std::string_view text)
{
    std::string result(text);
    for (char &c : result) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return result;
}

std::string stageKey(const StageMeasure &stage)
{
    return stage.name.empty() ? "#" + std::to_string(stage.index) : lower(stage.name);
}

std::vector<LayerDifference> compareLayers(const StageMeasure *a, const StageMeasure *b)
{
    std::vector<LayerDifference> result;
    if (a == nullptr || b == nullptr)
        return result;
    // Multiset match on the instruction text, oldest first so the output reads like the file.
    const std::vector<LayerMeasure> left(a->layers.crbegin(), a->layers.crend());
    const std::vector<LayerMeasure> right(b->layers.crbegin(), b->layers.crend());
    std::vector<bool> used(right.size(), false);
    for (const LayerMeasure &layer : left) {
        const std::string text = Measurement::instructionOfCreatedBy(layer.createdBy);
        std::size_t match = right.size();
        for (std::size_t j = 0; j < right.size(); ++j) {
            if (!used[j] && Measurement::instructionOfCreatedBy(right[j].createdBy) == text) {
                match = j;
                break;
            }
        }
        if (match == right.size()) {
            result.push_back({LayerDifference::Kind::Removed, text, layer.size, 0, layer.line, 0});
            continue;
        }
        used[match] = true;
        if (right[match].size != layer.size)
            result.push_back({LayerDifference::Kind::Resized, text, layer.size, right[match].size,
                              layer.line, right[match].line});
    }
    for (std::size_t j = 0; j < right.size(); ++j) {
        if (!used[j])
            result.push_back({LayerDifference::Kind::Added,
                              Measurement::instructionOfCreatedBy(right[j].createdBy), 0,
                              right[j].size, 0, right[j].line});
    }
    return result;
}

StageComparison compareStages(const std::string &key, const StageMeasure *a, const StageMeasure *b)
{
    StageComparison row;
    row.key = key;
    row.indexA = a ? a->index : -1;
    row.indexB = b ? b->index : -1;
    row.sizeA = a ? a->size : 0;
    row.sizeB = b ? b->size : 0;
    row.layers = compareLayers(a, b);
    return row;
}

OrderedJson comparisonRowJson(const StageComparison &row)
{
    OrderedJson json;
    json["key"] = row.key;
    json["indexA"] = row.indexA;
    json["indexB"] = row.indexB;
    json["sizeA"] = row.sizeA;
    json["sizeB"] = row.sizeB;
    json["delta"] = row.delta();
    json["deltaPercent"] = roundedPercent(row.deltaPercent());
    OrderedJson layers = OrderedJson::array();
    for (const LayerDifference &layer : row.layers) {
        OrderedJson item;
        item["change"] = std::string(LayerDifference::kindName(layer.kind));
        item["instruction"] = layer.instruction;
        item["sizeA"] = layer.sizeA;
        item["sizeB"] = layer.sizeB;
        item["lineA"] = layer.lineA;
        item["lineB"] = layer.lineB;
        layers.push_back(std::move(item));
    }
    json["layers"] = std::move(layers);
    return json;
}

/// Reads exactly `count` decimal digits at `at`; false when they are not there.
bool digits(std::string_view text, std::size_t &at, std::size_t count, int &value)
{
    if (at + count > text.size())
        return false;
    value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = text[at + i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    at += count;
    return true;
}

bool expect(std::string_view text, std::size_t &at, char c)
{
    if (at >= text.size() || text[at] != c)
        return false;
    ++at;
    return true;
}

} // namespace

std::string StageMeasure::label() const
{
    return name.empty() ? "#" + std::to_string(index) : name;
}

const StageMeasure *MeasureRun::stage(int index) const
{
    for (const StageMeasure &candidate : stages) {
        if (candidate.index == index)
            return &candidate;
    }
    return nullptr;
}

int MeasureRun::largestStage() const
{
    int best = -1;
    std::int64_t bestSize = -1;
    for (const StageMeasure &candidate : stages) {
        if (candidate.built && candidate.size > bestSize) {
            best = candidate.index;
            bestSize = candidate.size;
        }
    }
    return best;
}

std::int64_t MeasureRun::savingBytes() const
{
    const StageMeasure *largest = stage(largestStage());
    const StageMeasure *result = finalStage();
    if (largest == nullptr || result == nullptr || !result->built)
        return 0;
    return largest->size - result->size;
}

double MeasureRun::savingPercent() const
{
    const StageMeasure *largest = stage(largestStage());
    if (largest == nullptr || largest->size <= 0)
        return 0.0;
    return 100.0 * static_cast<double>(savingBytes()) / static_cast<double>(largest->size);
}

bool MeasureRun::complete() const
{
    if (stages.empty())
        return false;
    return std::all_of(stages.begin(), stages.end(),
                       [](const StageMeasure &candidate) { return candidate.built; });
}

std::string_view LayerDifference::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return "added";
    case Kind::Removed:
        return "removed";
    case Kind::Resized:
        return "resized";
    }
    return {};
}

double StageComparison::deltaPercent() const
{
    if (sizeA <= 0)
        return 0.0;
    return 100.0 * static_cast<double>(delta()) / static_cast<double>(sizeA);
}

RunComparison RunComparison::compare(const MeasureRun &a, const MeasureRun &b)
{
    RunComparison comparison;
    comparison.a = a;
    comparison.b = b;
    std::vector<bool> usedB(b.stages.size(), false);
    const auto findInB = [&](const std::string &key) -> std::size_t {
        for (std::size_t j = 0; j < b.stages.size(); ++j) {
            if (!usedB[j] && stageKey(b.stages[j]) == key)
                return j;
        }
        return b.stages.size();
    };
    for (const StageMeasure &stageA : a.stages) {
        const std::size_t j = findInB(stageKey(stageA));
        const StageMeasure *stageB = nullptr;
        if (j < b.stages.size()) {
            usedB[j] = true;
            stageB = &b.stages[j];
        }
        comparison.stages.push_back(compareStages(stageA.label(), &stageA, stageB));
    }
    for (std::size_t j = 0; j < b.stages.size(); ++j) {
        if (!usedB[j])
            comparison.stages.push_back(compareStages(b.stages[j].label(), nullptr, &b.stages[j]));
    }
    comparison.final = compareStages("final", a.finalStage(), b.finalStage());
    return comparison;
}

OrderedJson Measurement::toJson(const MeasureRun &run)
{
    OrderedJson json;
    json["version"] = 1;
    json["timestamp"] = formatTimestamp(run.timestampMs);
    json["dockerfile"] = run.dockerfilePath;
    json["dockerfileSha256"] = run.dockerfileSha256;
    json["target"] = run.target;
    if (!run.builder.empty())
        json["builder"] = run.builder;
    json["buildArgs"] = run.buildArgs;
    json["totalMs"] = run.totalMs;
    OrderedJson stages = OrderedJson::array();
    for (const StageMeasure &stage : run.stages)
        stages.push_back(stageJson(stage));
    json["stages"] = std::move(stages);
    OrderedJson arrows = OrderedJson::array();
    for (const ArrowMeasure &arrow : run.arrows)
        arrows.push_back(arrowJson(arrow));
    json["arrows"] = std::move(arrows);
    const StageMeasure *result = run.finalStage();
    json["final"] = sizeRef(run.finalIndex, result ? result->size : 0);
    const int largest = run.largestStage();
    const StageMeasure *largestStage = run.stage(largest);
    json["largestStage"] = sizeRef(largest, largestStage ? largestStage->size : 0);
    OrderedJson saving;
    saving["bytes"] = run.savingBytes();
    saving["percent"] = roundedPercent(run.savingPercent());
    json["saving"] = std::move(saving);
    return json;
}

MeasureReadError Measurement::fromJson(const Json &json, MeasureRun &run)
{
    Reader reader;
    if (!reader.object(json, "(top level)"))
        return reader.error();
    const std::int64_t version = reader.integer(json, "version", "version", false, 1);
    if (!reader.failed() && version != 1)
        reader.fail("version", Code::UnsupportedVersion, version);

    MeasureRun read;
    const std::string timestamp = reader.string(json, "timestamp", "timestamp");
    if (!reader.failed()) {
        const std::optional<std::int64_t> parsed = parseTimestamp(timestamp);
        if (parsed)
            read.timestampMs = *parsed;
        else
            reader.fail("timestamp", Code::BadTimestamp);
    }
    read.dockerfilePath = reader.string(json, "dockerfile", "dockerfile", false);
    read.dockerfileSha256 = reader.string(json, "dockerfileSha256", "dockerfileSha256", false);
    read.target = reader.string(json, "target", "target", false);
    read.builder = reader.string(json, "builder", "builder", false);
    read.buildArgs = reader.strings(json, "buildArgs", "buildArgs", false);
    read.totalMs = reader.integer(json, "totalMs", "totalMs", false);

    if (const Json *stages = reader.array(json, "stages", "stages")) {
        for (std::size_t i = 0; i < stages->size() && !reader.failed(); ++i) {
            const std::string path = indexed("stages", i);
            const Json &item = (*stages)[i];
            if (!reader.object(item, path))
                break;
            StageMeasure stage;
            stage.index = reader.smallInteger(item, "index", join(path, "index"));
            stage.name = reader.string(item, "name", join(path, "name"), false);
            stage.imageId = reader.string(item, "imageId", join(path, "imageId"), false);
            stage.size = reader.integer(item, "size", join(path, "size"));
            stage.inspectSize
                = reader.integer(item, "inspectSize", join(path, "inspectSize"), false);
            stage.baseSize = reader.integer(item, "baseSize", join(path, "baseSize"), false);
            stage.buildMs = reader.integer(item, "buildMs", join(path, "buildMs"), false);
            stage.cached = reader.boolean(item, "cached", join(path, "cached"), false);
            stage.built = reader.boolean(item, "built", join(path, "built"), false);
            if (item.find("built") == item.end())
                stage.built = !stage.imageId.empty();
            stage.problem = reader.problem(item, join(path, "error"));
            readWaste(reader, item, path, stage.waste);
            if (const Json *layers = reader.array(item, "layers", join(path, "layers"), false)) {
                for (std::size_t l = 0; l < layers->size() && !reader.failed(); ++l) {
                    const std::string layerPath = path + "." + indexed("layers", l);
                    const Json &layerJson = (*layers)[l];
                    if (!reader.object(layerJson, layerPath))
                        break;
                    LayerMeasure layer;
                    layer.size = reader.integer(layerJson, "size", join(layerPath, "size"));
                    layer.createdBy
                        = reader.string(layerJson, "createdBy", join(layerPath, "createdBy"));
                    layer.line = reader.smallInteger(layerJson, "line", join(layerPath, "line"));
                    layer.instructionIndex = reader.smallInteger(
                        layerJson, "instructionIndex", join(layerPath, "instructionIndex"), false,
                        layer.line > 0 ? 0 : -1);
                    stage.layers.push_back(std::move(layer));
                }
            }
            read.stages.push_back(std::move(stage));
        }
    }
    if (const Json *arrows = reader.array(json, "arrows", "arrows", false)) {
        for (std::size_t i = 0; i < arrows->size() && !reader.failed(); ++i) {
            const std::string path = indexed("arrows", i);
            const Json &item = (*arrows)[i];
            if (!reader.object(item, path))
                break;
            ArrowMeasure arrow;
            arrow.fromStage = reader.smallInteger(item, "from", join(path, "from"));
            arrow.toStage = reader.smallInteger(item, "to", join(path, "to"));
            arrow.line = reader.smallInteger(item, "line", join(path, "line"), false);
            arrow.paths = reader.strings(item, "paths", join(path, "paths"), false);
            arrow.bytes = reader.integer(item, "bytes", join(path, "bytes"));
            arrow.files = reader.smallInteger(item, "files", join(path, "files"), false);
            arrow.measured = reader.boolean(item, "measured", join(path, "measured"), false);
            if (item.find("measured") == item.end())
                arrow.measured = true;
            arrow.problem = reader.problem(item, join(path, "error"));
            read.arrows.push_back(std::move(arrow));
        }
    }
    // "final" is derived data except for its index; accept a run without it (last stage).
    read.finalIndex = read.stages.empty() ? -1 : read.stages.back().index;
    if (!reader.failed()) {
        const auto found = json.find("final");
        if (found != json.end() && reader.object(*found, "final"))
            read.finalIndex = reader.smallInteger(*found, "index", "final.index", true);
    }
    if (!reader.failed() && !read.stages.empty() && read.stage(read.finalIndex) == nullptr)
        reader.fail("final.index", Code::NoSuchStage, read.finalIndex);
    if (reader.failed())
        return reader.error();
    run = std::move(read);
    return {};
}

MeasureReadError Measurement::fromJsonText(std::string_view text, MeasureRun &run)
{
    const Json json = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded())
        return {Code::NotJson, {}, 0};
    return fromJson(json, run);
}

OrderedJson Measurement::toJson(const RunComparison &comparison)
{
    OrderedJson json;
    json["a"] = toJson(comparison.a);
    json["b"] = toJson(comparison.b);
    OrderedJson rows = OrderedJson::array();
    for (const StageComparison &row : comparison.stages)
        rows.push_back(comparisonRowJson(row));
    json["stages"] = std::move(rows);
    json["final"] = comparisonRowJson(comparison.final);
    return json;
}

std::string Measurement::text(const OrderedJson &json)
{
    return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string Measurement::formatTimestamp(std::int64_t msSinceEpoch)
{
    using namespace std::chrono;
    const sys_time<milliseconds> time{milliseconds(msSinceEpoch)};
    const sys_days day = floor<days>(time);
    const year_month_day date(day);
    const hh_mm_ss<milliseconds> clock(time - day);
    std::array<char, 32> buffer{};
    const int written = std::snprintf(
        buffer.data(), buffer.size(), "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ",
        static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
        static_cast<unsigned>(date.day()), static_cast<int>(clock.hours().count()),
        static_cast<int>(clock.minutes().count()), static_cast<int>(clock.seconds().count()),
        static_cast<int>(clock.subseconds().count()));
    return std::string(buffer.data(), static_cast<std::size_t>(std::max(0, written)));
}

std::optional<std::int64_t> Measurement::parseTimestamp(std::string_view text)
{
    using namespace std::chrono;
    std::size_t at = 0;
    int y = 0;
    int mo = 0;
    int d = 0;
    int h = 0;
    int mi = 0;
    int s = 0;
    if (!digits(text, at, 4, y) || !expect(text, at, '-') || !digits(text, at, 2, mo)
        || !expect(text, at, '-') || !digits(text, at, 2, d) || !expect(text, at, 'T')
        || !digits(text, at, 2, h) || !expect(text, at, ':') || !digits(text, at, 2, mi)
        || !expect(text, at, ':') || !digits(text, at, 2, s))
        return std::nullopt;
    int ms = 0;
    if (at < text.size() && (text[at] == '.' || text[at] == ',')) {
        ++at;
        int scale = 100;
        const std::size_t first = at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
            ms += (text[at] - '0') * scale;
            scale /= 10;
            ++at;
        }
        if (at == first)
            return std::nullopt;
    }
    int offsetMinutes = 0;
    if (at < text.size() && text[at] == 'Z') {
        ++at;
    } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        const int sign = text[at] == '-' ? -1 : 1;
        ++at;
        int oh = 0;
        int om = 0;
        if (!digits(text, at, 2, oh))
            return std::nullopt;
        if (at < text.size() && text[at] == ':')
            ++at;
        if (!digits(text, at, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offsetMinutes = sign * (oh * 60 + om);
    }
    if (at != text.size())
        return std::nullopt;
    const year_month_day date{year(y), month(static_cast<unsigned>(mo)),
                              day(static_cast<unsigned>(d))};
    if (!date.ok() || h > 23 || mi > 59 || s > 59)
        return std::nullopt;
    const sys_time<milliseconds> time = sys_days(date) + hours(h) + minutes(mi) + seconds(s)
        + milliseconds(ms) - minutes(offsetMinutes);
    return time.time_since_epoch().count();
}

} // namespace stagecraft::model
