// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

namespace stagecraft::app {

/// Light and dark: the application follows the system palette (and its live changes), or uses
/// the Fusion style with a light or a dark palette. Switching sends every widget a PaletteChange,
/// on which the canvas and the editor re-pick their colours.
class Theme
{
public:
    enum class Mode { System, Light, Dark };

    /// Applies `mode` to the running application, live.
    static void apply(Mode mode);
    /// The mode applied last (System before any call).
    [[nodiscard]] static Mode current();

    /// "system", "light", "dark" (the settings value).
    [[nodiscard]] static QString key(Mode mode);
    /// The mode for a settings value; System when unknown.
    [[nodiscard]] static Mode fromKey(const QString &key);

    [[nodiscard]] static QPalette lightPalette();
    [[nodiscard]] static QPalette darkPalette();
};

} // namespace stagecraft::app
