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

# use_ccache: compile through ccache when it is installed (scripts/deps.sh installs it), unless
# the caller chose a launcher already or set STAGECRAFT_CCACHE=0. CMake reads
# CMAKE_CXX_COMPILER_LAUNCHER when it configures a build directory for the first time. The cache
# lives in build/cache/ccache unless CCACHE_DIR says otherwise; paths inside the checkout are
# hashed relative to it (CCACHE_BASEDIR), so another copy of the same sources at the same place —
# the clean room's container, scripts/cleanroom.sh — replays the compiles. A compile cache cannot
# hide a missing package: CMake still has to find every package when it configures, ccache
# checks every header a cached compile read (one that is gone is a miss, and the compiler then
# fails as it would without the cache), and linking is never cached.
use_ccache() {
    [[ "${STAGECRAFT_CCACHE:-1}" != 0 && -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ]] || return 0
    command -v ccache > /dev/null 2>&1 || return 0
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache
    export CCACHE_DIR="${CCACHE_DIR:-$STAGECRAFT_ROOT/build/cache/ccache}"
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$STAGECRAFT_ROOT}"
}
