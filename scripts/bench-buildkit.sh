#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bash scripts/bench-buildkit.sh [RUNS]   (default 7, at least 5)
# Stagecraft's BuildKit build (`stagecraft-cli build --builder buildkit`) against the docker
# CLI's (`DOCKER_BUILDKIT=1 docker build`) of the same context on the same engine, in turns
# (Stagecraft, docker, Stagecraft, …), in two cache states that both tools meet alike:
#   cached  every step in the cache (each tool built the context once before the rounds);
#   busted  a build argument with a new value for each build (BUST), which every stage
#           declares, so every RUN runs again for both tools (the two share the engine's
#           BuildKit cache, so each gets its own value: neither reuses the other's steps).
# The order within a round alternates (odd rounds Stagecraft first, even rounds docker first).
# Prints every run and, per state, both medians and their ratio (Stagecraft / docker; the aim
# in docs/benchmarks.md is ≤ 1.03). The engine is DOCKER_HOST or the local socket; RUN steps
# use `--network none` on both sides (the benchmark needs no network). The CLI measured is
# STAGECRAFT_CLI, or build/release/bin/stagecraft-cli (built when missing). It says whether
# Stagecraft's build sent the context through the BuildKit session or fell back to a tar.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

runs="${1:-7}"
(( runs >= 5 )) || { echo "bench-buildkit: at least 5 runs" >&2; exit 2; }
cli="${STAGECRAFT_CLI:-}"
if [[ -z "$cli" ]]; then
    use_ccache
    configure_preset release
    cmake --build --preset release --target stagecraft-cli
    cli="build/release/bin/stagecraft-cli"
fi
# The docker CLI: DOCKER_CLI, or the first `docker` on PATH that can build with BuildKit (a CLI
# before 23 has it built in; later ones need the buildx plugin).
docker_cli="${DOCKER_CLI:-}"
if [[ -z "$docker_cli" ]]; then
    while read -r candidate; do
        version="$("$candidate" version -f '{{.Client.Version}}' 2> /dev/null || true)"
        if "$candidate" buildx version > /dev/null 2>&1 || [[ "$version" =~ ^(1[89]|2[0-2])\. ]]; then
            docker_cli="$candidate"
            break
        fi
    done < <(type -ap docker)
fi
[[ -n "$docker_cli" ]] || { echo "bench-buildkit: no docker CLI that builds with BuildKit" >&2; exit 2; }
echo "docker CLI: $docker_cli ($("$docker_cli" version -f '{{.Client.Version}}' 2> /dev/null))"

work="$(mktemp -d)"
trap 'rm -rf "$work"; "${docker_cli:-docker}" rmi -f stagecraft-bench-buildkit:sc stagecraft-bench-buildkit:docker > /dev/null 2>&1 || true' EXIT

# Three stages, a cache mount, a bind mount from a stage, an unnamed stage, some real work.
head -c 2000000 /dev/urandom > "$work/payload.bin"
cat > "$work/Dockerfile" <<'DOCKERFILE'
FROM stagecraft/busybox:latest AS deps
ARG BUST=0
RUN --mount=type=cache,target=/cache echo "$BUST" > /cache/bust && head -c 3000000 /dev/urandom > /deps.bin

FROM deps
ARG BUST=0
COPY payload.bin /payload.bin
RUN sha256sum /payload.bin /deps.bin > /sums && echo "$BUST" >> /sums

FROM stagecraft/busybox:latest AS final
ARG BUST=0
COPY --from=1 /sums /sums
RUN --mount=type=bind,from=deps,source=/deps.bin,target=/d.bin head -c 100000 /d.bin > /part.bin && echo "$BUST" > /bust
DOCKERFILE

now_ms() { date +%s%3N; }

stagecraft_build() { # $1 = BUST value
    "$cli" build "$work/Dockerfile" --builder buildkit --network none --build-arg "BUST=$1" \
        --tag stagecraft-bench-buildkit:sc > "$work/sc.log" 2>&1 \
        || { cat "$work/sc.log" >&2; exit 1; }
}
docker_build() { # $1 = BUST value
    DOCKER_BUILDKIT=1 "$docker_cli" build -q --network none --build-arg "BUST=$1" \
        -t stagecraft-bench-buildkit:docker "$work" > "$work/docker.log" 2>&1 \
        || { cat "$work/docker.log" >&2; exit 1; }
}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# Warm-up: both tools build the context once with BUST=0 (the "cached" state's key).
stagecraft_build 0
docker_build 0
# How Stagecraft sent the context: through the BuildKit session (the engine's step is "load build
# context"), or, when the engine would not open one, as a tar ("load remote build context").
if grep -q 'load remote build context' "$work/sc.log"; then
    echo "stagecraft: context sent as a tar (no BuildKit session; see the log below)"
    grep -i 'session' "$work/sc.log" || true
else
    echo "stagecraft: context sent through the BuildKit session"
fi

for state in cached busted; do
    : > "$work/$state.sc"
    : > "$work/$state.docker"
    for ((round = 1; round <= runs; ++round)); do
        bust_sc=0
        bust_docker=0
        if [[ "$state" == busted ]]; then
            bust_sc="sc-$(date +%s%N)"
            bust_docker="docker-$(date +%s%N)"
        fi
        if (( round % 2 )); then
            start=$(now_ms); stagecraft_build "$bust_sc"; sc=$(( $(now_ms) - start ))
            start=$(now_ms); docker_build "$bust_docker"; dk=$(( $(now_ms) - start ))
        else
            start=$(now_ms); docker_build "$bust_docker"; dk=$(( $(now_ms) - start ))
            start=$(now_ms); stagecraft_build "$bust_sc"; sc=$(( $(now_ms) - start ))
        fi
        echo "$sc" >> "$work/$state.sc"
        echo "$dk" >> "$work/$state.docker"
        printf '%-7s round %d: stagecraft %6d ms   docker %6d ms\n' "$state" "$round" "$sc" "$dk"
    done
    msc=$(median < "$work/$state.sc")
    mdk=$(median < "$work/$state.docker")
    ratio=$(awk -v a="$msc" -v b="$mdk" 'BEGIN { printf "%.3f", a / b }')
    printf '%-7s median: stagecraft %s ms, docker %s ms, ratio %s (aim ≤ 1.03)\n' \
        "$state" "$msc" "$mdk" "$ratio"
done
