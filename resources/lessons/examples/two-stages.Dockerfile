# SPDX-License-Identifier: GPL-3.0-or-later
# Stage 1: build the program with the full Go toolchain.
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/hello .

# Stage 2: run it on a small base image.
FROM alpine:3.20 AS runtime
COPY --from=build /out/hello /usr/local/bin/hello
CMD ["hello"]
