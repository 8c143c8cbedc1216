// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

namespace stagecraft::views {

/// The canvas colours and fonts, derived from a palette (light or dark). Items never pick colours
/// themselves: they read them from the scene's theme, so a palette change re-themes everything.
class CanvasTheme
{
public:
    /// The theme for `palette` (QApplication::palette() when not given).
    [[nodiscard]] static CanvasTheme fromPalette(const QPalette &palette);

    QPalette palette;
    bool dark = false;
    QColor background;
    QColor grid;
    QColor blockBody;
    QColor blockBorder;
    QColor text;
    QColor mutedText;
    QColor selection;
    QColor copyArrow;
    QColor fromArrow;
    QColor mountArrow;
    QColor labelBackground;
    QColor error;
    QColor warning;
    QColor finalMark;
    QColor port;
    QFont font;
    QFont titleFont;
    QFont smallFont;

    /// The stage's colour and tint (StageColors, so blocks match the editor's stage names).
    [[nodiscard]] QColor stageColor(int stageIndex) const;
    [[nodiscard]] QColor stageTint(int stageIndex) const;
};

} // namespace stagecraft::views
