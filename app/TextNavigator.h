// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Token.h"

#include <QObject>

class QWidget;

namespace stagecraft::views {
class DockerfileEditor;
class StageCanvas;
} // namespace stagecraft::views

namespace stagecraft::app {

class DiagnosticsPanel;
class DocumentController;

/// Takes the user from what another view names to its text in the editor: a byte range (from
/// the canvas), a stage (its FROM instruction: go to definition, a selected block), a
/// diagnostic of the Problems dock, an instruction's line (the Sizes panel, which also selects
/// its stage on the canvas). Byte ranges become editor positions through the controller's
/// current analysis. A hidden editor is left alone, except for the explicit requests (a
/// diagnostic, a line), which ask for it with editorNeeded() first.
class TextNavigator : public QObject
{
    Q_OBJECT

public:
    /// Navigates `editor` (and selects on `canvas`) inside `window` (also the parent).
    TextNavigator(DocumentController *controller, views::StageCanvas *canvas,
                  views::DockerfileEditor *editor, DiagnosticsPanel *diagnostics, QWidget *window);

    /// Shows and selects the UTF-8 byte `range` of the text, when the editor is shown.
    void revealRange(model::Range range);
    /// Reveals the FROM instruction of stage `stageIndex` (nothing for an unknown stage).
    void revealStage(int stageIndex);
    /// Shows the editor and reveals the diagnostic at `index` in the Problems dock, focusing
    /// the editor.
    void revealDiagnostic(int index);
    /// Selects the stage of the instruction starting on 1-based `line`, shows the editor and
    /// reveals the instruction (nothing when no instruction starts there).
    void revealInstructionAt(int line);

Q_SIGNALS:
    /// The editor must be shown for what comes next.
    void editorNeeded();

private:
    DocumentController *m_controller;
    views::StageCanvas *m_canvas;
    views::DockerfileEditor *m_editor;
    DiagnosticsPanel *m_diagnostics;
    QWidget *m_window;
};

} // namespace stagecraft::app
