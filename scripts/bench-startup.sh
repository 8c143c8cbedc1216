#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bash scripts/bench-startup.sh [--callgrind] [--stagecraft PROGRAM] [RUNS]   (default 7)
# Cold start to first painted frame and memory of the release `stagecraft`, measured in turns
# with a bare Qt window in the same run (the floor of this machine at this moment):
#   bare      tests/bench/startup/bare_window.cpp: a QMainWindow, nothing in it
#   example   `stagecraft` with the built-in example
#   5000      `stagecraft` with the 5,000-line / 100-stage synthetic Dockerfile
# Each run launches under Xvfb (xvfb-run) — or the offscreen platform when there is no Xvfb —
# with STAGECRAFT_EXIT_AFTER_FIRST_FRAME=1: the program prints the time from launch
# (STAGECRAFT_START_NS, taken here just before exec) to its first painted frame, the CPU time it
# used until then (user + system, every thread, the dynamic loader included: steadier than the
# wall time on a loaded machine), its VmRSS and its VmHWM (peak), then quits. Prints the load
# average, every run, the medians and each one's ratio to the bare window.
# --callgrind: afterwards, one run of each under callgrind (offscreen platform) and its
# instruction count to the first frame and quitting (deterministic; takes minutes).
# --stagecraft PROGRAM: measure that build of `stagecraft` (say, of an earlier commit) instead of
# building the release one.
# Aims (issue #20): example ≤ 150 ms, 5,000 lines ≤ 200 ms, each ≤ 5× the bare window;
# ≤ 80 MB resident with the 5,000-line file open.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

callgrind=0
stagecraft=""
while (($# > 0)); do
    case "$1" in
    --callgrind) callgrind=1 ;;
    --stagecraft)
        stagecraft="${2:?--stagecraft needs the path of a stagecraft program}"
        shift
        ;;
    *) break ;;
    esac
    shift
done
runs="${1:-7}"
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
    echo "bench-startup: RUNS must be a positive number (usage: bench-startup.sh [--callgrind] [RUNS])" >&2
    exit 2
fi
if [[ -z "$stagecraft" ]]; then
    bash scripts/deps.sh
    configure_preset release
    cmake --build --preset release --target stagecraft
    stagecraft=build/release/bin/stagecraft
fi
[[ -x "$stagecraft" ]] || {
    echo "bench-startup: $stagecraft is missing or not executable" >&2
    exit 1
}
echo "stagecraft: $stagecraft ($(git describe --always --dirty 2>/dev/null || echo unknown)); $(nproc) CPUs"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The synthetic file, from the same generator the benchmarks use.
cat >"$work/gen.cpp" <<'CPP'
#include "synthetic.h"
#include <cstdio>
int main() { const std::string t = stagecraft::bench::SyntheticDockerfile::byLines(5000, 100); std::fwrite(t.data(), 1, t.size(), stdout); }
CPP
c++ -std=c++20 -O1 -I tests/bench "$work/gen.cpp" -o "$work/gen"
"$work/gen" >"$work/Dockerfile"
# The floor: a bare Qt window, built against the same Qt.
# shellcheck disable=SC2046 # pkg-config's flags are words
c++ -std=c++20 -O2 -fPIC tests/bench/startup/bare_window.cpp -o "$work/bare" \
    $(pkg-config --cflags --libs Qt6Widgets)

# Settings and autosave of the measured runs stay out of the user's own.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"

launcher=()
if command -v xvfb-run >/dev/null 2>&1; then
    launcher=(xvfb-run -a -s "-screen 0 1920x1080x24")
else
    export QT_QPA_PLATFORM=offscreen
fi

run_once() { # what: bare | example | 5000
    local program="$stagecraft" args=()
    case "$1" in
    bare) program="$work/bare" ;;
    5000) args=("$work/Dockerfile") ;;
    esac
    STAGECRAFT_EXIT_AFTER_FIRST_FRAME=1 "${launcher[@]}" bash -c \
        'export STAGECRAFT_START_NS=$(date +%s%N); exec "$@"' \
        bash "$program" "${args[@]}"
}

subjects=(bare example 5000)
# One warm-up run each (the page cache holds the libraries afterwards, as on a desktop).
for what in "${subjects[@]}"; do run_once "$what" >/dev/null 2>&1 || true; done

declare -A times cpus rss hwm
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 1; i <= runs; i++)); do
    for what in "${subjects[@]}"; do
        out="$(run_once "$what" 2>/dev/null)"
        t="$(awk '/^first-frame-ms/ {print $2}' <<<"$out")"
        c="$(awk '/^cpu-ms/ {print $2}' <<<"$out")"
        r="$(awk '/^rss-kb/ {print $2}' <<<"$out")"
        h="$(awk '/^hwm-kb/ {print $2}' <<<"$out")"
        printf 'run %2d %-8s first frame %7s ms, CPU %7s ms, VmRSS %6.1f MB, VmHWM %6.1f MB\n' "$i" \
            "$what" "$t" "${c:-?}" "$(bc -l <<<"$r / 1024")" "$(bc -l <<<"${h:-0} / 1024")"
        times[$what]+="$t "
        cpus[$what]+="${c:-0} "
        rss[$what]+="$r "
        hwm[$what]+="${h:-0} "
    done
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
# shellcheck disable=SC2086 # the lists are words
bare="$(median ${times[bare]})"
# shellcheck disable=SC2086
bare_cpu="$(median ${cpus[bare]})"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "medians of $runs runs:"
for what in "${subjects[@]}"; do
    # shellcheck disable=SC2086
    t="$(median ${times[$what]})"
    # shellcheck disable=SC2086
    c="$(median ${cpus[$what]})"
    # shellcheck disable=SC2086
    printf '  %-8s first frame %7.1f ms (%.2f× bare), CPU %7.1f ms (%.2f× bare), VmRSS %6.1f MB, VmHWM %6.1f MB\n' \
        "$what" "$t" "$(bc -l <<<"$t / $bare")" "$c" "$(bc -l <<<"$c / ($bare_cpu + 0.001)")" \
        "$(bc -l <<<"$(median ${rss[$what]}) / 1024")" "$(bc -l <<<"$(median ${hwm[$what]}) / 1024")"
done
echo "aims: example ≤ 150 ms, 5000 ≤ 200 ms, each ≤ 5× bare; 5000 resident ≤ 80 MB"

if ((callgrind)); then
    command -v valgrind >/dev/null 2>&1 || {
        echo "bench-startup: --callgrind needs valgrind" >&2
        exit 1
    }
    echo "instructions (callgrind, offscreen, whole run to the first frame and quitting):"
    for what in "${subjects[@]}"; do
        program="$stagecraft" args=()
        case "$what" in
        bare) program="$work/bare" ;;
        5000) args=("$work/Dockerfile") ;;
        esac
        STAGECRAFT_EXIT_AFTER_FIRST_FRAME=1 QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \
            --callgrind-out-file="$work/callgrind.$what" "$program" "${args[@]}" >/dev/null 2>"$work/valgrind.$what" || true
        printf '  %-8s %s\n' "$what" "$(sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$work/valgrind.$what" | awk '{printf "%\047d", $1}')"
    done
fi
