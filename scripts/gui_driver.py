#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives the real Stagecraft window from outside, as a person would: xdotool moves the
pointer and types, the accessibility tree (AT-SPI) says where things are on screen (the
canvas's blocks are accessible objects with their names and rectangles).

Run by scripts/gui-driver.sh inside a private X server, window manager and D-Bus session:

    gui_driver.py scenario BINARY WORKDIR   the gestures, save, quit; the saved bytes compared
    gui_driver.py unsaved BINARY WORKDIR    Ctrl+Q and the window manager's close both ask
    gui_driver.py screenshot BINARY WORKDIR LANG OUT.png XWD [FILE]
                                            the window maximised on the whole screen (Xvfb's
                                            frame buffer XWD), with FILE or the example

Exit status 0 on success; on failure a message on stderr and status 1.
"""

import importlib.util
import os
import struct
import subprocess
import sys
import time
import zlib

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

# The file the scenario opens, and what it must be once the gestures are done and saved.
START_TEXT = """FROM alpine:3.19 AS builder
RUN echo built > /out.txt

FROM alpine:3.19 AS runtime
CMD ["cat", "/out.txt"]
"""

# StageBlockItem's geometry at 100 %: the header's height and the block's width (the output
# port sits on the right edge, in the header's middle; the title on the header's left).
BLOCK_WIDTH = 260.0
HEADER_HEIGHT = 48.0


class Failure(Exception):
    pass


def xdotool(*args):
    subprocess.run(["xdotool", *[str(a) for a in args]], check=True)


def wait_for(what, probe, timeout=20.0):
    """Calls probe() until it returns something truthy; that value, or Failure."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(0.2)
    raise Failure(f"timed out waiting for {what}")


def application():
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and (app.get_name() or "").lower() == "stagecraft":
            return app
    return None


def find_all(node, predicate, depth=0, found=None):
    found = [] if found is None else found
    if node is None or depth > 30:
        return found
    try:
        if predicate(node):
            found.append(node)
        count = node.get_child_count()
    except gi.repository.GLib.Error:
        return found
    for i in range(count):
        find_all(node.get_child_at_index(i), predicate, depth + 1, found)
    return found


def named(role, name):
    def predicate(node):
        return node.get_role_name() == role and (node.get_name() or "") == name

    return predicate


def extents(node):
    e = node.get_extents(Atspi.CoordType.SCREEN)
    return e.x, e.y, e.width, e.height


def canvas(app):
    app.clear_cache()
    found = find_all(app, lambda n: (n.get_name() or "") == "Stage canvas")
    return found[0] if found else None


def blocks(app):
    """The canvas's blocks: name → (x, y, width, height) on screen."""
    node = canvas(app)
    if node is None:
        return {}
    node.clear_cache()
    result = {}
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None and child.get_role_name() == "list item":
            result[child.get_name()] = extents(child)
    return result


def block(app, name):
    return wait_for(f"block {name}", lambda: blocks(app).get(name))


def drag(start, end, steps=12, hold=0.3):
    """Presses at start, moves in steps (Qt starts a drag after a few pixels), releases at end."""
    xdotool("mousemove", int(start[0]), int(start[1]))
    time.sleep(0.2)
    xdotool("mousedown", 1)
    time.sleep(hold)
    for k in range(1, steps + 1):
        x = start[0] + (end[0] - start[0]) * k / steps
        y = start[1] + (end[1] - start[1]) * k / steps
        xdotool("mousemove", int(x), int(y))
        time.sleep(0.05)
    time.sleep(hold)
    xdotool("mouseup", 1)
    time.sleep(0.5)


def zoom_of(rect):
    return rect[2] / BLOCK_WIDTH


def title_point(rect):
    z = zoom_of(rect)
    return rect[0] + 70 * z, rect[1] + 16 * z


def port_point(rect):
    z = zoom_of(rect)
    return rect[0] + rect[2] - 1, rect[1] + HEADER_HEIGHT / 2 * z


def launch(binary, workdir, lang, *files):
    env = dict(os.environ)
    env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
    env["QT_QPA_PLATFORM"] = "xcb"
    # The accessibility bus must be up before the application starts, or it never registers.
    Atspi.get_desktop(0).get_child_count()
    log = open(os.path.join(workdir, "app.log"), "a")
    process = subprocess.Popen([binary, "--lang", lang, *files], env=env, stdout=log,
                               stderr=subprocess.STDOUT)
    app = wait_for("the application on the accessibility bus", application, 30)
    wait_for("the main window", lambda: find_all(app, lambda n: n.get_role_name() == "frame"))
    time.sleep(1.0)
    return process, app


def activate_window(pattern, by="--name"):
    def search():
        return subprocess.run(["xdotool", "search", "--onlyvisible", by, pattern],
                              capture_output=True, text=True).stdout.split()

    ids = wait_for(f"a window matching {pattern!r}", search, 10)
    xdotool("windowactivate", "--sync", ids[0])
    return ids[0]


def dialog(app, title):
    app.clear_cache()
    found = find_all(app, lambda n: n.get_role_name() in ("dialog", "alert")
                     and title in (n.get_name() or ""))
    return found[0] if found else None


def press(node):
    x, y, w, h = extents(node)
    xdotool("mousemove", x + w // 2, y + h // 2)
    xdotool("click", 1)
    time.sleep(0.5)


def exited(process, timeout=15.0):
    try:
        process.wait(timeout)
        return True
    except subprocess.TimeoutExpired:
        return False


def scenario(binary, workdir):
    path = os.path.join(workdir, "Dockerfile")
    with open(path, "w", encoding="utf-8") as f:
        f.write(START_TEXT)
    process, app = launch(binary, workdir, "en", path)
    try:
        activate_window("Dockerfile")
        builder = block(app, "builder")
        runtime = block(app, "runtime")
        zoom = zoom_of(builder)
        print(f"canvas zoom {zoom:.2f}")
        if zoom < 0.79:
            raise Failure(f"the two-stage file is drawn at {zoom:.0%}, below 80 %")

        # 1. A base image from the palette onto empty canvas: a new stage "stage".
        items = find_all(app, lambda n: (n.get_name() or "") == "alpine:3.19"
                         and n.get_role_name() != "list item")
        if not items:
            raise Failure("alpine:3.19 not found in the palette")
        source = extents(items[0])
        canvas_rect = extents(canvas(app))
        lowest = max(r[1] + r[3] for r in (builder, runtime))
        target = (builder[0] + builder[2] / 2,
                  min(lowest + 60, canvas_rect[1] + canvas_rect[3] - 30))
        drag((source[0] + source[2] / 2, source[1] + source[3] / 2), target, steps=20)
        added = block(app, "stage")

        # 2. An arrow from builder's output port to the new stage: the Copy an Artifact dialog.
        drag(port_point(block(app, "builder")), title_point(added))
        wait_for("the Copy an Artifact dialog", lambda: dialog(app, "Copy an Artifact"))
        time.sleep(0.5)
        # The dialog suggests paths: replace them.
        xdotool("key", "ctrl+a")
        xdotool("type", "--delay", "30", "/out.txt")
        xdotool("key", "Tab")
        xdotool("key", "ctrl+a")
        xdotool("type", "--delay", "30", "/out.txt")
        xdotool("key", "Return")
        time.sleep(1.0)

        # 3. Rename the new stage by a double-click on its title.
        x, y = title_point(block(app, "stage"))
        xdotool("mousemove", int(x), int(y))
        xdotool("click", "--repeat", 2, "--delay", 80, 1)
        time.sleep(0.6)
        xdotool("key", "ctrl+a")
        xdotool("type", "--delay", "30", "tools")
        xdotool("key", "Return")
        block(app, "tools")

        # 4. Undo once (the rename), save, quit.
        xdotool("key", "ctrl+z")
        block(app, "stage")
        xdotool("key", "ctrl+s")
        time.sleep(1.0)
        xdotool("key", "ctrl+q")
        if not exited(process):
            raise Failure("Ctrl+Q did not quit")
    finally:
        if process.poll() is None:
            process.kill()
    with open(path, "rb") as f:
        saved = f.read()
    expected_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gui-driver",
                                 "expected.Dockerfile")
    with open(expected_path, "rb") as f:
        expected = f.read()
    if saved != expected:
        sys.stderr.write("saved file differs from scripts/gui-driver/expected.Dockerfile:\n")
        sys.stderr.write(saved.decode("utf-8", "replace"))
        raise Failure("the saved bytes are not the expected ones")
    print("scenario: saved file matches byte for byte")


def unsaved(binary, workdir):
    path = os.path.join(workdir, "Dockerfile")
    with open(path, "w", encoding="utf-8") as f:
        f.write(START_TEXT)
    process, app = launch(binary, workdir, "en", path)
    try:
        window = activate_window("Dockerfile")
        # An unsaved change: the editor gets a line at its end.
        editor = find_all(app, named("text", "Dockerfile"))
        if not editor:
            raise Failure("the editor is not in the accessibility tree")
        press(editor[0])
        xdotool("key", "ctrl+End")
        xdotool("type", "--delay", "30", "# changed")
        time.sleep(1.0)
        # Ctrl+Q asks; Cancel keeps the window.
        xdotool("key", "ctrl+q")
        box = wait_for("the unsaved-changes question after Ctrl+Q",
                       lambda: dialog(app, "Unsaved Changes"))
        press(find_all(box, named("push button", "Cancel"))[0])
        time.sleep(0.5)
        if process.poll() is not None:
            raise Failure("Cancel did not keep the window")
        # The window manager's close (Alt+F4 in Openbox: WM_DELETE_WINDOW) asks the same.
        xdotool("windowactivate", "--sync", window)
        xdotool("key", "alt+F4")
        box = wait_for("the unsaved-changes question after the window manager's close",
                       lambda: dialog(app, "Unsaved Changes"))
        press(find_all(box, named("push button", "Discard"))[0])
        if not exited(process):
            raise Failure("Discard did not quit")
    finally:
        if process.poll() is None:
            process.kill()
    with open(path, encoding="utf-8") as f:
        if f.read() != START_TEXT:
            raise Failure("the discarded change reached the file")
    print("unsaved: Ctrl+Q and the window manager's close both asked")


def write_png(path, width, height, rows):
    raw = b"".join(b"\0" + bytes(v for pixel in row for v in pixel) for row in rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 6)))
        f.write(chunk(b"IEND", b""))


def screenshot(binary, workdir, lang, out, framebuffer, example=None):
    """The whole screen (window manager frame included) with the window maximised."""
    files = [example] if example else []
    process, app = launch(binary, workdir, lang, *files)
    try:
        window = activate_window("stagecraft", "--class")
        # Maximised by hand (this xdotool has no windowstate): the frame at the screen's
        # corner, the client area what the screen leaves beside the frame's borders and title.
        xdotool("windowmove", window, 0, 0)
        time.sleep(0.5)
        geometry = dict(line.split("=", 1) for line in subprocess.run(
            ["xdotool", "getwindowgeometry", "--shell", window], capture_output=True,
            text=True, check=True).stdout.split())
        screen_w, screen_h = (int(v) for v in subprocess.run(
            ["xdotool", "getdisplaygeometry"], capture_output=True, text=True,
            check=True).stdout.split())
        border = int(geometry["X"])
        xdotool("windowsize", window, screen_w - 2 * border,
                screen_h - int(geometry["Y"]) - border)
        time.sleep(2.0)
        spec = importlib.util.spec_from_file_location(
            "check_picture", os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                          "check-picture.py"))
        picture = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(picture)
        width, height, rows = picture.read_xwd(framebuffer)
        write_png(out, width, height, rows)
        xdotool("key", "ctrl+q")
        if not exited(process):
            raise Failure("Ctrl+Q did not quit after the screenshot")
    finally:
        if process.poll() is None:
            process.kill()
    print(f"screenshot: {out}")


def main(argv):
    try:
        if argv[1] == "scenario":
            scenario(argv[2], argv[3])
        elif argv[1] == "unsaved":
            unsaved(argv[2], argv[3])
        elif argv[1] == "screenshot":
            screenshot(argv[2], argv[3], argv[4], argv[5], argv[6],
                       argv[7] if len(argv) > 7 else None)
        else:
            raise Failure(f"unknown command {argv[1]}")
    except (Failure, subprocess.CalledProcessError, IndexError) as error:
        sys.stderr.write(f"gui-driver: {error}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
