#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A throw-away OpenSSH server on a loopback port for the ssh:// engine tests (tests/engine/
# tst_sshtransport and the "engine-ssh/" CTests). Everything lives in build/sshd/: host key,
# user key, a stranger's key, authorized_keys, known_hosts files and our own sshd_config
# (StrictModes no, keys only, loopback only). The "remote" is this machine: ssh runs
# `docker system dial-stdio` here, which talks to the engine on /var/run/docker.sock.
#
# Sourced by scripts/test.sh (after common.sh):
#     source scripts/sshd.sh
#     sshd_up || ...     # install openssh-server/-client when missing, start sshd
#     trap sshd_down EXIT
# Or run directly: bash scripts/sshd.sh up|down|status
#
# build/sshd/ssh_config (for `ssh -F`, or STAGECRAFT_SSH_CONFIG) names these hosts:
#   stagecraft-test               the right key and the right known_hosts: logs in
#   stagecraft-test-unknown-host  an empty known_hosts: "Host key verification failed"
#   stagecraft-test-changed-host  known_hosts holds another key: "HOST IDENTIFICATION HAS CHANGED"
#   stagecraft-test-wrong-key     a key sshd does not accept: "Permission denied"

SSHD_DIR="${SSHD_DIR:-build/sshd}"

_sshd_root_cmd() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo > /dev/null 2>&1; then
        sudo "$@"
    else
        echo "sshd: need root for: $*" >&2
        return 1
    fi
}

# sshd_install: openssh-server (sshd) and openssh-client (ssh, ssh-keygen) when missing.
sshd_install() {
    local missing=()
    [[ -x /usr/sbin/sshd ]] || missing+=(openssh-server)
    command -v ssh-keygen > /dev/null 2>&1 || missing+=(openssh-client)
    ((${#missing[@]} == 0)) && return 0
    echo "sshd: installing ${missing[*]}"
    _sshd_root_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        "${missing[@]}" || {
        _sshd_root_cmd apt-get update -q && _sshd_root_cmd env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y --no-install-recommends "${missing[@]}"
    }
}

# sshd_answers: true when our sshd lets the test user in.
sshd_answers() {
    [[ -f "$SSHD_DIR/ssh_config" ]] || return 1
    ssh -F "$SSHD_DIR/ssh_config" -o BatchMode=yes -o ConnectTimeout=3 stagecraft-test true \
        > /dev/null 2>&1
}

_sshd_free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

_sshd_key() {
    [[ -f "$1" ]] || ssh-keygen -q -t ed25519 -N '' -C "stagecraft-test" -f "$1" || return 1
}

# sshd_configure PORT: keys, known_hosts files, sshd_config and ssh_config for PORT.
sshd_configure() {
    local port="$1" dir user
    dir=$(cd "$SSHD_DIR" && pwd)
    user=$(id -un)
    _sshd_key "$dir/host_key" && _sshd_key "$dir/user_key" && _sshd_key "$dir/stranger_key" \
        || return 1
    cp "$dir/user_key.pub" "$dir/authorized_keys"
    echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$dir/host_key.pub")" > "$dir/known_hosts"
    echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$dir/stranger_key.pub")" > "$dir/known_hosts_changed"
    : > "$dir/known_hosts_empty"
    cat > "$dir/sshd_config" << CONFIG
# Written by scripts/sshd.sh: a loopback sshd for the tests; keys only.
Port $port
ListenAddress 127.0.0.1
HostKey $dir/host_key
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
StrictModes no
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
UsePAM no
AllowUsers $user
X11Forwarding no
PrintMotd no
CONFIG
    local common="    HostName 127.0.0.1
    Port $port
    User $user
    IdentitiesOnly yes
    IdentityAgent none
    StrictHostKeyChecking yes
    LogLevel ERROR"
    cat > "$dir/ssh_config" << CONFIG
# Written by scripts/sshd.sh: the hosts of the test sshd on 127.0.0.1:$port.
Host stagecraft-test
$common
    IdentityFile $dir/user_key
    UserKnownHostsFile $dir/known_hosts
Host stagecraft-test-unknown-host
$common
    IdentityFile $dir/user_key
    UserKnownHostsFile $dir/known_hosts_empty
Host stagecraft-test-changed-host
$common
    IdentityFile $dir/user_key
    UserKnownHostsFile $dir/known_hosts_changed
Host stagecraft-test-wrong-key
$common
    IdentityFile $dir/stranger_key
    UserKnownHostsFile $dir/known_hosts
CONFIG
    chmod 600 "$dir"/*_key "$dir/ssh_config"
}

# sshd_start: starts our sshd unless it answers already; waits up to 20 s.
sshd_start() {
    sshd_answers && return 0
    sshd_stop
    mkdir -p "$SSHD_DIR"
    local port
    port=$(_sshd_free_port) || return 1
    sshd_configure "$port" || return 1
    # Debian's sshd refuses to start without its privilege separation directory.
    [[ -d /run/sshd ]] || _sshd_root_cmd mkdir -p -m 0755 /run/sshd
    echo "sshd: starting on 127.0.0.1:$port (config: $SSHD_DIR/sshd_config)"
    /usr/sbin/sshd -f "$SSHD_DIR/sshd_config" -E "$(cd "$SSHD_DIR" && pwd)/sshd.log" || {
        echo "sshd: could not start; see $SSHD_DIR/sshd.log" >&2
        return 1
    }
    local waited=0
    while ((waited < 20)); do
        sshd_answers && return 0
        sleep 1
        waited=$((waited + 1))
    done
    echo "sshd: no login within 20 s; last lines of $SSHD_DIR/sshd.log:" >&2
    tail -n 20 "$SSHD_DIR/sshd.log" >&2
    return 1
}

# sshd_stop: stops our sshd (the one whose pid is in build/sshd/sshd.pid), if running.
sshd_stop() {
    local pidfile="$SSHD_DIR/sshd.pid"
    [[ -f "$pidfile" ]] || return 0
    local pid
    pid=$(cat "$pidfile")
    kill -TERM "$pid" 2> /dev/null || true
    rm -f "$pidfile"
}

sshd_up() {
    sshd_install || return 1
    sshd_start
}

sshd_down() {
    sshd_stop
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -uo pipefail
    cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
    case "${1:-status}" in
        up) sshd_up ;;
        down) sshd_down ;;
        status)
            if sshd_answers; then
                echo "sshd: answering ($SSHD_DIR/ssh_config)"
            else
                echo "sshd: not running"
                exit 1
            fi
            ;;
        *)
            echo "usage: bash scripts/sshd.sh up|down|status" >&2
            exit 2
            ;;
    esac
fi
