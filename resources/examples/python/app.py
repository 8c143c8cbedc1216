# SPDX-License-Identifier: GPL-3.0-or-later
# A tiny web app for the multi-stage example: the dependency comes from the builder stage.
from flask import Flask

app = Flask(__name__)


@app.route("/")
def hello():
    return "Hello from the slim stage!\n"


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000)
