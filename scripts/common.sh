# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the other scripts: repository root, and a configure step that runs only when needed.

STAGECRAFT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$STAGECRAFT_ROOT"

# configure_preset NAME: runs `cmake --preset NAME` only when build/NAME has never been
# configured or CMakePresets.json changed since. Later CMakeLists.txt edits and new source files
# are picked up by the build itself (ninja re-runs CMake; the globs use CONFIGURE_DEPENDS).
configure_preset() {
    local preset="$1"
    local cache="build/$preset/CMakeCache.txt"
    if [[ ! -f "$cache" || ! -f "build/$preset/build.ninja" || CMakePresets.json -nt "$cache" ]]; then
        cmake --preset "$preset"
    fi
}
