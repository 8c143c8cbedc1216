FROM python:3.11 AS builder

WORKDIR /app

COPY requirement.txt /app

RUN pip install -r requirements.txt

FROM python:3.11-slim

COPY --from=builder /usr/local/lib/python3.11/site-packages/ /usr/local/lib/python3.11/site-packages/

COPY . /app

CMD ["python","run.py"]
