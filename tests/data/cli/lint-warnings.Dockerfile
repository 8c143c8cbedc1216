FROM alpine:3.19 as Build
CMD echo hi
