# SPDX-License-Identifier: GPL-3.0-or-later
# Install the packages in a full image, run them on a slim one.
FROM python:3.12 AS build
WORKDIR /app
COPY requirements.txt .
RUN pip install --prefix=/install -r requirements.txt

FROM python:3.12-slim AS runtime
WORKDIR /app
COPY --from=build /install /usr/local
COPY app.py .
CMD ["python", "app.py"]
