// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editor/EditorShortcuts.h"

#include <QKeyEvent>
#include <QKeySequence>

namespace stagecraft::views {

EditorShortcuts::Key EditorShortcuts::classify(const QKeyEvent &event, bool findBarVisible)
{
    const QKeySequence pressed(event.keyCombination());
    if (event.matches(QKeySequence::Find))
        return Key::Find;
    if (event.matches(QKeySequence::Replace))
        return Key::Replace;
    if (event.matches(QKeySequence::FindNext))
        return Key::FindNext;
    if (event.matches(QKeySequence::FindPrevious))
        return Key::FindPrevious;
    if (event.matches(QKeySequence::ZoomIn) || pressed == QKeySequence(Qt::CTRL | Qt::Key_Equal))
        return Key::ZoomIn;
    if (event.matches(QKeySequence::ZoomOut))
        return Key::ZoomOut;
    if (pressed == QKeySequence(Qt::CTRL | Qt::Key_0))
        return Key::ZoomReset;
    if (pressed == QKeySequence(Qt::CTRL | Qt::Key_L))
        return Key::GoToLine;
    if (pressed == QKeySequence(Qt::Key_F2))
        return Key::Rename;
    if (pressed == QKeySequence(Qt::Key_F12))
        return Key::GoToDefinition;
    if (pressed == QKeySequence(Qt::CTRL | Qt::Key_Space))
        return Key::Complete;
    if (findBarVisible && pressed == QKeySequence(Qt::Key_Escape))
        return Key::CloseFind;
    return Key::None;
}

} // namespace stagecraft::views
