// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextNavigator.h"

#include "DiagnosticsPanel.h"
#include "DocumentController.h"
#include "views/canvas/StageCanvas.h"
#include "views/editor/DockerfileEditor.h"

#include <QWidget>

namespace stagecraft::app {

TextNavigator::TextNavigator(DocumentController *controller, views::StageCanvas *canvas,
                             views::DockerfileEditor *editor, DiagnosticsPanel *diagnostics,
                             QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_canvas(canvas)
    , m_editor(editor)
    , m_diagnostics(diagnostics)
    , m_window(window)
{ }

void TextNavigator::revealRange(model::Range range)
{
    if (!m_editor->isVisibleTo(m_window))
        return;
    const auto [begin, end] = m_controller->analysis()->offsets().toUtf16(range);
    m_editor->revealRange(begin, end);
}

void TextNavigator::revealStage(int stageIndex)
{
    const std::shared_ptr<const model::Analysis> analysis = m_controller->analysis();
    const model::StageGraph &graph = analysis->graph();
    if (stageIndex < 0 || stageIndex >= static_cast<int>(graph.stages().size()))
        return;
    const model::Stage &stage = graph.stages()[static_cast<std::size_t>(stageIndex)];
    const auto &instructions = analysis->tree()->instructions();
    if (stage.fromInstruction < 0 || stage.fromInstruction >= static_cast<int>(instructions.size()))
        return;
    revealRange(instructions[static_cast<std::size_t>(stage.fromInstruction)].range);
}

void TextNavigator::revealDiagnostic(int index)
{
    const auto &diagnostics = m_diagnostics->diagnostics();
    if (index < 0 || index >= static_cast<int>(diagnostics.size()))
        return;
    Q_EMIT editorNeeded();
    revealRange(diagnostics[static_cast<std::size_t>(index)].range);
    m_editor->setFocus();
}

void TextNavigator::revealInstructionAt(int line)
{
    const std::shared_ptr<const model::Analysis> analysis = m_controller->analysis();
    const auto &instructions = analysis->tree()->instructions();
    for (std::size_t i = 0; i < instructions.size(); ++i) {
        if (instructions[i].startLine != line)
            continue;
        const int stage = analysis->graph().stageOfInstruction(static_cast<int>(i));
        m_canvas->selectStage(stage);
        Q_EMIT editorNeeded();
        revealRange(instructions[i].range);
        return;
    }
}

} // namespace stagecraft::app
