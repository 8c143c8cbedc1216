#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Docker Engine for the engine tests (tests/engine/, label "engine").
#
# Sourced by scripts/test.sh (after common.sh):
#     source scripts/engine.sh
#     engine_up || ...          # install docker.io when missing, start dockerd when none answers,
#                               # import the local base images; sets ENGINE_STARTED_BY_US
#     trap engine_down EXIT     # stops dockerd only when engine_up started it
# Or run directly:
#     bash scripts/engine.sh up|down|images|debian|status
#
# No registry is reachable here, so base images are made locally:
#   stagecraft/busybox:latest   `docker import` of a busybox-static root (busybox --install -s)
#   stagecraft/debian:bookworm  `docker import` of `debootstrap --variant=minbase bookworm`,
#                               only on request (engine_debian_image); the tarball is cached in
#                               build/cache/ so later runs take seconds.
# The docker CLI is used here (and by the .dockerignore parity test) only; Stagecraft itself
# talks to the engine's socket directly.

ENGINE_SOCKET="${ENGINE_SOCKET:-/var/run/docker.sock}"
ENGINE_LOG="${ENGINE_LOG:-build/dockerd.log}"
ENGINE_PIDFILE="${ENGINE_PIDFILE:-build/dockerd.pid}"
ENGINE_CACHE="${ENGINE_CACHE:-build/cache}"
ENGINE_STARTED_BY_US="${ENGINE_STARTED_BY_US:-0}"

_engine_root_cmd() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo > /dev/null 2>&1; then
        sudo "$@"
    else
        echo "engine: need root for: $*" >&2
        return 1
    fi
}

# engine_answers: true when an engine answers /_ping on the socket.
engine_answers() {
    [[ -S "$ENGINE_SOCKET" ]] || return 1
    curl -fsS --max-time 3 --unix-socket "$ENGINE_SOCKET" http://localhost/_ping > /dev/null 2>&1 \
        || docker -H "unix://$ENGINE_SOCKET" version > /dev/null 2>&1
}

# engine_install: docker.io (dockerd), busybox-static and debootstrap from Debian when missing.
engine_install() {
    local missing=()
    command -v dockerd > /dev/null 2>&1 || missing+=(docker.io)
    [[ -x /bin/busybox || -x /usr/bin/busybox ]] || missing+=(busybox-static)
    command -v debootstrap > /dev/null 2>&1 || [[ -x /usr/sbin/debootstrap ]] || missing+=(debootstrap)
    command -v curl > /dev/null 2>&1 || missing+=(curl)
    if ((${#missing[@]} > 0)); then
        echo "engine: installing ${missing[*]}"
        _engine_root_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
            "${missing[@]}" || {
            _engine_root_cmd apt-get update -q && _engine_root_cmd env DEBIAN_FRONTEND=noninteractive \
                apt-get install -y --no-install-recommends "${missing[@]}"
        } || return 1
    fi
    # Debian's docker.io ships its own client; keep the newer one in /usr/local/bin when present.
    command -v docker > /dev/null 2>&1
}

# engine_start: starts dockerd in the background when no engine answers; waits up to 60 s.
engine_start() {
    if engine_answers; then
        return 0
    fi
    mkdir -p "$(dirname "$ENGINE_LOG")"
    echo "engine: starting dockerd (log: $ENGINE_LOG)"
    # setsid: its own process group, so stopping it never touches the caller's.
    if [[ $(id -u) -eq 0 ]]; then
        setsid dockerd --host "unix://$ENGINE_SOCKET" > "$ENGINE_LOG" 2>&1 < /dev/null &
    else
        sudo setsid dockerd --host "unix://$ENGINE_SOCKET" > "$ENGINE_LOG" 2>&1 < /dev/null &
    fi
    echo $! > "$ENGINE_PIDFILE"
    ENGINE_STARTED_BY_US=1
    export ENGINE_STARTED_BY_US
    local waited=0
    while ((waited < 60)); do
        if engine_answers; then
            echo "engine: dockerd is up after ${waited}s"
            return 0
        fi
        if ! kill -0 "$(cat "$ENGINE_PIDFILE")" 2> /dev/null; then
            echo "engine: dockerd exited; last lines of $ENGINE_LOG:" >&2
            tail -n 20 "$ENGINE_LOG" >&2
            return 1
        fi
        sleep 1
        waited=$((waited + 1))
    done
    echo "engine: dockerd did not answer within 60 s (see $ENGINE_LOG)" >&2
    return 1
}

# engine_down: stops dockerd if (and only if) engine_start started it.
engine_down() {
    if [[ "$ENGINE_STARTED_BY_US" != 1 || ! -f "$ENGINE_PIDFILE" ]]; then
        return 0
    fi
    local pid
    pid=$(cat "$ENGINE_PIDFILE")
    echo "engine: stopping dockerd (pid $pid)"
    _engine_root_cmd kill -TERM "$pid" 2> /dev/null || true
    local waited=0
    while kill -0 "$pid" 2> /dev/null && ((waited < 20)); do
        sleep 1
        waited=$((waited + 1))
    done
    kill -0 "$pid" 2> /dev/null && _engine_root_cmd kill -KILL "$pid" 2> /dev/null
    rm -f "$ENGINE_PIDFILE"
    ENGINE_STARTED_BY_US=0
}

_engine_has_image() {
    docker -H "unix://$ENGINE_SOCKET" image inspect "$1" > /dev/null 2>&1
}

# engine_busybox_image: stagecraft/busybox:latest from busybox-static.
engine_busybox_image() {
    _engine_has_image stagecraft/busybox:latest && return 0
    local busybox
    busybox=$(command -v busybox || echo /bin/busybox)
    local root
    root=$(mktemp -d)
    mkdir -p "$root/bin" "$root/tmp" "$root/etc" "$root/root"
    cp "$busybox" "$root/bin/busybox"
    "$root/bin/busybox" --install -s "$root/bin"
    # The symlinks point at the host path of busybox; make them relative.
    for link in "$root"/bin/*; do
        [[ -L "$link" ]] && ln -sf busybox "$link"
    done
    echo 'root:x:0:0:root:/root:/bin/sh' > "$root/etc/passwd"
    echo 'root:x:0:' > "$root/etc/group"
    chmod 1777 "$root/tmp"
    echo "engine: importing stagecraft/busybox:latest"
    tar -C "$root" --numeric-owner --owner=0 --group=0 -c . \
        | docker -H "unix://$ENGINE_SOCKET" import \
            --change 'ENV PATH=/bin' --change 'CMD ["/bin/sh"]' - stagecraft/busybox:latest > /dev/null
    local status=$?
    rm -rf "$root"
    return $status
}

# engine_debian_tarball: makes $ENGINE_DEBIAN_TARBALL, a `debootstrap --variant=minbase
# bookworm` root (a stock Debian 12 with nothing added), unless it is there already.
ENGINE_DEBIAN_TARBALL="$ENGINE_CACHE/debian-bookworm-minbase.tar"
engine_debian_tarball() {
    local tarball="$ENGINE_DEBIAN_TARBALL"
    if [[ ! -s "$tarball" ]]; then
        mkdir -p "$ENGINE_CACHE"
        local root
        root=$(mktemp -d)
        echo "engine: debootstrap --variant=minbase bookworm (about 30 s; cached in $tarball)"
        if ! _engine_root_cmd debootstrap --variant=minbase bookworm "$root" \
            "${DEBIAN_MIRROR:-http://deb.debian.org/debian}" > "$ENGINE_CACHE/debootstrap.log" 2>&1; then
            echo "engine: debootstrap failed (see $ENGINE_CACHE/debootstrap.log)" >&2
            _engine_root_cmd rm -rf "$root"
            return 1
        fi
        local status=0
        _engine_root_cmd tar -C "$root" --numeric-owner -cf "$tarball.part" . \
            && mv "$tarball.part" "$tarball" || status=1
        _engine_root_cmd rm -rf "$root"
        ((status == 0)) || echo "engine: could not write $tarball" >&2
        return $status
    fi
}

# engine_debian_image: stagecraft/debian:bookworm from the cached debootstrap minbase root.
engine_debian_image() {
    _engine_has_image stagecraft/debian:bookworm && return 0
    engine_debian_tarball || return 1
    echo "engine: importing stagecraft/debian:bookworm"
    docker -H "unix://$ENGINE_SOCKET" import --change 'CMD ["/bin/bash"]' "$ENGINE_DEBIAN_TARBALL" \
        stagecraft/debian:bookworm > /dev/null
}

# engine_up: everything the engine tests need. Returns non-zero when no engine can be had.
engine_up() {
    engine_install || return 1
    engine_start || return 1
    engine_busybox_image || return 1
    if [[ "${STAGECRAFT_DEBIAN_IMAGE:-0}" == 1 ]]; then
        engine_debian_image || return 1
    fi
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -uo pipefail
    cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
    case "${1:-status}" in
        up) engine_up ;;
        down)
            ENGINE_STARTED_BY_US=1
            engine_down
            ;;
        images) engine_busybox_image ;;
        debian) engine_debian_image ;;
        status)
            if engine_answers; then
                echo "engine: answering on $ENGINE_SOCKET"
            else
                echo "engine: none on $ENGINE_SOCKET"
                exit 1
            fi
            ;;
        *)
            echo "usage: bash scripts/engine.sh up|down|images|debian|status" >&2
            exit 2
            ;;
    esac
fi
