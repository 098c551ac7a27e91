#!/usr/bin/env bash
# Sets the machine up (scripts/setup.sh), then checks style and runs the whole test suite headless.
# Extra arguments go to pytest, e.g. scripts/run-tests.sh -k session
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "==> Checking style (ruff)"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "==> Running the tests (headless)"
QT_QPA_PLATFORM=offscreen exec .venv/bin/python -m pytest "$@"
