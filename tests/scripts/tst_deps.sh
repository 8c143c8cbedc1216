#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bash tests/scripts/tst_deps.sh   (CTest: scripts/tst_deps)
# scripts/deps.sh against stub `id`, `sudo`, `apt-get` and `dpkg-query` on a PATH that holds
# nothing else, so no real package is ever installed and the script cannot reach a real tool:
#   everything installed            -> exit 0, apt-get never runs
#   missing, root                   -> apt-get update, then install of exactly the missing ones
#   missing, user with sudo         -> the same through sudo, DEBIAN_FRONTEND passed to sudo
#   missing, user without sudo      -> exit 1, one line: the apt-get command naming the missing
#   apt-get update fails            -> exit 1, a clear message, no install attempted
#   apt-get install fails           -> exit 1, a clear message naming the apt-get command
#   install "succeeds" but a package is still missing -> exit 1 naming it
#   --check                         -> exit 1 naming the missing ones, apt-get never runs
#   scripts/run.sh, scripts/test.sh without sudo, or with apt failing -> non-zero exit, the
#                                      message shown, CMake (a stub) never started
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
deps="$root/scripts/deps.sh"
bash_path="$(command -v bash)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
case_name=setup
checks=0

fail() {
    echo "FAIL: $case_name: $*"
    failures=$((failures + 1))
}
check() { # check DESCRIPTION COMMAND...
    local description="$1"
    shift
    checks=$((checks + 1))
    "$@" || fail "$description"
}

# The stubs (bash builtins only: PATH holds nothing else). State lives in $STUB_DIR: installed (one package a line), calls (one line a call).
stubs="$work/bin"
mkdir -p "$stubs"
cat > "$stubs/id" << EOF
#!$bash_path
[[ "\$1" == -u ]] || exit 2
echo "\$STUB_UID"
EOF
cat > "$stubs/dpkg-query" << EOF
#!$bash_path
# dpkg-query -W -f='\${Status}' PACKAGE
package="\${@: -1}"
mapfile -t installed < "\$STUB_DIR/installed"
for name in "\${installed[@]}"; do
    [[ "\$name" == "\$package" ]] && { printf 'install ok installed'; exit 0; }
done
echo "dpkg-query: no packages found matching \$package" >&2
exit 1
EOF
cat > "$stubs/apt-get" << EOF
#!$bash_path
echo "apt-get DEBIAN_FRONTEND=\${DEBIAN_FRONTEND:-} \$*" >> "\$STUB_DIR/calls"
case "\$1" in
    update)
        [[ "\$STUB_APT" == update-fails ]] && { echo "E: Could not resolve 'deb.debian.org'" >&2; exit 100; }
        exit 0
        ;;
    install)
        [[ "\$STUB_APT" == install-fails ]] && { echo "E: Unable to locate package \${@: -1}" >&2; exit 100; }
        for argument in "\$@"; do
            case "\$argument" in
                install | -*) ;;
                *) [[ "\$STUB_APT" == skip-one && "\$argument" == "\$STUB_SKIP" ]] || echo "\$argument" >> "\$STUB_DIR/installed" ;;
            esac
        done
        exit 0
        ;;
esac
exit 2
EOF
# sudo VAR=value... COMMAND ARGS: like sudo, records the call and runs the command.
cat > "$work/sudo" << EOF
#!$bash_path
echo "sudo \$*" >> "\$STUB_DIR/calls"
exec /usr/bin/env "\$@"
EOF
chmod +x "$stubs"/* "$work/sudo"

mapfile -t all_packages < <(bash "$deps" --list)
if ((${#all_packages[@]} < 5)); then
    echo "FAIL: bash scripts/deps.sh --list printed ${#all_packages[@]} packages"
    exit 1
fi

# run_deps CASE UID SUDO(yes|no) APT_MODE INSTALLED_COUNT [ARGS...]: runs deps.sh with the first
# INSTALLED_COUNT packages of the list installed; sets out, err, status; the calls in $calls.
run_deps() {
    case_name="$1"
    local uid="$2" with_sudo="$3" mode="$4" count="$5"
    shift 5
    export STUB_DIR="$work/cases/$case_name" STUB_UID="$uid" STUB_APT="$mode" STUB_SKIP="${all_packages[-1]}"
    mkdir -p "$STUB_DIR"
    printf '%s\n' "${all_packages[@]:0:count}" > "$STUB_DIR/installed"
    : > "$STUB_DIR/calls"
    rm -f "$stubs/sudo"
    [[ "$with_sudo" == yes ]] && cp "$work/sudo" "$stubs/sudo"
    status=0
    PATH="$stubs" "$bash_path" "$deps" "$@" > "$STUB_DIR/out" 2> "$STUB_DIR/err" || status=$?
    out=$(< "$STUB_DIR/out")
    err=$(< "$STUB_DIR/err")
    calls=$(< "$STUB_DIR/calls")
}

total=${#all_packages[@]}
keep=$((total - 3)) # the last three are missing in the cases below
missing=("${all_packages[@]:keep}")
missing_line="${missing[*]}"

run_deps all-installed 1000 no ok "$total"
check "exit 0 when all installed" test "$status" -eq 0
check "apt-get not run when all installed" test -z "$calls"
check "silent when all installed" test -z "$out$err"

run_deps root 0 no ok "$keep"
check "root: exit 0 ($err)" test "$status" -eq 0
check "root: update then install of exactly the missing" test "$calls" == \
    "apt-get DEBIAN_FRONTEND=noninteractive update -q
apt-get DEBIAN_FRONTEND=noninteractive install -y -q --no-install-recommends $missing_line"
check "root: all installed afterwards" test "$(wc -l < "$STUB_DIR/installed")" -eq "$total"

run_deps sudo 1000 yes ok "$keep"
check "sudo: exit 0 ($err)" test "$status" -eq 0
check "sudo: apt-get through sudo with DEBIAN_FRONTEND" grep -qxF \
    "sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing_line" \
    <<< "$calls"
check "sudo: apt-get saw DEBIAN_FRONTEND" grep -qxF \
    "apt-get DEBIAN_FRONTEND=noninteractive update -q" <<< "$calls"

run_deps no-sudo 1000 no ok "$keep"
check "no sudo: exit 1" test "$status" -eq 1
check "no sudo: apt-get not run" test -z "$calls"
check "no sudo: exactly one line on stderr" test "$(wc -l <<< "$err")" -eq 1
check "no sudo: the apt-get command with the missing packages ($err)" grep -qF \
    "apt-get update && apt-get install -y --no-install-recommends $missing_line" <<< "$err"
check "no sudo: installed packages not named" test "$(grep -c -wF "${all_packages[0]}" <<< "$err")" -eq 0

run_deps update-fails 0 no update-fails "$keep"
check "update fails: exit 1" test "$status" -eq 1
check "update fails: no install attempted" test "$(grep -c ' install ' <<< "$calls")" -eq 0
check "update fails: says so ($err)" grep -q "deps: FAILED: apt-get update exited with 100" <<< "$err"

run_deps install-fails 0 no install-fails "$keep"
check "install fails: exit 1" test "$status" -eq 1
check "install fails: says so ($err)" grep -q "deps: FAILED: apt-get install exited with 100" <<< "$err"
check "install fails: names the command to run" grep -qF "apt-get install -y --no-install-recommends $missing_line" <<< "$err"

run_deps still-missing 0 no skip-one "$keep"
check "still missing: exit 1" test "$status" -eq 1
check "still missing: names it ($err)" grep -q "${all_packages[-1]} still not installed" <<< "$err"

run_deps check 0 no ok "$keep" --check
check "--check: exit 1" test "$status" -eq 1
check "--check: apt-get not run" test -z "$calls"
check "--check: names the missing ($err)" grep -qF "deps: missing $missing_line" <<< "$err"

run_deps bad-option 0 no ok "$total" --frobnicate
check "bad option: exit 2" test "$status" -eq 2

# The README's two commands stop at a failed deps.sh, before CMake: a stub cmake records any
# call. They need a few real tools besides the stubs (bash, dirname, mkdir, tee).
for tool in bash dirname mkdir tee; do
    ln -sf "$(command -v "$tool")" "$stubs/$tool"
done
# shellcheck disable=SC2016 # the stub expands these when it runs
printf '#!%s\necho "${0##*/} $*" >> "$STUB_DIR/calls"\nexit 0\n' "$bash_path" > "$stubs/cmake"
cp "$stubs/cmake" "$stubs/ctest"
chmod +x "$stubs/cmake" "$stubs/ctest"

for command in run.sh test.sh; do
    run_deps "$command-no-sudo" 1000 no ok "$keep"
    status=0
    PATH="$stubs" STAGECRAFT_CCACHE=0 "$bash_path" "$root/scripts/$command" > "$STUB_DIR/out" 2>&1 || status=$?
    out=$(< "$STUB_DIR/out")
    calls=$(< "$STUB_DIR/calls")
    check "$command without sudo: non-zero exit" test "$status" -ne 0
    check "$command without sudo: the apt-get command shown ($out)" grep -qF \
        "apt-get install -y --no-install-recommends $missing_line" <<< "$out"
    check "$command without sudo: cmake never runs ($calls)" test -z "$calls"

    run_deps "$command-apt-fails" 0 no install-fails "$keep"
    status=0
    PATH="$stubs" STAGECRAFT_CCACHE=0 "$bash_path" "$root/scripts/$command" > "$STUB_DIR/out" 2>&1 || status=$?
    out=$(< "$STUB_DIR/out")
    calls=$(< "$STUB_DIR/calls")
    check "$command, apt fails: non-zero exit" test "$status" -ne 0
    check "$command, apt fails: says so ($out)" grep -q "deps: FAILED: apt-get install exited with 100" <<< "$out"
    check "$command, apt fails: cmake never runs ($calls)" test "$(grep -c -E '^c(make|test)' <<< "$calls")" -eq 0
done

if ((failures > 0)); then
    echo "tst_deps: $failures of $checks checks failed"
    exit 1
fi
echo "tst_deps: all $checks checks passed"
