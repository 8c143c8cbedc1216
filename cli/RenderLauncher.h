// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace stagecraft::cli {

/// `stagecraft-cli render FILE -o OUT.svg|OUT.png [--target T] [--build-arg K=V]…` draws the
/// stage canvas, a QGraphicsScene of Qt Widgets, which stagecraft-cli does not link (it stays a
/// Qt Core program). So it runs the Stagecraft application in its headless render mode,
/// `stagecraft --render [--lang L] ARGUMENTS…` (app/RenderCommand), with the same arguments:
/// the application's output is passed through and its exit code returned (0 done, 2 usage or I/O
/// error). The application is looked for next to stagecraft-cli's own binary (where the packages
/// install both), then on PATH; without it, a translated message says so and the exit code is 2.
class RenderLauncher
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)

public:
    /// The option that puts `stagecraft` into its render mode (its first argument).
    static constexpr const char *kRenderOption = "--render";

    /// The `stagecraft` executable to run, or an empty string when there is none.
    [[nodiscard]] static QString findApplication();
    /// Runs the render. `language` ("hi", "en"; empty: the system's) is handed on as --lang.
    static int run(const QStringList &arguments, const QString &language, QIODevice &out,
                   QIODevice &err);
};

} // namespace stagecraft::cli
