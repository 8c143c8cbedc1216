#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bash scripts/bench-startup.sh [RUNS]   (default 10)
# Cold start to first frame and resident memory of `stagecraft` with the 5,000-line / 100-stage
# synthetic Dockerfile open. Each run launches the release build under Xvfb (xvfb-run) — or the
# offscreen platform when there is no Xvfb — with STAGECRAFT_EXIT_AFTER_FIRST_FRAME=1: the app
# prints the time from launch (STAGECRAFT_START_NS, taken here just before exec) to its first
# painted frame and its VmRSS, then quits. Prints every run and the medians.
# Aims (docs): first frame ≤ 150 ms, resident memory ≤ 100 MB.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

runs="${1:-10}"
configure_preset release
cmake --build --preset release --target stagecraft

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

# Settings and autosave of the measured runs stay out of the user's own.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"

launcher=()
if command -v xvfb-run >/dev/null 2>&1; then
    launcher=(xvfb-run -a -s "-screen 0 1920x1080x24")
else
    export QT_QPA_PLATFORM=offscreen
fi

run_once() {
    STAGECRAFT_EXIT_AFTER_FIRST_FRAME=1 "${launcher[@]}" bash -c \
        'export STAGECRAFT_START_NS=$(date +%s%N); exec "$0" "$1"' \
        build/release/bin/stagecraft "$work/Dockerfile"
}

# One warm-up run (the page cache holds the libraries afterwards, as on a desktop).
run_once >/dev/null 2>&1 || true

times=()
rss=()
for ((i = 1; i <= runs; i++)); do
    out="$(run_once 2>/dev/null)"
    t="$(awk '/^first-frame-ms/ {print $2}' <<<"$out")"
    r="$(awk '/^rss-kb/ {print $2}' <<<"$out")"
    printf 'run %2d: first frame %7s ms, RSS %6.1f MB\n' "$i" "$t" "$(bc -l <<<"$r / 1024")"
    times+=("$t")
    rss+=("$r")
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
echo "median first frame: $(median "${times[@]}") ms (aim ≤ 150 ms)"
echo "median RSS: $(bc -l <<<"scale=1; $(median "${rss[@]}") / 1024") MB (aim ≤ 100 MB)"
