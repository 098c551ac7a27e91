#!/usr/bin/env bash
# Prepares a fresh Debian/Ubuntu machine for Footcare: the system libraries Qt needs, a Python
# virtual environment in .venv, and the app with its test tools. Safe to run again: each step is
# skipped when it is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Qt's xcb platform opens no window without the xcb helper libraries; fonts-dejavu-core gives the
# offscreen platform a font; xvfb and xauth let the tests and screenshots run without a screen;
# libpulse0 is what QtMultimedia links against. The real-playback test plays into a PulseAudio
# null sink and records its monitor: pulseaudio is the sound server (started by
# scripts/start-test-audio.sh, no sound card needed), pulseaudio-utils gives pactl and parec.
# speech-dispatcher with espeak-ng is the speech engine Qt's text-to-speech uses on Linux, for
# the spoken prompts (without it the app stays silent on that side and says so).
# libwayland-* is what Qt's Wayland platform needs on Wayland desktops (the frozen bundle uses
# the system's, like the xcb libraries above). For scripts/build.sh and its checks: binutils
# (PyInstaller strips and reads libraries with it), xz-utils (the archive), desktop-file-utils
# and appstream (desktop-file-validate, appstreamcli validate).
DEBIAN_PACKAGES=(
  python3 python3-venv python3-pip
  libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 libxcb-xfixes0
  libpulse0 fonts-dejavu-core xvfb xauth
  pulseaudio pulseaudio-utils
  speech-dispatcher speech-dispatcher-espeak-ng
  libwayland-client0 libwayland-cursor0
  binutils xz-utils desktop-file-utils appstream
  # tests/a11y (the AT-SPI walk, scripts/with-test-a11y.sh): a private session bus, the AT-SPI
  # bus launcher and registry, and pyatspi for the system python3 that walks the tree.
  # dbus-daemon is also the private bus of the idle-inhibition and reminder tests
  # (scripts/start-test-dbus.sh).
  dbus-daemon dbus-bin at-spi2-core python3-pyatspi
  # The full-screen test marks a window full screen as a window manager would (xprop)
  x11-utils
  # The Wayland test runs the app in a headless Weston compositor (scripts/start-test-weston.sh)
  weston
  # poppler-utils: pdftotext, pdfinfo and pdfimages read PDFs back as a clinician's tools would:
  # the report (tests/report/test_outcomes_page.py, tests/report/test_pdf_text.py) and the
  # exercise sheet (tests/report/test_handout.py)
  poppler-utils
  # tests/services/test_store_constraints.py checks the history with the sqlite3 command line
  sqlite3
)

missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  say "Installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
else
  say "Debian packages: all present"
fi

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Footcare needs Python 3.11 or newer; $python is $("$python" --version 2>&1)." >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  say "Creating the virtual environment in .venv ($("$python" --version))"
  "$python" -m venv .venv
fi

# Reinstall only when the project's dependencies changed since the last run.
stamp=.venv/.footcare-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  say "Installing Footcare and its test tools into .venv"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet --editable ".[test]"
  echo "$want" >"$stamp"
else
  say "Python packages: up to date"
fi
