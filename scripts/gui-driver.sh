#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bash scripts/gui-driver.sh [BUILD_DIR]      (default build/dev)
# The GUI driver test: the real `stagecraft` binary, used from outside like a person would, on
# a private X server (Xvfb) with a small window manager (Openbox) and a private D-Bus session
# (for the accessibility bus, AT-SPI). scripts/gui_driver.py moves the pointer and types with
# xdotool and reads where things are from the accessibility tree:
#   1. scenario (1280×800): open a Dockerfile, drag a base image from the palette onto the
#      canvas, draw an arrow between two blocks, rename a stage by double-click, undo once,
#      save, quit with Ctrl+Q; the saved file must equal scripts/gui-driver/expected.Dockerfile
#      byte for byte;
#   2. unsaved (1280×800): with an unsaved change, Ctrl+Q asks (Cancel keeps the window), and
#      the window manager's close asks the same (Discard quits, the file is untouched);
#   3. screenshots of the whole screen, English and Hindi, at 1024×768 and 1920×1080:
#      BUILD_DIR/gui-driver/screen-<lang>-<W>x<H>.png.
# Missing tools (Xvfb, openbox, xdotool, dbus-run-session, python3-gi with AT-SPI): under
# CI=true the test FAILS; otherwise it is skipped with a message. Exit 0 when it passed.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

build_dir="${1:-build/dev}"
binary="$build_dir/bin/stagecraft"
out="$build_dir/gui-driver"
python=/usr/bin/python3 # Debian's: python3-gi and gir1.2-atspi-2.0 are installed for it

missing=()
for tool in Xvfb openbox xdotool dbus-run-session; do
    command -v "$tool" > /dev/null 2>&1 || missing+=("$tool")
done
if ! "$python" -c 'import gi; gi.require_version("Atspi", "2.0")' > /dev/null 2>&1; then
    missing+=("python3-gi + gir1.2-atspi-2.0")
fi
[[ -x "$binary" ]] || missing+=("$binary (build it first)")
if ((${#missing[@]} > 0)); then
    if [[ "${CI:-}" == true ]]; then
        echo "gui-driver: FAILED: missing ${missing[*]} (bash scripts/deps.sh installs them)" >&2
        exit 1
    fi
    echo "gui-driver: skipped: missing ${missing[*]} (bash scripts/deps.sh installs them)"
    exit 0
fi

mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/tmp}/stagecraft-gui.XXXXXX")
pids=()
cleanup() {
    local i
    # The window managers first, then their X servers.
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        kill "${pids[i]}" 2> /dev/null
        sleep 0.2
    done
    wait 2> /dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# start_display WxH NAME: a private Xvfb (frame buffer in $work/NAME) and Openbox on it; sets
# DISPLAY and fb (the frame buffer's XWD file).
start_display() {
    local size="$1" name="$2" n
    for n in $(seq 90 150); do
        [[ -e "/tmp/.X11-unix/X$n" || -e "/tmp/.X$n-lock" ]] || break
    done
    mkdir -p "$work/$name"
    Xvfb ":$n" -screen 0 "${size}x24" -nolisten tcp -fbdir "$work/$name" \
        > "$work/$name/xvfb.log" 2>&1 &
    pids+=($!)
    local tries
    for tries in $(seq 1 50); do
        [[ -e "/tmp/.X11-unix/X$n" ]] && break
        sleep 0.1
    done
    export DISPLAY=":$n"
    fb="$work/$name/Xvfb_screen0"
    openbox --sm-disable > "$work/$name/openbox.log" 2>&1 &
    pids+=($!)
    sleep 1
}

# fresh_home NAME: settings, autosaves and caches of a first start.
fresh_home() {
    export HOME="$work/$1/home"
    export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share"
    export XDG_CACHE_HOME="$HOME/.cache" XDG_RUNTIME_DIR="$work/$1/runtime"
    mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
}

# driver NAME ARGS...: scripts/gui_driver.py in its own D-Bus session (the accessibility bus).
driver() {
    local name="$1"
    shift
    fresh_home "$name"
    dbus-run-session -- "$python" scripts/gui_driver.py "$@" 2> >(grep -v '^dbus-daemon' >&2)
}

status=0
binary=$(realpath "$binary")
start_display 1280x800 main
driver scenario scenario "$binary" "$work/scenario" || status=1
driver unsaved unsaved "$binary" "$work/unsaved" || status=1
for size in 1024x768 1920x1080; do
    start_display "$size" "screen-$size"
    for lang in en hi; do
        driver "shot-$lang-$size" screenshot "$binary" "$work/shot-$lang-$size" "$lang" \
            "$out/screen-$lang-$size.png" "$fb" || status=1
    done
done
if ((status != 0)); then
    echo "gui-driver: FAILED (application logs under a kept copy: $out/logs)" >&2
    mkdir -p "$out/logs"
    find "$work" -name '*.log' -exec cp --parents {} "$out/logs" \; 2> /dev/null
    exit 1
fi
echo "gui-driver: passed; screenshots in $out"
