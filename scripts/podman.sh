#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Podman as a second real engine for the engine tests ("engine-podman/" CTests): Debian's
# podman, rootful, its Docker-compatible API served by `podman system service` on
# build/podman/podman.sock, its store under build/podman/ (vfs driver: works inside containers
# and on any file system; overlay needs kernel support a CI container may lack). No registry:
# stagecraft/busybox:latest is copied from the Docker engine (`docker save | podman load`), or
# imported from the same busybox root as scripts/engine.sh makes when Docker lacks it.
#
# Sourced by scripts/test.sh (after common.sh and engine.sh):
#     source scripts/podman.sh
#     podman_up || ...     # install podman when missing, start the service, load the image
#     trap podman_down EXIT
# Or run directly: bash scripts/podman.sh up|down|status

PODMAN_DIR="${PODMAN_DIR:-build/podman}"
PODMAN_SOCKET="$PODMAN_DIR/podman.sock"

# _podman ARGS...: podman on our store (absolute paths: Podman's database remembers them).
_podman() {
    mkdir -p "$PODMAN_DIR"
    local dir
    dir=$(cd "$PODMAN_DIR" && pwd)
    podman --root "$dir/root" --runroot "$dir/run" --storage-driver vfs "$@"
}

# podman_install: Debian's podman (with crun, conmon, netavark from its Depends) when missing.
podman_install() {
    command -v podman > /dev/null 2>&1 && return 0
    [[ $(id -u) -eq 0 ]] || {
        echo "podman: not installed, and installing it needs root" >&2
        return 1
    }
    echo "podman: installing podman"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends podman || {
        apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y \
            --no-install-recommends podman
    }
}

podman_answers() {
    [[ -S "$PODMAN_SOCKET" ]] \
        && curl -fsS --max-time 3 --unix-socket "$PODMAN_SOCKET" http://d/_ping > /dev/null 2>&1
}

# podman_start: `podman system service` in the background unless it answers; waits 30 s.
podman_start() {
    podman_answers && return 0
    [[ $(id -u) -eq 0 ]] || {
        echo "podman: the test service runs rootful; run as root" >&2
        return 1
    }
    mkdir -p "$PODMAN_DIR"
    rm -f "$PODMAN_SOCKET"
    echo "podman: starting the API service on $PODMAN_SOCKET (log: $PODMAN_DIR/service.log)"
    local dir
    dir=$(cd "$PODMAN_DIR" && pwd)
    setsid podman --root "$dir/root" --runroot "$dir/run" --storage-driver vfs \
        system service --time=0 "unix://$dir/podman.sock" \
        > "$PODMAN_DIR/service.log" 2>&1 < /dev/null &
    echo $! > "$PODMAN_DIR/service.pid"
    local waited=0
    while ((waited < 30)); do
        podman_answers && return 0
        sleep 1
        waited=$((waited + 1))
    done
    echo "podman: the service did not answer within 30 s; see $PODMAN_DIR/service.log" >&2
    return 1
}

# podman_images: stagecraft/busybox:latest in Podman's store.
podman_images() {
    _podman image exists stagecraft/busybox:latest && return 0
    echo "podman: loading stagecraft/busybox:latest from the Docker engine"
    docker save stagecraft/busybox:latest > "$PODMAN_DIR/busybox.tar" \
        && _podman load -q -i "$PODMAN_DIR/busybox.tar" > /dev/null
    local status=$?
    rm -f "$PODMAN_DIR/busybox.tar"
    return $status
}

# podman_down: stops the service podman_start started.
podman_down() {
    local pidfile="$PODMAN_DIR/service.pid"
    [[ -f "$pidfile" ]] || return 0
    kill -TERM "$(cat "$pidfile")" 2> /dev/null || true
    rm -f "$pidfile"
}

podman_up() {
    podman_install || return 1
    podman_start || return 1
    podman_images
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -uo pipefail
    cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
    case "${1:-status}" in
        up) podman_up ;;
        down) podman_down ;;
        status)
            if podman_answers; then
                echo "podman: answering on $PODMAN_SOCKET"
            else
                echo "podman: none on $PODMAN_SOCKET"
                exit 1
            fi
            ;;
        *)
            echo "usage: bash scripts/podman.sh up|down|status" >&2
            exit 2
            ;;
    esac
fi
