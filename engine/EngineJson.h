// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace stagecraft::engine {

/// The engine's JSON is nlohmann_json, as the model's is: the engine builds model values from the
/// Engine API's replies, so one library serves the whole chain. These read replies leniently —
/// the engine decides their shape, and a field that is missing or of another type reads as empty.

/// Parses `bytes`; a null value when they are not JSON. Never throws.
[[nodiscard]] inline nlohmann::json parseJson(const QByteArray &bytes)
{
    nlohmann::json json = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr,
                                                /*allow_exceptions=*/false);
    return json.is_discarded() ? nlohmann::json() : json;
}

/// `object[key]` as text ("" when `object` is no object, or the field is missing or no string).
[[nodiscard]] inline QString jsonString(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto found = object.find(key);
    return found != object.end() && found->is_string()
        ? QString::fromStdString(found->get<std::string>())
        : QString();
}

/// `object[key]` as an integer (0 when missing or not a number; a fraction is truncated).
[[nodiscard]] inline qint64 jsonInteger(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return 0;
    const auto found = object.find(key);
    if (found == object.end() || !found->is_number())
        return 0;
    return found->is_number_float() ? static_cast<qint64>(found->get<double>())
                                    : found->get<qint64>();
}

/// Compact JSON text of `json` (invalid UTF-8 becomes U+FFFD), for request bodies and queries.
[[nodiscard]] inline QByteArray jsonBytes(const nlohmann::json &json)
{
    return QByteArray::fromStdString(
        json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

} // namespace stagecraft::engine
