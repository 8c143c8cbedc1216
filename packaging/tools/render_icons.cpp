// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the application icon (one SVG) into everything the packages need,
// with QtSvg only, so no platform tool and no third-party artwork is involved:
//   OUTDIR/hicolor/<N>x<N>/apps/NAME.png   N = 16 22 24 32 48 64 128 256 512 (Linux, hicolor)
//   OUTDIR/NAME.ico                        16 24 32 48 64 128 256, PNG-compressed (Windows .rc)
//   OUTDIR/NAME.icns                       16…1024 incl. @2x, PNG elements (macOS bundle)
// Usage: stagecraft-render-icons SVG OUTDIR NAME
// Exits 1 with a message when the SVG cannot be read or a file cannot be written, and refuses
// a rendering that came out fully transparent (a broken SVG QtSvg silently ignores).

#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QString>
#include <QSvgRenderer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "render_icons: %s\n", message.toLocal8Bit().constData());
    std::exit(1);
}

/// The icon at `size` × `size` pixels, as PNG bytes.
QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
    }
    bool painted = false;
    for (int y = 0; y < size && !painted; ++y) {
        for (int x = 0; x < size && !painted; ++x)
            painted = qAlpha(image.pixel(x, y)) != 0;
    }
    if (!painted)
        fail(QStringLiteral("the %1 px rendering is empty; is the SVG valid SVG Tiny?").arg(size));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        fail(QStringLiteral("cannot encode a %1 px PNG").arg(size));
    return png;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

void appendLittle(QByteArray &out, std::uint32_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(static_cast<char>((value >> (8 * i)) & 0xffU));
}

void appendBig(QByteArray &out, std::uint32_t value)
{
    for (int i = 3; i >= 0; --i)
        out.append(static_cast<char>((value >> (8 * i)) & 0xffU));
}

/// A Windows icon: ICONDIR, one ICONDIRENTRY per size, then the PNG images (Vista and later
/// read PNG entries; 256 is written as 0 in the one-byte width and height).
QByteArray icoFile(const std::vector<std::pair<int, QByteArray>> &pngs)
{
    QByteArray out;
    appendLittle(out, 0, 2); // reserved
    appendLittle(out, 1, 2); // type: icon
    appendLittle(out, static_cast<std::uint32_t>(pngs.size()), 2);
    std::uint32_t offset = 6 + 16 * static_cast<std::uint32_t>(pngs.size());
    for (const auto &[size, png] : pngs) {
        const auto side = static_cast<std::uint32_t>(size >= 256 ? 0 : size);
        appendLittle(out, side, 1);
        appendLittle(out, side, 1);
        appendLittle(out, 0, 1);  // palette size
        appendLittle(out, 0, 1);  // reserved
        appendLittle(out, 1, 2);  // colour planes
        appendLittle(out, 32, 2); // bits per pixel
        appendLittle(out, static_cast<std::uint32_t>(png.size()), 4);
        appendLittle(out, offset, 4);
        offset += static_cast<std::uint32_t>(png.size());
    }
    for (const auto &entry : pngs)
        out.append(entry.second);
    return out;
}

/// A macOS icon family: "icns", the total length, then one (type, length, PNG) element per
/// variant; lengths are big-endian and include the 8-byte element header.
QByteArray icnsFile(const std::vector<std::pair<QByteArray, QByteArray>> &elements)
{
    QByteArray body;
    for (const auto &[type, png] : elements) {
        body.append(type);
        appendBig(body, static_cast<std::uint32_t>(png.size() + 8));
        body.append(png);
    }
    QByteArray out("icns");
    appendBig(out, static_cast<std::uint32_t>(body.size() + 8));
    out.append(body);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fputs("usage: stagecraft-render-icons SVG OUTDIR NAME\n", stderr);
        return 2;
    }
    const QString svgPath = QString::fromLocal8Bit(argv[1]);
    const QString outDir = QString::fromLocal8Bit(argv[2]);
    const QString name = QString::fromLocal8Bit(argv[3]);

    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid())
        fail(QStringLiteral("cannot read %1 as SVG").arg(svgPath));

    // Render each size once, straight from the vector (small sizes stay crisp).
    const std::vector<int> sizes{16, 22, 24, 32, 48, 64, 128, 256, 512, 1024};
    std::vector<std::pair<int, QByteArray>> pngs;
    pngs.reserve(sizes.size());
    for (int size : sizes)
        pngs.emplace_back(size, renderPng(renderer, size));
    const auto png = [&pngs](int size) {
        for (const auto &entry : pngs) {
            if (entry.first == size)
                return entry.second;
        }
        fail(QStringLiteral("no %1 px rendering").arg(size));
    };

    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        writeFile(QStringLiteral("%1/hicolor/%2x%2/apps/%3.png").arg(outDir).arg(size).arg(name),
                  png(size));
    }

    std::vector<std::pair<int, QByteArray>> ico;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        ico.emplace_back(size, png(size));
    writeFile(QStringLiteral("%1/%2.ico").arg(outDir, name), icoFile(ico));

    // Element types of Apple's icon family format (PNG payloads, macOS 10.7 and later).
    const std::vector<std::pair<QByteArray, QByteArray>> icns{
        {"icp4", png(16)},  {"icp5", png(32)},  {"icp6", png(64)},   {"ic07", png(128)},
        {"ic08", png(256)}, {"ic09", png(512)}, {"ic10", png(1024)}, {"ic11", png(32)},
        {"ic12", png(64)},  {"ic13", png(256)}, {"ic14", png(512)},
    };
    writeFile(QStringLiteral("%1/%2.icns").arg(outDir, name), icnsFile(icns));
    return 0;
}
