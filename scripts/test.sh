#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bash scripts/test.sh
# Installs what is missing, builds everything with the dev preset (-Werror) and runs every test,
# then packages the dev build as a .deb and checks it installed (scripts/package.sh), then
# builds the model tests with AddressSanitizer + UBSan (asan preset) and runs them again.
# Incremental: a second run rebuilds only what changed. Exits non-zero on any failure.
# Under CI=true, tests that need ../shared (or, later, a Docker engine) fail instead of skipping.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

started=$SECONDS
log_dir="build/test-logs"
mkdir -p "$log_dir"
failures=()
summary=()

# step NAME COMMAND...: runs a command, records a failure under NAME.
step() {
    local name="$1"
    shift
    echo "==> $name"
    if "$@"; then
        return 0
    fi
    failures+=("$name")
    return 1
}

# run_ctest NAME LOG ARGS...: runs ctest and keeps its "N% tests passed" line for the summary.
run_ctest() {
    local name="$1" log="$2"
    shift 2
    local status=0
    ctest "$@" --no-tests=error 2>&1 | tee "$log" || status=$?
    local result
    result=$(grep -E '^[0-9]+% tests passed' "$log" | tail -n 1 || true)
    summary+=("$name: ${result:-no result}")
    if ((status != 0)); then
        failures+=("$name")
        return 1
    fi
}

if ! step "dependencies" bash scripts/deps.sh; then
    echo "test: FAILED (could not install dependencies)"
    exit 1
fi
use_ccache # compile through ccache when installed (scripts/common.sh)

# The engine tests (label "engine") need a Docker Engine: install docker.io when missing and
# start dockerd when none answers; stop it again on exit if we started it.
source "$(dirname "${BASH_SOURCE[0]}")/engine.sh"
# The second engine and the ssh:// remote (issue #19): Podman's API service (scripts/podman.sh)
# and a loopback sshd (scripts/sshd.sh), for the "engine-podman/" and "engine-ssh/" CTests.
source "$(dirname "${BASH_SOURCE[0]}")/podman.sh"
source "$(dirname "${BASH_SOURCE[0]}")/sshd.sh"
trap 'sshd_down; podman_down; engine_down' EXIT
if [[ "${CI:-}" == true ]]; then
    step "engine" engine_up
else
    engine_up || echo "test: no Docker engine available; engine tests will be skipped"
fi
# Stand-in base images for the template builds (scripts/standins.sh; seconds once cached).
source "$(dirname "${BASH_SOURCE[0]}")/standins.sh"
if [[ "${CI:-}" == true ]]; then
    step "stand-in images" standins_up
elif engine_answers; then
    standins_up || echo "test: stand-in images missing; template builds will be skipped"
fi

if [[ "${CI:-}" == true ]]; then
    step "podman" podman_up
    step "sshd" sshd_up
else
    podman_up || echo "test: no Podman service; the engine-podman tests will be skipped"
    sshd_up || echo "test: no test sshd; the engine-ssh tests will be skipped"
fi

if step "configure dev" configure_preset dev \
    && step "build dev" cmake --build --preset dev -j2; then
    run_ctest "dev tests" "$log_dir/dev.log" --preset dev --output-on-failure
else
    summary+=("dev tests: not run (build failed)")
fi

# The real window used from outside (Xvfb, Openbox, xdotool, AT-SPI): fails under CI=true when
# a tool is missing, skips otherwise (scripts/gui-driver.sh).
step "gui driver" bash scripts/gui-driver.sh build/dev

# The Debian package from the dev build: install it, run and validate it, remove it.
step "package" bash scripts/package.sh dev

if step "configure asan" configure_preset asan \
    && step "build asan (model tests)" cmake --build --preset asan -j2 --target model_tests; then
    run_ctest "asan model tests" "$log_dir/asan.log" --preset asan --output-on-failure -L model
else
    summary+=("asan model tests: not run (build failed)")
fi

elapsed=$((SECONDS - started))
joined=$(printf '%s; ' "${summary[@]}")
if ((${#failures[@]} == 0)); then
    echo "test: PASSED — ${joined%; } (${elapsed}s)"
    exit 0
fi
failed=$(printf '%s, ' "${failures[@]}")
echo "test: FAILED (${failed%, }) — ${joined%; } (${elapsed}s)"
exit 1
