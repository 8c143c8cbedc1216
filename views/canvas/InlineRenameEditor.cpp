// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/InlineRenameEditor.h"

#include <QKeyEvent>
#include <QPainter>
#include <QTextCursor>

namespace stagecraft::views {

InlineRenameEditor::InlineRenameEditor(const QString &text, QGraphicsItem *parent)
    : QGraphicsTextItem(text, parent)
    , m_original(text)
{
    setZValue(10);
}

void InlineRenameEditor::begin()
{
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setFocus(Qt::MouseFocusReason);
    QTextCursor cursor = textCursor();
    cursor.select(QTextCursor::Document);
    setTextCursor(cursor);
}

void InlineRenameEditor::finish(bool commit)
{
    if (m_done)
        return;
    m_done = true;
    setTextInteractionFlags(Qt::NoTextInteraction);
    const QString name = toPlainText().trimmed();
    // `finished` first: the owner only schedules deletion, so emitting `committed` after it is
    // safe.
    Q_EMIT finished();
    if (commit && !name.isEmpty() && name != m_original)
        Q_EMIT committed(name);
}

void InlineRenameEditor::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish(true);
        event->accept();
        return;
    case Qt::Key_Escape:
        finish(false);
        event->accept();
        return;
    default:
        break;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void InlineRenameEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    finish(true);
}

} // namespace stagecraft::views
