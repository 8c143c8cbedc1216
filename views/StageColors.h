// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace stagecraft::views {

/// The colour of a stage, shared by its canvas block and its name and references in the editor,
/// so a learner can match them at a glance. Hues are spread by the golden angle; lightness and
/// saturation follow the palette so the colour reads on light and dark themes.
class StageColors
{
public:
    /// True when `palette`'s window colour is dark.
    [[nodiscard]] static bool isDark(const QPalette &palette);
    /// The stage's main colour (block header, editor text of its name).
    [[nodiscard]] static QColor stageColor(int stageIndex, const QPalette &palette);
    /// A faint tint of the stage colour (block body, editor background of its name).
    [[nodiscard]] static QColor stageTint(int stageIndex, const QPalette &palette);
};

} // namespace stagecraft::views
