// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/StageIdentity.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

namespace stagecraft::views {

class StageCanvas;

/// The stage canvas for assistive technology (and for anything that drives the window from
/// outside, as a screen reader does): besides its scroll bars and viewport, the canvas lists its
/// stage blocks as children, each with the stage's name, its base image as description, its
/// rectangle on screen, and whether it is selected. Installed once by StageCanvas.
class CanvasAccessible : public QAccessibleWidget
{
public:
    explicit CanvasAccessible(StageCanvas *canvas);
    ~CanvasAccessible() override;
    CanvasAccessible(const CanvasAccessible &) = delete;
    CanvasAccessible &operator=(const CanvasAccessible &) = delete;

    [[nodiscard]] int childCount() const override;
    [[nodiscard]] QAccessibleInterface *child(int index) const override;
    [[nodiscard]] int indexOfChild(const QAccessibleInterface *child) const override;
    [[nodiscard]] QAccessibleInterface *childAt(int x, int y) const override;

    /// The canvas it describes (null once gone).
    [[nodiscard]] StageCanvas *canvas() const;
    /// The QAccessible factory for StageCanvas.
    static QAccessibleInterface *factory(const QString &className, QObject *object);

private:
    [[nodiscard]] int widgetChildCount() const;
    /// The interface of the block of stage `id` (made once, kept while the canvas lives).
    [[nodiscard]] QAccessibleInterface *blockInterface(model::StageId id) const;

    mutable QHash<model::StageId, QAccessible::Id> m_blocks;
};

} // namespace stagecraft::views
