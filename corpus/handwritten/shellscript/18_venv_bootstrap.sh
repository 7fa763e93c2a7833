#!/bin/sh
cd "$(dirname "$0")/.." || exit 1
PY=${PYTHON:-python3}
if [ ! -d .venv ]; then
    "$PY" -m venv .venv
fi
. .venv/bin/activate
pip install -q --upgrade pip
pip install -q -r requirements.txt -r requirements-dev.txt
pre-commit install
echo "ready: source .venv/bin/activate"
