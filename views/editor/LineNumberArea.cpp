// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editor/LineNumberArea.h"

#include "views/editor/DockerfileEditor.h"

#include <QMouseEvent>

namespace stagecraft::views {

LineNumberArea::LineNumberArea(DockerfileEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setCursor(Qt::PointingHandCursor);
}

QSize LineNumberArea::sizeHint() const
{
    return {m_editor->lineNumberAreaWidth(), 0};
}

void LineNumberArea::paintEvent(QPaintEvent *event)
{
    m_editor->paintLineNumberArea(event);
}

void LineNumberArea::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_editor->lineNumberAreaClicked(qRound(event->position().y()),
                                        event->globalPosition().toPoint());
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

} // namespace stagecraft::views
