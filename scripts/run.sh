#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bash scripts/run.sh [FILE] [OPTIONS]
# Installs what is missing, builds the `stagecraft` application (release preset) and starts it
# with the given arguments: a Dockerfile to open, or none for the built-in example.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bash scripts/deps.sh
configure_preset release
cmake --build --preset release --target stagecraft

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "run: no DISPLAY or WAYLAND_DISPLAY is set; the window needs a desktop session" \
         "(or: xvfb-run -a bash scripts/run.sh)." >&2
fi
exec build/release/bin/stagecraft "$@"
