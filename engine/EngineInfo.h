// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace stagecraft::engine {

/// What GET /version says about the engine, reduced to what the user is shown.
struct EngineInfo
{
    QString name;    ///< long name: "Docker Engine - Community", "Docker Engine", "Podman Engine"
    QString product; ///< short name for the status bar: "Docker" or "Podman"
    QString version; ///< the engine's own version, as reported ("20.10.24+dfsg1")
    QString apiVersion;
    QString minApiVersion;
    QString os;
    QString arch;
    QString kernelVersion;

    /// Empty until a /version reply was read.
    [[nodiscard]] bool isValid() const { return !version.isEmpty(); }

    /// Reads a /version reply. Podman names its component "Podman Engine" and puts
    /// "os/arch/distribution" into Platform.Name; Docker Desktop and docker-ce put their product
    /// name there ("Docker Engine - Community"); Debian's docker.io leaves it empty.
    [[nodiscard]] static EngineInfo fromVersionJson(const nlohmann::json &version);
};

} // namespace stagecraft::engine
