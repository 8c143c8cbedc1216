FROM stagecraft/busybox:latest AS base
RUN --mount=type=cache,target=/cache echo hi > /cache/x && echo data > /data.txt

FROM base
RUN mkdir -p /out && head -c 20000 /dev/urandom > /out/blob

FROM stagecraft/busybox:latest AS final
ARG N=1
COPY --from=1 /out/blob /blob
RUN --mount=type=bind,from=base,source=/data.txt,target=/d.txt cat /d.txt
WORKDIR /app
ENV X=1
