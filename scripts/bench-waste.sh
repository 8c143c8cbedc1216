#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bash scripts/bench-waste.sh [PRESET]   (default dev)
# Resident memory of the wasted-space analysis of a large image (issue #18): builds a local image
# of about 600 MB from stagecraft/busybox with generated random files (RUN with --network none,
# so no network is needed), one of them deleted and one overwritten by later layers, then runs
# `stagecraft-cli measure --waste` on a Dockerfile FROM that image under /usr/bin/time -v. The
# analysis streams every layer of the image (GET /images/{id}/get) through libarchive; the
# figure printed is the CLI's peak resident set (VmHWM). Aim (docs/benchmarks.md): < 150 MB.
# The image stays (stagecraft-bench/waste:1) for the next run; remove it with
# `docker image rm stagecraft-bench/waste:1`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

preset="${1:-dev}"
cli="build/$preset/bin/stagecraft-cli"
[[ -x "$cli" ]] || cmake --build --preset "$preset" --target stagecraft-cli

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/big" "$work/app"
cat >"$work/big/Dockerfile" <<'DOCKERFILE'
FROM stagecraft/busybox:latest
RUN head -c 150000000 /dev/urandom > /blob1
RUN head -c 150000000 /dev/urandom > /blob2
RUN head -c 150000000 /dev/urandom > /blob3 && mkdir /many \
 && for i in $(seq 1 3000); do head -c 10000 /dev/urandom > /many/f$i; done
RUN rm /blob1
RUN head -c 100000000 /dev/urandom > /blob2
DOCKERFILE
DOCKER_BUILDKIT=0 docker build -q --network none -t stagecraft-bench/waste:1 "$work/big" >/dev/null
size=$(docker image inspect -f '{{.Size}}' stagecraft-bench/waste:1)

printf 'FROM stagecraft-bench/waste:1\nCOPY note.txt /note.txt\n' >"$work/app/Dockerfile"
echo "benchmark" >"$work/app/note.txt"
/usr/bin/time -v "$cli" measure "$work/app/Dockerfile" --waste --no-history \
    >"$work/report.txt" 2>"$work/time.txt"
peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
grep -E '^Waste of' "$work/report.txt" || true
echo "image size: $((size / 1000000)) MB"
echo "peak resident (VmHWM) of stagecraft-cli measure --waste: $((peak_kb / 1024)) MiB ($peak_kb kB)"
echo "wall time: $wall"
