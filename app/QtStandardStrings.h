// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace stagecraft::app {

/// One of Qt's own user-visible strings, by Qt's translation context.
struct QtStandardString
{
    const char *context;
    const char *source;
};

/// Qt's own strings that a Stagecraft user sees on every screen: the standard dialog buttons
/// (QPlatformTheme) and the context menus of text fields and the editor (QLineEdit,
/// QWidgetTextControl). Debian ships no `qtbase_hi`, so without this they stay English in a
/// Hindi window. They are listed here so that lupdate extracts them into our own catalogue under
/// Qt's contexts; QCoreApplication::translate() asks every installed translator, so ours
/// answers for Qt where no `qtbase_<lang>` catalogue does.
[[nodiscard]] std::span<const QtStandardString> qtStandardStrings();

} // namespace stagecraft::app
