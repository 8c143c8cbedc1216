// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QWidget;

namespace stagecraft::app {

/// Calls `callback` once, on the event-loop turn after `widget`'s first paint (so after the
/// frame that paint belongs to has been flushed). The start-up work that the first frame does
/// not need waits for it: the editor's underlines, the first engine check, the start-up
/// measurement (STAGECRAFT_EXIT_AFTER_FIRST_FRAME). Nothing happens when `widget` is destroyed
/// before it paints.
void afterFirstFrame(QWidget *widget, std::function<void()> callback);

} // namespace stagecraft::app
