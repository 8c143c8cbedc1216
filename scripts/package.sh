#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bash scripts/package.sh [PRESET] [--keep]     (PRESET: release by default)
# Builds `stagecraft` and `stagecraft-cli` with PRESET, makes the Debian package and the .tar.gz
# with CPack (build/PRESET/packages/), then checks them the way a user meets them:
#   the .deb's Depends (fonts-noto-core, Qt 6, libarchive) and the .tar.gz's contents;
#   `apt-get install ./stagecraft_*.deb` (root, or sudo);
#   `stagecraft --version` and `stagecraft-cli --version` print the build's version;
#   `stagecraft-cli lint` on the Python template;
#   an offscreen GUI run: open that Dockerfile, render the window to a PNG, quit with 0;
#   the PNG is 1280x800 and not blank;
#   the installed desktop entry and metainfo validate, the MIME type and icons are registered;
#   `apt-get remove -y stagecraft` (always, also after a failure, unless --keep).
# scripts/test.sh runs it with the dev preset (the build it already has), so CI adds no compile.
# Exits non-zero on the first failed check.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

preset="release"
keep=0
for argument in "$@"; do
    case "$argument" in
        --keep) keep=1 ;;
        -*)
            echo "usage: bash scripts/package.sh [PRESET] [--keep]" >&2
            exit 2
            ;;
        *) preset="$argument" ;;
    esac
done

started=$SECONDS
app_id="io.github.stagecraft.Stagecraft"
example="resources/templates/python/Dockerfile" # a template, as users start from one

fail() {
    echo "package: FAILED: $*" >&2
    exit 1
}

if [[ $(id -u) -eq 0 ]]; then
    as_root=(env)
elif command -v sudo > /dev/null 2>&1; then
    as_root=(sudo env)
else
    fail "installing the package needs root or sudo"
fi

for tool in cpack dpkg-deb dpkg-shlibdeps apt-get desktop-file-validate appstreamcli python3; do
    command -v "$tool" > /dev/null 2>&1 || fail "$tool not found (bash scripts/deps.sh installs it)"
done

# --- Build and package ------------------------------------------------------------------------
configure_preset "$preset"
cmake --build --preset "$preset" -j2 --target stagecraft stagecraft-cli stagecraft-cli-full stagecraft_icons
build="build/$preset"
version=$(sed -n 's/^#define STAGECRAFT_VERSION "\(.*\)"$/\1/p' "$build/generated/stagecraft_version.h")
[[ -n "$version" ]] || fail "no version in $build/generated/stagecraft_version.h"

rm -f "$build"/packages/stagecraft_*.deb "$build"/packages/stagecraft-*.tar.gz
(cd "$build" && cpack -G DEB && cpack -G TGZ) > "$build/cpack.log" 2>&1 \
    || { tail -n 30 "$build/cpack.log" >&2; fail "cpack (log: $build/cpack.log)"; }
shopt -s nullglob
debs=("$build"/packages/stagecraft_*.deb)
tarballs=("$build"/packages/stagecraft-*.tar.gz)
((${#debs[@]} == 1)) || fail "expected one .deb in $build/packages, found ${#debs[@]}"
((${#tarballs[@]} == 1)) || fail "expected one .tar.gz in $build/packages, found ${#tarballs[@]}"
deb=$(realpath "${debs[0]}")
echo "package: $deb ($(du -h "$deb" | cut -f1)), ${tarballs[0]} ($(du -h "${tarballs[0]}" | cut -f1))"

depends=$(dpkg-deb -f "$deb" Depends)
echo "package: Depends: $depends"
for needed in fonts-noto-core libqt6widgets6 libqt6network6 libarchive13; do
    grep -Eq "(^|, )$needed( |,|$)" <<< "$depends" || fail "Depends lacks $needed"
done
contents=$(tar -tzf "${tarballs[0]}")
for file in bin/stagecraft bin/stagecraft-cli bin/stagecraft-cli-full "share/applications/$app_id.desktop" \
    "share/metainfo/$app_id.metainfo.xml" "share/mime/packages/$app_id.xml" \
    "share/icons/hicolor/scalable/apps/$app_id.svg" "share/icons/hicolor/256x256/apps/$app_id.png"; do
    grep -q "/$file\$" <<< "$contents" || fail "the .tar.gz lacks $file"
done

# --- Install, check, remove -------------------------------------------------------------------
work=$(mktemp -d)
remove_package() {
    if ((keep == 0)) && dpkg-query -W -f='${Status}' stagecraft 2> /dev/null | grep -q "ok installed"; then
        echo "package: apt-get remove -y stagecraft"
        "${as_root[@]}" DEBIAN_FRONTEND=noninteractive apt-get remove -y -q stagecraft > /dev/null
    fi
    rm -rf "$work"
}
trap remove_package EXIT

echo "package: apt-get install $deb"
"${as_root[@]}" DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" \
    > "$work/apt.log" 2>&1 || { tail -n 20 "$work/apt.log" >&2; fail "apt-get install"; }

[[ $(command -v stagecraft) == /usr/bin/stagecraft ]] || fail "stagecraft is not /usr/bin/stagecraft"
out=$(/usr/bin/stagecraft --version)
[[ "$out" == "Stagecraft $version" ]] || fail "stagecraft --version printed '$out', expected 'Stagecraft $version'"
out=$(/usr/bin/stagecraft-cli --version)
[[ "$out" == "stagecraft-cli $version" ]] || fail "stagecraft-cli --version printed '$out'"
echo "package: --version: $version"

/usr/bin/stagecraft-cli lint "$example" || fail "stagecraft-cli lint $example"

# The GUI, offscreen, with settings and autosave kept out of the user's own.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
status=0
QT_QPA_PLATFORM=offscreen timeout 120 /usr/bin/stagecraft --screenshot "$work/window.png" "$example" \
    || status=$?
((status == 0)) || fail "the GUI smoke run exited with $status"
[[ -s "$work/window.png" ]] || fail "the GUI smoke run wrote no PNG"
# A real picture: the window's size and more than a handful of colours (a blank or
# single-colour grab has one or two); scripts/check-picture.py decodes it.
python3 "$STAGECRAFT_ROOT/scripts/check-picture.py" png "$work/window.png" --size 1280x800 \
    || fail "the window picture is blank or malformed"

desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" > "$work/appstream.log" \
    || { cat "$work/appstream.log" >&2; fail "appstreamcli validate"; }
[[ -f "/usr/share/icons/hicolor/256x256/apps/$app_id.png" ]] || fail "the hicolor icon is missing"
# dpkg's trigger from shared-mime-info compiles the MIME package into the database.
if command -v update-mime-database > /dev/null 2>&1; then
    [[ -f /usr/share/mime/text/x-dockerfile.xml ]] \
        || fail "text/x-dockerfile is not in /usr/share/mime after install"
fi
echo "package: installed package checked"

if ((keep == 0)); then
    remove_package
    trap - EXIT
    [[ ! -e /usr/bin/stagecraft ]] || fail "/usr/bin/stagecraft is still there after removal"
    if command -v update-mime-database > /dev/null 2>&1; then
        [[ ! -f /usr/share/mime/text/x-dockerfile.xml ]] || fail "text/x-dockerfile outlived the package"
    fi
fi
echo "package: PASSED ($((SECONDS - started))s)"
