#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bash scripts/fuzz.sh [SECONDS]   (default 60 seconds per fuzzer)
# Builds the libFuzzer targets with clang (fuzz preset: model library and fuzzers only, ASan +
# UBSan) and runs each fuzz_* for SECONDS, seeded from ../shared/corpus/real and tests/data.
# New inputs go to build/fuzz/corpus/<fuzzer>/, crashes to build/fuzz/artifacts/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
    echo "usage: bash scripts/fuzz.sh [SECONDS]" >&2
    exit 2
fi

bash scripts/deps.sh
configure_preset fuzz
cmake --build --preset fuzz

seeds=()
for dir in ../shared/corpus/real tests/fuzz/corpus tests/data; do
    [[ -d "$dir" ]] && seeds+=("$dir")
done

shopt -s nullglob
fuzzers=(build/fuzz/tests/fuzz/fuzz_*)
if ((${#fuzzers[@]} == 0)); then
    echo "fuzz: no fuzzers found (tests/fuzz/fuzz_*.cpp)" >&2
    exit 1
fi
mkdir -p build/fuzz/artifacts
status=0
for fuzzer in "${fuzzers[@]}"; do
    [[ -x "$fuzzer" && -f "$fuzzer" ]] || continue
    name=$(basename "$fuzzer")
    corpus="build/fuzz/corpus/$name"
    mkdir -p "$corpus"
    echo "==> $name for ${seconds}s (seeds: ${seeds[*]:-none})"
    if ! "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
        -dict=tests/fuzz/dockerfile.dict \
        -print_final_stats=1 -artifact_prefix="build/fuzz/artifacts/$name-" \
        "$corpus" "${seeds[@]}"; then
        echo "fuzz: $name found a problem; see build/fuzz/artifacts/" >&2
        status=1
    fi
done
exit $status
