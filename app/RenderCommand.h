// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QIODevice;

namespace stagecraft::app {

/// `stagecraft-cli render FILE -o OUT.svg|OUT.png [--target T] [--build-arg K=V]...`: draws the
/// canvas of FILE offscreen (the sidecar's layout when `FILE.stagecraft.json` exists, otherwise
/// the automatic layout) and writes it as SVG or PNG. `arguments` are the words after "render".
/// Needs a QApplication (the canvas is a QGraphicsScene): stagecraft-cli, a Qt Core program,
/// runs `stagecraft --render …` (runRenderMode()) for it. Returns the process exit code (0 done,
/// 2 usage or I/O error).
int runRenderCommand(const QStringList &arguments, QIODevice &out, QIODevice &err);

/// The `stagecraft` executable's headless render mode, `stagecraft --render [--lang L] ARGS…`:
/// offscreen unless QT_QPA_PLATFORM says otherwise, no window and no settings; runs
/// runRenderCommand(ARGS) on standard output and error and returns its exit code. `argv[1]` is
/// "--render".
int runRenderMode(int argc, char *argv[]);

} // namespace stagecraft::app
