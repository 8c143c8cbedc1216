// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

class QPainter;

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
    /// Presenter mode: high contrast, bold text, lines `lineScale` times as thick.
    bool presenter = false;
    qreal lineScale = 1.0;
    /// Level-of-detail painting: below a legible size, text is drawn as bars and grid lines are
    /// thinned out (see legible()). Off: always full detail (tests compare both).
    bool levelOfDetailPainting = true;

    /// Capitals shorter than this many device pixels are not worth shaping: nobody reads them.
    /// (At 5 px the two-stage example's rows turned to bars in the default window, where at
    /// 2–4 px they can still be made out and recognised by their shape; a 100-stage file fitted
    /// to the view is far below that.)
    static constexpr qreal MinLegibleCapHeight = 2.0;
    /// Device pixels per scene unit under `painter`'s current transform.
    [[nodiscard]] static qreal levelOfDetail(const QPainter *painter);
    /// True when text in `textFont` is legible at `lod` (device pixels per unit), or when
    /// level-of-detail painting is off: then it is drawn as text, otherwise as a bar.
    [[nodiscard]] bool legible(const QFont &textFont, qreal lod) const;

    /// Presenter mode for every theme made from now on (canvas, charts: read it when painting
    /// or on QEvent::ApplicationFontChange, which switching the mode sends).
    static void setPresenterMode(bool on);
    [[nodiscard]] static bool presenterMode();

    /// The stage's colour and tint (StageColors, so blocks match the editor's stage names).
    [[nodiscard]] QColor stageColor(int stageIndex) const;
    [[nodiscard]] QColor stageTint(int stageIndex) const;
};

} // namespace stagecraft::views
