#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bash scripts/deps.sh [--list | --check]
# Installs the Debian 12 packages Stagecraft needs to build, test, package and run, but only the
# missing ones: `apt-get update` runs only when something has to be installed. Runs apt-get
# directly as root, through sudo otherwise. Non-interactive. Packages are installed without their
# "Recommends", so every package a step needs is named here; scripts/cleanroom.sh proves the
# list on a bare `debootstrap --variant=minbase bookworm` root (CI runs it).
#   --list   print the packages, one a line, and exit
#   --check  install nothing: exit 0 when all are installed, 1 (naming the missing ones) otherwise
# Exit status: 0 when everything is installed (or dpkg is missing: not Debian, nothing to do),
# 1 when something is missing and could not be installed: no root and no sudo (the one-line
# apt-get command to run is printed), or apt-get failed (no network, unknown package, broken
# dpkg state). The scripts that call this stop there, before CMake.
set -uo pipefail

packages=(
    # Build: compilers (clang for the fuzz preset and its sanitizer runtime), CMake and Ninja,
    # and ccache (the scripts use it when present: rebuilds after a pull and the clean room's
    # compile hit the cache).
    cmake ninja-build g++ clang libclang-rt-14-dev ccache
    # Qt 6: Charts' CMake package needs Qt6OpenGL and Qt6OpenGLWidgets, which only
    # libqt6opengl6-dev ships (qt6-charts-dev merely recommends it).
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev nlohmann-json3-dev libarchive-dev libbenchmark-dev
    # BuildKit's build progress is protobuf (engine/proto): the lite runtime and protoc.
    libprotobuf-dev protobuf-compiler
    # BuildKit's session (engine/BuildSession): the engine pulls the build context over HTTP/2
    # with gRPC, so a rebuild sends only the changed files; nghttp2 does the HTTP/2 framing and
    # HPACK, pkg-config finds it.
    libnghttp2-dev pkg-config
    # Running the window without a desktop (tests, screenshots, start-up benchmark): Xvfb, and
    # xauth, which xvfb-run needs (xvfb only recommends it); the UI font.
    xvfb xauth fonts-noto-core
    # The GUI driver test (scripts/gui-driver.sh): a small window manager, so closing the window
    # from it can be tested; xdotool for the pointer and keys (also the kill -9 recovery test,
    # scripts/kill9-recovery.sh); a private D-Bus session and the
    # accessibility bus (AT-SPI) with its Python bindings, to find the canvas's blocks on screen.
    openbox xdotool dbus-daemon at-spi2-core python3-gi gir1.2-atspi-2.0
    # Packaging and its checks (scripts/package.sh, tests/app/tst_packaging): CPack's DEB
    # generator computes Depends with dpkg-shlibdeps and needs `file` to find the binaries.
    dpkg-dev file desktop-file-utils appstream python3
)

case "${1:-}" in
    --list)
        printf '%s\n' "${packages[@]}"
        exit 0
        ;;
    --check | "") ;;
    *)
        echo "usage: bash scripts/deps.sh [--list | --check]" >&2
        exit 2
        ;;
esac

if ! command -v dpkg-query > /dev/null 2>&1; then
    echo "deps: dpkg-query not found (not Debian?); install these yourself: ${packages[*]}" >&2
    exit 0
fi

# missing_packages: the packages of the list that dpkg does not have fully installed.
missing_packages() {
    local package status
    for package in "${packages[@]}"; do
        status=$(dpkg-query -W -f='${Status}' "$package" 2> /dev/null) || status=""
        [[ "$status" == "install ok installed" ]] || echo "$package"
    done
}

mapfile -t missing < <(missing_packages)
if ((${#missing[@]} == 0)); then
    exit 0
fi
if [[ "${1:-}" == --check ]]; then
    echo "deps: missing ${missing[*]}" >&2
    exit 1
fi

apt_command="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
    sudo=0
elif command -v sudo > /dev/null 2>&1; then
    sudo=1
else
    echo "deps: not root and no sudo; as root, run: $apt_command" >&2
    exit 1
fi

# apt_failed WHAT: the one message for any apt failure; nothing is built after it.
apt_failed() {
    echo "deps: FAILED: $1; nothing was built. Fix the cause shown above (network? package" \
        "name? \`dpkg --configure -a\`?), then run this again, or as root: $apt_command" >&2
    exit 1
}

# apt_get ARGS...: apt-get as root, non-interactive (sudo drops the environment; it takes VAR=value).
apt_get() {
    if ((sudo)); then
        sudo DEBIAN_FRONTEND=noninteractive apt-get "$@"
    else
        DEBIAN_FRONTEND=noninteractive apt-get "$@"
    fi
}

echo "deps: installing ${missing[*]}"
apt_get update -q || apt_failed "apt-get update exited with $?"
apt_get install -y -q --no-install-recommends "${missing[@]}" \
    || apt_failed "apt-get install exited with $?"

# apt-get can report success without installing everything (e.g. a package left unconfigured).
mapfile -t still < <(missing_packages)
if ((${#still[@]} > 0)); then
    apt_failed "apt-get finished, but ${still[*]} still not installed"
fi
echo "deps: installed ${#missing[@]} packages"
