// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenterMode.h"

#include "views/PresenterStepper.h"
#include "views/canvas/CanvasTheme.h"
#include "views/canvas/StageCanvas.h"
#include "views/editor/DockerfileEditor.h"

#include <QApplication>

namespace stagecraft::app {

PresenterMode::PresenterMode(views::StageCanvas *canvas, views::DockerfileEditor *editor,
                             QObject *parent)
    : QObject(parent)
    , m_canvas(canvas)
    , m_editor(editor)
    , m_stepper(new views::PresenterStepper(canvas, this))
{ }

PresenterMode::~PresenterMode()
{
    // The application outlives the window: leave its font and the theme flag as they were.
    if (m_enabled) {
        m_stepper->stop();
        views::CanvasTheme::setPresenterMode(false);
        QApplication::setFont(m_savedFont);
    }
}

void PresenterMode::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    views::CanvasTheme::setPresenterMode(enabled);
    if (enabled) {
        m_savedFont = QApplication::font();
        QFont large = m_savedFont;
        if (large.pointSizeF() > 0)
            large.setPointSizeF(std::max<qreal>(16.0, large.pointSizeF() * FontScale));
        else if (large.pixelSize() > 0)
            large.setPixelSize(std::max(21, qRound(large.pixelSize() * FontScale)));
        // Every widget gets FontChange; the canvas re-reads its theme on it.
        QApplication::setFont(large);
        if (m_editor) {
            m_savedEditorZoom = m_editor->zoomLevel();
            for (int i = 0; i < EditorZoomSteps; ++i)
                m_editor->zoomIn();
        }
        if (m_canvas) {
            m_savedCanvasTransform = m_canvas->transform();
            m_canvas->retranslate();
            m_canvas->fitToView();
            const qreal zoom = std::max(CanvasZoom, m_canvas->zoomFactor());
            m_canvas->setTransform(QTransform::fromScale(zoom, zoom));
        }
    } else {
        m_stepper->reset();
        QApplication::setFont(m_savedFont);
        if (m_editor) {
            m_editor->resetZoom();
            for (int i = 0; i < m_savedEditorZoom; ++i)
                m_editor->zoomIn();
            for (int i = 0; i > m_savedEditorZoom; --i)
                m_editor->zoomOut();
        }
        if (m_canvas) {
            m_canvas->retranslate();
            m_canvas->setTransform(m_savedCanvasTransform);
        }
    }
    Q_EMIT toggled(enabled);
}

} // namespace stagecraft::app
