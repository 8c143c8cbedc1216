// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/CanvasTheme.h"

#include "views/StageColors.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace stagecraft::views {

namespace {
bool g_presenter = false;
} // namespace

void CanvasTheme::setPresenterMode(bool on)
{
    g_presenter = on;
}

bool CanvasTheme::presenterMode()
{
    return g_presenter;
}

CanvasTheme CanvasTheme::fromPalette(const QPalette &palette)
{
    CanvasTheme theme;
    theme.palette = palette;
    theme.dark = StageColors::isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    theme.background = theme.dark ? base.darker(115) : QColor(0xf6, 0xf7, 0xf9);
    theme.grid = theme.dark ? theme.background.lighter(135) : theme.background.darker(108);
    theme.blockBody = theme.dark ? base.lighter(125) : QColor(Qt::white);
    theme.text = palette.color(QPalette::Text);
    theme.mutedText = theme.dark ? theme.text.darker(140) : theme.text.lighter(220);
    theme.blockBorder = theme.dark ? QColor(0x5a, 0x60, 0x6a) : QColor(0xc4, 0xc9, 0xd0);
    theme.selection = palette.color(QPalette::Highlight);
    theme.copyArrow = theme.dark ? QColor(0x7c, 0xb7, 0xff) : QColor(0x1f, 0x5f, 0xbf);
    theme.fromArrow = theme.dark ? QColor(0xc8, 0xcc, 0xd2) : QColor(0x4a, 0x50, 0x58);
    theme.mountArrow = theme.dark ? QColor(0xe0, 0xa8, 0x50) : QColor(0xa0, 0x5a, 0x00);
    theme.labelBackground = theme.background;
    theme.labelBackground.setAlpha(225);
    theme.error = theme.dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    theme.warning = theme.dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0xd9, 0x82, 0x00);
    theme.finalMark = theme.dark ? QColor(0x6c, 0xe0, 0x8a) : QColor(0x1b, 0x8a, 0x3a);
    theme.port = theme.dark ? QColor(0xe8, 0xea, 0xee) : QColor(0x30, 0x36, 0x3e);
    theme.font = QGuiApplication::font();
    if (theme.font.pixelSize() <= 0 && theme.font.pointSizeF() <= 0)
        theme.font.setPointSize(9);
    // Scale whichever size the application font uses (points, or pixels on some platforms).
    auto scaled = [&theme](qreal factor, bool bold) {
        QFont font = theme.font;
        font.setBold(bold);
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * factor);
        else if (font.pixelSize() > 0)
            font.setPixelSize(qRound(font.pixelSize() * factor));
        return font;
    };
    theme.titleFont = scaled(1.15, true);
    theme.smallFont = scaled(0.9, false);
    if (g_presenter) {
        // Readable from the back of a room: full-contrast text and lines, bold type, thick
        // arrows. Sizes come from the view's zoom, so blocks keep their layout.
        theme.presenter = true;
        theme.lineScale = 2.2;
        theme.background = theme.dark ? QColor(Qt::black) : QColor(Qt::white);
        theme.blockBody = theme.dark ? QColor(0x10, 0x10, 0x10) : QColor(Qt::white);
        theme.text = theme.dark ? QColor(Qt::white) : QColor(Qt::black);
        theme.mutedText = theme.text;
        theme.blockBorder = theme.text;
        theme.grid = theme.background;
        theme.copyArrow = theme.dark ? QColor(0x4d, 0xa3, 0xff) : QColor(0x00, 0x3d, 0xa5);
        theme.fromArrow = theme.text;
        theme.mountArrow = theme.dark ? QColor(0xff, 0xb0, 0x20) : QColor(0x8a, 0x45, 0x00);
        theme.labelBackground = theme.background;
        theme.font.setBold(true);
        theme.smallFont.setBold(true);
    }
    return theme;
}

qreal CanvasTheme::levelOfDetail(const QPainter *painter)
{
    return QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
}

bool CanvasTheme::legible(const QFont &textFont, qreal lod) const
{
    return !levelOfDetailPainting
        || QFontMetricsF(textFont).capHeight() * lod >= MinLegibleCapHeight;
}

QColor CanvasTheme::stageColor(int stageIndex) const
{
    return StageColors::stageColor(stageIndex, palette);
}

QColor CanvasTheme::stageTint(int stageIndex) const
{
    return StageColors::stageTint(stageIndex, palette);
}

} // namespace stagecraft::views
