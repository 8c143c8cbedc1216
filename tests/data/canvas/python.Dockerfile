# Python: build wheels with the full image, install them into the slim one.
FROM python:3.11 AS builder
WORKDIR /app
COPY requirements.txt .
RUN pip wheel --wheel-dir /wheels -r requirements.txt

FROM python:3.11-slim AS final
WORKDIR /app
RUN --mount=type=bind,from=builder,source=/wheels,target=/wheels pip install --no-index /wheels/*
COPY --from=builder /usr/local/lib/python3.11/site-packages/ /usr/local/lib/python3.11/site-packages/
COPY . .
CMD ["python", "run.py"]
