# escape=\
FROM --platform=linux/amd64 golang:1.22 AS build
RUN --mount=type=cache,target=/root/.cache \
    go build -o /out/app ./...
COPY <<EOF /etc/motd
hello
EOF
ONBUILD RUN echo hi
