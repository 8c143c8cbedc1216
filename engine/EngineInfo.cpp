// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineInfo.h"

#include <QJsonArray>

namespace stagecraft::engine {

EngineInfo EngineInfo::fromVersionJson(const QJsonObject &version)
{
    EngineInfo info;
    info.version = version.value(QStringLiteral("Version")).toString();
    info.apiVersion = version.value(QStringLiteral("ApiVersion")).toString();
    info.minApiVersion = version.value(QStringLiteral("MinAPIVersion")).toString();
    info.os = version.value(QStringLiteral("Os")).toString();
    info.arch = version.value(QStringLiteral("Arch")).toString();
    info.kernelVersion = version.value(QStringLiteral("KernelVersion")).toString();

    bool podman = false;
    const QJsonArray components = version.value(QStringLiteral("Components")).toArray();
    for (const QJsonValue &component : components) {
        const QString name = component.toObject().value(QStringLiteral("Name")).toString();
        if (name.contains(QStringLiteral("Podman"), Qt::CaseInsensitive)) {
            podman = true;
            info.name = name;
            const QString componentVersion
                = component.toObject().value(QStringLiteral("Version")).toString();
            if (info.version.isEmpty())
                info.version = componentVersion;
            break;
        }
    }
    if (podman) {
        info.product = QStringLiteral("Podman");
        return info;
    }
    info.product = QStringLiteral("Docker");
    // A product name, not Podman's "linux/amd64/debian-12".
    const QString platform = version.value(QStringLiteral("Platform"))
                                 .toObject()
                                 .value(QStringLiteral("Name"))
                                 .toString()
                                 .trimmed();
    info.name = platform.isEmpty() || platform.contains(u'/') ? QStringLiteral("Docker Engine")
                                                              : platform;
    return info;
}

} // namespace stagecraft::engine
