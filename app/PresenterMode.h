// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QObject>
#include <QPointer>
#include <QTransform>

namespace stagecraft::views {
class DockerfileEditor;
class PresenterStepper;
class StageCanvas;
} // namespace stagecraft::views

namespace stagecraft::app {

/// Presenter mode, for a room: the application font FontScale times as large (menus, docks,
/// panels), the editor zoomed in by EditorZoomSteps points, the canvas in high contrast with
/// thick arrows (views::CanvasTheme::presenterMode(), which charts read too) and zoomed in.
/// Turning it off restores exactly what was there. Steps through the build with a
/// views::PresenterStepper.
class PresenterMode : public QObject
{
    Q_OBJECT

public:
    static constexpr qreal FontScale = 1.6;
    static constexpr int EditorZoomSteps = 8;
    static constexpr qreal CanvasZoom = 1.5;

    PresenterMode(views::StageCanvas *canvas, views::DockerfileEditor *editor,
                  QObject *parent = nullptr);
    ~PresenterMode() override;

    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    [[nodiscard]] views::PresenterStepper *stepper() const { return m_stepper; }

public Q_SLOTS:
    void setEnabled(bool enabled);

Q_SIGNALS:
    void toggled(bool enabled);

private:
    QPointer<views::StageCanvas> m_canvas;
    QPointer<views::DockerfileEditor> m_editor;
    views::PresenterStepper *m_stepper = nullptr;
    bool m_enabled = false;
    QFont m_savedFont;
    int m_savedEditorZoom = 0;
    QTransform m_savedCanvasTransform;
};

} // namespace stagecraft::app
