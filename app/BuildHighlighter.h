// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Token.h"

#include <QObject>
#include <QString>

namespace stagecraft::model {
struct MeasureRun;
} // namespace stagecraft::model

namespace stagecraft::views {
class DockerfileEditor;
class StageCanvas;
} // namespace stagecraft::views

namespace stagecraft::app {

class BuildSession;
class DocumentController;

/// Shows the session's build and measurement on the canvas and in the editor: the running step
/// (the canvas's active block and line, the editor's highlight, followed without taking the
/// cursor), a failed step's mark (kept until the next build), and the measured stage sizes and
/// arrow bytes when the measurement is of this document. Byte ranges become editor positions
/// through the controller's current analysis.
class BuildHighlighter : public QObject
{
    Q_OBJECT

public:
    /// Follows `session`'s signals from now on.
    BuildHighlighter(BuildSession *session, DocumentController *controller,
                     views::StageCanvas *canvas, views::DockerfileEditor *editor,
                     QObject *parent = nullptr);

Q_SIGNALS:
    /// A failed build's message, for the status bar.
    void statusMessage(const QString &message);
    /// A failed step is about to be marked in the editor: the editor must be shown.
    void editorNeeded();

private:
    void showStep(int stage, int line, model::Range range);
    void showFailure(int stage, int line, model::Range range, const QString &message);
    void clear();
    /// Puts the sizes and bytes of `run` on the canvas, when it measured this document.
    void showMeasurements(const model::MeasureRun &run);

    BuildSession *m_session;
    DocumentController *m_controller;
    views::StageCanvas *m_canvas;
    views::DockerfileEditor *m_editor;
};

} // namespace stagecraft::app
