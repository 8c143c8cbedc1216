ARG TAG=latest
FROM alpine:${TAG} as Build
maintainer Jane Doe
WORKDIR src
ENV MODE production
EXPOSE 8080/TCP
CMD ./run
CMD ./run --again

FROM scratch
COPY --from=biuld /src/app /app
