#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bash scripts/cleanroom.sh [--release] [--test] [--cold] [--keep]
# The README's set-up on a fresh Debian 12, proved in a container that starts from nothing the
# host installed: a stock `debootstrap --variant=minbase bookworm` root (made and cached by
# scripts/engine.sh, imported as stagecraft-cleanroom/debian:bookworm) gets the files git tracks
# (as they are in the working tree; no build/, no .git) at the checkout's own path, and then:
#   deps       bash scripts/deps.sh as root: every package the steps below need
#   run        xvfb-run bash scripts/run.sh <python template>: configures, builds `stagecraft`,
#              starts it; passes when the X server's screen shows a window that is not blank
#              (check-picture.py on Xvfb's frame buffer), then the window is stopped
#   configure  cmake --preset for every other preset (dev, asan, release, fuzz): each preset's
#              find_package set, so a package missing from deps.sh fails here, with CMake's words
#   build      stagecraft-cli; stagecraft-cli lint on every template; `stagecraft --screenshot`
#              under Xvfb (xcb) and the PNG's pixels checked
#   package    bash scripts/package.sh dev as root: CPack's .deb and .tar.gz, installed with
#              apt-get, run and validated, removed (the README's Install section)
# The steps but deps and package run as the calling user. Prints each step's time, what apt fetched and
# ccache's hits; exits non-zero on the first failed step, with the lines of its log that say why
# (all logs: build/cleanroom/). CI runs it after scripts/test.sh (.ci/run).
#
# Builds use the dev preset (STAGECRAFT_PRESET=dev for run.sh), so the compiles replay from the
# host's ccache (build/cache/ccache, or $CCACHE_DIR) that scripts/test.sh filled: the sources sit
# at the same path, compiled by the same Debian compiler. The cache cannot hide a missing
# package (see use_ccache in scripts/common.sh). The container's dpkg runs with force-unsafe-io
# (no fsync; the same packages in half the time).
#   --release  a user's first `bash scripts/run.sh` exactly: its default release preset (a full
#              compile unless cached) and dpkg's default syncing
#   --test     then the README's other command in the container too, `CI=true bash
#              scripts/test.sh`, the whole suite again (so not part of CI); ../shared is mounted
#              read-only and the host engine's socket at /var/run/docker.sock, so test.sh finds
#              an engine answering (starting its own dockerd would need a privileged container)
#   --cold     empty caches (build/cache/cold/, emptied first) instead of build/cache/apt-archives/
#              (the .debs) and the ccache directory: what a machine with no cache pays
#   --keep     leave the container (stagecraft-cleanroom-<pid>) for a look inside;
#              remove it with `docker rm -f -v NAME`
# The debootstrap root is cached as build/cache/debian-bookworm-minbase.tar (shared with
# scripts/engine.sh).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

CLEANROOM_IMAGE="stagecraft-cleanroom/debian:bookworm"
CLEANROOM_TEMPLATE="resources/templates/python/Dockerfile"
CLEANROOM_LOGS="build/cleanroom"

# ---------------------------------------------------------------------------------------------
# Inside the container: bash scripts/cleanroom.sh --inside STEP PRESET
# ---------------------------------------------------------------------------------------------

# inside_show_errors LOG: the lines of a failed configure or build that say why.
inside_show_errors() {
    local log="$1"
    if grep -qE 'CMake Error|Could NOT find|Failed to find|error:|FAILED:' "$log"; then
        grep -E -A4 'CMake Error|Could NOT find|Failed to find|error:|FAILED:' "$log" | head -n 40 >&2
    else
        tail -n 30 "$log" >&2
    fi
}

# inside_ccache_counts: "HITS MISSES" of the compiles logged to $CCACHE_LOGFILE since the last
# call (ccache's own statistics count every user of a shared cache directory).
inside_ccache_counts() {
    local log="${CCACHE_LOGFILE:-}"
    if [[ -z "$log" || ! -f "$log" ]]; then
        echo "0 0"
        return
    fi
    awk '$NF == "direct_cache_hit" || $NF == "preprocessed_cache_hit" { hits++ }
         $NF == "cache_miss" { misses++ }
         END { print hits + 0, misses + 0 }' "$log"
    : > "$log"
}

# inside_stagecraft_pid: the pid of a running `stagecraft` process, if any.
inside_stagecraft_pid() {
    local dir
    for dir in /proc/[0-9]*; do
        if [[ "$(cat "$dir/comm" 2> /dev/null)" == stagecraft ]]; then
            echo "${dir#/proc/}"
            return 0
        fi
    done
    return 1
}

inside_deps() {
    local log="$CLEANROOM_LOGS/deps.log"
    if [[ "$1" != release ]]; then
        # dpkg without fsync: halves this step (228 s -> 121 s measured) and installs the same
        # packages. --release measures a user's first run, so it keeps dpkg's default.
        echo force-unsafe-io > /etc/dpkg/dpkg.cfg.d/stagecraft-cleanroom
    fi
    bash scripts/deps.sh > "$log" 2>&1
    local status=$?
    # apt's own summary: how much it fetched and installed.
    grep -E '^[0-9]+ upgraded, [0-9]+ newly installed|^Need to get|^After this operation' "$log" \
        | sed 's/^/cleanroom: apt: /'
    if ((status != 0)); then
        tail -n 20 "$log" >&2
        return 1
    fi
    bash scripts/deps.sh --check || return 1
}

inside_run() {
    local preset="$1"
    local log="$CLEANROOM_LOGS/run.log" screen
    screen=$(mktemp -d)
    inside_ccache_counts > /dev/null
    # Xvfb writes its screen to $screen/Xvfb_screen0 (XWD); -br: the empty screen is black.
    STAGECRAFT_PRESET="$preset" QT_QPA_PLATFORM=xcb xvfb-run -a \
        -s "-screen 0 1920x1080x24 -br -fbdir $screen" \
        bash scripts/run.sh "$CLEANROOM_TEMPLATE" > "$log" 2>&1 &
    local runner=$! pid="" waited=0 building=0
    # run.sh configures and builds first (minutes when nothing is cached; at most an hour), then
    # starts the window.
    while ! pid=$(inside_stagecraft_pid); do
        if ((building >= 3600)); then
            echo "cleanroom: no window after an hour; the end of run.sh's log ($log):" >&2
            tail -n 20 "$log" >&2
            kill -TERM "$runner" 2> /dev/null
            return 1
        fi
        if ! kill -0 "$runner" 2> /dev/null; then
            local status=0
            wait "$runner" || status=$?
            echo "cleanroom: run.sh ended with $status before any window appeared; its log ($log):" >&2
            inside_show_errors "$log"
            if ((status == 143 || status == 137)); then
                echo "cleanroom: run.sh was killed (signal $((status - 128))) by something outside" \
                    "this script (it only stops the window once it has seen it)" >&2
            fi
            return 1
        fi
        sleep 2
        building=$((building + 2))
    done
    read -r hits misses <<< "$(inside_ccache_counts)"
    echo "cleanroom: run.sh built stagecraft (ccache: $hits hits, $misses misses)"
    # The window is up: wait for a picture that is not blank (the first frame), at most 60 s.
    local status=1
    while ((waited < 60)); do
        sleep 2
        waited=$((waited + 2))
        if ! kill -0 "$pid" 2> /dev/null; then
            echo "cleanroom: the window (pid $pid) ended by itself; run.sh's log:" >&2
            tail -n 20 "$log" >&2
            break
        fi
        if python3 scripts/check-picture.py xwd "$screen/Xvfb_screen0" --min-box 640x400 \
            > "$CLEANROOM_LOGS/run-picture.txt" 2>&1; then
            status=0
            break
        fi
    done
    [[ ! -f "$CLEANROOM_LOGS/run-picture.txt" ]] || cat "$CLEANROOM_LOGS/run-picture.txt"
    if ((status == 0)) && kill -0 "$pid" 2> /dev/null; then
        echo "cleanroom: run.sh's window is running (pid $pid) after ${waited}s; stopping it"
    else
        status=1
    fi
    kill -TERM "$pid" 2> /dev/null
    wait "$runner" 2> /dev/null
    rm -rf "$screen"
    return $status
}

inside_configure() {
    local skip="$1" preset status=0
    for preset in dev asan release fuzz; do
        [[ "$preset" != "$skip" ]] || continue
        if cmake --preset "$preset" > "$CLEANROOM_LOGS/configure-$preset.log" 2>&1; then
            echo "cleanroom: configured $preset"
        else
            echo "cleanroom: configuring $preset FAILED; from $CLEANROOM_LOGS/configure-$preset.log:" >&2
            inside_show_errors "$CLEANROOM_LOGS/configure-$preset.log"
            status=1
        fi
    done
    return $status
}

inside_build() {
    local preset="$1" hits misses
    inside_ccache_counts > /dev/null
    if ! cmake --build --preset "$preset" -j2 --target stagecraft-cli stagecraft \
        > "$CLEANROOM_LOGS/build.log" 2>&1; then
        echo "cleanroom: building stagecraft-cli FAILED; from $CLEANROOM_LOGS/build.log:" >&2
        inside_show_errors "$CLEANROOM_LOGS/build.log"
        return 1
    fi
    read -r hits misses <<< "$(inside_ccache_counts)"
    echo "cleanroom: built stagecraft-cli (ccache: $hits hits, $misses misses)"

    local cli="build/$preset/bin/stagecraft-cli" template status=0
    for template in resources/templates/*/Dockerfile; do
        if ! "$cli" lint "$template" > "$CLEANROOM_LOGS/lint.log" 2>&1; then
            echo "cleanroom: stagecraft-cli lint $template FAILED:" >&2
            cat "$CLEANROOM_LOGS/lint.log" >&2
            status=1
        fi
    done
    ((status == 0)) || return 1
    echo "cleanroom: stagecraft-cli lint passed on $(echo resources/templates/*/Dockerfile | wc -w) templates"

    local shot
    shot=$(mktemp -d)
    if ! QT_QPA_PLATFORM=xcb timeout 120 xvfb-run -a -s "-screen 0 1920x1080x24" \
        "build/$preset/bin/stagecraft" --screenshot "$shot/window.png" "$CLEANROOM_TEMPLATE" \
        > "$CLEANROOM_LOGS/screenshot.log" 2>&1; then
        echo "cleanroom: stagecraft --screenshot under Xvfb FAILED:" >&2
        tail -n 20 "$CLEANROOM_LOGS/screenshot.log" >&2
        return 1
    fi
    python3 scripts/check-picture.py png "$shot/window.png" --size 1280x800 || return 1
    rm -rf "$shot"
}

inside_package() {
    local preset="$1"
    if ! bash scripts/package.sh "$preset" > "$CLEANROOM_LOGS/package.log" 2>&1; then
        echo "cleanroom: scripts/package.sh $preset FAILED; from $CLEANROOM_LOGS/package.log:" >&2
        inside_show_errors "$CLEANROOM_LOGS/package.log"
        return 1
    fi
    grep -E '^package: (/|Depends|PASSED)' "$CLEANROOM_LOGS/package.log"
}

if [[ "${1:-}" == --inside ]]; then
    step="$2" preset="$3"
    mkdir -p "$CLEANROOM_LOGS"
    uid=$(id -u)
    [[ -n "${HOME:-}" && -w "${HOME:-/}" ]] || export HOME="/tmp/home-$uid"
    mkdir -p "$HOME"
    export XDG_RUNTIME_DIR="/tmp/runtime-$uid"
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    [[ "$step" == deps ]] || use_ccache
    export CCACHE_LOGFILE="/tmp/ccache-$uid.log"
    "inside_$step" "$preset"
    exit $?
fi

# ---------------------------------------------------------------------------------------------
# On the host
# ---------------------------------------------------------------------------------------------
source scripts/engine.sh

preset=dev
cold=0
full_test=0
keep=0
for argument in "$@"; do
    case "$argument" in
        --release) preset=release ;;
        --cold) cold=1 ;;
        --test) full_test=1 ;;
        --keep) keep=1 ;;
        *)
            echo "usage: bash scripts/cleanroom.sh [--release] [--test] [--cold] [--keep]" >&2
            exit 2
            ;;
    esac
done

started=$SECONDS
name="stagecraft-cleanroom-$$"
times=()
container_up=0

fail() {
    echo "cleanroom: FAILED: $* ($((SECONDS - started))s)" >&2
    exit 1
}

cleanup() {
    if ((container_up)); then
        # Logs out for a look afterwards; caches handed back to the user who ran this.
        mkdir -p "$CLEANROOM_LOGS"
        docker -H "unix://$ENGINE_SOCKET" cp "$name:$STAGECRAFT_ROOT/$CLEANROOM_LOGS/." \
            "$CLEANROOM_LOGS/" > /dev/null 2>&1 || true
        if [[ $(id -u) != 0 ]]; then
            docker -H "unix://$ENGINE_SOCKET" exec "$name" chown -R "$(id -u):$(id -g)" \
                /var/cache/apt/archives > /dev/null 2>&1 || true
        fi
        if ((keep)); then
            echo "cleanroom: container $name kept (docker rm -f -v $name)"
        else
            docker -H "unix://$ENGINE_SOCKET" rm -f -v "$name" > /dev/null 2>&1 || true
        fi
    fi
    engine_down
}

if ! git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
    fail "git, and a git checkout, are needed (the clean room copies the files git tracks)"
fi

trap cleanup EXIT
trap 'exit 130' INT TERM
engine_install || fail "no Docker engine could be installed (scripts/engine.sh)"
engine_start || fail "no Docker engine answers on $ENGINE_SOCKET"
cr_docker() { docker -H "unix://$ENGINE_SOCKET" "$@"; }

# --- The base image: the debootstrap root, nothing else ---------------------------------------
t=$SECONDS
engine_debian_tarball || fail "could not make the Debian 12 root (debootstrap)"
identity=$(stat -c '%s-%Y' "$ENGINE_DEBIAN_TARBALL")
label=$(cr_docker image inspect --format '{{index .Config.Labels "org.stagecraft.cleanroom.tarball"}}' \
    "$CLEANROOM_IMAGE" 2> /dev/null || true)
if [[ "$label" != "$identity" ]]; then
    echo "cleanroom: importing $ENGINE_DEBIAN_TARBALL as $CLEANROOM_IMAGE"
    cr_docker image rm "$CLEANROOM_IMAGE" > /dev/null 2>&1 || true
    cr_docker import --change 'CMD ["/bin/bash"]' \
        --change "LABEL org.stagecraft.cleanroom.tarball=$identity" \
        "$ENGINE_DEBIAN_TARBALL" "$CLEANROOM_IMAGE" > /dev/null || fail "docker import"
fi
times+=("image $((SECONDS - t))s")

# --- The container, the caches and the sources ------------------------------------------------
apt_cache="$STAGECRAFT_ROOT/build/cache/apt-archives"
use_ccache # the host's choice of cache directory, if it uses one
ccache_dir="${CCACHE_DIR:-$STAGECRAFT_ROOT/build/cache/ccache}"
if ((cold)); then
    rm -rf build/cache/cold
    apt_cache="$STAGECRAFT_ROOT/build/cache/cold/apt-archives"
    ccache_dir="$STAGECRAFT_ROOT/build/cache/cold/ccache"
    echo "cleanroom: cold: empty caches in build/cache/cold/"
fi
mkdir -p "$apt_cache/partial" "$ccache_dir"
environment=(-e CI -e LANG -e LC_ALL -e LC_CTYPE -e LC_MESSAGES -e CCACHE_MAXSIZE
    -e "CCACHE_DIR=/var/cache/stagecraft-ccache" -e "CCACHE_BASEDIR=${CCACHE_BASEDIR:-$STAGECRAFT_ROOT}")
if ((full_test)); then
    # The engine tests use the host's engine through its socket (a dockerd of test.sh's own would
    # need a privileged container); test.sh still installs docker.io, for the docker CLI.
    shared=$(realpath ../shared 2> /dev/null) || fail "--test needs ../shared beside the checkout"
    environment+=(-v "$ENGINE_SOCKET:/var/run/docker.sock"
        -v "$shared:$(dirname "$STAGECRAFT_ROOT")/shared:ro")
fi
cr_docker run -d --name "$name" --hostname cleanroom \
    -v "$apt_cache:/var/cache/apt/archives" -v "$ccache_dir:/var/cache/stagecraft-ccache" \
    "${environment[@]}" -w "$STAGECRAFT_ROOT" "$CLEANROOM_IMAGE" sleep infinity > /dev/null \
    || fail "docker run $CLEANROOM_IMAGE"
container_up=1

t=$SECONDS
cr_docker exec "$name" sh -c "mkdir -p '$STAGECRAFT_ROOT' && chown $(id -u):$(id -g) '$STAGECRAFT_ROOT'" \
    || fail "preparing $STAGECRAFT_ROOT in the container"
# What git tracks, as the working tree has it (uncommitted edits included; deleted files not).
git ls-files -z | while IFS= read -r -d '' file; do
    [[ -e "$file" || -L "$file" ]] && printf '%s\0' "$file"
done | tar --null -T - -cf - | cr_docker exec -i "$name" tar -xf - -C "$STAGECRAFT_ROOT" \
    || fail "copying the checkout into the container"
files=$(cr_docker exec "$name" find "$STAGECRAFT_ROOT" -type f | wc -l)
echo "cleanroom: $name from $CLEANROOM_IMAGE, $files files at $STAGECRAFT_ROOT"
times+=("copy $((SECONDS - t))s")

# in_container STEP USER: one step inside, timed.
in_container() {
    local step="$1" user="$2" t=$SECONDS
    echo "==> cleanroom: $step"
    cr_docker exec -u "$user" "$name" bash scripts/cleanroom.sh --inside "$step" "$preset" \
        || fail "$step (logs: $CLEANROOM_LOGS/)"
    times+=("$step $((SECONDS - t))s")
}
in_container deps 0:0
in_container run "$(id -u):$(id -g)"
in_container configure "$(id -u):$(id -g)"
in_container build "$(id -u):$(id -g)"
in_container package 0:0
if ((full_test)); then
    t=$SECONDS
    echo "==> cleanroom: CI=true bash scripts/test.sh"
    cr_docker exec -e CI=true "$name" bash scripts/test.sh || fail "scripts/test.sh in the container"
    times+=("test.sh $((SECONDS - t))s")
fi

echo "cleanroom: PASSED in $((SECONDS - started))s ($(printf '%s, ' "${times[@]}" | sed 's/, $//'))"
