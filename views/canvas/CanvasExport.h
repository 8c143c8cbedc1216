// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

class QGraphicsScene;

namespace stagecraft::views {

/// Renders a canvas scene (nodes, arrows, legend; no selection marks) to PNG or SVG.
class CanvasExport
{
public:
    /// The scene's content at `scale` (2.0 = crisp on high-DPI slides), with a margin.
    [[nodiscard]] static QImage renderImage(QGraphicsScene &scene, qreal scale = 2.0);
    [[nodiscard]] static bool savePng(QGraphicsScene &scene, const QString &path, QString &error,
                                      qreal scale = 2.0);
    /// SVG via QSvgGenerator; false with `error` set when Qt Svg is not available.
    [[nodiscard]] static bool saveSvg(QGraphicsScene &scene, const QString &path, QString &error);
    [[nodiscard]] static bool svgAvailable();
};

} // namespace stagecraft::views
