// SPDX-License-Identifier: GPL-3.0-or-later
#include "Measurement.h"

#include <cmath>
#include <limits>

namespace stagecraft::engine {

namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

std::string str(const QString &text)
{
    return text.toStdString();
}

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

/// Reads typed fields from a JSON object and remembers the first problem (with its path).
class Reader
{
public:
    [[nodiscard]] bool failed() const { return !m_error.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }

    void fail(const QString &path, const QString &what)
    {
        if (m_error.isEmpty())
            //: %1 = JSON path of the bad field (e.g. stages[1].size), %2 = what is wrong
            m_error = Measurement::tr("%1: %2").arg(path, what);
    }

    const Json *field(const Json &object, const char *key, const QString &path, bool required)
    {
        const auto found = object.find(key);
        if (found == object.end()) {
            if (required)
                fail(path, Measurement::tr("missing"));
            return nullptr;
        }
        return &*found;
    }

    qint64 integer(const Json &object, const char *key, const QString &path, bool required = true,
                   qint64 fallback = 0)
    {
        const Json *value = field(object, key, path, required);
        if (value == nullptr)
            return fallback;
        if (!value->is_number_integer()) {
            fail(path, Measurement::tr("expected an integer"));
            return fallback;
        }
        return value->get<qint64>();
    }

    int smallInteger(const Json &object, const char *key, const QString &path, bool required = true,
                     int fallback = 0)
    {
        const qint64 value = integer(object, key, path, required, fallback);
        if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
            fail(path, Measurement::tr("out of range"));
            return fallback;
        }
        return static_cast<int>(value);
    }

    QString string(const Json &object, const char *key, const QString &path, bool required = true)
    {
        const Json *value = field(object, key, path, required);
        if (value == nullptr)
            return {};
        if (!value->is_string()) {
            fail(path, Measurement::tr("expected a string"));
            return {};
        }
        return fromStd(value->get<std::string>());
    }

    bool boolean(const Json &object, const char *key, const QString &path, bool required = true)
    {
        const Json *value = field(object, key, path, required);
        if (value == nullptr)
            return false;
        if (!value->is_boolean()) {
            fail(path, Measurement::tr("expected true or false"));
            return false;
        }
        return value->get<bool>();
    }

    QStringList strings(const Json &object, const char *key, const QString &path,
                        bool required = true)
    {
        QStringList result;
        const Json *value = array(object, key, path, required);
        if (value == nullptr)
            return result;
        for (std::size_t i = 0; i < value->size(); ++i) {
            const Json &item = (*value)[i];
            if (!item.is_string()) {
                fail(path + QStringLiteral("[%1]").arg(i), Measurement::tr("expected a string"));
                return {};
            }
            result << fromStd(item.get<std::string>());
        }
        return result;
    }

    const Json *array(const Json &object, const char *key, const QString &path,
                      bool required = true)
    {
        const Json *value = field(object, key, path, required);
        if (value != nullptr && !value->is_array()) {
            fail(path, Measurement::tr("expected an array"));
            return nullptr;
        }
        return value;
    }

    bool object(const Json &value, const QString &path)
    {
        if (value.is_object())
            return true;
        fail(path, Measurement::tr("expected an object"));
        return false;
    }

private:
    QString m_error;
};

QString join(const QString &path, const char *key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QString::fromLatin1(key);
}

OrderedJson layerJson(const LayerMeasure &layer)
{
    OrderedJson json;
    json["size"] = layer.size;
    json["createdBy"] = str(layer.createdBy);
    json["line"] = layer.line;
    json["instructionIndex"] = layer.instructionIndex;
    return json;
}

OrderedJson stageJson(const StageMeasure &stage)
{
    OrderedJson json;
    json["index"] = stage.index;
    json["name"] = str(stage.name);
    json["imageId"] = str(stage.imageId);
    json["size"] = stage.size;
    json["inspectSize"] = stage.inspectSize;
    json["baseSize"] = stage.baseSize;
    json["buildMs"] = stage.buildMs;
    json["built"] = stage.built;
    if (!stage.error.isEmpty())
        json["error"] = str(stage.error);
    OrderedJson layers = OrderedJson::array();
    for (const LayerMeasure &layer : stage.layers)
        layers.push_back(layerJson(layer));
    json["layers"] = std::move(layers);
    return json;
}

OrderedJson arrowJson(const ArrowMeasure &arrow)
{
    OrderedJson json;
    json["from"] = arrow.fromStage;
    json["to"] = arrow.toStage;
    json["line"] = arrow.line;
    OrderedJson paths = OrderedJson::array();
    for (const QString &path : arrow.paths)
        paths.push_back(str(path));
    json["paths"] = std::move(paths);
    json["bytes"] = arrow.bytes;
    json["files"] = arrow.files;
    json["measured"] = arrow.measured;
    if (!arrow.error.isEmpty())
        json["error"] = str(arrow.error);
    return json;
}

OrderedJson sizeRef(int index, qint64 size)
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

/// Strips a classic-builder build-arg prefix: "|2 A=1 B=2 /bin/sh -c make" → "/bin/sh -c make".
/// The count says how many K=V words follow; values never contain spaces unquoted there, but
/// be tolerant: give up (return the input) when the prefix does not parse.
QString withoutArgPrefix(const QString &createdBy)
{
    if (!createdBy.startsWith(u'|'))
        return createdBy;
    const qsizetype space = createdBy.indexOf(u' ');
    if (space < 0)
        return createdBy;
    bool ok = false;
    const int count = createdBy.mid(1, space - 1).toInt(&ok);
    if (!ok || count < 0)
        return createdBy;
    qsizetype at = space + 1;
    for (int i = 0; i < count; ++i) {
        const qsizetype next = createdBy.indexOf(u' ', at);
        if (next < 0)
            return createdBy;
        at = next + 1;
    }
    return createdBy.mid(at);
}

QString stageKey(const StageMeasure &stage)
{
    return stage.name.isEmpty() ? QStringLiteral("#%1").arg(stage.index) : stage.name.toLower();
}

QList<LayerDifference> compareLayers(const StageMeasure *a, const StageMeasure *b)
{
    QList<LayerDifference> result;
    if (a == nullptr || b == nullptr)
        return result;
    // Multiset match on the instruction text, oldest first so the output reads like the file.
    QList<LayerMeasure> left(a->layers.crbegin(), a->layers.crend());
    QList<LayerMeasure> right(b->layers.crbegin(), b->layers.crend());
    QList<bool> used(right.size(), false);
    for (const LayerMeasure &layer : left) {
        const QString text = Measurement::instructionOfCreatedBy(layer.createdBy);
        qsizetype match = -1;
        for (qsizetype j = 0; j < right.size(); ++j) {
            if (!used[j] && Measurement::instructionOfCreatedBy(right[j].createdBy) == text) {
                match = j;
                break;
            }
        }
        if (match < 0) {
            result.append({LayerDifference::Kind::Removed, text, layer.size, 0, layer.line, 0});
            continue;
        }
        used[match] = true;
        if (right[match].size != layer.size)
            result.append({LayerDifference::Kind::Resized, text, layer.size, right[match].size,
                           layer.line, right[match].line});
    }
    for (qsizetype j = 0; j < right.size(); ++j) {
        if (!used[j])
            result.append({LayerDifference::Kind::Added,
                           Measurement::instructionOfCreatedBy(right[j].createdBy), 0,
                           right[j].size, 0, right[j].line});
    }
    return result;
}

StageComparison compareStages(const QString &key, const StageMeasure *a, const StageMeasure *b)
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
    json["key"] = str(row.key);
    json["indexA"] = row.indexA;
    json["indexB"] = row.indexB;
    json["sizeA"] = row.sizeA;
    json["sizeB"] = row.sizeB;
    json["delta"] = row.delta();
    json["deltaPercent"] = roundedPercent(row.deltaPercent());
    OrderedJson layers = OrderedJson::array();
    for (const LayerDifference &layer : row.layers) {
        OrderedJson item;
        item["change"] = str(LayerDifference::kindName(layer.kind));
        item["instruction"] = str(layer.instruction);
        item["sizeA"] = layer.sizeA;
        item["sizeB"] = layer.sizeB;
        item["lineA"] = layer.lineA;
        item["lineB"] = layer.lineB;
        layers.push_back(std::move(item));
    }
    json["layers"] = std::move(layers);
    return json;
}

} // namespace

QString StageMeasure::label() const
{
    return name.isEmpty() ? QStringLiteral("#%1").arg(index) : name;
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
    qint64 bestSize = -1;
    for (const StageMeasure &candidate : stages) {
        if (candidate.built && candidate.size > bestSize) {
            best = candidate.index;
            bestSize = candidate.size;
        }
    }
    return best;
}

qint64 MeasureRun::savingBytes() const
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
    if (stages.isEmpty())
        return false;
    for (const StageMeasure &candidate : stages) {
        if (!candidate.built)
            return false;
    }
    return true;
}

QString LayerDifference::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Resized:
        return QStringLiteral("resized");
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
    QList<bool> usedB(b.stages.size(), false);
    const auto findInB = [&](const QString &key) -> qsizetype {
        for (qsizetype j = 0; j < b.stages.size(); ++j) {
            if (!usedB[j] && stageKey(b.stages[j]) == key)
                return j;
        }
        return -1;
    };
    for (const StageMeasure &stageA : a.stages) {
        const QString key = stageKey(stageA);
        const qsizetype j = findInB(key);
        const StageMeasure *stageB = nullptr;
        if (j >= 0) {
            usedB[j] = true;
            stageB = &b.stages[j];
        }
        comparison.stages.append(compareStages(stageA.label(), &stageA, stageB));
    }
    for (qsizetype j = 0; j < b.stages.size(); ++j) {
        if (!usedB[j])
            comparison.stages.append(compareStages(b.stages[j].label(), nullptr, &b.stages[j]));
    }
    comparison.final = compareStages(QStringLiteral("final"), a.finalStage(), b.finalStage());
    return comparison;
}

OrderedJson Measurement::toJson(const MeasureRun &run)
{
    OrderedJson json;
    json["version"] = 1;
    json["timestamp"] = str(run.timestamp.toUTC().toString(Qt::ISODateWithMs));
    json["dockerfile"] = str(run.dockerfilePath);
    json["dockerfileSha256"] = str(run.dockerfileSha256);
    json["target"] = str(run.target);
    OrderedJson args = OrderedJson::array();
    for (const QString &arg : run.buildArgs)
        args.push_back(str(arg));
    json["buildArgs"] = std::move(args);
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

QString Measurement::fromJson(const Json &json, MeasureRun &run)
{
    Reader reader;
    if (!reader.object(json, QStringLiteral("(top level)")))
        return reader.error();
    const qint64 version = reader.integer(json, "version", QStringLiteral("version"), false, 1);
    if (!reader.failed() && version != 1)
        reader.fail(QStringLiteral("version"), tr("unsupported version %1").arg(version));

    MeasureRun read;
    const QString timestamp = reader.string(json, "timestamp", QStringLiteral("timestamp"));
    read.timestamp = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    if (!reader.failed() && !read.timestamp.isValid())
        reader.fail(QStringLiteral("timestamp"), tr("not an ISO 8601 date and time"));
    read.timestamp = read.timestamp.toUTC();
    read.dockerfilePath = reader.string(json, "dockerfile", QStringLiteral("dockerfile"), false);
    read.dockerfileSha256
        = reader.string(json, "dockerfileSha256", QStringLiteral("dockerfileSha256"), false);
    read.target = reader.string(json, "target", QStringLiteral("target"), false);
    read.buildArgs = reader.strings(json, "buildArgs", QStringLiteral("buildArgs"), false);
    read.totalMs = reader.integer(json, "totalMs", QStringLiteral("totalMs"), false);

    if (const Json *stages = reader.array(json, "stages", QStringLiteral("stages"))) {
        for (std::size_t i = 0; i < stages->size() && !reader.failed(); ++i) {
            const QString path = QStringLiteral("stages[%1]").arg(i);
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
            stage.built = reader.boolean(item, "built", join(path, "built"), false);
            if (item.find("built") == item.end())
                stage.built = !stage.imageId.isEmpty();
            stage.error = reader.string(item, "error", join(path, "error"), false);
            if (const Json *layers = reader.array(item, "layers", join(path, "layers"), false)) {
                for (std::size_t l = 0; l < layers->size() && !reader.failed(); ++l) {
                    const QString layerPath = path + QStringLiteral(".layers[%1]").arg(l);
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
                    stage.layers.append(layer);
                }
            }
            read.stages.append(stage);
        }
    }
    if (const Json *arrows = reader.array(json, "arrows", QStringLiteral("arrows"), false)) {
        for (std::size_t i = 0; i < arrows->size() && !reader.failed(); ++i) {
            const QString path = QStringLiteral("arrows[%1]").arg(i);
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
            arrow.error = reader.string(item, "error", join(path, "error"), false);
            read.arrows.append(arrow);
        }
    }
    // "final" is derived data except for its index; accept a run without it (last stage).
    read.finalIndex = read.stages.isEmpty() ? -1 : read.stages.last().index;
    if (!reader.failed()) {
        const auto found = json.find("final");
        if (found != json.end() && reader.object(*found, QStringLiteral("final")))
            read.finalIndex
                = reader.smallInteger(*found, "index", QStringLiteral("final.index"), true);
    }
    if (!reader.failed() && !read.stages.isEmpty() && read.stage(read.finalIndex) == nullptr)
        reader.fail(QStringLiteral("final.index"),
                    tr("no stage has index %1").arg(read.finalIndex));
    if (reader.failed())
        return reader.error();
    run = std::move(read);
    return {};
}

QString Measurement::fromJsonText(const QByteArray &text, MeasureRun &run)
{
    const Json json = Json::parse(text.constBegin(), text.constEnd(), nullptr,
                                  /*allow_exceptions=*/false);
    if (json.is_discarded())
        return tr("not valid JSON");
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

QByteArray Measurement::text(const OrderedJson &json)
{
    return QByteArray::fromStdString(
        json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

QString Measurement::keywordOfCreatedBy(const QString &createdBy)
{
    const QString command = withoutArgPrefix(createdBy).trimmed();
    if (command.isEmpty())
        return {};
    static const QString nop = QStringLiteral("#(nop)");
    const qsizetype at = command.indexOf(nop);
    if (at < 0)
        return QStringLiteral("RUN");
    const QString rest = command.mid(at + nop.size()).trimmed();
    const qsizetype end = rest.indexOf(u' ');
    return (end < 0 ? rest : rest.left(end)).toUpper();
}

QString Measurement::instructionOfCreatedBy(const QString &createdBy)
{
    const QString command = withoutArgPrefix(createdBy).trimmed();
    if (command.isEmpty())
        return {};
    static const QString nop = QStringLiteral("#(nop)");
    const qsizetype at = command.indexOf(nop);
    if (at >= 0)
        return command.mid(at + nop.size()).trimmed();
    // "/bin/sh -c make" → "RUN make"; an exec-form RUN ("echo hi") has no shell prefix.
    static const QStringList shells
        = {QStringLiteral("/bin/sh -c "), QStringLiteral("/bin/bash -c "),
           QStringLiteral("cmd /S /C "), QStringLiteral("sh -c ")};
    for (const QString &shell : shells) {
        if (command.startsWith(shell))
            return QStringLiteral("RUN ") + command.mid(shell.size()).trimmed();
    }
    return QStringLiteral("RUN ") + command;
}

} // namespace stagecraft::engine
