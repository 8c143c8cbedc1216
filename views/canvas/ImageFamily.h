// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <string_view>

class QPainter;

namespace stagecraft::views {

/// The family of a base image (python, golang, node, …), recognised from its reference, with the
/// badge the canvas draws for it and the paths a COPY out of it usually takes.
class ImageFamily
{
public:
    enum Kind {
        Other,
        Python,
        Go,
        Node,
        WebServer, ///< nginx, httpd, caddy
        Alpine,
        Debian, ///< debian, ubuntu, buildpack-deps
        Scratch,
        Distroless,
        Java, ///< maven, gradle, eclipse-temurin, openjdk, amazoncorretto
        Rust,
        Dotnet,
    };

    /// Recognises `reference` ("python:3.12-slim", "gcr.io/distroless/static", …).
    [[nodiscard]] static Kind detect(std::string_view reference);
    /// A short untranslated tag ("python", "golang", …) for tooltips and tests.
    [[nodiscard]] static QString name(Kind kind);
    /// The badge colour (brand-like, readable on light and dark blocks).
    [[nodiscard]] static QColor color(Kind kind);
    /// Draws the badge (a shape and one or two letters) into `rect`; without `letters` (too
    /// small to read, see CanvasTheme::legible()) only the shape.
    static void paintBadge(QPainter *painter, const QRectF &rect, Kind kind, bool letters = true);

    /// Default source paths and destination for a COPY --from a stage of this family.
    struct CopyDefaults
    {
        QStringList sources;
        QString destination;
    };
    [[nodiscard]] static CopyDefaults copyDefaults(Kind kind);
};

} // namespace stagecraft::views
