# SPDX-License-Identifier: GPL-3.0-or-later
# Node builds the static files; nginx serves them.
FROM node:20 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine AS web
COPY --from=build /app/build /usr/share/nginx/html
EXPOSE 80
