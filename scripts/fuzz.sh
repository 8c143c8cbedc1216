#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bash scripts/fuzz.sh [-j N] [SECONDS] [FUZZER...]   (default 60 seconds per fuzzer)
# Builds the libFuzzer targets with clang (fuzz preset: model library and fuzzers only, ASan +
# UBSan) and runs every tests/fuzz/fuzz_* (or the FUZZERs named, e.g. fuzz_http) for SECONDS
# each, N at a time (default 1), seeded from ../shared/corpus, tests/fuzz/corpus and tests/data.
# Corpora grow in build/fuzz/corpus/<fuzzer>/ (kept between runs), crashes go to
# build/fuzz/artifacts/, each run's output to build/fuzz/logs/<fuzzer>.log, and a Markdown table
# (executions, execs/s, coverage cov/ft, corpus, result per fuzzer) to build/fuzz/summary.md,
# ready for docs/benchmarks.md. A crash: minimise it (`build/fuzz/tests/fuzz/<fuzzer>
# -minimize_crash=1 -runs=10000 <artifact>`), fix it, and keep the input in
# tests/data/fuzz-regressions/ — CTest replays that folder through every fuzzer.
# Exit status: 0 when no fuzzer found anything, 1 otherwise, 2 on bad usage.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() {
    echo "usage: bash scripts/fuzz.sh [-j N] [SECONDS] [FUZZER...]" >&2
    exit 2
}

jobs=1
seconds=60
wanted=()
while (($# > 0)); do
    case "$1" in
        -j)
            [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || usage
            jobs="$2"
            shift 2
            ;;
        -j*)
            [[ "${1#-j}" =~ ^[1-9][0-9]*$ ]] || usage
            jobs="${1#-j}"
            shift
            ;;
        fuzz_*)
            wanted+=("$1")
            shift
            ;;
        *)
            [[ "$1" =~ ^[0-9]+$ ]] || usage
            seconds="$1"
            shift
            ;;
    esac
done

bash scripts/deps.sh
configure_preset fuzz
cmake --build --preset fuzz

seeds=()
for dir in ../shared/corpus/real ../shared/corpus/buildkit tests/fuzz/corpus tests/data; do
    [[ -d "$dir" ]] && seeds+=("$dir")
done

shopt -s nullglob
fuzzers=()
for fuzzer in build/fuzz/tests/fuzz/fuzz_*; do
    [[ -x "$fuzzer" && -f "$fuzzer" ]] || continue
    name=$(basename "$fuzzer")
    if ((${#wanted[@]} > 0)) && [[ " ${wanted[*]} " != *" $name "* ]]; then
        continue
    fi
    fuzzers+=("$fuzzer")
done
if ((${#fuzzers[@]} == 0)); then
    echo "fuzz: no fuzzers found (tests/fuzz/fuzz_*.cpp${wanted:+; asked for ${wanted[*]}})" >&2
    exit 1
fi
mkdir -p build/fuzz/artifacts build/fuzz/logs build/fuzz/results

# run_one FUZZER: one libFuzzer run; its log and a one-line result file.
run_one() {
    local fuzzer="$1" name
    name=$(basename "$fuzzer")
    local corpus="build/fuzz/corpus/$name" log="build/fuzz/logs/$name.log"
    mkdir -p "$corpus"
    local dict=()
    [[ -f "tests/fuzz/${name#fuzz_}.dict" ]] && dict=(-dict="tests/fuzz/${name#fuzz_}.dict")
    [[ ${#dict[@]} -eq 0 && "$name" =~ ^fuzz_(parse|graph)$ ]] \
        && dict=(-dict=tests/fuzz/dockerfile.dict)
    echo "==> $name for ${seconds}s (log: $log)"
    local status=0
    "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
        "${dict[@]}" -print_final_stats=1 -artifact_prefix="build/fuzz/artifacts/$name-" \
        "$corpus" "${seeds[@]}" > "$log" 2>&1 || status=$?
    # The last status line (#N DONE/pulse cov: C ft: F corp: K/…) and the final stats.
    local last runs cov ft corp rate result
    last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<< "$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<< "$last")
    corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p' <<< "$last")
    if ((status == 0)); then
        result="ok"
    else
        local artifact
        artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
        result="FAILED (exit $status${artifact:+; $artifact})"
    fi
    printf '| `%s` | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$seconds" "${runs:-?}" \
        "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$result" > "build/fuzz/results/$name"
    echo "    $name: $result (${runs:-?} executions, cov ${cov:-?}, ft ${ft:-?})"
    ((status == 0))
}

status=0
running=0
for fuzzer in "${fuzzers[@]}"; do
    rm -f "build/fuzz/results/$(basename "$fuzzer")"
    run_one "$fuzzer" &
    running=$((running + 1))
    if ((running >= jobs)); then
        wait -n || status=1
        running=$((running - 1))
    fi
done
while ((running > 0)); do
    wait -n || status=1
    running=$((running - 1))
done

summary=build/fuzz/summary.md
{
    echo "Fuzzing on $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, -j $jobs," \
        "commit $(git rev-parse --short HEAD 2> /dev/null || echo '?'), ASan + UBSan (clang)."
    echo
    echo "| fuzzer | seconds | executions | execs/s | cov | ft | corpus | result |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |"
    for fuzzer in "${fuzzers[@]}"; do
        name=$(basename "$fuzzer")
        cat "build/fuzz/results/$name" 2> /dev/null \
            || printf '| `%s` | %s | ? | ? | ? | ? | ? | no result |\n' "$name" "$seconds"
    done
} > "$summary"
cat "$summary"
if ((status != 0)); then
    echo "fuzz: a fuzzer found a problem; see build/fuzz/artifacts/ and build/fuzz/logs/" >&2
fi
exit $status
