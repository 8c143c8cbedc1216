// SPDX-License-Identifier: GPL-3.0-or-later
// A fixture for the CTest layering/catches-includes: views must not include the engine or app/.
#include "views/StageCanvas.h"

#include "../engine/EngineCall.h"
#include "app/MainWindow.h"
#include "engine/EngineClient.h"
