// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildHighlighter.h"

#include "BuildSession.h"
#include "DocumentController.h"
#include "model/Measurement.h"
#include "views/canvas/StageBlockItem.h"
#include "views/canvas/StageCanvas.h"
#include "views/canvas/StageScene.h"
#include "views/editor/DockerfileEditor.h"

#include <QHash>
#include <QTextCursor>

namespace stagecraft::app {

BuildHighlighter::BuildHighlighter(BuildSession *session, DocumentController *controller,
                                   views::StageCanvas *canvas, views::DockerfileEditor *editor,
                                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_controller(controller)
    , m_canvas(canvas)
    , m_editor(editor)
{
    connect(m_session, &BuildSession::buildStarted, this, &BuildHighlighter::clear);
    connect(m_session, &BuildSession::stepStarted, this, &BuildHighlighter::showStep);
    connect(m_session, &BuildSession::buildFailed, this, &BuildHighlighter::showFailure);
    // A failure keeps its mark (until the next build); success and cancel clear the highlight.
    connect(m_session, &BuildSession::buildFinished, this, [this](bool succeeded) {
        if (succeeded || !m_editor->buildHighlightFailed())
            clear();
    });
    // BuildKit builds independent stages at once: every running step's block is lit.
    connect(m_session, &BuildSession::runningStepsChanged, this,
            [this](const QHash<int, int> &lineByStage) {
                m_canvas->stageScene()->setActiveSteps(lineByStage);
            });
    connect(m_session, &BuildSession::stageTimes, this,
            [this](const QHash<int, qint64> &msByStage, const QList<int> &cachedStages) {
                QHash<int, views::StageTime> times;
                for (auto it = msByStage.cbegin(); it != msByStage.cend(); ++it)
                    times.insert(it.key(), {it.value(), cachedStages.contains(it.key())});
                m_canvas->stageScene()->setStageTimes(times);
            });
    connect(m_session, &BuildSession::runChanged, this, &BuildHighlighter::showMeasurements);
    connect(m_session, &BuildSession::measureFinished, this, &BuildHighlighter::clear);
}

void BuildHighlighter::showMeasurements(const model::MeasureRun &run)
{
    // A measurement of another Dockerfile (a template's Try it) stays off the canvas.
    if (!run.stages.empty() && !m_session->runMatchesDocument(run)) {
        m_canvas->clearMeasurements();
        return;
    }
    QHash<int, qint64> stageBytes;
    QHash<int, model::StageWaste> stageWaste;
    QHash<int, views::StageTime> stageTimes;
    for (const model::StageMeasure &stage : run.stages) {
        if (!stage.built)
            continue;
        stageBytes.insert(stage.index, stage.size);
        if (stage.waste.analysed)
            stageWaste.insert(stage.index, stage.waste);
        if (stage.buildMs > 0 || stage.cached)
            stageTimes.insert(stage.index, {stage.buildMs, stage.cached});
    }
    QHash<int, qint64> arrowBytes;
    for (const model::ArrowMeasure &arrow : run.arrows) {
        if (arrow.measured)
            arrowBytes.insert(arrow.line, arrowBytes.value(arrow.line) + arrow.bytes);
    }
    m_canvas->setStageSizes(stageBytes);
    m_canvas->setStageWaste(stageWaste);
    m_canvas->stageScene()->setStageTimes(stageTimes);
    m_canvas->setArrowBytes(arrowBytes);
}

void BuildHighlighter::showStep(int stage, int line, model::Range range)
{
    m_canvas->setActiveStep(stage, line);
    if (line <= 0) {
        m_editor->setBuildHighlight(-1, -1);
        return;
    }
    const auto [begin, end] = m_controller->analysis()->offsets().toUtf16(range);
    m_editor->setBuildHighlight(begin, end);
    // Follow the build without taking the cursor away from the user.
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(begin);
    const QRect rect = m_editor->cursorRect(cursor);
    if (!m_editor->viewport()->rect().contains(rect))
        m_editor->goToLine(line);
}

void BuildHighlighter::showFailure(int stage, int line, model::Range range, const QString &message)
{
    Q_EMIT statusMessage(message);
    m_canvas->setActiveStep(stage, line);
    if (line <= 0)
        return;
    const auto [begin, end] = m_controller->analysis()->offsets().toUtf16(range);
    Q_EMIT editorNeeded();
    m_editor->setBuildHighlight(begin, end, true);
    m_editor->goToLine(line);
    m_canvas->selectStage(stage);
}

void BuildHighlighter::clear()
{
    m_canvas->setActiveStep(-1, 0);
    m_editor->setBuildHighlight(-1, -1);
}

} // namespace stagecraft::app
