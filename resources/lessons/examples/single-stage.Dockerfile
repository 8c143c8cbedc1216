# SPDX-License-Identifier: GPL-3.0-or-later
# One stage: the image that builds the app is also the image that runs it.
FROM python:3.12
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
