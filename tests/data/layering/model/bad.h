// SPDX-License-Identifier: GPL-3.0-or-later
// A fixture for the CTest layering/catches-includes: the model must not include Qt or the engine.
#pragma once

#include "model/Token.h"

#include <QString>

#include "engine/EngineError.h"
