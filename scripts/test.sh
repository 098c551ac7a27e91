#!/usr/bin/env bash
# Sets the machine up with the test tools (scripts/setup.sh --test), checks style, starts the
# test sound server (scripts/start-test-audio.sh), then runs the whole test suite headless and,
# without arguments, the self-test 20 times in each hard condition
# (scripts/self-test-conditions.sh).
# Extra arguments go to pytest, e.g. scripts/test.sh -k session
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
echo "==> Checking style (ruff)"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "==> Checking types (mypy; profiles in pyproject.toml)"
.venv/bin/mypy
# The real-playback test plays into a PulseAudio null sink; start it (or reuse a running one) and
# point the tests at it. PULSE_SERVER wins over the XDG_RUNTIME_DIR that tests/conftest.py sets.
audio_env=$(bash scripts/start-test-audio.sh)
export "${audio_env:?scripts/start-test-audio.sh printed no PULSE_SERVER}"
echo "==> Running the tests (headless)"
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
# The whole suite also proves the self-test never cries wolf (the bundle's: scripts/build.sh).
if [ $# -eq 0 ]; then
  echo "==> footcare --self-test, 20 runs each: no sound server, C locale, CPU load"
  bash scripts/self-test-conditions.sh .venv/bin/footcare 20
fi
