#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bash scripts/run.sh [FILE] [OPTIONS]
# Installs what is missing (scripts/deps.sh), builds the `stagecraft` application (release
# preset, through ccache when installed) and starts it with the given arguments: a Dockerfile to
# open, or none for the built-in example. STAGECRAFT_PRESET=dev runs the dev build instead (the
# one scripts/test.sh makes), saving a second full compile. Stops before CMake when packages
# could not be installed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

preset="${STAGECRAFT_PRESET:-release}"
case "$preset" in
    dev | release | asan) ;;
    *)
        echo "run: STAGECRAFT_PRESET must be release (default), dev or asan, not '$preset'" >&2
        exit 2
        ;;
esac

bash scripts/deps.sh # on failure it says what to do, and nothing is built
use_ccache
configure_preset "$preset"
cmake --build --preset "$preset" --target stagecraft

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "run: no DISPLAY or WAYLAND_DISPLAY is set; the window needs a desktop session" \
         "(or: xvfb-run -a bash scripts/run.sh)." >&2
fi
exec "build/$preset/bin/stagecraft" "$@"
