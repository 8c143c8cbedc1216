// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QIODevice;

namespace stagecraft::app {

/// `stagecraft-cli render FILE -o OUT.svg|OUT.png [--target T] [--build-arg K=V]...`: draws the
/// canvas of FILE offscreen (the sidecar's layout when `FILE.stagecraft.json` exists, otherwise
/// the automatic layout) and writes it as SVG or PNG. `arguments` are the words after "render".
/// Needs a QApplication (the canvas is a QGraphicsScene); see docs/canvas.md for how main()
/// creates one offscreen. Returns the process exit code (0 done, 2 usage or I/O error).
int runRenderCommand(const QStringList &arguments, QIODevice &out, QIODevice &err);

} // namespace stagecraft::app
