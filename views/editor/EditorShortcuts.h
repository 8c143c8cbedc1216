// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QKeyEvent;

namespace stagecraft::views {

/// The editor's own keys, claimed before the window's shortcuts so they work wherever the
/// editor has focus: find and replace, zoom, go to line, rename stage (F2), go to definition
/// (F12), completion (Ctrl+Space), and Escape while the find bar is open.
class EditorShortcuts
{
public:
    enum class Key {
        None,
        Find,
        Replace,
        FindNext,
        FindPrevious,
        ZoomIn,
        ZoomOut,
        ZoomReset,
        GoToLine,
        Rename,
        GoToDefinition,
        Complete,
        CloseFind,
    };

    /// Which of the editor's keys `event` is (None for every other key).
    [[nodiscard]] static Key classify(const QKeyEvent &event, bool findBarVisible);
};

} // namespace stagecraft::views
