# SPDX-License-Identifier: GPL-3.0-or-later
# Stages without names are numbered from 0.
FROM golang:1.22
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/tool .

FROM scratch
COPY --from=0 /out/tool /tool
ENTRYPOINT ["/tool"]
