// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace stagecraft::views {
class BuildPanel;
} // namespace stagecraft::views

namespace stagecraft::app {

class DiagnosticsPanel;
class DocumentController;
class EngineConnection;

/// The builder choice and what follows from it. The Build dock's builder box and Preferences
/// edit the same setting (EngineConnection::setBuilder(), which the status bar shows); when a
/// build would use BuildKit, the lines the engine's built-in Dockerfile frontend cannot build
/// (engine::builtinFrontendLimits(), from the engine's version) are listed in the Problems dock
/// with their line and reason, while the user edits, not only when Build is pressed.
class BuilderWiring : public QObject
{
    Q_OBJECT

public:
    BuilderWiring(EngineConnection *connection, DocumentController *controller,
                  views::BuildPanel *build, DiagnosticsPanel *diagnostics,
                  QObject *parent = nullptr);

private:
    /// The Build dock shows the setting; the Problems dock the limits of the builder in use.
    void update();

    EngineConnection *m_connection;
    DocumentController *m_controller;
    views::BuildPanel *m_build;
    DiagnosticsPanel *m_diagnostics;
};

} // namespace stagecraft::app
