#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Stand-in base images for the templates' builds (tests/engine/tst_templates.cpp).
#
# No registry is reachable here, so the images the templates name (python:3.11, golang:1.22, …)
# are made locally from stagecraft/debian:bookworm (scripts/engine.sh makes it with debootstrap)
# with Debian packages, and tagged with the official names. What each contains and how it differs
# from the official image: docs/templates.md. Every stand-in carries the label
# org.stagecraft.standin=<template>. An image that already exists (a stand-in from an earlier
# run, or the real image) is kept, so a second run costs seconds.
#
# Sourced by scripts/test.sh after engine_up (needs engine.sh's functions):
#     standins_up || ...
# Or run directly:
#     bash scripts/standins.sh [up [TEMPLATE...]] | list | remove
# TEMPLATE is a template id (python, go, node, rust); default: $STAGECRAFT_STANDINS, or the ones
# CI builds: python go rust (node's npm stand-in costs about 3 minutes more the first time:
# `bash scripts/standins.sh up node`). Java and React have no stand-ins (their dependencies come
# from Maven Central and the npm registry).

STANDINS_DEFAULT="python go rust"

# _standin_build IMAGE TEMPLATE: builds IMAGE from the Dockerfile on stdin unless it exists.
_standin_build() {
    local image="$1" template="$2"
    if _engine_has_image "$image"; then
        cat > /dev/null
        return 0
    fi
    local started=$SECONDS
    local log="$ENGINE_CACHE/standin-${image//[\/:]/_}.log"
    mkdir -p "$ENGINE_CACHE"
    echo "standins: building $image"
    if ! DOCKER_BUILDKIT=0 docker -H "unix://$ENGINE_SOCKET" build --quiet \
        --label "org.stagecraft.standin=$template" -t "$image" - > "$log" 2>&1; then
        echo "standins: building $image failed; last lines of $log:" >&2
        tail -n 20 "$log" >&2
        return 1
    fi
    echo "standins: $image ready after $((SECONDS - started))s"
}

# The apt line every stand-in uses: no recommends, lists removed afterwards.
_STANDIN_APT='apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends'
_STANDIN_APT_CLEAN='apt-get clean && rm -rf /var/lib/apt/lists/*'

standin_debian_slim() {
    # debian:bookworm-slim: the debootstrap minbase root itself.
    _standin_build debian:bookworm-slim rust <<EOF2
FROM stagecraft/debian:bookworm
CMD ["bash"]
EOF2
}

standin_python() {
    # python:3.11-slim: Debian's python3 (3.11), `python` command, packages in the official
    # image's site-packages path (/usr/local/lib/python3.11/site-packages, put on sys.path by a
    # .pth file).
    _standin_build python:3.11-slim python <<EOF2 || return 1
FROM stagecraft/debian:bookworm
RUN $_STANDIN_APT python3 python-is-python3 && $_STANDIN_APT_CLEAN \\
 && mkdir -p /usr/local/lib/python3.11/site-packages \\
 && echo /usr/local/lib/python3.11/site-packages > /usr/lib/python3/dist-packages/zz-stagecraft-site.pth
ENV LANG=C.UTF-8 PYTHONDONTWRITEBYTECODE=1
CMD ["python3"]
EOF2
    # python:3.11: the slim stand-in plus pip, venv and the headers; pip installs into
    # site-packages (like the official image) instead of refusing the system Python (PEP 668).
    _standin_build python:3.11 python <<EOF2
FROM python:3.11-slim
RUN $_STANDIN_APT python3-pip python3-venv python3-dev && $_STANDIN_APT_CLEAN \\
 && printf '[global]\nbreak-system-packages = true\n[install]\ntarget = /usr/local/lib/python3.11/site-packages\n' > /etc/pip.conf
CMD ["python3"]
EOF2
}

standin_go() {
    # golang:1.22: Debian's golang-go (1.19) with the official image's GOPATH and PATH.
    _standin_build golang:1.22 go <<EOF2 || return 1
FROM stagecraft/debian:bookworm
RUN $_STANDIN_APT golang-go ca-certificates git && $_STANDIN_APT_CLEAN
ENV GOPATH=/go PATH=/go/bin:/usr/lib/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin GOTOOLCHAIN=local
WORKDIR /go
EOF2
    # gcr.io/distroless/static-debian12:nonroot: an empty root with what distroless/static has
    # (CA certificates, time zones, passwd/group with root, nobody and nonroot 65532, /tmp),
    # running as nonroot; no shell.
    _standin_build gcr.io/distroless/static-debian12:nonroot go <<'EOF2'
FROM stagecraft/debian:bookworm AS files
RUN apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends ca-certificates tzdata \
 && mkdir -p /root-fs/etc/ssl/certs /root-fs/usr/share /root-fs/tmp /root-fs/home/nonroot \
 && cp /etc/ssl/certs/ca-certificates.crt /root-fs/etc/ssl/certs/ \
 && cp -r /usr/share/zoneinfo /root-fs/usr/share/ \
 && printf 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' > /root-fs/etc/passwd \
 && printf 'root:x:0:\nnobody:x:65534:\nnonroot:x:65532:\n' > /root-fs/etc/group \
 && chmod 1777 /root-fs/tmp && chown 65532:65532 /root-fs/home/nonroot
FROM scratch
COPY --from=files /root-fs/ /
ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
USER 65532:65532
WORKDIR /home/nonroot
EOF2
}

standin_node() {
    # node:20-slim: Debian's nodejs (18) and a `node` user (uid 1000).
    _standin_build node:20-slim node <<EOF2 || return 1
FROM stagecraft/debian:bookworm
RUN $_STANDIN_APT nodejs && $_STANDIN_APT_CLEAN \\
 && groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
CMD ["node"]
EOF2
    # node:20: the slim stand-in plus npm.
    _standin_build node:20 node <<EOF2
FROM node:20-slim
RUN $_STANDIN_APT npm && $_STANDIN_APT_CLEAN
CMD ["node"]
EOF2
}

standin_rust() {
    standin_debian_slim || return 1
    # rust:1.79: Debian's rustc and cargo (1.63) with the official image's CARGO_HOME.
    _standin_build rust:1.79 rust <<EOF2
FROM stagecraft/debian:bookworm
RUN $_STANDIN_APT rustc cargo ca-certificates && $_STANDIN_APT_CLEAN
ENV CARGO_HOME=/usr/local/cargo PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
EOF2
}

# standins_up [TEMPLATE...]: the stand-ins for the given templates (default: all). Needs a
# running engine; makes stagecraft/debian:bookworm first when missing.
standins_up() {
    local templates=("$@")
    if ((${#templates[@]} == 0)); then
        read -r -a templates <<< "${STAGECRAFT_STANDINS:-$STANDINS_DEFAULT}"
    fi
    local started=$SECONDS
    engine_debian_image || return 1
    local template
    for template in "${templates[@]}"; do
        case "$template" in
            python | go | node | rust) "standin_$template" || return 1 ;;
            *)
                echo "standins: no stand-ins for template '$template' (python, go, node, rust)" >&2
                return 1
                ;;
        esac
    done
    echo "standins: ${templates[*]} ready after $((SECONDS - started))s"
}

# Every image name a stand-in is made for.
STANDIN_IMAGES=(python:3.11-slim python:3.11 golang:1.22 gcr.io/distroless/static-debian12:nonroot
    debian:bookworm-slim rust:1.79 node:20-slim node:20)

# standins_list: the stand-ins present: name, template, size in bytes.
standins_list() {
    local image line
    for image in "${STANDIN_IMAGES[@]}"; do
        line=$(docker -H "unix://$ENGINE_SOCKET" image inspect --format \
            '{{index .Config.Labels "org.stagecraft.standin"}} {{.Size}}' "$image" 2> /dev/null) \
            || continue
        [[ "$line" == " "* ]] || echo "$image $line"
    done
}

# standins_remove: removes the stand-ins — only images of those names that carry the label
# (a real image of the same name, or an image merely built on a stand-in, is kept).
standins_remove() {
    local image label
    for image in "${STANDIN_IMAGES[@]}"; do
        label=$(docker -H "unix://$ENGINE_SOCKET" image inspect \
            --format '{{index .Config.Labels "org.stagecraft.standin"}}' "$image" 2> /dev/null) \
            || continue
        [[ -n "$label" ]] || continue
        echo "standins: removing $image"
        docker -H "unix://$ENGINE_SOCKET" rmi "$image" > /dev/null || return 1
    done
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -uo pipefail
    source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
    source "$(dirname "${BASH_SOURCE[0]}")/engine.sh"
    command="${1:-up}"
    shift || true
    case "$command" in
        up)
            if ! engine_answers; then
                echo "standins: no Docker engine answers on $ENGINE_SOCKET (bash scripts/engine.sh up)" >&2
                exit 1
            fi
            standins_up "$@"
            ;;
        list) standins_list ;;
        remove) standins_remove ;;
        *)
            echo "usage: bash scripts/standins.sh [up [TEMPLATE...]] | list | remove" >&2
            exit 2
            ;;
    esac
fi
