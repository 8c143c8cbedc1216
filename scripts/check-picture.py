#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that a picture of the window is a real picture, not a blank one.

Usage: python3 scripts/check-picture.py png FILE [--size WxH]
       python3 scripts/check-picture.py xwd FILE [--min-box WxH]

png: a PNG the app wrote (`stagecraft --screenshot FILE`); --size asks for exactly that size.
xwd: an X server's screen as an XWD image, e.g. Xvfb's `-fbdir DIR` file DIR/Xvfb_screen0 (run
     Xvfb with -br, so the empty screen is black); the box around everything that is not black
     must be at least --min-box large — that box is the window.
Either way the picture (inside the box, for xwd) must hold more than 16 colours: a blank or
single-colour window has one or two. Prints one line with what it found; exits 1 when the
picture fails a check, 2 when the file cannot be read. Standard library only.
"""

import argparse
import struct
import sys
import zlib

MIN_COLOURS = 17


def read_png(path):
    """Returns (width, height, rows): rows of (r, g, b) tuples, every other pixel."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    at, idat, header = 8, b"", None
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    if header is None:
        raise ValueError("PNG without IHDR")
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"unsupported PNG format (depth {depth}, colour {colour}, interlace {interlace})")
    channels = 4 if colour == 6 else 3
    raw, stride = zlib.decompress(idat), width * channels
    rows, previous, at = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[at], bytearray(raw[at + 1:at + 1 + stride])
        at += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append([tuple(line[i:i + 3]) for i in range(0, stride, channels)])
        previous = line
    return width, height, rows


def read_xwd(path):
    """Returns (width, height, rows) of an XWD screen dump (ZPixmap, 24/32 bits per pixel)."""
    data = open(path, "rb").read()
    if len(data) < 100:
        raise ValueError("not an XWD file (too short)")
    fields = struct.unpack(">25I", data[:100])
    (header_size, version, pixmap_format, _depth, width, height, _xoffset, byte_order, _unit,
     _bit_order, _pad, bits_per_pixel, bytes_per_line, _visual, red_mask, green_mask, blue_mask,
     _bits_per_rgb, _entries, ncolors) = fields[:20]
    if version != 7 or pixmap_format != 2 or bits_per_pixel not in (24, 32):
        raise ValueError(f"unsupported XWD image (version {version}, format {pixmap_format}, "
                         f"{bits_per_pixel} bits per pixel)")
    start = header_size + 12 * ncolors
    step = bits_per_pixel // 8
    order = "<" if byte_order == 0 else ">"
    shifts = [(mask, (mask & -mask).bit_length() - 1) for mask in (red_mask, green_mask, blue_mask)]
    if len(data) < start + bytes_per_line * height:
        raise ValueError("XWD file shorter than its image")
    rows = []
    for y in range(height):
        line = data[start + y * bytes_per_line:start + y * bytes_per_line + width * step]
        row = []
        for x in range(0, width * step, step):
            chunk = line[x:x + step]
            value = struct.unpack(order + "I", chunk if step == 4 else
                                  (chunk + b"\0" if order == "<" else b"\0" + chunk))[0]
            row.append(tuple((value & mask) >> shift for mask, shift in shifts))
        rows.append(row)
    return width, height, rows


def size(text):
    width, _, height = text.partition("x")
    return int(width), int(height)


def main():
    parser = argparse.ArgumentParser(description="Checks that a picture of the window is not blank.")
    parser.add_argument("kind", choices=("png", "xwd"))
    parser.add_argument("file")
    parser.add_argument("--size", type=size, help="png: the exact size WxH")
    parser.add_argument("--min-box", type=size, default=(320, 200),
                        help="xwd: the smallest box around the non-black pixels (default 320x200)")
    arguments = parser.parse_args()
    try:
        width, height, rows = (read_png if arguments.kind == "png" else read_xwd)(arguments.file)
    except (OSError, ValueError, zlib.error, struct.error) as error:
        print(f"picture: cannot read {arguments.file}: {error}", file=sys.stderr)
        return 2

    problems = []
    left, top, right, bottom = 0, 0, width - 1, height - 1
    box = (width, height)
    if arguments.kind == "png":
        if arguments.size and (width, height) != arguments.size:
            problems.append(f"size {width}x{height}, expected {arguments.size[0]}x{arguments.size[1]}")
    else:
        lit = [(x, y) for y in range(0, height, 2) for x in range(0, width, 2) if rows[y][x] != (0, 0, 0)]
        if not lit:
            print(f"picture: FAILED: {arguments.file}: the {width}x{height} screen is black (no window)")
            return 1
        left, right = min(x for x, _ in lit), max(x for x, _ in lit)
        top, bottom = min(y for _, y in lit), max(y for _, y in lit)
        box = (right - left + 2, bottom - top + 2)
        if box[0] < arguments.min_box[0] or box[1] < arguments.min_box[1]:
            problems.append(f"the window is only {box[0]}x{box[1]}")
    colours = {rows[y][x] for y in range(top, bottom + 1, 2) for x in range(left, right + 1, 2)}
    if len(colours) < MIN_COLOURS:
        problems.append(f"only {len(colours)} colours (blank?)")
    found = (f"{arguments.file}: {width}x{height}, window {box[0]}x{box[1]} at {left},{top}, "
             f"{len(colours)} colours sampled")
    if problems:
        print(f"picture: FAILED: {found}: {'; '.join(problems)}")
        return 1
    print(f"picture: {found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
