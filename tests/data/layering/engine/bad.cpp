// SPDX-License-Identifier: GPL-3.0-or-later
// A fixture for the CTest layering/catches-includes: the engine must not include views or widgets.
#include "engine/EngineCall.h"

#include "views/StageCanvas.h"

#include <QCoreApplication>
#include <QWidget>
