FROM stagecraft/busybox:latest AS builder
RUN echo 'echo hello' > /app.sh

FROM stagecraft/busybox:latest AS runtime
COPY --from=builder /app.sh /usr/local/bin/app.sh
CMD ["sh", "/usr/local/bin/app.sh"]
