#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bash scripts/bench.sh [BENCHMARK OPTIONS]   e.g. --benchmark_filter=Parse
# Builds the benchmarks with the release preset and runs every bench_* executable, printing
# Google Benchmark's figures. Options are passed to each executable.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bash scripts/deps.sh
configure_preset release
cmake --build --preset release --target benchmarks

shopt -s nullglob
benches=(build/release/tests/bench/bench_*)
if ((${#benches[@]} == 0)); then
    echo "bench: no benchmarks found (tests/bench/bench_*.cpp)" >&2
    exit 1
fi
for bench in "${benches[@]}"; do
    [[ -x "$bench" && -f "$bench" ]] || continue
    echo "==> $(basename "$bench")"
    "$bench" "$@"
done
