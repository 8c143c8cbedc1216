FROM alpine:3.19 AS builder
RUN echo built > /out.txt

FROM alpine:3.19 AS runtime
CMD ["cat", "/out.txt"]

FROM alpine:3.19 AS stage
COPY --from=builder /out.txt /out.txt
