// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/StageColors.h"

#include <cmath>

namespace stagecraft::views {

namespace {

int hueFor(int stageIndex)
{
    // Golden angle: neighbouring stages get clearly different hues, and the sequence never repeats.
    constexpr double GoldenAngle = 137.50776405;
    const double hue = std::fmod(210.0 + GoldenAngle * std::max(0, stageIndex), 360.0);
    return static_cast<int>(hue);
}

} // namespace

bool StageColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor StageColors::stageColor(int stageIndex, const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHsl(hueFor(stageIndex), 170, 165)
                           : QColor::fromHsl(hueFor(stageIndex), 190, 95);
}

QColor StageColors::stageTint(int stageIndex, const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHsl(hueFor(stageIndex), 90, 45)
                           : QColor::fromHsl(hueFor(stageIndex), 150, 232);
}

} // namespace stagecraft::views
