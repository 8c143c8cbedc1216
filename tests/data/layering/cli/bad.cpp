// SPDX-License-Identifier: GPL-3.0-or-later
// A fixture for the CTest layering/catches-includes: the CLI must not include app/ or Qt Widgets.
#include "cli/Cli.h"

#include "app/RenderCommand.h"

#include <QApplication>
