#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bash scripts/bench-compare.sh REVISION [BENCH] [ROUNDS] [BENCHMARK OPTIONS…]
#   e.g. bash scripts/bench-compare.sh 0e70587 bench_keystroke 2
# Before/after on one noisy machine: builds BENCH (default bench_keystroke) with the release
# preset at REVISION (in a git worktree under build/compare/) and in this checkout, then runs the
# two binaries in turns, ROUNDS times each (default 2), with 5 repetitions per run, and prints
# every run's medians labelled "before" (REVISION) and "after" (this checkout). Only alternating
# runs compare fairly on a shared machine; read the spread between rounds as the noise.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if (($# < 1)); then
    echo "usage: bash scripts/bench-compare.sh REVISION [BENCH] [ROUNDS] [BENCHMARK OPTIONS…]" >&2
    exit 2
fi
revision="$1"
bench="${2:-bench_keystroke}"
rounds="${3:-2}"
shift $(($# < 3 ? $# : 3))
if ! commit=$(git rev-parse --verify --quiet "$revision^{commit}"); then
    echo "bench-compare: '$revision' is not a commit of this repository" >&2
    exit 2
fi

use_ccache
base="build/compare/${commit:0:12}"
if [[ ! -d "$base/.git" && ! -f "$base/.git" ]]; then
    mkdir -p build/compare
    git worktree add --detach "$base" "$commit" > /dev/null
fi
# The worktree reads ../shared like the checkout does (benchmarks that use the corpus).
[[ -e build/compare/shared || ! -d ../shared ]] || ln -s "$(cd ../shared && pwd)" build/compare/shared

for tree in "$base" .; do
    echo "==> building $bench in ${tree/#./this checkout}"
    (cd "$tree" && configure_preset release > /dev/null \
        && cmake --build --preset release -j2 --target "$bench" > /dev/null) || {
        echo "bench-compare: building $bench failed in $tree" >&2
        exit 1
    }
done

before="$base/build/release/tests/bench/$bench"
after="build/release/tests/bench/$bench"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A binaries=([before]="$before" [after]="$after")
declare -A labels=([before]="${commit:0:7}" [after]="$(git rev-parse --short HEAD)")
for ((round = 1; round <= rounds; ++round)); do
    for side in before after; do
        binary=${binaries[$side]}
        echo "--- $side (${labels[$side]}), round $round"
        "$binary" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true "$@" 2> /dev/null \
            | grep -E '_median' || true
    done
done
