// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/ImageFamily.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string>

namespace stagecraft::views {

namespace {

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

bool startsWithAny(std::string_view text, std::initializer_list<std::string_view> prefixes)
{
    return std::any_of(prefixes.begin(), prefixes.end(),
                       [text](std::string_view prefix) { return startsWith(text, prefix); });
}

} // namespace

ImageFamily::Kind ImageFamily::detect(std::string_view reference)
{
    std::string lower(reference);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "scratch")
        return Scratch;
    if (lower.find("distroless") != std::string::npos)
        return Distroless;
    if (lower.find("dotnet") != std::string::npos)
        return Dotnet;
    // The repository's last path component, without tag or digest.
    std::string_view path = lower;
    if (const auto at = path.find('@'); at != std::string_view::npos)
        path = path.substr(0, at);
    std::string_view repo = path;
    if (const auto slash = repo.rfind('/'); slash != std::string_view::npos)
        repo = repo.substr(slash + 1);
    if (const auto colon = repo.find(':'); colon != std::string_view::npos)
        repo = repo.substr(0, colon);
    if (startsWithAny(repo, {"python", "pypy"}))
        return Python;
    if (repo == "go" || startsWith(repo, "golang"))
        return Go;
    if (startsWithAny(repo, {"node", "bun", "deno"}))
        return Node;
    if (startsWithAny(repo, {"nginx", "httpd", "caddy", "apache", "traefik"}))
        return WebServer;
    if (startsWithAny(repo,
                      {"maven", "gradle", "eclipse-temurin", "temurin", "openjdk", "amazoncorretto",
                       "java", "tomcat", "jetty"}))
        return Java;
    if (startsWith(repo, "rust"))
        return Rust;
    if (startsWith(repo, "alpine"))
        return Alpine;
    if (startsWithAny(repo, {"debian", "ubuntu", "buildpack-deps"}))
        return Debian;
    return Other;
}

QString ImageFamily::name(Kind kind)
{
    switch (kind) {
    case Python:
        return QStringLiteral("python");
    case Go:
        return QStringLiteral("golang");
    case Node:
        return QStringLiteral("node");
    case WebServer:
        return QStringLiteral("nginx");
    case Alpine:
        return QStringLiteral("alpine");
    case Debian:
        return QStringLiteral("debian");
    case Scratch:
        return QStringLiteral("scratch");
    case Distroless:
        return QStringLiteral("distroless");
    case Java:
        return QStringLiteral("java");
    case Rust:
        return QStringLiteral("rust");
    case Dotnet:
        return QStringLiteral("dotnet");
    case Other:
        break;
    }
    return QStringLiteral("other");
}

QColor ImageFamily::color(Kind kind)
{
    switch (kind) {
    case Python:
        return QColor(0x37, 0x76, 0xab);
    case Go:
        return QColor(0x00, 0x9d, 0xc4);
    case Node:
        return QColor(0x53, 0x8d, 0x40);
    case WebServer:
        return QColor(0x00, 0x96, 0x39);
    case Alpine:
        return QColor(0x0d, 0x59, 0x7f);
    case Debian:
        return QColor(0xa8, 0x00, 0x30);
    case Scratch:
        return QColor(0x80, 0x80, 0x80);
    case Distroless:
        return QColor(0x42, 0x85, 0xf4);
    case Java:
        return QColor(0xe7, 0x6f, 0x00);
    case Rust:
        return QColor(0xb7, 0x41, 0x0e);
    case Dotnet:
        return QColor(0x51, 0x2b, 0xd4);
    case Other:
        break;
    }
    return QColor(0x60, 0x6a, 0x78);
}

void ImageFamily::paintBadge(QPainter *painter, const QRectF &rect, Kind kind, bool letters)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor fill = color(kind);
    QPainterPath shape;
    const QPointF c = rect.center();
    const qreal r = std::min(rect.width(), rect.height()) / 2.0;
    switch (kind) {
    case Node:
    case WebServer: {
        // Hexagons: node's and nginx's logos are both hexagonal.
        QPolygonF hexagon;
        for (int i = 0; i < 6; ++i) {
            const qreal angle = (60.0 * i - 90.0) * 3.14159265358979 / 180.0;
            hexagon << QPointF(c.x() + r * std::cos(angle), c.y() + r * std::sin(angle));
        }
        shape.addPolygon(hexagon);
        shape.closeSubpath();
        break;
    }
    case Alpine: {
        // A mountain-ish triangle in a rounded square.
        shape.addRoundedRect(rect, r * 0.35, r * 0.35);
        break;
    }
    case Go:
    case Rust:
    case Dotnet:
        shape.addRoundedRect(rect, r * 0.45, r * 0.45);
        break;
    case Scratch:
    case Distroless:
        shape.addRect(rect.adjusted(1, 1, -1, -1));
        break;
    case Python:
    case Debian:
    case Java:
    case Other:
        shape.addEllipse(c, r, r);
        break;
    }
    if (kind == Scratch) {
        // Empty: a dashed outline, nothing inside.
        QPen pen(fill, 1.5, Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(shape);
        painter->drawLine(QPointF(rect.left() + 3, rect.bottom() - 3),
                          QPointF(rect.right() - 3, rect.top() + 3));
        painter->restore();
        return;
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawPath(shape);
    if (kind == Alpine) {
        QPolygonF mountain;
        mountain << QPointF(rect.left() + r * 0.3, rect.bottom() - r * 0.45)
                 << QPointF(c.x() - r * 0.15, rect.top() + r * 0.55)
                 << QPointF(c.x() + r * 0.2, c.y() + r * 0.05)
                 << QPointF(c.x() + r * 0.45, rect.top() + r * 0.8)
                 << QPointF(rect.right() - r * 0.25, rect.bottom() - r * 0.45);
        painter->setBrush(Qt::white);
        painter->drawPolygon(mountain);
        painter->restore();
        return;
    }
    if (!letters) {
        painter->restore();
        return;
    }
    static const std::array<const char *, 12> names
        = {"?", "Py", "Go", "JS", "N", "A", "D", "", "dl", "J", "R", ".N"};
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(std::max(6, static_cast<int>(r * (kind == Other ? 1.1 : 0.95))));
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(rect, Qt::AlignCenter,
                      QString::fromLatin1(names[static_cast<std::size_t>(kind)]));
    painter->restore();
}

ImageFamily::CopyDefaults ImageFamily::copyDefaults(Kind kind)
{
    switch (kind) {
    case Go:
        return {{QStringLiteral("/out/app")}, QStringLiteral("/usr/local/bin/app")};
    case Node:
        return {{QStringLiteral("/app/build")}, QStringLiteral("/usr/share/nginx/html")};
    case Java:
        return {{QStringLiteral("/app/target/*.jar")}, QStringLiteral("/app/app.jar")};
    case Python:
        return {{QStringLiteral("/usr/local/lib/python3.11/site-packages/")},
                QStringLiteral("/usr/local/lib/python3.11/site-packages/")};
    case Rust:
        return {{QStringLiteral("/app/target/release/app")}, QStringLiteral("/usr/local/bin/app")};
    case Dotnet:
        return {{QStringLiteral("/app/publish")}, QStringLiteral("/app")};
    case WebServer:
        return {{QStringLiteral("/usr/share/nginx/html")}, QStringLiteral("/usr/share/nginx/html")};
    case Alpine:
    case Debian:
    case Scratch:
    case Distroless:
    case Other:
        break;
    }
    return {{QStringLiteral("/app")}, QStringLiteral("/app")};
}

} // namespace stagecraft::views
