// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/LayoutSidecar.h"

#include <QFile>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <cmath>

namespace stagecraft::views {

namespace {

constexpr int Version = 1;
const char *const ImagePrefix = "image:";

bool readEntry(const nlohmann::json &value, LayoutSidecar::Entry &entry)
{
    if (!value.is_object())
        return false;
    const auto x = value.find("x");
    const auto y = value.find("y");
    if (x == value.end() || y == value.end() || !x->is_number() || !y->is_number())
        return false;
    const double px = x->get<double>();
    const double py = y->get<double>();
    // Keep absurd coordinates out of the scene (a hand-edited file could hold anything).
    if (!std::isfinite(px) || !std::isfinite(py) || std::abs(px) > 1e6 || std::abs(py) > 1e6)
        return false;
    entry.position = QPointF(px, py);
    const auto collapsed = value.find("collapsed");
    entry.collapsed = collapsed != value.end() && collapsed->is_boolean() && collapsed->get<bool>();
    return true;
}

} // namespace

QString LayoutSidecar::pathFor(const QString &dockerfilePath)
{
    return dockerfilePath + QStringLiteral(".stagecraft.json");
}

bool LayoutSidecar::parse(const QByteArray &json, Entries &entries, QString &error)
{
    entries.clear();
    const nlohmann::json document = nlohmann::json::parse(json.constBegin(), json.constEnd(),
                                                          nullptr, /*allow_exceptions=*/false);
    if (document.is_discarded()) {
        error = QStringLiteral("not valid JSON");
        return false;
    }
    if (!document.is_object()) {
        error = QStringLiteral("the top level is not an object");
        return false;
    }
    const auto version = document.find("version");
    if (version == document.end() || !version->is_number_integer()
        || version->get<int>() != Version) {
        error = QStringLiteral("missing or unsupported \"version\"");
        return false;
    }
    Entries read;
    for (const char *section : {"stages", "images"}) {
        const auto found = document.find(section);
        if (found == document.end())
            continue;
        if (!found->is_object()) {
            error = QStringLiteral("\"%1\" is not an object").arg(QLatin1String(section));
            return false;
        }
        for (const auto &[name, value] : found->items()) {
            Entry entry;
            if (!readEntry(value, entry)) {
                error = QStringLiteral("bad entry \"%1\"").arg(QString::fromStdString(name));
                return false;
            }
            read.insert(QString::fromStdString(name), entry);
        }
    }
    entries = std::move(read);
    return true;
}

bool LayoutSidecar::load(const QString &path, Entries &entries, QString &error)
{
    entries.clear();
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return false;
    }
    return parse(file.readAll(), entries, error);
}

QByteArray LayoutSidecar::serialize(const Entries &entries, const QByteArray &existing)
{
    nlohmann::json stages = nlohmann::json::object();
    nlohmann::json images = nlohmann::json::object();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        nlohmann::json value
            = {{"x", std::round(it->position.x())}, {"y", std::round(it->position.y())}};
        if (it.key().startsWith(QLatin1String(ImagePrefix))) {
            images[it.key().toStdString()] = value;
        } else {
            value["collapsed"] = it->collapsed;
            stages[it.key().toStdString()] = value;
        }
    }
    // Keys other than ours (e.g. "measurements", kept by app/engine/MeasureHistory) survive.
    nlohmann::json document = nlohmann::json::parse(existing.constBegin(), existing.constEnd(),
                                                    nullptr, /*allow_exceptions=*/false);
    if (!document.is_object())
        document = nlohmann::json::object();
    document["version"] = Version;
    document["stages"] = std::move(stages);
    document["images"] = std::move(images);
    // nlohmann::json objects are std::map based: keys come out sorted.
    return QByteArray::fromStdString(
        document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

bool LayoutSidecar::save(const QString &path, const Entries &entries, QString &error)
{
    QByteArray existing;
    QFile current(path);
    if (current.open(QIODevice::ReadOnly))
        existing = current.readAll();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = file.errorString();
        return false;
    }
    file.write(serialize(entries, existing));
    if (!file.commit()) {
        error = file.errorString();
        return false;
    }
    return true;
}

} // namespace stagecraft::views
