// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineEndpoint.h"

#include <QString>

namespace stagecraft::app {

/// Why the document cannot be built now, as the Build and Sizes panels tell it (translated), or
/// an empty string when the engine may be asked. `filePath` is the saved Dockerfile (the engine
/// builds the file on disk; empty while untitled), `parsed` whether a parse of it exists,
/// `hasStages` whether it has a FROM.
[[nodiscard]] QString buildBlocker(const QString &filePath, bool parsed, bool hasStages,
                                   const engine::EngineEndpoint &endpoint);

} // namespace stagecraft::app
