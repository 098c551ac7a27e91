#!/usr/bin/env bash
# Sets the machine up with the test tools (scripts/setup.sh --test), checks style, starts the test sound server
# (scripts/start-test-audio.sh), then runs the whole test suite headless.
# Extra arguments go to pytest, e.g. scripts/test.sh -k session
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
echo "==> Checking style (ruff)"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
# The real-playback test plays into a PulseAudio null sink; start it (or reuse a running one) and
# point the tests at it. PULSE_SERVER wins over the XDG_RUNTIME_DIR that tests/conftest.py sets.
audio_env=$(bash scripts/start-test-audio.sh)
export "${audio_env:?scripts/start-test-audio.sh printed no PULSE_SERVER}"
echo "==> Running the tests (headless)"
QT_QPA_PLATFORM=offscreen exec .venv/bin/python -m pytest "$@"
