#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bash scripts/bench-peers.sh [--quick] [--runs N] [--process-runs N]
#                                    [--in-process-only | --process-only] [--no-install]
#                                    [--ours PEER_STAGECRAFT --cli STAGECRAFT_CLI]
#
# Stagecraft's parser side by side with two other Dockerfile parsers, in one run, alternating,
# medians (docs/benchmarks.md, "Peers"):
#   stagecraft  SyntaxTree::parse + StageGraph::derive (tests/bench/peers/peer_stagecraft.cpp)
#   go          Docker's classic Go parser: parser.Parse + imagebuilder.NewStages (Debian's
#               golang-github-openshift-imagebuilder-dev; tests/bench/peers/go/main.go)
#   node        dockerfile-ast from npm, the parser behind the Dockerfile language server:
#               DockerfileParser.parse + getFROMs (tests/bench/peers/node/)
#
# 1. In process: each program reads the file once, then times parse + stages N times in its own
#    loop (after untimed warm-up rounds: Node's JIT, Go's heap), so process start-up is not
#    counted. Inputs: synthetic files of 100, 240 and 2,000 stages (tests/bench/synthetic.h via
#    `peer_stagecraft generate`) and the real corpus (../shared/corpus/real) concatenated.
#    Median of --runs samples per program (11; --quick: 5), the programs taking turns.
# 2. Whole processes: `stagecraft-cli graph --format json`, `lint --format json` and `print`
#    against the peers' `summary` mode (parse, split into stages, print a JSON summary), on a
#    tiny file (the process floor), the three synthetic files and the real corpus file by file
#    (one process per file, summed). Median of --process-runs rounds (9; --quick: 3), the
#    commands taking turns within each round.
#
# The peers are benchmark tools, not Stagecraft dependencies: Go and the imagebuilder sources come
# from apt (as root, or through sudo), dockerfile-ast from npm into build/peers/node (pinned in
# tests/bench/peers/node/package.json). A peer that cannot be installed (no network) is left out
# with a message; --no-install uses only what is already there. Our programs are built with the
# release preset, unless --ours and --cli name other builds of peer_stagecraft and
# stagecraft-cli (say, of an earlier commit, to compare). Results: standard output and
# build/peers/results.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

runs=11
process_runs=9
ours_given=""
cli_given=""
do_in_process=1
do_process=1
install=1
while (($# > 0)); do
    case "$1" in
    --quick)
        runs=5
        process_runs=3
        ;;
    --runs)
        runs="${2:?--runs needs a number}"
        shift
        ;;
    --process-runs)
        process_runs="${2:?--process-runs needs a number}"
        shift
        ;;
    --in-process-only) do_process=0 ;;
    --process-only) do_in_process=0 ;;
    --no-install) install=0 ;;
    --ours)
        ours_given="${2:?--ours needs the path of a peer_stagecraft}"
        shift
        ;;
    --cli)
        cli_given="${2:?--cli needs the path of a stagecraft-cli}"
        shift
        ;;
    -h | --help)
        sed -n '3,34p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "bench-peers: unknown option '$1' (see --help)" >&2
        exit 2
        ;;
    esac
    shift
done
if ! [[ "$runs" =~ ^[1-9][0-9]*$ && "$process_runs" =~ ^[1-9][0-9]*$ ]]; then
    echo "bench-peers: --runs and --process-runs need a positive number" >&2
    exit 2
fi

out=build/peers
inputs="$out/inputs"
mkdir -p "$inputs"
note() { echo "bench-peers: $*" >&2; }

# ---- our side (release preset) ---------------------------------------------------------------
if [[ -n "$ours_given" || -n "$cli_given" ]]; then
    if [[ -z "$ours_given" || -z "$cli_given" ]]; then
        note "--ours and --cli go together"
        exit 2
    fi
    ours="$ours_given"
    cli="$cli_given"
else
    bash scripts/deps.sh
    configure_preset release
    cmake --build --preset release --target peer_stagecraft stagecraft-cli
    ours=build/release/tests/bench/peer_stagecraft
    cli=build/release/bin/stagecraft-cli
fi
for program in "$ours" "$cli"; do
    if [[ ! -x "$program" ]]; then
        note "$program is missing or not executable"
        exit 1
    fi
done

# ---- the peers --------------------------------------------------------------------------------
as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        env DEBIAN_FRONTEND=noninteractive "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo -n env DEBIAN_FRONTEND=noninteractive "$@" # -n: fail rather than ask for a password
    else
        note "not root and no sudo: cannot run '$*'"
        return 1
    fi
}

apt_install() {
    command -v apt-get >/dev/null 2>&1 || {
        note "no apt-get here (not Debian?): install $* yourself"
        return 1
    }
    as_root apt-get install -y -q --no-install-recommends "$@" >"$out/apt.log" 2>&1 \
        || { as_root apt-get update -q >>"$out/apt.log" 2>&1 \
                 && as_root apt-get install -y -q --no-install-recommends "$@" >>"$out/apt.log" 2>&1; }
}

gopath=/usr/share/gocode
imagebuilder_src="$gopath/src/github.com/openshift/imagebuilder"
have_go=0
if ! command -v go >/dev/null 2>&1 || [[ ! -f "$imagebuilder_src/builder.go" ]]; then
    if ((install)); then
        note "installing Go and Docker's classic parser (golang-go golang-github-openshift-imagebuilder-dev)"
        apt_install golang-go golang-github-openshift-imagebuilder-dev \
            || note "could not install golang-go / golang-github-openshift-imagebuilder-dev (no network? log: $out/apt.log)"
    fi
fi
if command -v go >/dev/null 2>&1 && [[ -f "$imagebuilder_src/builder.go" ]]; then
    if [[ ! -x "$out/peer-go" || tests/bench/peers/go/main.go -nt "$out/peer-go" ]]; then
        note "building the Go peer"
        if (cd tests/bench/peers/go && GO111MODULE=off GOPATH="$gopath" GOFLAGS= \
                GOCACHE="$STAGECRAFT_ROOT/$out/go-cache" go build -o "$STAGECRAFT_ROOT/$out/peer-go" .) \
            >"$out/go-build.log" 2>&1; then
            have_go=1
        else
            note "the Go peer did not build (log: $out/go-build.log)"
        fi
    else
        have_go=1
    fi
fi
((have_go)) || note "Docker's classic Go parser is not available: its columns are left out"

node_dir="$out/node"
have_node=0
pinned=$(sed -n 's/.*"dockerfile-ast": *"\([^"]*\)".*/\1/p' tests/bench/peers/node/package.json)
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    if ((install)); then
        note "installing Node.js and npm"
        apt_install nodejs npm || note "could not install nodejs / npm (no network? log: $out/apt.log)"
    fi
fi
if command -v node >/dev/null 2>&1; then
    installed=$(node -p "require('./$node_dir/node_modules/dockerfile-ast/package.json').version" 2>/dev/null || true)
    if [[ "$installed" != "$pinned" ]] && ((install)) && command -v npm >/dev/null 2>&1; then
        note "installing dockerfile-ast $pinned from npm into $node_dir"
        mkdir -p "$node_dir"
        cp tests/bench/peers/node/package.json "$node_dir/"
        (cd "$node_dir" && npm install --no-audit --no-fund --no-package-lock --omit=dev) \
            >"$out/npm.log" 2>&1 || note "npm install failed (registry unreachable? log: $out/npm.log)"
        installed=$(node -p "require('./$node_dir/node_modules/dockerfile-ast/package.json').version" 2>/dev/null || true)
    fi
    [[ "$installed" == "$pinned" ]] && have_node=1
fi
((have_node)) || note "dockerfile-ast $pinned is not available: its columns are left out"
export NODE_PATH="$STAGECRAFT_ROOT/$node_dir/node_modules"

# ---- inputs (deterministic: the same bytes on every machine) ------------------------------------
for stages in 100 240 2000; do
    "$ours" generate "$stages" "$inputs/stages-$stages.dockerfile"
done
printf 'FROM busybox:1.36 AS base\nRUN echo hello\n' >"$inputs/tiny.dockerfile"
corpus_dir=../shared/corpus/real
corpus_files=()
if [[ -d "$corpus_dir" ]]; then
    while IFS= read -r file; do
        corpus_files+=("$file")
    done < <(find "$corpus_dir" -maxdepth 1 -type f ! -name INDEX.tsv ! -name README.md | LC_ALL=C sort)
fi
if ((${#corpus_files[@]} > 0)); then
    # Concatenated with a newline after any file that lacks one, so no two lines merge. Files
    # with an `# escape=` directive are left out of the concatenation: in the middle of it the
    # directive is a comment, and their backtick continuations would read as something else
    # (Docker's classic parser then rejects the whole text). The whole-process rows run every
    # file on its own.
    : >"$inputs/real-corpus.dockerfile"
    concatenated=0
    for file in "${corpus_files[@]}"; do
        grep -qiE '^#[[:space:]]*escape[[:space:]]*=' "$file" && continue
        cat "$file" >>"$inputs/real-corpus.dockerfile"
        [[ -z "$(tail -c 1 "$file")" ]] || printf '\n' >>"$inputs/real-corpus.dockerfile"
        concatenated=$((concatenated + 1))
    done
    printf '%s\n' "${corpus_files[@]}" >"$inputs/real-corpus.list"
else
    note "$corpus_dir not found: the real-corpus rows are left out"
fi

# ---- helpers --------------------------------------------------------------------------------
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.0f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ms() { awk -v ns="$1" 'BEGIN { if (ns == "") print "—"; else if (ns >= 1e8) printf "%.0f", ns / 1e6; else if (ns >= 1e7) printf "%.1f", ns / 1e6; else printf "%.2f", ns / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "—"; else if (a / b >= 10) printf "%.0f×", a / b; else printf "%.2f×", a / b }'; }
mbps() { awk -v bytes="$1" -v ns="$2" 'BEGIN { if (ns == "" || ns == 0) print "—"; else printf "%.0f", bytes * 1000 / ns }'; }
field() { sed -n "s/.*\(^\| \)$1=\([0-9]*\).*/\2/p"; } # "ns" is not the tail of "cpu_ns"

peers=(stagecraft)
((have_go)) && peers+=(go)
((have_node)) && peers+=(node)

# peer_time PEER FILE ITERATIONS WARMUP: one in-process sample ("ns_per_iteration=… stages=…").
peer_time() {
    case "$1" in
    stagecraft) "$ours" time "$2" "$3" "$4" ;;
    go) "$out/peer-go" time "$2" "$3" "$4" ;;
    node) node tests/bench/peers/node/peer-node.js time "$2" "$3" "$4" ;;
    esac
}

results="$out/results.md"
commit=$(git describe --always --dirty 2>/dev/null || echo unknown)
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
versions="stagecraft: \`$ours\`, \`$cli\`"
((have_go)) && versions+="; go: $(go version | cut -d ' ' -f 3), imagebuilder $(dpkg-query -W -f='${Version}' golang-github-openshift-imagebuilder-dev 2>/dev/null || echo '?')"
((have_node)) && versions+="; node: $(node --version), dockerfile-ast $pinned"
{
    echo "# bench-peers $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Commit \`$commit\`; $(nproc) CPUs (${cpu:-unknown CPU}); load average at start $(cut -d ' ' -f 1-3 /proc/loadavg)."
    echo "Programs: $versions."
    printf 'Inputs (sha256, first 12 digits):'
    for f in tiny stages-100 stages-240 stages-2000 real-corpus; do
        [[ -f "$inputs/$f.dockerfile" ]] && printf ' %s %s' "$f" "$(sha256sum "$inputs/$f.dockerfile" | cut -c1-12)"
    done
    echo "."
    echo
} >"$results"

# ---- 1. in process ----------------------------------------------------------------------------
if ((do_in_process)); then
    in_inputs=(stages-100 stages-240 stages-2000)
    [[ -f "$inputs/real-corpus.dockerfile" ]] && in_inputs+=(real-corpus)
    target_ns=$((runs > 5 ? 200000000 : 100000000)) # timed part of one sample: ~0.2 s (quick 0.1 s)
    {
        echo "## In process: parse + stages, median of $runs samples per program"
        echo
        echo "Each sample: one process reads the file once, warms up, then times N rounds of parse + stages in its own loop; the figure is the time per round. Speed-up: the peer's time ÷ ours."
        echo
        echo "| input | bytes | stages | stagecraft ms (MB/s) | go ms | node ms | go ÷ stagecraft | node ÷ stagecraft |"
        echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    } >>"$results"
    failed_peers=""
    for name in "${in_inputs[@]}"; do
        file="$inputs/$name.dockerfile"
        bytes=$(wc -c <"$file")
        declare -A iterations=() warmup=() samples=() stagecount=()
        active=()
        for peer in "${peers[@]}"; do
            # Calibrate: one untimed-ish round tells how many rounds fill the target time.
            if ! probe=$(peer_time "$peer" "$file" 1 1 2>"$out/$peer.err" | field ns_per_iteration) \
                || [[ -z "$probe" ]]; then
                note "$peer fails on $name: $(head -c 300 "$out/$peer.err")"
                failed_peers+=" $peer/$name"
                continue
            fi
            active+=("$peer")
            n=$(((target_ns + probe - 1) / (probe > 0 ? probe : 1)))
            ((n >= 1)) || n=1
            iterations[$peer]=$n
            case "$peer" in
            node) warmup[$peer]=$((n / 2 > 3 ? n / 2 : 3)) ;; # the JIT needs a few rounds
            *) warmup[$peer]=$((n / 10 > 1 ? n / 10 : 1)) ;;
            esac
            samples[$peer]=""
        done
        for ((r = 1; r <= runs; ++r)); do
            for peer in "${active[@]}"; do
                if ! line=$(peer_time "$peer" "$file" "${iterations[$peer]}" "${warmup[$peer]}" 2>"$out/$peer.err"); then
                    note "$peer failed on $name in round $r: $(head -c 300 "$out/$peer.err")"
                    continue
                fi
                samples[$peer]+="$(field ns_per_iteration <<<"$line") "
                stagecount[$peer]=$(field stages <<<"$line")
            done
            note "in process: $name, round $r/$runs"
        done
        declare -A med=()
        for peer in stagecraft go node; do
            med[$peer]=""
            [[ -n "${samples[$peer]:-}" ]] && med[$peer]=$(tr ' ' '\n' <<<"${samples[$peer]}" | grep . | median)
        done
        stages_note="${stagecount[stagecraft]:-?}"
        for peer in "${active[@]}"; do
            if [[ "${stagecount[$peer]}" != "${stagecount[stagecraft]:-}" ]]; then
                stages_note+=" ($peer: ${stagecount[$peer]})"
            fi
        done
        [[ "$name" == real-corpus ]] && name="real-corpus ($concatenated files)"
        echo "| $name | $bytes | $stages_note | $(ms "${med[stagecraft]}") ($(mbps "$bytes" "${med[stagecraft]}")) | $(ms "${med[go]}") | $(ms "${med[node]}") | $(ratio "${med[go]}" "${med[stagecraft]}") | $(ratio "${med[node]}" "${med[stagecraft]}") |" >>"$results"
        unset iterations warmup samples stagecount med
    done
    echo >>"$results"
    if [[ -n "$failed_peers" ]]; then
        echo "Programs that failed on an input (left out of its row):$failed_peers." >>"$results"
        echo >>"$results"
    fi
fi

# ---- 2. whole processes -------------------------------------------------------------------------
if ((do_process)); then
    # Settings and caches of the measured runs stay out of the user's own.
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
    mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"

    commands=(graph lint print)
    ((have_go)) && commands+=(go)
    ((have_node)) && commands+=(node)
    command_line() {
        case "$1" in
        graph) echo "$cli graph {} --format json" ;;
        lint) echo "$cli lint {} --format json" ;;
        print) echo "$cli print {}" ;;
        go) echo "$out/peer-go summary {}" ;;
        node) echo "node tests/bench/peers/node/peer-node.js summary {}" ;;
        esac
    }
    p_inputs=(tiny stages-100 stages-240 stages-2000)
    for name in "${p_inputs[@]}"; do
        printf '%s\n' "$inputs/$name.dockerfile" >"$inputs/$name.list"
    done
    [[ -f "$inputs/real-corpus.list" ]] && p_inputs+=(real-corpus)
    {
        echo "## Whole processes, median of $process_runs rounds"
        echo
        echo "Start to exit of one process per file (the real corpus: one per file, summed), output to /dev/null, the commands taking turns. Ratios: our time ÷ the peer's (below 1: we are faster)."
        echo
        echo "| input | files | bytes | graph ms | lint ms | print ms | go ms | node ms | graph ÷ go | lint ÷ go | graph ÷ node |"
        echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    } >>"$results"
    # CPU time of the same processes (user + system, every thread: Go's collector and Node's
    # threads count), from wait4: steadier than wall time on a loaded machine.
    cpu_rows=""
    failures=""
    for name in "${p_inputs[@]}"; do
        list="$inputs/$name.list"
        files=$(wc -l <"$list")
        bytes=$(xargs cat <"$list" | wc -c)
        declare -A samples=() cpu_samples=()
        for ((r = 1; r <= process_runs; ++r)); do
            for c in "${commands[@]}"; do
                # shellcheck disable=SC2046 # the command line is split into words on purpose
                line=$("$ours" spawn "$list" -- $(command_line "$c"))
                samples[$c]+="$(field ns <<<"$line") "
                cpu_samples[$c]+="$(field cpu_ns <<<"$line") "
                failed=$(field failed <<<"$line")
                if [[ "$failed" != 0 && "$failures" != *"$c/$name"* ]]; then
                    failures+=" $c/$name ($failed of $files)"
                fi
            done
            note "whole processes: $name, round $r/$process_runs"
        done
        declare -A med=() cpu=()
        for c in graph lint print go node; do
            med[$c]=""
            cpu[$c]=""
            [[ -n "${samples[$c]:-}" ]] && med[$c]=$(tr ' ' '\n' <<<"${samples[$c]}" | grep . | median)
            [[ -n "${cpu_samples[$c]:-}" ]] && cpu[$c]=$(tr ' ' '\n' <<<"${cpu_samples[$c]}" | grep . | median)
        done
        echo "| $name | $files | $bytes | $(ms "${med[graph]}") | $(ms "${med[lint]}") | $(ms "${med[print]}") | $(ms "${med[go]}") | $(ms "${med[node]}") | $(ratio "${med[graph]}" "${med[go]}") | $(ratio "${med[lint]}" "${med[go]}") | $(ratio "${med[graph]}" "${med[node]}") |" >>"$results"
        cpu_rows+="| $name | $files | $bytes | $(ms "${cpu[graph]}") | $(ms "${cpu[lint]}") | $(ms "${cpu[print]}") | $(ms "${cpu[go]}") | $(ms "${cpu[node]}") | $(ratio "${cpu[graph]}" "${cpu[go]}") | $(ratio "${cpu[lint]}" "${cpu[go]}") | $(ratio "${cpu[graph]}" "${cpu[node]}") |"$'\n'
        unset samples cpu_samples med cpu
    done
    {
        echo
        echo "CPU time of the same processes (user + system, every thread), median of $process_runs rounds; load average now $(cut -d ' ' -f 1-3 /proc/loadavg):"
        echo
        echo "| input | files | bytes | graph CPU ms | lint CPU ms | print CPU ms | go CPU ms | node CPU ms | graph ÷ go | lint ÷ go | graph ÷ node |"
        echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
        printf '%s' "$cpu_rows"
    } >>"$results"
    echo >>"$results"
    if [[ -n "$failures" ]]; then
        echo "Processes that failed (exit status ≥ 2 or a signal):$failures." >>"$results"
        echo >>"$results"
    fi
fi

echo "Load average at the end: $(cut -d ' ' -f 1-3 /proc/loadavg)." >>"$results"
echo
cat "$results"
note "written to $results"
