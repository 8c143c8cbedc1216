// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/CanvasAccessibility.h"

#include "views/canvas/StageBlockItem.h"
#include "views/canvas/StageCanvas.h"
#include "views/canvas/StageScene.h"

#include <QWindow>

namespace stagecraft::views {

namespace {

/// One stage block: its name, base image, rectangle on screen and selection.
class BlockAccessible : public QAccessibleInterface
{
public:
    BlockAccessible(StageCanvas *canvas, model::StageId id)
        : m_canvas(canvas)
        , m_id(id)
    { }

    [[nodiscard]] bool isValid() const override { return block() != nullptr; }
    [[nodiscard]] QObject *object() const override { return nullptr; }
    [[nodiscard]] QWindow *window() const override
    {
        return m_canvas ? m_canvas->window()->windowHandle() : nullptr;
    }
    [[nodiscard]] QAccessibleInterface *parent() const override
    {
        return m_canvas ? QAccessible::queryAccessibleInterface(m_canvas.data()) : nullptr;
    }
    [[nodiscard]] QAccessibleInterface *child(int) const override { return nullptr; }
    [[nodiscard]] int childCount() const override { return 0; }
    [[nodiscard]] int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    [[nodiscard]] QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    [[nodiscard]] QAccessible::Role role() const override { return QAccessible::ListItem; }
    void setText(QAccessible::Text, const QString &) override { }

    [[nodiscard]] QString text(QAccessible::Text t) const override
    {
        const StageBlockItem *item = block();
        if (!item)
            return {};
        switch (t) {
        case QAccessible::Name:
            return item->title();
        case QAccessible::Description:
            return item->content().base;
        default:
            return {};
        }
    }

    [[nodiscard]] QRect rect() const override
    {
        const StageBlockItem *item = block();
        if (!item)
            return {};
        const QRect inView
            = m_canvas->mapFromScene(item->mapRectToScene(item->frameRect())).boundingRect();
        return QRect(m_canvas->viewport()->mapToGlobal(inView.topLeft()), inView.size());
    }

    [[nodiscard]] QAccessible::State state() const override
    {
        QAccessible::State state;
        state.selectable = true;
        state.focusable = true;
        const StageBlockItem *item = block();
        if (!item)
            return state;
        state.selected = item->isSelected();
        state.focused = item->hasFocus();
        const QRect visible = m_canvas->viewport()->rect();
        const QRect inView
            = m_canvas->mapFromScene(item->mapRectToScene(item->frameRect())).boundingRect();
        state.offscreen = !visible.intersects(inView);
        state.invisible = !item->isVisible();
        return state;
    }

private:
    [[nodiscard]] StageBlockItem *block() const
    {
        return m_canvas ? m_canvas->stageScene()->block(m_id) : nullptr;
    }

    QPointer<StageCanvas> m_canvas;
    model::StageId m_id;
};

} // namespace

CanvasAccessible::CanvasAccessible(StageCanvas *canvas)
    : QAccessibleWidget(canvas, QAccessible::Client)
{ }

CanvasAccessible::~CanvasAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_blocks))
        QAccessible::deleteAccessibleInterface(id);
}

StageCanvas *CanvasAccessible::canvas() const
{
    return static_cast<StageCanvas *>(widget());
}

QAccessibleInterface *CanvasAccessible::factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("stagecraft::views::StageCanvas") && object
        && object->isWidgetType())
        return new CanvasAccessible(static_cast<StageCanvas *>(object));
    return nullptr;
}

int CanvasAccessible::widgetChildCount() const
{
    return QAccessibleWidget::childCount();
}

int CanvasAccessible::childCount() const
{
    return widgetChildCount() + static_cast<int>(canvas()->stageScene()->blocks().size());
}

QAccessibleInterface *CanvasAccessible::blockInterface(model::StageId id) const
{
    const auto known = m_blocks.constFind(id);
    if (known != m_blocks.cend())
        return QAccessible::accessibleInterface(*known);
    auto *iface = new BlockAccessible(canvas(), id);
    m_blocks.insert(id, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

QAccessibleInterface *CanvasAccessible::child(int index) const
{
    const int widgets = widgetChildCount();
    if (index < widgets)
        return QAccessibleWidget::child(index);
    const auto &blocks = canvas()->stageScene()->blocks();
    const auto i = static_cast<std::size_t>(index - widgets);
    if (index < 0 || i >= blocks.size())
        return nullptr;
    return blockInterface(blocks[i]->id());
}

int CanvasAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto &blocks = canvas()->stageScene()->blocks();
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const auto known = m_blocks.constFind(blocks[i]->id());
        if (known != m_blocks.cend() && QAccessible::accessibleInterface(*known) == child)
            return widgetChildCount() + static_cast<int>(i);
    }
    return QAccessibleWidget::indexOfChild(child);
}

QAccessibleInterface *CanvasAccessible::childAt(int x, int y) const
{
    const QPoint inViewport = canvas()->viewport()->mapFromGlobal(QPoint(x, y));
    const auto &blocks = canvas()->stageScene()->blocks();
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const StageBlockItem *item = blocks[i];
        const QRect inView
            = canvas()->mapFromScene(item->mapRectToScene(item->frameRect())).boundingRect();
        if (inView.contains(inViewport))
            return blockInterface(item->id());
    }
    return QAccessibleWidget::childAt(x, y);
}

} // namespace stagecraft::views
