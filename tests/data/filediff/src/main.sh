#!/bin/sh
# The "app" of the file-diff fixture: it only says hello.
echo "Hello from the multi-stage build"
