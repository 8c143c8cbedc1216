FROM alpine:3.19 as Build
ENV PATH
