// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineInfo.h"

#include "EngineJson.h"

namespace stagecraft::engine {

EngineInfo EngineInfo::fromVersionJson(const nlohmann::json &version)
{
    EngineInfo info;
    info.version = jsonString(version, "Version");
    info.apiVersion = jsonString(version, "ApiVersion");
    info.minApiVersion = jsonString(version, "MinAPIVersion");
    info.os = jsonString(version, "Os");
    info.arch = jsonString(version, "Arch");
    info.kernelVersion = jsonString(version, "KernelVersion");

    bool podman = false;
    const auto components = version.is_object() ? version.find("Components") : version.end();
    if (components != version.end() && components->is_array()) {
        for (const nlohmann::json &component : *components) {
            const QString name = jsonString(component, "Name");
            if (name.contains(QStringLiteral("Podman"), Qt::CaseInsensitive)) {
                podman = true;
                info.name = name;
                const QString componentVersion = jsonString(component, "Version");
                if (info.version.isEmpty())
                    info.version = componentVersion;
                break;
            }
        }
    }
    if (podman) {
        info.product = QStringLiteral("Podman");
        return info;
    }
    info.product = QStringLiteral("Docker");
    // A product name, not Podman's "linux/amd64/debian-12".
    const auto platformObject = version.is_object() ? version.find("Platform") : version.end();
    const QString platform
        = (platformObject != version.end() ? jsonString(*platformObject, "Name") : QString())
              .trimmed();
    info.name = platform.isEmpty() || platform.contains(u'/') ? QStringLiteral("Docker Engine")
                                                              : platform;
    return info;
}

} // namespace stagecraft::engine
