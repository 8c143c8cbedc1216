// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildReadiness.h"

#include <QCoreApplication>

namespace stagecraft::app {

QString buildBlocker(const QString &filePath, bool parsed, bool hasStages,
                     const engine::EngineEndpoint &endpoint)
{
    if (filePath.isEmpty() || !parsed)
        return QCoreApplication::translate(
            "BuildReadiness", "Save the Dockerfile first: the engine builds the file on disk.");
    if (!hasStages)
        return QCoreApplication::translate("BuildReadiness",
                                           "Nothing to build: the Dockerfile has no FROM.");
    if (!endpoint.isValid())
        return endpoint.error.isError()
            ? endpoint.error.message()
            : QCoreApplication::translate("BuildReadiness", "No Docker Engine is configured.");
    return {};
}

} // namespace stagecraft::app
