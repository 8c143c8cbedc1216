// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/CanvasExport.h"

#include "views/canvas/StageScene.h"

#include <QGraphicsItem>
#include <QPainter>

#if __has_include(<QtSvg/QSvgGenerator>)
#include <QtSvg/QSvgGenerator>
#define STAGECRAFT_CANVAS_SVG 1
#else
#define STAGECRAFT_CANVAS_SVG 0
#endif

namespace stagecraft::views {

namespace {

constexpr qreal Margin = 24;

QRectF sourceRect(QGraphicsScene &scene)
{
    if (auto *stage = qobject_cast<StageScene *>(&scene))
        return stage->contentRect().adjusted(-Margin, -Margin, Margin, Margin);
    return scene.itemsBoundingRect().adjusted(-Margin, -Margin, Margin, Margin);
}

/// Renders without selection marks, restoring the selection afterwards.
void renderScene(QGraphicsScene &scene, QPainter &painter, const QRectF &target,
                 const QRectF &source)
{
    const QList<QGraphicsItem *> selected = scene.selectedItems();
    const bool blocked = scene.blockSignals(true);
    for (QGraphicsItem *item : selected)
        item->setSelected(false);
    scene.render(&painter, target, source, Qt::KeepAspectRatio);
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
    scene.blockSignals(blocked);
}

} // namespace

QImage CanvasExport::renderImage(QGraphicsScene &scene, qreal scale)
{
    const QRectF source = sourceRect(scene);
    const QSize size(std::max(1, qRound(source.width() * scale)),
                     std::max(1, qRound(source.height() * scale)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    renderScene(scene, painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    painter.end();
    return image;
}

bool CanvasExport::savePng(QGraphicsScene &scene, const QString &path, QString &error, qreal scale)
{
    const QImage image = renderImage(scene, scale);
    if (!image.save(path, "PNG")) {
        error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

bool CanvasExport::svgAvailable()
{
    return STAGECRAFT_CANVAS_SVG != 0;
}

bool CanvasExport::saveSvg(QGraphicsScene &scene, const QString &path, QString &error)
{
#if STAGECRAFT_CANVAS_SVG
    const QRectF source = sourceRect(scene);
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(QStringLiteral("Stagecraft stage graph"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    renderScene(scene, painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return true;
#else
    Q_UNUSED(scene);
    Q_UNUSED(path);
    error = QStringLiteral("this build has no Qt Svg");
    return false;
#endif
}

} // namespace stagecraft::views
