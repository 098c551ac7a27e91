#!/usr/bin/env bash
# Sets the machine up with what the app needs at run time (scripts/setup.sh: no test or build
# tools) and launches Footcare. Arguments go to the app, e.g. scripts/run-app.sh --start calf-stretch
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  # A developer's machine without a screen has Xvfb from scripts/setup.sh --test.
  if command -v xvfb-run >/dev/null; then
    echo "==> No screen found (DISPLAY is not set): starting Footcare on a virtual screen (Xvfb)."
    exec xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/footcare "$@"
  fi
  echo "No screen found (neither DISPLAY nor WAYLAND_DISPLAY is set): start Footcare from your" \
    "desktop session." >&2
  exit 1
fi
echo "==> Launching Footcare"
exec .venv/bin/footcare "$@"
