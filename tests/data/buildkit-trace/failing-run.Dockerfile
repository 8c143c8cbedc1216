FROM stagecraft/busybox:latest AS build
RUN echo before
RUN echo failing-now && exit 3
