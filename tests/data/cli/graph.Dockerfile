ARG BASE=alpine:3.19
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
RUN go build -o /out/app .

FROM build AS test
RUN --mount=type=cache,from=build,target=/cache go test ./...

FROM ${BASE} AS runtime
COPY --from=build /out/app /usr/local/bin/app
COPY --from=busybox:1.36 /bin/busybox /bin/busybox
