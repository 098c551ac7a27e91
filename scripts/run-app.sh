#!/usr/bin/env bash
# Sets the machine up (scripts/setup.sh) and launches Footcare. Arguments go to the app,
# e.g. scripts/run-app.sh --start calf-stretch
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "==> No screen found (DISPLAY is not set): starting Footcare on a virtual screen (Xvfb)."
  exec xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/footcare "$@"
fi
echo "==> Launching Footcare"
exec .venv/bin/footcare "$@"
